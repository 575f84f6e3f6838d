#include "controllers/bulkrun.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/deployments.h"
#include "models/deployment.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

#include <QJsonObject>
#include <QTimer>

#include <deque>
#include <optional>

namespace Coolify::Controllers {

using State = Models::BulkProgressModel::State;
using Kind = Models::DeployOutcome::Kind;

// One instance's share of the run.
struct BulkRun::Lane
{
    QString instanceId;
    QString instanceName;
    std::deque<int> waiting; // rows to send, in order
    QList<QPointer<Api::ApiReply>> inFlight;
    QHash<int, int> attempts; // row → its requests answered with a 429 so far
    // After a full queue refused a list part-way (the answer does not say how far it got),
    // one uuid per request: resending the list would deploy its head again and again.
    bool oneByOne = false;
    QTimer *holdTimer = nullptr; // running while the server asked us to wait
};

namespace {

// The lifecycle route of an action; nullopt for deploys (POST /deploy, per instance).
std::optional<LifecycleController::Operation> lifecycleOperation(BulkAction action)
{
    switch (action) {
    case BulkAction::Restart:
        return LifecycleController::Operation::Restart;
    case BulkAction::Stop:
        return LifecycleController::Operation::Stop;
    case BulkAction::Start:
        return LifecycleController::Operation::Start;
    case BulkAction::Deploy:
    case BulkAction::ForceDeploy:
        break;
    }
    return std::nullopt;
}

} // namespace

BulkRun::BulkRun(Models::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_model(new Models::BulkProgressModel(this))
{ }

BulkRun::~BulkRun() = default;

BulkRun::Lane *BulkRun::laneOf(const QString &instanceId)
{
    for (const auto &lane : m_lanes) {
        if (lane->instanceId == instanceId)
            return lane.get();
    }
    return nullptr;
}

void BulkRun::start(const BulkPlan &plan)
{
    prepare(plan);
    send();
}

void BulkRun::prepare(const BulkPlan &plan)
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_action = plan.action;
    m_tag = plan.tag;
    QList<Models::BulkProgressModel::Row> rows;
    rows.reserve(plan.items.size());
    for (const BulkPlan::Item &item : plan.items) {
        Models::BulkProgressModel::Row row;
        row.instanceId = item.ref.instanceId;
        row.instanceName = item.instanceName;
        row.kind = item.ref.kind;
        row.resourceUuid = item.ref.uuid;
        row.name = item.ref.name;
        row.environment = item.environment;
        row.production = item.production;
        row.statusBefore = item.ref.status;
        if (!item.included()) {
            row.state = State::Skipped;
            row.message = item.excludedReason;
        }
        rows.append(row);
    }
    m_model->reset(rows);
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).state != State::Queued)
            continue;
        Lane *lane = laneOf(rows.at(i).instanceId);
        if (!lane) {
            m_lanes.push_back(std::make_unique<Lane>());
            lane = m_lanes.back().get();
            lane->instanceId = rows.at(i).instanceId;
            lane->instanceName = rows.at(i).instanceName;
            lane->holdTimer = new QTimer(this);
            lane->holdTimer->setSingleShot(true);
            connect(lane->holdTimer, &QTimer::timeout, this, [this, lane] { pump(*lane); });
        }
        lane->waiting.push_back(i);
    }
    emit progressChanged(m_model->finishedCount(), m_model->rowCount());
}

void BulkRun::send()
{
    if (!m_started || m_sending)
        return;
    m_sending = true;
    for (const auto &lane : m_lanes)
        pump(*lane);
    checkFinished();
}

void BulkRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (const auto &lane : m_lanes) {
        lane->holdTimer->stop();
        for (const int row : lane->waiting)
            setRow(row, State::Cancelled, tr("Not sent: the run was cancelled."));
        lane->waiting.clear();
    }
    checkFinished();
}

void BulkRun::pump(Lane &lane)
{
    if (m_cancelled || lane.holdTimer->isActive() || lane.waiting.empty())
        return;
    if (m_action == BulkAction::Deploy || m_action == BulkAction::ForceDeploy) {
        if (!lane.inFlight.isEmpty())
            return;
        QList<int> rows;
        if (lane.oneByOne) {
            rows.append(lane.waiting.front());
            lane.waiting.pop_front();
        } else {
            rows = QList<int>(lane.waiting.cbegin(), lane.waiting.cend());
            lane.waiting.clear();
        }
        sendDeploy(lane, rows);
        return;
    }
    while (!lane.waiting.empty() && lane.inFlight.size() < kInFlightPerInstance
           && !lane.holdTimer->isActive()) {
        const int row = lane.waiting.front();
        lane.waiting.pop_front();
        sendOne(lane, row);
    }
}

