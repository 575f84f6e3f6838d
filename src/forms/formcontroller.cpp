#include "forms/formcontroller.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apirequest.h"
#include "api/apiresult.h"

#include <QJsonDocument>

namespace Coolify::Forms {

using Api::ApiResult;

FormController::FormController(const FieldTable *table, Api::ApiClient *client, const QString &uuid,
                               QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_client(client)
    , m_uuid(uuid)
    , m_state(table)
{ }

FormController::~FormController()
{
    if (m_inFlight) {
        m_inFlight->disconnect(this);
        m_inFlight->cancel();
    }
}

void FormController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

Api::ApiReply *FormController::get(std::function<void(const ApiResult &)> done)
{
    Api::ApiRequest request =
        Api::ApiRequest::get(QString(m_table->endpoint()).replace(QLatin1String("{uuid}"), m_uuid));
    request.timeoutMs = m_timeoutMs;
    Api::ApiReply *reply = m_client->send(request);
    m_inFlight = reply;
    connect(reply, &Api::ApiReply::finished, this,
            [reply, done = std::move(done)] { done(reply->result()); });
    return reply;
}

void FormController::load()
{
    if (isBusy())
        return;
    setPhase(Phase::Loading);
    get([this](const ApiResult &result) {
        setPhase(Phase::Idle);
        if (!result.ok() || !result.json.isObject()) {
            Api::ApiError error = result.error;
            if (!error.isError())
                error.kind = Api::ErrorKind::UnexpectedShape;
            emit loadFailed(error);
            return;
        }
        m_state.load(result.json.object());
        emit loaded();
    });
}

QStringList FormController::changedOnServer(const QJsonObject &fresh) const
{
    QStringList changed;
    for (const FieldSpec &f : m_table->fields()) {
        if (f.isWriteOnlyByDesign() || m_state.isOmitted(f.key))
            continue;
        const QJsonValue raw = FormState::readPath(fresh, f.readPath);
        const QJsonValue now =
            raw.isUndefined() ? FormState::emptyValue(f) : FormState::toFormValue(f, raw);
        if (now != m_state.original(f.key))
            changed << f.key;
    }
    return changed;
}

void FormController::save(const SaveOptions &options)
{
    if (isBusy() || !m_state.isLoaded())
        return;
    const PatchPlan plan = PatchBuilder::build(m_state, {options.forceDomainOverride});
    if (!plan.blocking.isEmpty()) {
        emit preflightFailed(plan.blocking);
        return;
    }
    if (plan.body.isEmpty())
        return;
    if (options.skipFreshnessCheck) {
        sendPatch(plan);
        return;
    }
    setPhase(Phase::CheckingFreshness);
    get([this, plan](const ApiResult &result) {
        if (!result.ok() || !result.json.isObject()) {
            setPhase(Phase::Idle);
            Api::ApiError error = result.error;
            if (!error.isError())
                error.kind = Api::ErrorKind::UnexpectedShape;
            emit saveFailed(error);
            return;
        }
        const QJsonObject fresh = result.json.object();
        if (fresh.value(QLatin1String("updated_at"))
            != m_state.detail().value(QLatin1String("updated_at"))) {
            m_fresh = fresh;
            setPhase(Phase::Idle);
            emit staleDetected(changedOnServer(fresh));
            return;
        }
        sendPatch(plan);
    });
}

void FormController::adoptServerState()
{
    if (isBusy() || m_fresh.isEmpty())
        return;
    const QStringList clashes = m_state.rebase(m_fresh);
    m_fresh = {};
    emit rebased(clashes);
}

void FormController::sendPatch(const PatchPlan &plan)
{
    setPhase(Phase::Saving);
    m_sentBody = plan.body;
    m_sentTyped.clear();
    m_sentBefore.clear();
    for (const QString &key : plan.keys) {
        m_sentTyped.insert(key, m_state.value(key));
        m_sentBefore.insert(key, m_state.original(key));
    }
    Api::ApiRequest request = Api::ApiRequest::patch(
        QString(m_table->endpoint()).replace(QLatin1String("{uuid}"), m_uuid),
        QJsonDocument(plan.body));
    request.timeoutMs = m_timeoutMs;
    Api::ApiReply *reply = m_client->send(request);
    m_inFlight = reply;
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        const ApiResult result = reply->result();
        if (result.ok()) {
            reloadAfterSave();
            return;
        }
        setPhase(Phase::Idle);
        switch (result.error.kind) {
        case Api::ErrorKind::Validation:
            emit validationFailed(ErrorMapper::map(result.error.validation, *m_table));
            break;
        case Api::ErrorKind::Conflict:
            emit conflictDetected(result.error.conflicts);
            break;
        default:
            emit saveFailed(result.error);
            break;
        }
    });
}

void FormController::reloadAfterSave()
{
    setPhase(Phase::Reloading);
    get([this](const ApiResult &result) {
        setPhase(Phase::Idle);
        if (!result.ok() || !result.json.isObject()) {
            Api::ApiError error = result.error;
            if (!error.isError())
                error.kind = Api::ErrorKind::UnexpectedShape;
            emit savedWithoutReload(error);
            return;
        }
        const QJsonObject detail = result.json.object();
        const QList<SaveDifference> differences =
            SaveComparison::compare(*m_table, m_sentTyped, m_sentBefore, detail);
        m_state.load(detail);
        emit saved(differences);
    });
}

} // namespace Coolify::Forms
