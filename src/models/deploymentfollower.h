#pragma once

#include "api/apierror.h"
#include "models/deployment.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Coolify::Api {
class ApiClient;
class ApiReply;
} // namespace Coolify::Api

namespace Coolify::Models {

class DeploymentLogModel;
struct LogBatch;

// Follows one deployment: polls GET /deployments/{uuid} about every 2 s while it is queued or
// in progress, feeds `logs` to its DeploymentLogModel (parsed on a worker thread; only new
// entries become rows) and stops once it is finished, failed or cancelled. A 404 stops with a
// clear message (e.g. the phantom uuid of an "already queued" answer); other errors keep what was
// shown and retry with back-off.
//
//     auto *follower = new DeploymentFollower(client, uuid, this);
//     connect(follower, &DeploymentFollower::updated, this, &View::showHeader);
//     view->setModel(follower->logModel());
//     follower->start();
class DeploymentFollower : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, // not started
        Following, // polling
        Retrying, // the last poll failed; polling again after a back-off
        Done, // the deployment ended; polling stopped
        NotFound, // 404: polling stopped
        Stopped, // stopped for good by an error that a retry cannot fix (401, 403) or stop()
    };
    Q_ENUM(State)

    DeploymentFollower(Api::ApiClient *client, const QString &uuid, QObject *parent = nullptr);
    ~DeploymentFollower() override;

    void start();
    void stop();
    // Polls right away (e.g. after a cancel), keeping the adaptive schedule afterwards.
    void pollNow();

    QString uuid() const { return m_uuid; }
    State state() const { return m_state; }
    bool hasDeployment() const { return m_hasDeployment; }
    const Deployment &deployment() const { return m_deployment; }
    DeploymentLogModel *logModel() const { return m_model; }
    // True once the server answered without `logs`: the token lacks read:sensitive.
    bool logsRedacted() const { return m_logsRedacted; }
    // A sentence for the user about the last problem (poll error, 404, unreadable log); empty
    // when all is well.
    QString problem() const { return m_problem; }
    const Api::ApiError &lastError() const { return m_lastError; }

    // Poll interval while queued/in progress (default 2000 ms) and the back-off cap on errors.
    void setInterval(int ms) { m_intervalMs = ms; }
    int interval() const { return m_intervalMs; }
    void setMaxBackoff(int ms) { m_maxBackoffMs = ms; }
    // The delay before the next poll (for tests: grows on errors, resets on success).
    int nextDelay() const { return m_nextDelayMs; }

    static QString redactedMessage();

signals:
    // Every successful poll, with the deployment as the server sent it.
    void updated(const Coolify::Models::Deployment &deployment);
    void statusChanged(Coolify::Models::Deployment::Status status);
    void stateChanged(Coolify::Models::DeploymentFollower::State state);
    void logsRedactedChanged(bool redacted);
    // The problem sentence changed (empty: resolved).
    void problemChanged(const QString &problem);

private:
    void poll();
    void onReply(Api::ApiReply *reply);
    void logFed(const LogBatch &batch);
    void finishPoll(const Deployment &deployment, const QString &problem);
    void schedule(int ms);
    void setState(State state);
    void setProblem(const QString &problem);

    Api::ApiClient *m_client;
    QString m_uuid;
    DeploymentLogModel *m_model;
    QTimer m_timer;
    QPointer<Api::ApiReply> m_reply;
    Deployment m_deployment;
    std::optional<Deployment> m_arrived; // polled, its log still being parsed
    Api::ApiError m_lastError;
    QString m_problem;
    State m_state = State::Idle;
    int m_intervalMs = 2000;
    int m_maxBackoffMs = 60000;
    int m_nextDelayMs = 0;
    int m_failures = 0;
    bool m_hasDeployment = false;
    bool m_logsRedacted = false;
};

} // namespace Coolify::Models
