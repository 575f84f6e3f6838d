#pragma once

#include "controllers/bulkplan.h"
#include "models/bulkprogressmodel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

namespace Coolify::Api {
class ApiReply;
}

namespace Coolify::Controllers {

// Carries out one BulkPlan across instances and keeps a row per resource in progress():
// queued → sent → deployment started / already queued / done / failed with the reason.
//
// Deploys go out as one request per instance (Coolify takes comma-separated uuids) — after a
// full queue refused such a list, one uuid per request for that instance; restart,
// stop and start as one request per resource, at most kInFlightPerInstance at a time per
// instance, paced further by each instance's client (its rate limit, X-RateLimit-Remaining).
// A 429 — the rate limiter, or a full deployment queue — holds that instance's rows for the
// Retry-After seconds and sends them again, while other instances go on: for a full queue until
// it has room (or the user cancels), for the rate limiter up to kMaxAttempts times.
// Every request goes through the instance's ApiClient, so the journal records each change.
//
//     auto *run = new BulkRun(fleet, this);
//     view->setModel(run->progress());
//     connect(run, &BulkRun::finished, this, [run] { status->setText(run->summary()); });
//     run->start(plan);
class BulkRun : public QObject
{
    Q_OBJECT

public:
    static constexpr int kInFlightPerInstance = 4;
    static constexpr int kMaxAttempts = 6; // per row refused by the rate limiter
    static constexpr int kDefaultRetryAfterSeconds = 60; // a 429 without Retry-After
    static constexpr int kMaxWaitSeconds = 15 * 60; // a longer Retry-After is cut to this

    explicit BulkRun(Models::Fleet *fleet, QObject *parent = nullptr);
    ~BulkRun() override;

    // Once per BulkRun. Excluded items show as Skipped rows with their reason.
    void start(const BulkPlan &plan);
    // start() in two steps: the rows (and isRunning()) now, the first requests on send(). A
    // window lets its first paint come before the requests are made.
    void prepare(const BulkPlan &plan);
    void send();
    // Rows not sent yet (queued, or waiting to be sent again) end as Cancelled; requests on
    // their way are not taken back (the server may already act on them): their outcome shows.
    void cancel();

    Models::BulkProgressModel *progress() const { return m_model; }
    BulkAction action() const { return m_action; }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // The sentence for the end (or the state so far): "12 deployments started, 1 failed."
    QString summary() const;
    // What the servers said beyond the rows (a deploy by tag also starts tagged services):
    // "EU: Service cache started. It could take a while, be patient."
    QStringList notes() const { return m_notes; }

signals:
    void deploymentStarted(const QString &instanceId, const QString &deploymentUuid);
    void progressChanged(int finished, int total);
    void finished();

private:
    struct Lane;
    void pump(Lane &lane);
    void sendDeploy(Lane &lane, const QList<int> &rows);
    void sendOne(Lane &lane, int row);
    void deployAnswered(Lane &lane, const QList<int> &rows, Api::ApiReply *reply);
    void oneAnswered(Lane &lane, int row, Api::ApiReply *reply);
    // A 429: hold the lane, put `rows` back to be sent again after the server's wait.
    bool holdForRetry(Lane &lane, const QList<int> &rows, Api::ApiReply *reply);
    void setRow(int row, Models::BulkProgressModel::State state, const QString &message = {},
                const QString &deploymentUuid = {});
    void checkFinished();
    Lane *laneOf(const QString &instanceId);

    Models::Fleet *m_fleet;
    Models::BulkProgressModel *m_model;
    BulkAction m_action = BulkAction::Deploy;
    QString m_tag;
    QStringList m_notes;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    bool m_started = false;
    bool m_sending = false;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Coolify::Controllers