void BulkRun::sendDeploy(Lane &lane, const QList<int> &rows)
{
    Models::InstanceSession *session = m_fleet->session(lane.instanceId);
    if (!session) {
        for (const int row : rows)
            setRow(row, State::Failed, tr("The instance is no longer configured."));
        return checkFinished();
    }
    QStringList uuids;
    for (const int row : rows) {
        uuids.append(m_model->row(row).resourceUuid);
        setRow(row, State::Sent);
    }
    // By tag while the whole lane goes out at once; a lane sending one by one uses uuids.
    const bool force = m_action == BulkAction::ForceDeploy;
    Api::ApiRequest request = !m_tag.isEmpty() && !lane.oneByOne
        ? Api::Deployments::deployTag({m_tag}, force)
        : Api::Deployments::deploy(uuids, force);
    request.withDecoder(&Models::DeployOutcome::decode);
    Api::ApiReply *reply = session->client()->send(request);
    lane.inFlight.append(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, &lane, rows, reply] {
        lane.inFlight.removeAll(reply);
        deployAnswered(lane, rows, reply);
        pump(lane);
        checkFinished();
    });
}

void BulkRun::deployAnswered(Lane &lane, const QList<int> &rows, Api::ApiReply *reply)
{
    const Api::ApiResult &result = reply->result();
    if (Models::InstanceData *data = m_fleet->data(lane.instanceId))
        data->noteActionSent(); // poll fast: the active deployments are about to change
    if (!result.ok()) {
        if (result.error.deploymentQueueFull && (rows.size() > 1 || !m_tag.isEmpty()))
            lane.oneByOne = true;
        if (holdForRetry(lane, rows, reply))
            return;
        const Api::ApiError &e = result.error;
        const State state = e.kind == Api::ErrorKind::Cancelled ? State::Cancelled : State::Failed;
        QString why = e.userMessage();
        if (e.kind == Api::ErrorKind::NotFound)
            why = tr("Coolify found none of them (deleted, or another team's). The server said: "
                     "“%1”")
                      .arg(e.serverMessage);
        for (const int row : rows)
            setRow(row, state, why);
        return;
    }
    const auto outcome = result.value.value<Models::DeployOutcome>();
    QList<int> unanswered = rows;
    for (const Models::DeployOutcome::Entry &entry : outcome.entries) {
        const int row = m_model->rowOf(lane.instanceId, entry.resourceUuid);
        if (row < 0 || !unanswered.removeOne(row))
            continue; // a uuid we did not ask for, or one answered twice
        switch (entry.kind) {
        case Kind::Queued:
            setRow(row, State::DeploymentStarted, {}, entry.deploymentUuid);
            emit deploymentStarted(lane.instanceId, entry.deploymentUuid);
            break;
        case Kind::AlreadyQueued: // its uuid is a phantom: never follow it
            setRow(row, State::AlreadyQueued,
                   tr("a deployment of this commit is already queued or running"));
            break;
        case Kind::NoDeployment:
            if (entry.message.contains(QLatin1String("started"), Qt::CaseInsensitive))
                setRow(row, State::Accepted, entry.message);
            else
                setRow(row, State::Failed, entry.message);
            break;
        }
    }
    for (const QString &extra : outcome.extraMessages)
        m_notes.append(tr("%1: %2").arg(lane.instanceName, extra));
    for (const int row : std::as_const(unanswered)) {
        setRow(row, State::Failed,
               m_tag.isEmpty() || lane.oneByOne
                   ? tr("Coolify skipped it without a word (deleted, or another team's).")
                   : tr("Not deployed by the tag: it no longer carries “%1”.").arg(m_tag));
    }
}

void BulkRun::sendOne(Lane &lane, int row)
{
    const Models::BulkProgressModel::Row &r = m_model->row(row);
    Models::InstanceSession *session = m_fleet->session(lane.instanceId);
    if (!session) {
        setRow(row, State::Failed, tr("The instance is no longer configured."));
        return checkFinished();
    }
    const auto operation = lifecycleOperation(m_action);
    if (!operation)
        return; // deploys go out per instance (pump())
    const Api::ApiRequest request = LifecycleController::request(
        *operation, ResourceRef{lane.instanceId, r.kind, r.resourceUuid, r.name, r.statusBefore});
    setRow(row, State::Sent);
    Api::ApiReply *reply = session->client()->send(request);
    lane.inFlight.append(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, &lane, row, reply] {
        lane.inFlight.removeAll(reply);
        oneAnswered(lane, row, reply);
        pump(lane);
        checkFinished();
    });
}

void BulkRun::oneAnswered(Lane &lane, int row, Api::ApiReply *reply)
{
    const Api::ApiResult &result = reply->result();
    if (!result.ok()) {
        if (holdForRetry(lane, {row}, reply))
            return;
        const Api::ApiError &e = result.error;
        if (e.kind == Api::ErrorKind::Cancelled)
            return setRow(row, State::Cancelled, e.userMessage());
        setRow(row, State::Failed, LifecycleController::failureText(e));
        return;
    }
    const Models::BulkProgressModel::Row &r = m_model->row(row);
    const QJsonObject body = result.json.object();
    const QString said = body.value(QLatin1String("message")).toString();
    const QString deployment = body.value(QLatin1String("deployment_uuid")).toString();
    if (Models::InstanceData *data = m_fleet->data(lane.instanceId)) {
        data->markPending(r.resourceUuid,
                          LifecycleController::pendingText(*lifecycleOperation(m_action)),
                          r.statusBefore);
    }
    if (!deployment.isEmpty()) {
        setRow(row, State::DeploymentStarted, said, deployment);
        emit deploymentStarted(lane.instanceId, deployment);
    } else {
        setRow(row, State::Accepted, said);
    }
}

