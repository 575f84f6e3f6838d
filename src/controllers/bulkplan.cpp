#include "controllers/bulkplan.h"

#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/projectsmodel.h"
#include "models/servicesmodel.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Controllers {

namespace {

using Operation = LifecycleController::Operation;

qint64 environmentIdOf(const Models::InstanceData *data, const ResourceRef &ref)
{
    switch (ref.kind) {
    case Api::ResourceKind::Application:
        if (const auto *app = data->applications()->find(ref.uuid))
            return app->environmentId;
        break;
    case Api::ResourceKind::Database:
        if (const auto *db = data->databases()->find(ref.uuid))
            return db->environmentId;
        break;
    case Api::ResourceKind::Service:
        if (const auto *service = data->services()->find(ref.uuid))
            return service->environmentId;
        break;
    }
    return -1;
}

// The kind or state of one resource that the action does not fit; empty when it fits.
QString stateReason(const LifecycleController &lifecycle, BulkAction action, const ResourceRef &ref)
{
    switch (action) {
    case BulkAction::Deploy:
    case BulkAction::ForceDeploy:
        return ref.kind == Api::ResourceKind::Application
            ? QString()
            : BulkPlan::tr("Only applications can be deployed (%1 is not one).").arg(ref.name);
    case BulkAction::Restart:
        return lifecycle.unavailableReason(Operation::Restart, {ref});
    case BulkAction::Stop:
        return lifecycle.unavailableReason(Operation::Stop, {ref});
    case BulkAction::Start:
        return lifecycle.unavailableReason(Operation::Start, {ref});
    }
    return {};
}

} // namespace

bool BulkPlan::isProduction(const QString &environmentName)
{
    static const QRegularExpression production(u"^prod(uction)?([-_ .].*)?$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    return production.match(environmentName.trimmed()).hasMatch();
}

BulkPlan BulkPlan::make(Models::Fleet *fleet, BulkAction action, const QList<ResourceRef> &refs)
{
    BulkPlan plan;
    plan.action = action;
    const LifecycleController lifecycle(fleet);
    QSet<QString> seen;
    for (const ResourceRef &ref : refs) {
        if (seen.contains(ref.instanceId + u'/' + ref.uuid))
            continue;
        seen.insert(ref.instanceId + u'/' + ref.uuid);
        Item item;
        item.ref = ref;
        const Models::InstanceSession *session = fleet->session(ref.instanceId);
        item.instanceName = session ? session->instance().name : ref.instanceId;
        if (const Models::InstanceData *data = fleet->data(ref.instanceId)) {
            if (const auto env = data->projects()->environmentById(environmentIdOf(data, ref))) {
                item.environment = env->project.name + u" / " + env->environment.name;
                item.production = isProduction(env->environment.name);
            }
        }
        // Access (the instance, the token's `deploy`) leaves this one out; kind and state
        // mean the action is not one for this selection.
        item.excludedReason = lifecycle.accessReason(Api::Ability::Deploy, {ref});
        // The row names the resource already: "shop: The token lacks …" → "The token lacks …".
        if (const QString prefix = ref.name + u": "; item.excludedReason.startsWith(prefix))
            item.excludedReason = item.excludedReason.mid(prefix.size());
        plan.items.append(item);
    }
    plan.blockedReason = unavailableReason(fleet, action, refs);
    return plan;
}

QString BulkPlan::unavailableReason(Models::Fleet *fleet, BulkAction action,
                                    const QList<ResourceRef> &refs)
{
    if (refs.isEmpty())
        return tr("Select a resource first.");
    const LifecycleController lifecycle(fleet);
    QString firstAccessReason;
    bool anyIncluded = false;
    for (const ResourceRef &ref : refs) {
        if (QString access = lifecycle.accessReason(Api::Ability::Deploy, {ref});
            !access.isEmpty()) {
            if (firstAccessReason.isEmpty())
                firstAccessReason = std::move(access);
            continue;
        }
        anyIncluded = true;
        if (QString why = stateReason(lifecycle, action, ref); !why.isEmpty())
            return why;
    }
    return anyIncluded ? QString() : firstAccessReason;
}

BulkPlan BulkPlan::forTag(Models::Fleet *fleet, const QString &tag, const QList<ResourceRef> &refs,
                          bool force)
{
    BulkPlan plan = make(fleet, force ? BulkAction::ForceDeploy : BulkAction::Deploy, refs);
    plan.tag = tag;
    if (refs.isEmpty())
        plan.blockedReason = tr("No application carries the tag “%1”.").arg(tag);
    return plan;
}

QList<BulkPlan::Item> BulkPlan::included() const
{
    QList<Item> out;
    for (const Item &item : items) {
        if (item.included())
            out.append(item);
    }
    return out;
}

QList<BulkPlan::Item> BulkPlan::excluded() const
{
    QList<Item> out;
    for (const Item &item : items) {
        if (!item.included())
            out.append(item);
    }
    return out;
}

int BulkPlan::includedCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const Item &item) { return item.included(); }));
}

int BulkPlan::productionCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const Item &item) { return item.included() && item.production; }));
}

QList<BulkPlan::Group> BulkPlan::groups() const
{
    QList<Group> out;
    for (const Item &item : items) {
        if (!item.included())
            continue;
        auto it = std::find_if(out.begin(), out.end(), [&item](const Group &g) {
            return g.instanceId == item.ref.instanceId;
        });
        if (it == out.end()) {
            out.append(Group{item.ref.instanceId, item.instanceName, {}, 0, 0});
            it = out.end() - 1;
        }
        ++it->count;
        it->production += item.production ? 1 : 0;
        if (!item.environment.isEmpty() && !it->environments.contains(item.environment))
            it->environments.append(item.environment);
    }
    return out;
}

bool BulkPlan::needsTypedConfirmation() const
{
    return action == BulkAction::Stop && includedCount() > kTypedConfirmationAbove;
}

QString BulkPlan::actionName(BulkAction action)
{
    switch (action) {
    case BulkAction::Deploy:
        return tr("Deploy");
    case BulkAction::ForceDeploy:
        return tr("Redeploy Without Cache");
    case BulkAction::Restart:
        return tr("Restart");
    case BulkAction::Stop:
        return tr("Stop");
    case BulkAction::Start:
        return tr("Start");
    }
    return {};
}

QString BulkPlan::consequence(BulkAction action)
{
    switch (action) {
    case BulkAction::Deploy:
        return tr("Each application gets a new deployment of its configured branch; a deployment "
                  "of the same commit that is already queued or running is not repeated.");
    case BulkAction::ForceDeploy:
        return tr("Each application is rebuilt from scratch without the build cache and "
                  "deployed; this takes longer than a normal deployment.");
    case BulkAction::Restart:
        return tr("Each resource's containers are restarted; it is briefly unavailable. "
                  "Applications restart without a new build.");
    case BulkAction::Stop:
        return tr("Each resource's containers are stopped and removed; it stays unavailable "
                  "until it is started again.");
    case BulkAction::Start:
        return tr("Each resource is started; applications start with a new deployment.");
    }
    return {};
}

} // namespace Coolify::Controllers
