#pragma once

#include "controllers/pendingreply.h"
#include "models/deployment.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Coolify::Models {
class DeploymentsModel;
class Fleet;
} // namespace Coolify::Models

namespace Coolify::Controllers {

// One application's deployment history, page by page (GET /deployments/applications/{uuid}
// ?skip&take → {count, deployments}, coolify-api.md §4), newest first, in a DeploymentsModel it
// owns. loadMore() appends the next page (rows that moved up meanwhile are not doubled);
// refresh() reloads as many rows as are shown, e.g. after the user cancelled one.
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
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    int loadedCount() const { return int(m_loaded.size()); }
    int totalCount() const { return m_total; } // -1 until the first page
    bool canLoadMore() const { return !isLoading() && m_total > loadedCount(); }
    bool isLoading() const { return m_reply.isActive(); }
    QString errorText() const { return m_error; } // empty when the last load worked
    Models::DeploymentsModel *model() const { return m_model; }

public slots:
    void refresh();
    void loadMore();

signals:
    void changed(); // loading, counts or error changed
    void loaded(bool ok); // after each page or refresh arrived (ok) or failed

private:
    void fetch(int skip, int take, bool replace);

    Models::Fleet *m_fleet;
    QString m_instanceId;
    QString m_appUuid;
    QString m_appName;
    int m_pageSize = 20;
    int m_total = -1;
    QList<Models::Deployment> m_loaded; // newest first, as the server pages them
    QString m_error;
    PendingReply m_reply;
    Models::DeploymentsModel *m_model;
    // The instance's active deployments: when one starts or ends, the history reloads (a
    // deployment cancelled or finished here appears without a manual Refresh).
    QMetaObject::Connection m_activeStarted;
    QMetaObject::Connection m_activeEnded;
    QTimer m_reloadSoon;
};

} // namespace Coolify::Controllers
