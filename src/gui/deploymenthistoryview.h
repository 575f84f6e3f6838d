#pragma once

#include "api/apireply.h"

#include "models/deployment.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Coolify::Api {
class ApiReply;
}
namespace Coolify::Models {
class DeploymentsModel;
class Fleet;
} // namespace Coolify::Models

namespace Coolify::Gui {

// Status in words and an icon (never colour alone).
QIcon deploymentStatusIcon(Models::Deployment::Status status);

// Sorts deployment tables by their raw values (DeploymentsModel::SortRole) and adds the status
// icon to the status column. Used by the history and the active deployments views.
class DeploymentSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    DeploymentSortProxy(int statusColumn, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_statusColumn;
};

// One application's deployment history (GET /deployments/applications/{uuid}?skip&take →
// {count, deployments}), newest first: status, commit and message, trigger, start, duration.
// "Load more" fetches the next page; the label says "20 of 42 deployments"; Refresh reloads as
// many as are shown. Double-click (or Enter) opens a deployment.
//
//     auto *history = new DeploymentHistoryView(fleet);
//     history->setApplication(instanceId, appUuid, appName);
//     connect(history, &DeploymentHistoryView::openDeployment, this, &Window::openDeployment);
class DeploymentHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit DeploymentHistoryView(Models::Fleet *fleet, QWidget *parent = nullptr);
    ~DeploymentHistoryView() override;

    // Shows this application's history (first page); an empty uuid clears the view.
    void setApplication(const QString &instanceId, const QString &applicationUuid,
                        const QString &applicationName);
    QString instanceId() const { return m_instanceId; }
    QString applicationUuid() const { return m_appUuid; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    int loadedCount() const;
    int totalCount() const { return m_total; }
    bool isLoading() const { return !m_reply.isNull(); }
    Models::DeploymentsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void refresh(); // reload the rows shown so far
    void loadMore(); // the next page

signals:
    void openDeployment(const QString &instanceId, const QString &deploymentUuid);
    // After each page or refresh arrived (ok) or failed.
    void loaded(bool ok);

private:
    void fetch(int skip, int take, bool replace);
    void updateControls();
    void openRow(const QModelIndex &index);

    Models::Fleet *m_fleet;
    QString m_instanceId;
    QString m_appUuid;
    QString m_appName;
    int m_pageSize = 20;
    int m_total = -1; // unknown until the first page
    QList<Models::Deployment> m_loaded; // newest first, as the server pages them
    QPointer<Api::ApiReply> m_reply;
    Models::DeploymentsModel *m_model;
    DeploymentSortProxy *m_proxy;
    QLabel *m_title;
    QLabel *m_countLabel;
    QLabel *m_error;
    QTableView *m_table;
    QPushButton *m_loadMore;
    QPushButton *m_refresh;
};

} // namespace Coolify::Gui
