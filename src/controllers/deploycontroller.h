#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Controllers {

// Triggers deployments (POST /deploy, coolify-api.md §4) and says in plain words what happened to
// each resource: queued (with a deployment to follow), already queued for this commit (a phantom
// uuid that is never followed), started without a deployment (services, databases), refused,
// not found, queue full (with the Retry-After seconds) or missing the `deploy` ability.
// One POST per instance; several targets on one instance share it (uuids comma-separated).
//
//     auto *deployer = new DeployController(fleet, this);
//     connect(deployer, &DeployController::message, statusBar, &QStatusBar::showMessage);
//     connect(deployer, &DeployController::followRequested, this, &Window::openDeployment);
//     deployer->deploy({{instanceId, appUuid, appName}}, /*force=*/false);
class DeployController : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString instanceId;
        QString uuid; // application (or service / standalone database) uuid
        QString name; // shown in messages; looked up in the instance's models when empty
    };

    enum class Result {
        Queued, // a real deployment: followRequested() was emitted for it
        AlreadyQueued, // same commit already queued/running; the uuid returned is a phantom
        Started, // a service or database was started; there is no deployment to follow
        Refused, // a per-resource refusal in the answer ("Unauthorized to deploy …")
        NotFound, // 404 "No resources found." / "No resources found with this tag."
        QueueFull, // 429, see Report::retryAfterSeconds
        MissingAbility, // 403: the token lacks `deploy`
        Failed, // any other error (network, 5xx, …)
    };

    // One line of the outcome: per resource, or per instance when the whole request failed.
    struct Report
    {
        QString instanceId;
        QString resourceUuid; // empty when the request as a whole failed
        QString name;
        Result result = Result::Failed;
        QString deploymentUuid; // only for Result::Queued (phantoms are never reported here)
        QString serverMessage;
        int retryAfterSeconds = -1; // with QueueFull
        QString text; // the translated sentence emitted through message()
    };

    struct Summary
    {
        QList<Report> reports;
        int count(Result result) const;
        QStringList deploymentUuids() const; // the real, followable ones
        QString text() const; // "2 deployments queued, 1 already queued."
    };

    explicit DeployController(Models::Fleet *fleet, QObject *parent = nullptr);

    // Deploys (force: without build cache). Targets are grouped per instance.
    void deploy(const QList<Target> &targets, bool force = false);
    // Deploys everything tagged with one of `tags` on one instance.
    void deployTag(const QString &instanceId, const QStringList &tags, bool force = false);
    // Requests sent and not answered yet (over all calls).
    int pendingRequests() const { return m_pending; }

    // The sentence for one report (pure; what message() carries).
    static QString describe(const Report &report, const QString &instanceName);

signals:
    // One sentence per report, for a status bar or a log.
    void message(const QString &text);
    // A real deployment was queued: the UI may offer (or start) following it.
    void followRequested(const QString &instanceId, const QString &deploymentUuid);
    // Once per deploy()/deployTag() call, after every instance answered.
    void finished(const Coolify::Controllers::DeployController::Summary &summary);

private:
    struct Batch;
    void send(const std::shared_ptr<Batch> &batch, const QString &instanceId,
              const QStringList &uuids, const QStringList &tags, bool force);
    QString nameOf(const QString &instanceId, const QString &uuid,
                   const QList<Target> &targets) const;
    void emitReport(const std::shared_ptr<Batch> &batch, Report report);

    Models::Fleet *m_fleet;
    QHash<const Batch *, QList<Target>> m_targets; // per deploy() call, for names
    int m_pending = 0;
};

} // namespace Coolify::Controllers

Q_DECLARE_METATYPE(Coolify::Controllers::DeployController::Summary)
