#include "controllers/enveditor.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/envs.h"
#include "models/envvarsmodel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coolify::Controllers {

using Api::ErrorKind;
using Models::EnvPlanItem;
using Models::EnvVar;

EnvEditor::EnvEditor(Api::ApiClient *client, Api::ResourceKind kind, const QString &uuid,
                     const QString &name, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_uuid(uuid)
    , m_name(name)
    , m_model(new Models::EnvVarsModel(this))
{ }

EnvEditor::~EnvEditor() = default;

QList<EnvVar> EnvEditor::variables() const
{
    return m_model->rows();
}

void EnvEditor::reload()
{
    Api::ApiReply *reply =
        m_client->send(Api::Envs::list(m_kind, m_uuid).withBodyDecoder(&EnvVar::decodeListBody));
    m_load.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (m_load.release(reply))
            onList(reply->result());
    });
    emit loadingChanged();
}

void EnvEditor::onList(const Api::ApiResult &result)
{
    if (result.ok()) {
        m_model->apply(result.value.value<QList<EnvVar>>());
        m_loaded = true;
        m_loadError = {};
    } else {
        m_loadError = result.error;
    }
    emit loadingChanged();
    if (m_verifying) {
        verify();
        return;
    }
    if (result.ok())
        emit loaded();
    else
        emit loadFailed(result.error);
}

int EnvEditor::requestCount(const Models::EnvPlan &plan) const
{
    int upserts = 0;
    int removals = 0;
    for (const EnvPlanItem &item : plan.items) {
        if (item.action == EnvPlanItem::Add || item.action == EnvPlanItem::Change) {
            ++upserts;
        } else if (item.action == EnvPlanItem::Remove) {
            ++removals;
            for (const EnvVar &v : m_model->rows())
                removals += hasPreviewCopies() && v.preview && v.key == item.key ? 1 : 0;
        }
    }
    return (upserts > 0 ? 1 : 0) + removals;
}

bool EnvEditor::apply(const Models::EnvPlan &plan)
{
    if (m_applying)
        return false;
    m_applying = true;
    m_upserts.clear();
    m_removals.clear();
    m_removalOutcomes.clear();
    m_outcomes.clear();
    m_nextRemoval = 0;
    m_upsertError = {};
    m_upsertSent = false;
    for (const EnvPlanItem &item : plan.items) {
        if ((item.action == EnvPlanItem::Add || item.action == EnvPlanItem::Change) && item.after)
            m_upserts << item;
        else if (item.action == EnvPlanItem::Remove && item.before)
            m_removals << item;
    }
    emit applyStarted();
    if (m_upserts.isEmpty()) {
        sendNextRemoval();
        return true;
    }
    // One variable: POST (a key that appeared meanwhile answers 409 instead of being
    // overwritten) or PATCH by key. Several: one bulk PATCH (coolify-api.md §5, §16).
    Api::ApiRequest request = [this] {
        if (m_upserts.size() == 1) {
            const EnvPlanItem &one = m_upserts.constFirst();
            return one.action == EnvPlanItem::Add
                ? Api::Envs::create(m_kind, m_uuid, one.after->toJson())
                : Api::Envs::update(m_kind, m_uuid, one.after->toJson());
        }
        QJsonArray data;
        for (const EnvPlanItem &item : std::as_const(m_upserts))
            data.append(item.after->toJson());
        return Api::Envs::bulk(m_kind, m_uuid, data);
    }();
    Api::ApiReply *reply = m_client->send(std::move(request));
    m_write.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (!m_write.release(reply))
            return;
        m_upsertSent = true;
        m_upsertError = reply->result().error;
        sendNextRemoval();
    });
    return true;
}

void EnvEditor::sendNextRemoval()
{
    if (m_nextRemoval >= m_removals.size()) {
        finishApply();
        return;
    }
    const EnvPlanItem item = m_removals.at(m_nextRemoval);
    // An application's preview copy stays when its variable is deleted (coolify-api.md §5): it
    // goes in the same step, so removing a key from the .env text removes it everywhere.
    QStringList uuids{item.before->uuid};
    if (hasPreviewCopies()) {
        for (const EnvVar &v : m_model->rows()) {
            if (v.preview && v.key == item.key)
                uuids << v.uuid;
        }
    }
    auto outcome = std::make_shared<Outcome>();
    outcome->item = item;
    outcome->result = Outcome::Applied;
    auto left = std::make_shared<int>(int(uuids.size()));
    for (const QString &envUuid : std::as_const(uuids)) {
        Api::ApiReply *reply = m_client->send(Api::Envs::remove(m_kind, m_uuid, envUuid, item.key));
        connect(reply, &Api::ApiReply::finished, this, [this, reply, outcome, left] {
            const Api::ApiResult &r = reply->result();
            // Already gone is what was asked for.
            if (!r.ok() && r.error.kind != ErrorKind::NotFound
                && outcome->result == Outcome::Applied) {
                outcome->result = Outcome::Failed;
                outcome->message = r.error.userMessage();
            }
            if (--*left > 0)
                return;
            m_removalOutcomes << *outcome;
            ++m_nextRemoval;
            sendNextRemoval();
        });
    }
}

