#pragma once

#include "api/apierror.h"
#include "forms/errormapping.h"
#include "forms/formstate.h"
#include "forms/patchbuilder.h"
#include "forms/savecomparison.h"

#include <QObject>
#include <QPointer>

namespace Coolify::Api {
class ApiClient;
class ApiReply;
struct ApiResult;
} // namespace Coolify::Api

namespace Coolify::Forms {

// The UI-free flow of one settings form: GET the detail, track edits, and save as
//   preflight -> freshness check (updated_at) -> PATCH dirty fields -> reload -> compare.
// Every outcome is a signal; failures never touch the user's edits.
//
//     FormController c(&FieldTable::applications(), client, uuid);
//     connect(&c, &FormController::loaded, ...); c.load();
//     c.state().setValue(u"name"_s, u"shop"_s); c.save();
class FormController : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Idle, Loading, CheckingFreshness, Saving, Reloading };
    Q_ENUM(Phase)

    struct SaveOptions
    {
        bool forceDomainOverride = false; // "save anyway" after a 409
        bool skipFreshnessCheck = false; // "save anyway" after updated_at changed
    };

    FormController(const FieldTable *table, Api::ApiClient *client, const QString &uuid,
                   QObject *parent = nullptr);
    ~FormController() override;

    FormState &state() { return m_state; }
    const FormState &state() const { return m_state; }
    QString uuid() const { return m_uuid; }
    Phase phase() const { return m_phase; }
    bool isBusy() const { return m_phase != Phase::Idle; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The body of the last PATCH that was sent (for tests and logs).
    QJsonObject lastSentBody() const { return m_sentBody; }

    void load();
    void save(const SaveOptions &options);
    void save() { save(SaveOptions{}); }
    // After staleDetected(): take the server's newer values for the fields the user did not edit.
    void adoptServerState();

signals:
    void phaseChanged(Coolify::Forms::FormController::Phase phase);
    void loaded();
    void loadFailed(const Coolify::Api::ApiError &error);
    void preflightFailed(const QList<Coolify::Forms::PreflightIssue> &issues);
    // The application changed on the server since it was loaded; nothing was sent.
    void staleDetected(const QStringList &changedFields);
    // adoptServerState() finished; clashing fields were edited here and changed on the server.
    void rebased(const QStringList &clashingFields);
    void validationFailed(const Coolify::Forms::ErrorReport &report);
    void conflictDetected(const QJsonArray &conflicts);
    void saveFailed(const Coolify::Api::ApiError &error);
    void saved(const QList<Coolify::Forms::SaveDifference> &differences);
    // The PATCH succeeded but the reload failed: the edits stay in the form.
    void savedWithoutReload(const Coolify::Api::ApiError &error);

private:
    Api::ApiReply *get(std::function<void(const Api::ApiResult &)> done);
    void setPhase(Phase phase);
    void sendPatch(const PatchPlan &plan);
    void reloadAfterSave();
    QStringList changedOnServer(const QJsonObject &fresh) const;

    const FieldTable *m_table;
    Api::ApiClient *m_client;
    QString m_uuid;
    FormState m_state;
    Phase m_phase = Phase::Idle;
    int m_timeoutMs = 30000;
    QPointer<Api::ApiReply> m_inFlight;
    QJsonObject m_fresh; // newer server detail seen by the freshness check
    QJsonObject m_sentBody;
    QHash<QString, QJsonValue> m_sentTyped;
    QHash<QString, QJsonValue> m_sentBefore;
};

} // namespace Coolify::Forms
