#include "models/deploymentfollower.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/deployments.h"
#include "models/deploymentlogmodel.h"

namespace Coolify::Models {

using Api::ErrorKind;

DeploymentFollower::DeploymentFollower(Api::ApiClient *client, const QString &uuid, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_uuid(uuid)
    , m_model(new DeploymentLogModel(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeploymentFollower::poll);
    connect(m_model, &DeploymentLogModel::fed, this, &DeploymentFollower::logFed);
}

DeploymentFollower::~DeploymentFollower()
{
    if (m_reply)
        m_reply->cancel();
}

QString DeploymentFollower::redactedMessage()
{
    return tr("The server left the deployment log out: this token lacks the read:sensitive "
              "ability. The status is still followed; use a token with read:sensitive to see "
              "the log.");
}

void DeploymentFollower::start()
{
    if (m_state == State::Following || m_state == State::Retrying)
        return;
    m_failures = 0;
    setState(State::Following);
    poll();
}

void DeploymentFollower::stop()
{
    m_timer.stop();
    if (m_reply)
        m_reply->cancel();
    if (m_state == State::Following || m_state == State::Retrying)
        setState(State::Stopped);
}

void DeploymentFollower::pollNow()
{
    if (m_state == State::Idle || m_state == State::Stopped || m_state == State::NotFound)
        return;
    if (m_state == State::Done)
        setState(State::Following); // one more look (e.g. after a cancel answered 400)
    poll();
}

void DeploymentFollower::schedule(int ms)
{
    m_nextDelayMs = ms;
    m_timer.start(ms);
}

void DeploymentFollower::poll()
{
    m_timer.stop();
    if (m_reply || m_arrived)
        return; // one poll at a time; its answer (once its log is read) schedules the next
    Api::ApiRequest request = Api::Deployments::get(m_uuid).withDecoder(&Deployment::decodeOne);
    Api::ApiReply *reply = m_client->send(std::move(request.inBackground()));
    m_reply = reply;
    connect(reply, &Api::ApiReply::finished, this, [this, reply] { onReply(reply); });
}

void DeploymentFollower::onReply(Api::ApiReply *reply)
{
    m_reply = nullptr;
    const Api::ApiResult &result = reply->result();
    if (result.error.kind == ErrorKind::Cancelled)
        return;
    m_lastError = result.error;
    if (!result.ok()) {
        switch (result.error.kind) {
        case ErrorKind::NotFound:
            setProblem(tr("Deployment %1 was not found on the server (\"%2\"). It may have been "
                          "deleted, belong to another team, or never have existed: an "
                          "\"already queued\" answer names a deployment that is never stored.")
                           .arg(m_uuid,
                                result.error.serverMessage.isEmpty() ? tr("Deployment not found.")
                                                                     : result.error.serverMessage));
            setState(State::NotFound);
            return;
        case ErrorKind::Unauthenticated:
        case ErrorKind::Forbidden:
            setProblem(tr("Stopped following: %1").arg(result.error.userMessage()));
            setState(State::Stopped);
            return;
        default:
            break;
        }
        ++m_failures;
        int delay = m_intervalMs << std::min(m_failures, 5);
        if (result.error.kind == ErrorKind::RateLimited && result.error.retryAfterSeconds > 0)
            delay = result.error.retryAfterSeconds * 1000;
        delay = std::min(delay, m_maxBackoffMs);
        setProblem(tr("Could not refresh the deployment: %1 Showing what was received before; "
                      "trying again in %2 s.")
                       .arg(result.error.userMessage(), QString::number((delay + 999) / 1000)));
        setState(State::Retrying);
        schedule(delay);
        return;
    }

    m_failures = 0;
    const Deployment d = result.value.value<Deployment>();
    if (d.logsPresent) {
        // A long log is parsed on a worker thread; the poll is finished when it has been read.
        m_arrived = d;
        m_model->feedInBackground(d.logs);
        return;
    }
    finishPoll(d, {});
}

void DeploymentFollower::logFed(const LogBatch &batch)
{
    if (!m_arrived)
        return;
    finishPoll(*std::exchange(m_arrived, std::nullopt), batch.ok ? QString() : batch.error);
}

void DeploymentFollower::finishPoll(const Deployment &d, const QString &problem)
{
    const bool statusChange = !m_hasDeployment || d.status != m_deployment.status;
    m_deployment = d;
    m_hasDeployment = true;
    if (m_logsRedacted != !d.logsPresent) {
        m_logsRedacted = !d.logsPresent;
        emit logsRedactedChanged(m_logsRedacted);
    }
    setProblem(problem);
    emit updated(m_deployment);
    if (statusChange)
        emit statusChanged(d.status);
    if (m_state == State::Stopped)
        return; // stopped while the log was being read
    if (d.isDone()) {
        m_timer.stop();
        setState(State::Done);
        return;
    }
    setState(State::Following);
    schedule(m_intervalMs);
}

void DeploymentFollower::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DeploymentFollower::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}

} // namespace Coolify::Models