void EnvEditor::finishApply()
{
    m_verifying = true;
    reload();
}

namespace {

// Whether the server now holds what `item` sent (coolify-api.md §16: values and comments are
// trimmed, "" is stored as null).
EnvEditor::Outcome::Result compare(const EnvVar *now, const EnvVar &sent, bool availability)
{
    using R = EnvEditor::Outcome::Result;
    if (!now)
        return R::Failed;
    // A flags-only change must not pass for saved because the value was already right.
    const bool flagsOk = now->literal == sent.literal
        && (!availability || (now->runtime == sent.runtime && now->buildtime == sent.buildtime));
    if (!flagsOk)
        return R::Failed;
    const bool commentOk = now->comment == sent.comment.trimmed();
    if (!now->readable)
        return commentOk ? R::Unverified : R::Failed;
    if (now->value == sent.value && now->comment == sent.comment)
        return R::Applied;
    if (now->value == Models::storedEnvValue(sent.value) && commentOk)
        return R::StoredDifferently;
    return R::Failed;
}

} // namespace

void EnvEditor::verify()
{
    m_verifying = false;
    const bool reloaded = !m_loadError.isError();
    bool stopped = false; // a bulk request stopped at an item: the ones after it were not sent
    for (const EnvPlanItem &item : std::as_const(m_upserts)) {
        Outcome o;
        o.item = item;
        const EnvVar *now = m_model->findKey(item.key);
        if (!reloaded) {
            o.result = m_upsertError.isError() ? Outcome::Failed : Outcome::Unverified;
            o.message = m_upsertError.isError()
                ? m_upsertError.userMessage()
                : tr("Sent, but the list could not be loaded again to check it: %1")
                      .arg(m_loadError.userMessage());
            m_outcomes << o;
            continue;
        }
        o.result = compare(now, *item.after, hasAvailabilityFlags());
        if (o.result == Outcome::Unverified && m_upsertError.isError())
            o.result = Outcome::Failed; // cannot tell; the request failed, so assume not saved
        if (item.action == EnvPlanItem::Change && o.result == Outcome::Failed && now
            && !m_upsertError.isError() && now->readable)
            o.result = Outcome::StoredDifferently; // saved; the server keeps it its own way
        if (o.result == Outcome::StoredDifferently) {
            if (now->value == item.after->value)
                o.message = tr("Saved; Coolify kept some of its options its own way");
            else if (now->value.isEmpty() && !item.after->value.isEmpty())
                o.message = tr("Saved as an empty value");
            else
                o.message = tr("Saved with the outer spaces and line breaks removed");
        } else if (o.result == Outcome::Unverified) {
            o.message = tr("Saved; the value cannot be read back to check it");
        } else if (o.result == Outcome::Failed) {
            if (stopped) {
                o.result = Outcome::NotSent;
                o.message = tr("Not saved: Coolify stops at the first item it refuses");
            } else {
                stopped = m_upserts.size() > 1;
                o.message = m_upsertError.isError()
                    ? m_upsertError.userMessage()
                    : tr("The server answered without an error, but does not have the change");
                o.fieldErrors = m_upsertError.validation.fields;
                if (!m_upsertError.validation.general.isEmpty() && o.fieldErrors.isEmpty())
                    o.message = m_upsertError.validation.general.join(u' ');
            }
        }
        m_outcomes << o;
    }
    m_outcomes << m_removalOutcomes;
    m_removalOutcomes.clear();
    m_applying = false;
    // The fresh list first, then the outcome: a view shows the outcome last, over any message
    // about the list.
    if (reloaded)
        emit loaded();
    else
        emit loadFailed(m_loadError);
    emit applied();
}

Models::EnvPlan EnvEditor::remaining() const
{
    Models::EnvPlan plan;
    for (const Outcome &o : m_outcomes) {
        if (!o.wentThrough())
            plan.items << o.item;
    }
    return plan;
}

bool EnvEditor::changedSomething() const
{
    return std::any_of(m_outcomes.cbegin(), m_outcomes.cend(),
                       [](const Outcome &o) { return o.wentThrough(); });
}

QString EnvEditor::outcomeSummary() const
{
    int ok = 0, different = 0, unverified = 0, failed = 0;
    for (const Outcome &o : m_outcomes) {
        switch (o.result) {
        case Outcome::Applied:
            ++ok;
            break;
        case Outcome::StoredDifferently:
            ++different;
            break;
        case Outcome::Unverified:
            ++unverified;
            break;
        case Outcome::Failed:
        case Outcome::NotSent:
            ++failed;
            break;
        }
    }
    QStringList parts;
    if (ok)
        parts << tr("%n saved", nullptr, ok);
    if (different)
        parts << tr("%n stored differently", nullptr, different);
    if (unverified)
        parts << tr("%n saved but not readable", nullptr, unverified);
    if (failed)
        parts << tr("%n not saved", nullptr, failed);
    return parts.isEmpty() ? tr("Nothing was changed") : parts.join(u", "_s);
}

} // namespace Coolify::Controllers
