#pragma once

#include "api/apierror.h"
#include "api/resourcekind.h"
#include "controllers/pendingreply.h"
#include "models/envplan.h"

#include <QObject>
#include <QString>

namespace Coolify::Api {
class ApiClient;
struct ApiResult;
} // namespace Coolify::Api
namespace Coolify::Models {
class EnvVarsModel;
}

namespace Coolify::Controllers {

// The environment variables of one application, database or service (coolify-api.md §5, §16):
// loads them into a model, and is the one place that writes them. Every change — one edit in a
// dialog, the developer view's text, an import, a copy from another resource — is an
// Models::EnvPlan sent with the fewest requests: one POST or PATCH for a single variable, one
// bulk PATCH for several (full variables: an omitted value would be cleared), one DELETE per
// removal (an application's preview copy with it). Afterwards it reloads and checks every item
// against what the server now holds, because a bulk PATCH saves items one by one and stops at
// the first invalid one: each item ends applied, applied but stored differently (trimmed),
// failed with the server's reason, or not sent, and the ones that did not go through can be
// sent again (remaining()).
//
//     auto *env = new EnvEditor(client, Api::ResourceKind::Application, uuid, name, this);
//     connect(env, &EnvEditor::applied, view, &View::showOutcome);
//     env->reload();
//     env->apply(Models::EnvPlan::build(env->variables(), wanted, Models::EnvPlan::Mode::Replace));
class EnvEditor : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum Result {
            Applied,
            StoredDifferently, // saved, but the server changed it (outer spaces trimmed, …)
            Unverified, // sent without an error, but the value cannot be read back
            Failed, // the server refused it (see message, fieldErrors)
            NotSent, // an earlier item of the same bulk request failed
        };
        Models::EnvPlanItem item;
        Result result = Failed;
        QString message; // the reason, in words
        QMap<QString, QStringList> fieldErrors; // 422 messages by field ("key", "value", …)
        bool wentThrough() const { return result <= Unverified; }
    };

    EnvEditor(Api::ApiClient *client, Api::ResourceKind kind, const QString &uuid,
              const QString &name, QObject *parent = nullptr);
    ~EnvEditor() override;

    Api::ResourceKind kind() const { return m_kind; }
    QString uuid() const { return m_uuid; }
    QString name() const { return m_name; }
    Models::EnvVarsModel *model() const { return m_model; }
    // The variables as last loaded (regular and preview).
    QList<Models::EnvVar> variables() const;
    // Preview copies exist for applications only (coolify-api.md §16).
    bool hasPreviewCopies() const { return m_kind == Api::ResourceKind::Application; }
    // Runtime and build-time flags mean something for applications only.
    bool hasAvailabilityFlags() const { return m_kind == Api::ResourceKind::Application; }

    bool hasLoaded() const { return m_loaded; }
    bool isLoading() const { return m_load.isActive(); }
    bool isApplying() const { return m_applying; }
    Api::ApiError loadError() const { return m_loadError; }

    // Sends the plan's writes. Refused (false) while another plan is being applied.
    bool apply(const Models::EnvPlan &plan);
    // The outcome of the last apply(), one per write, in the order they were sent.
    QList<Outcome> outcomes() const { return m_outcomes; }
    // The writes of the last apply() that did not go through, as a plan to send again.
    Models::EnvPlan remaining() const;
    // "3 applied, 1 stored differently, 2 not applied" for the last apply().
    QString outcomeSummary() const;
    // Whether the last apply() changed anything (a redeploy or restart is needed to use it).
    bool changedSomething() const;

    // How many requests apply(plan) sends: one for all additions and changes, one per deletion
    // (and per preview copy deleted with it).
    int requestCount(const Models::EnvPlan &plan) const;

public slots:
    void reload();

signals:
    void loadingChanged();
    void loaded(); // the model holds the fresh list
    void loadFailed(const Coolify::Api::ApiError &error); // the model keeps the last good list
    void applyStarted();
    void applied(); // outcomes() are ready (after the verifying reload and its loaded())

private:
    void onList(const Api::ApiResult &result);
    void sendNextRemoval();
    void finishApply();
    void verify();

    Api::ApiClient *m_client;
    Api::ResourceKind m_kind;
    QString m_uuid;
    QString m_name;
    Models::EnvVarsModel *m_model;
    PendingReply m_load;
    PendingReply m_write;
    bool m_loaded = false;
    Api::ApiError m_loadError;

    bool m_applying = false;
    bool m_verifying = false;
    QList<Models::EnvPlanItem> m_upserts;
    Api::ApiError m_upsertError; // the error of the upsert request, if any
    bool m_upsertSent = false;
    QList<Models::EnvPlanItem> m_removals;
    qsizetype m_nextRemoval = 0;
    QList<Outcome> m_removalOutcomes;
    QList<Outcome> m_outcomes;
};

} // namespace Coolify::Controllers