bool BulkRun::holdForRetry(Lane &lane, const QList<int> &rows, Api::ApiReply *reply)
{
    const Api::ApiError &e = reply->result().error;
    if (e.kind != Api::ErrorKind::RateLimited)
        return false;
    if (m_cancelled) {
        for (const int row : rows)
            setRow(row, State::Cancelled, tr("Not sent again: the run was cancelled."));
        return true;
    }
    QList<int> again;
    for (const int row : rows) {
        // A full queue empties as deployments finish: wait as long as the user lets it. The
        // rate limiter should not refuse this often; after kMaxAttempts something is wrong.
        const int attempts = ++lane.attempts[row];
        if (e.deploymentQueueFull || attempts < kMaxAttempts) {
            again.append(row);
            continue;
        }
        setRow(row, State::Failed,
               tr("%1 kept answering “too many requests” after %2 attempts.")
                   .arg(lane.instanceName)
                   .arg(attempts));
    }
    if (again.isEmpty())
        return true;
    const int seconds =
        qMin(kMaxWaitSeconds,
             e.retryAfterSeconds >= 0 ? e.retryAfterSeconds : kDefaultRetryAfterSeconds);
    // Extend the hold, never shorten it: several answers of one burst all wait.
    const int ms = seconds * 1000;
    if (!lane.holdTimer->isActive() || lane.holdTimer->remainingTime() < ms)
        lane.holdTimer->start(ms);
    const QString why = e.deploymentQueueFull
        ? tr("the deployment queue is full; sending again in %n s", nullptr, seconds)
        : tr("the rate limit is reached; sending again in %n s", nullptr, seconds);
    // Back at the front, in their order, before rows not sent yet.
    for (auto it = again.crbegin(); it != again.crend(); ++it) {
        lane.waiting.push_front(*it);
        setRow(*it, State::Waiting, why);
    }
    return true;
}

void BulkRun::setRow(int row, State state, const QString &message, const QString &deploymentUuid)
{
    const bool wasFinal = Models::BulkProgressModel::isFinal(m_model->row(row).state);
    m_model->setState(row, state, message, deploymentUuid);
    if (wasFinal != Models::BulkProgressModel::isFinal(state))
        emit progressChanged(m_model->finishedCount(), m_model->rowCount());
}

void BulkRun::checkFinished()
{
    if (!m_running || m_model->finishedCount() < m_model->rowCount())
        return;
    for (const auto &lane : m_lanes) {
        if (!lane->inFlight.isEmpty())
            return;
    }
    m_running = false;
    emit finished();
}

QString BulkRun::summary() const
{
    QStringList parts;
    const auto add = [&parts](int n, const QString &text) {
        if (n > 0)
            parts.append(text);
    };
    const int started = m_model->countIn(State::DeploymentStarted);
    const int accepted = m_model->countIn(State::Accepted);
    add(started, tr("%n deployment(s) started", nullptr, started));
    add(m_model->countIn(State::AlreadyQueued),
        tr("%n already queued", nullptr, m_model->countIn(State::AlreadyQueued)));
    switch (m_action) {
    case BulkAction::Deploy:
    case BulkAction::ForceDeploy:
        add(accepted, tr("%n started without a deployment", nullptr, accepted));
        break;
    case BulkAction::Restart:
        add(accepted, tr("%n restart(s) requested", nullptr, accepted));
        break;
    case BulkAction::Stop:
        add(accepted, tr("%n stop(s) requested", nullptr, accepted));
        break;
    case BulkAction::Start:
        add(accepted, tr("%n start(s) requested", nullptr, accepted));
        break;
    }
    const int waiting = m_model->countIn(State::Waiting);
    const int open = m_model->countIn(State::Queued) + m_model->countIn(State::Sent);
    add(open, tr("%n in progress", nullptr, open));
    add(waiting, tr("%n waiting to be sent again", nullptr, waiting));
    const int failed = m_model->countIn(State::Failed);
    add(failed, tr("%n failed", nullptr, failed));
    const int cancelled = m_model->countIn(State::Cancelled);
    add(cancelled, tr("%n cancelled before sending", nullptr, cancelled));
    const int skipped = m_model->countIn(State::Skipped);
    add(skipped, tr("%n skipped", nullptr, skipped));
    if (parts.isEmpty())
        return tr("Nothing to do.");
    return tr("%1.").arg(parts.join(tr(", ")));
}

} // namespace Coolify::Controllers
