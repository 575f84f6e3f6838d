#pragma once

#include "controllers/pendingreply.h"
#include "models/deployment.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Coolify::Models {
class DeploymentHistoryModel;
class Fleet;
struct Application;
} // namespace Coolify::Models

namespace Coolify::Controllers {

// One application's deployment history, page by page (GET /deployments/applications/{uuid}
// ?skip&take → {count, deployments}, coolify-api.md §4), newest first, in a model it owns.
// loadMore() appends the next page (rows that moved up meanwhile are not doubled); refresh()
// reloads as many rows as are shown, e.g. after the user cancelled one.
//
// With the history come the images the server keeps (GET …/rollback-images, §10), joined into the
// model's Image column, and rollBack() to one of them (POST …/rollback): one request at a time,
// as every call queues a new deployment.
//
//     auto *history = new DeploymentHistory(fleet, this);
//     history->setApplication(instanceId, appUuid, appName);
//     view->setModel(history->model());
class DeploymentHistory : public QObject
{
    Q_OBJECT

public:
    explicit DeploymentHistory(Models::Fleet *fleet, QObject *parent = nullptr);

    // Shows this application's history (first page); an empty uuid clears it.
    void setApplication(const QString &instanceId, const QString &applicationUuid,
                        const QString &applicationName);
    QString instanceId() const { return m_instanceId; }
    QString applicationUuid() const { return m_appUuid; }
    QString applicationName() const { return m_appName; }
    QString instanceName() const; // as the user named it; empty when gone
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    int loadedCount() const { return int(m_loaded.size()); }
    int totalCount() const { return m_total; } // -1 until the first page
    bool canLoadMore() const { return !isLoading() && m_total > loadedCount(); }
    bool isLoading() const { return m_reply.isActive(); }
    QString errorText() const { return m_error; } // empty when the last load worked
    Models::DeploymentHistoryModel *model() const { return m_model; }

    enum class ImagesState { None, Loading, Loaded, Failed };
    ImagesState imagesState() const { return m_imagesState; }
    // One or two sentences about the kept images: what runs, how many can be rolled back to, or
    // why there are none (compose and registry-image apps, an unreachable server, a failed read).
    QString imagesText() const;

    // Empty when a rollback to `tag` can be sent now; otherwise why not (for a tooltip).
    QString rollbackUnavailableReason(const QString &tag) const;
    bool isRollingBack() const { return m_rollback.isActive(); }
    // POST /applications/{uuid}/rollback; false (and nothing sent) while one is on its way or
    // when rollbackUnavailableReason(tag) is not empty.
    bool rollBack(const QString &tag);

    enum class RollbackResult { Queued, QueueFull, NotFound, Invalid, MissingAbility, Failed };
    struct RollbackOutcome
    {
        RollbackResult result = RollbackResult::Failed;
        QString tag;
        QString deploymentUuid; // with Queued
        QString text; // one translated sentence for the user
    };

public slots:
    void refresh();
    void loadMore();

signals:
    void changed(); // loading, counts, images, rollback state or error changed
    void loaded(bool ok); // after each page or refresh arrived (ok) or failed
    void rollbackFinished(const Coolify::Controllers::DeploymentHistory::RollbackOutcome &outcome);

private:
    void fetch(int skip, int take, bool replace);
    void fetchImages();
    const Models::Application *application() const;

    Models::Fleet *m_fleet;
    QString m_instanceId;
    QString m_appUuid;
    QString m_appName;
    int m_pageSize = 20;
    int m_total = -1;
    QList<Models::Deployment> m_loaded; // newest first, as the server pages them
    QString m_error;
    PendingReply m_reply;
    PendingReply m_imagesReply;
    PendingReply m_rollback;
    ImagesState m_imagesState = ImagesState::None;
    QString m_imagesError;
    Models::DeploymentHistoryModel *m_model;
    // The instance's active deployments: when one starts or ends, the history reloads (a
    // deployment cancelled or finished here appears without a manual Refresh).
    QMetaObject::Connection m_activeStarted;
    QMetaObject::Connection m_activeEnded;
    QTimer m_reloadSoon;
};

} // namespace Coolify::Controllers

Q_DECLARE_METATYPE(Coolify::Controllers::DeploymentHistory::RollbackOutcome)
