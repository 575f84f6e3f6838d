#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include "models/deployment.h"

#include <QSet>
#include <QTimer>
#include <optional>

namespace Coolify::Models {

class ApplicationsModel;
class CollectionLoader;
class DatabasesModel;
class DeploymentsModel;
class InstanceSession;
class ProjectsModel;
class ServersModel;
class ServicesModel;

// Everything one instance shows: a model per endpoint family, loaded through the instance's
// client and refreshed by adaptive polling (fast while something deploys or changes state, slow
// when idle or the window is hidden, backing off while the instance is unreachable). When a
// refresh fails the models keep their last known rows and the data is marked stale.
class InstanceData : public QObject
{
    Q_OBJECT

public:
    struct Intervals
    {
        int activeMs = 5'000;
        int idleMs = 30'000;
        int hiddenMs = 120'000;
        int failureBaseMs = 10'000;
        int failureMaxMs = 300'000;
    };

    explicit InstanceData(InstanceSession *session, QObject *parent = nullptr);
    ~InstanceData() override;

    InstanceSession *session() const { return m_session; }
    ApplicationsModel *applications() const { return m_applications; }
    DatabasesModel *databases() const { return m_databases; }
    ServicesModel *services() const { return m_services; }
    ServersModel *servers() const { return m_servers; }
    DeploymentsModel *activeDeployments() const { return m_deployments; }
    ProjectsModel *projects() const { return m_projects; }

    void refresh(); // now, all families
    bool isRefreshing() const;
    bool hasData() const;
    bool isStale() const; // the last refresh failed (data shown is the last known)
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString staleText() const; // "Not updated since 14:02 — connection refused", or ""
    // Something is moving (deployments, starting/restarting resources, actions just sent).
    bool isBusy() const;
    void noteActionSent(); // poll fast for a while after a user action
    // A state change was queued for this resource (200 = queued, coolify-api.md §5): show `text` as
    // its status until the server reports a different status than `statusBefore`, or two minutes.
    void markPending(const QString &uuid, const QString &text, const QString &statusBefore);
    QString pendingText(const QString &uuid, const QString &currentStatus) const;

    // The newest deployment of each application, fetched on demand (GET /deployments/
    // applications/{uuid}?take=1) for the rows a view shows, cached for a few minutes and
    // invalidated when the application leaves the active deployments.
    void requestLastDeployments(const QStringList &applicationUuids);
    std::optional<Deployment> lastDeployment(const QString &applicationUuid) const;

    void setPolling(bool enabled);
    void setWindowVisible(bool visible);
    void setIntervals(Intervals intervals) { m_intervals = intervals; }
    // The delay before the next poll, from the current state (pure, for tests).
    int nextIntervalMs() const;

signals:
    void changed(); // any model's rows changed, or stale/refreshing state
    // How one resource is shown changed without its row changing: a pending action was marked
    // or ran out, or its last deployment arrived.
    void rowDecorationChanged(const QString &uuid);
    void refreshFinished(bool ok);

private:
    CollectionLoader *addLoader(CollectionLoader *loader);
    void loaderFinished();
    void loadProjectDetails();
    void schedule();

    InstanceSession *m_session;
    ApplicationsModel *m_applications;
    DatabasesModel *m_databases;
    ServicesModel *m_services;
    ServersModel *m_servers;
    DeploymentsModel *m_deployments;
    ProjectsModel *m_projects;
    QList<CollectionLoader *> m_loaders;
    QList<CollectionLoader *> m_projectLoaders;
    QSet<QString> m_projectsWithDetails; // projects whose environments we have loaded
    int m_open = 0;
    int m_projectRound = 0;
    int m_failures = 0;
    bool m_lastFailed = false;
    QString m_lastError;
    QDateTime m_lastSuccess;
    QDateTime m_busyUntil;
    struct Pending
    {
        QString text;
        QString statusBefore;
        QDateTime until;
    };
    QHash<QString, Pending> m_pending;
    struct LastDeployment
    {
        std::optional<Deployment> deployment; // nullopt: never deployed
        QDateTime fetched;
        bool loading = false;
    };
    QHash<QString, LastDeployment> m_lastDeployments;
    QSet<QString> m_activeApplications; // application ids with a queued/running deployment
    bool m_polling = false;
    bool m_windowVisible = true;
    Intervals m_intervals;
    QTimer m_timer;
};

} // namespace Coolify::Models
