#include "controllers/deploycontroller.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/deployments.h"
#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/deployment.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/servicesmodel.h"

#include <algorithm>

namespace Coolify::Controllers {

using Kind = Models::DeployOutcome::Kind;

struct DeployController::Batch
{
    int open = 0;
    Summary summary;
};

int DeployController::Summary::count(Result result) const
{
    return int(std::count_if(reports.cbegin(), reports.cend(),
                             [result](const Report &r) { return r.result == result; }));
}

QStringList DeployController::Summary::deploymentUuids() const
{
    QStringList out;
    for (const Report &r : reports) {
        if (r.result == Result::Queued)
            out.append(r.deploymentUuid);
    }
    return out;
}

QString DeployController::Summary::text() const
{
    QStringList parts;
    if (const int n = count(Result::Queued))
        parts << (n == 1 ? tr("1 deployment queued") : tr("%1 deployments queued").arg(n));
    if (const int n = count(Result::AlreadyQueued))
        parts << tr("%1 already queued for the same commit").arg(n);
    if (const int n = count(Result::Started))
        parts << tr("%1 started without a deployment").arg(n);
    const int failed = int(reports.size()) - count(Result::Queued) - count(Result::AlreadyQueued)
        - count(Result::Started);
    if (failed > 0)
        parts << tr("%1 not deployed").arg(failed);
    if (parts.isEmpty())
        return tr("Nothing was deployed.");
    return tr("%1.").arg(parts.join(tr(", ")));
}

DeployController::DeployController(Models::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
{
    qRegisterMetaType<Summary>();
}

QString DeployController::describe(const Report &r, const QString &instanceName)
{
    const QString who = r.name.isEmpty() ? instanceName : tr("%1 on %2").arg(r.name, instanceName);
    switch (r.result) {
    case Result::Queued:
        return tr("%1: deployment queued (%2).").arg(who, r.deploymentUuid);
    case Result::AlreadyQueued:
        return tr("%1: a deployment of this commit is already queued or running, so no new one "
                  "was started (use Redeploy Without Cache to force a rebuild).")
            .arg(who);
    case Result::Started:
        return tr("%1: started; services and databases have no deployment to follow. "
                  "The server said: “%2”")
            .arg(who, r.serverMessage);
    case Result::Refused:
        return tr("%1: not deployed. The server said: “%2”").arg(who, r.serverMessage);
    case Result::NotFound:
        return tr("%1: nothing deployed; the server found none of the resources (they may have "
                  "been deleted or belong to another team). The server said: “%2”")
            .arg(who, r.serverMessage);
    case Result::QueueFull:
        if (r.retryAfterSeconds >= 0)
            return tr("%1: not deployed, the server's deployment queue is full; try again in %2 s.")
                .arg(who)
                .arg(r.retryAfterSeconds);
        return tr("%1: not deployed, the server's deployment queue is full; try again when "
                  "running deployments finish.")
            .arg(who);
    case Result::MissingAbility:
        return tr("%1: not deployed; the API token lacks the “deploy” permission. Create a token "
                  "with “deploy” in Coolify under Keys & Tokens → API tokens.")
            .arg(who);
    case Result::Failed:
        return tr("%1: not deployed. %2").arg(who, r.serverMessage);
    }
    return {};
}

void DeployController::deploy(const QList<Target> &targets, bool force)
{
    auto batch = std::make_shared<Batch>();
    QStringList order;
    QHash<QString, QStringList> byInstance;
    for (const Target &t : targets) {
        if (!byInstance.contains(t.instanceId))
            order.append(t.instanceId);
        QStringList &uuids = byInstance[t.instanceId];
        if (!uuids.contains(t.uuid))
            uuids.append(t.uuid);
    }
    batch->open = int(order.size());
    if (order.isEmpty()) {
        emit finished(batch->summary);
        return;
    }
    // Names for the answers, which only carry resource uuids.
    m_targets.insert(batch.get(), targets);
    for (const QString &id : std::as_const(order))
        send(batch, id, byInstance.value(id), {}, force);
}

void DeployController::deployTag(const QString &instanceId, const QStringList &tags, bool force)
{
    auto batch = std::make_shared<Batch>();
    batch->open = 1;
    send(batch, instanceId, {}, tags, force);
}

QString DeployController::nameOf(const QString &instanceId, const QString &uuid,
                                 const QList<Target> &targets) const
{
    for (const Target &t : targets) {
        if (t.instanceId == instanceId && t.uuid == uuid && !t.name.isEmpty())
            return t.name;
    }
    const Models::InstanceData *data = m_fleet->data(instanceId);
    if (!data || uuid.isEmpty())
        return uuid;
    if (const auto *app = data->applications()->find(uuid))
        return app->name;
    if (const auto *service = data->services()->find(uuid))
        return service->name;
    if (const auto *database = data->databases()->find(uuid))
        return database->name;
    return uuid;
}

void DeployController::emitReport(const std::shared_ptr<Batch> &batch, Report report)
{
    const Models::InstanceSession *session = m_fleet->session(report.instanceId);
    report.text = describe(report, session ? session->instance().name : report.instanceId);
    batch->summary.reports.append(report);
    emit message(report.text);
    if (report.result == Result::Queued)
        emit followRequested(report.instanceId, report.deploymentUuid);
}

void DeployController::send(const std::shared_ptr<Batch> &batch, const QString &instanceId,
                            const QStringList &uuids, const QStringList &tags, bool force)
{
    const auto finishOne = [this, batch] {
        if (--batch->open == 0) {
            m_targets.remove(batch.get());
            emit finished(batch->summary);
        }
    };
    Models::InstanceSession *session = m_fleet->session(instanceId);
    if (!session) {
        Report r;
        r.instanceId = instanceId;
        r.serverMessage = tr("The instance is no longer configured.");
        emitReport(batch, r);
        finishOne();
        return;
    }
    const bool byTag = !tags.isEmpty();
    Api::ApiRequest request =
        byTag ? Api::Deployments::deployTag(tags, force) : Api::Deployments::deploy(uuids, force);
    request.withDecoder(&Models::DeployOutcome::decode);
    ++m_pending;
    Api::ApiReply *reply = session->client()->send(request);
    connect(reply, &Api::ApiReply::finished, this,
            [this, reply, batch, instanceId, uuids, byTag, tags, finishOne] {
                --m_pending;
                const Api::ApiResult &result = reply->result();
                const QList<Target> targets = m_targets.value(batch.get());
                if (Models::InstanceData *data = m_fleet->data(instanceId))
                    data->noteActionSent(); // poll fast: the active list is about to change
                Report base;
                base.instanceId = instanceId;
                base.name = byTag       ? tr("tag %1").arg(tags.join(tr(", ")))
                    : uuids.size() == 1 ? nameOf(instanceId, uuids.first(), targets)
                                        : QString();
                if (!result.ok()) {
                    const Api::ApiError &e = result.error;
                    base.serverMessage = e.serverMessage;
                    if (e.kind == Api::ErrorKind::NotFound) {
                        base.result = Result::NotFound;
                    } else if (e.kind == Api::ErrorKind::RateLimited) {
                        base.result = Result::QueueFull;
                        base.retryAfterSeconds = e.retryAfterSeconds;
                        if (!e.deploymentQueueFull) { // the API rate limiter, not the queue
                            base.result = Result::Failed;
                            base.serverMessage = e.userMessage();
                        }
                    } else if (e.kind == Api::ErrorKind::Forbidden
                               && e.forbiddenCause == Api::ForbiddenCause::MissingAbility) {
                        base.result = Result::MissingAbility;
                    } else {
                        base.result = Result::Failed;
                        base.serverMessage = e.userMessage();
                    }
                    emitReport(batch, base);
                    finishOne();
                    return;
                }
                const auto outcome = result.value.value<Models::DeployOutcome>();
                for (const auto &entry : outcome.entries) {
                    Report r = base;
                    r.resourceUuid = entry.resourceUuid;
                    r.name = nameOf(instanceId, entry.resourceUuid, targets);
                    r.serverMessage = entry.message;
                    switch (entry.kind) {
                    case Kind::Queued:
                        r.result = Result::Queued;
                        r.deploymentUuid = entry.deploymentUuid;
                        break;
                    case Kind::AlreadyQueued:
                        r.result = Result::AlreadyQueued; // never follow entry.deploymentUuid
                        break;
                    case Kind::NoDeployment:
                        r.result =
                            entry.message.contains(QLatin1String("started"), Qt::CaseInsensitive)
                            ? Result::Started
                            : Result::Refused;
                        break;
                    }
                    emitReport(batch, r);
                }
                for (const QString &extra : outcome.extraMessages) {
                    Report r = base;
                    r.serverMessage = extra;
                    r.result = extra.contains(QLatin1String("started"), Qt::CaseInsensitive)
                        ? Result::Started
                        : Result::Refused;
                    emitReport(batch, r);
                }
                finishOne();
            });
}

} // namespace Coolify::Controllers
