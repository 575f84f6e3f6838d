#pragma once

#include "controllers/deploymenthistory.h"
#include "models/deployment.h"

#include <QSortFilterProxyModel>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace Coolify::Models {
class DeploymentsModel;
class Fleet;
} // namespace Coolify::Models

namespace Coolify::Gui {

// Status in words and an icon (never colour alone).
QIcon deploymentStatusIcon(Models::Deployment::Status status);

// Sorts deployment tables by their raw values (Models::Roles::Sort) and adds the status
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

// One application's deployment history (Controllers::DeploymentHistory loads it), newest first:
// status, commit and message, trigger, start, duration.
// "Load more" fetches the next page; the label says "20 of 42 deployments"; Refresh reloads as
// many as are shown. Double-click (or Enter) opens a deployment. The Image column and the line
// under the title say which image runs and which are kept; "Roll Back…" (button, context menu)
// asks for confirmation, queues the rollback and opens its deployment.
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
    Controllers::DeploymentHistory *history() const { return m_history; }
    QTableView *table() const { return m_table; }

public slots:
    void refresh(); // reload the rows shown so far
    void loadMore(); // the next page
    // Asks, then rolls back to the selected row's image (nothing when it is no target).
    void rollBackSelected();

signals:
    void openDeployment(const QString &instanceId, const QString &deploymentUuid);
    // After each page or refresh arrived (ok) or failed.
    void loaded(bool ok);

private:
    void updateControls();
    void openRow(const QModelIndex &index);
    QModelIndex selectedRow() const;
    bool confirmRollback(const QModelIndex &row, const QString &tag);
    void showRollbackOutcome(const Controllers::DeploymentHistory::RollbackOutcome &outcome);

    Controllers::DeploymentHistory *m_history;
    DeploymentSortProxy *m_proxy;
    QLabel *m_title;
    QLabel *m_countLabel;
    QLabel *m_images;
    QLabel *m_error;
    QLabel *m_notice;
    QTableView *m_table;
    QPushButton *m_loadMore;
    QPushButton *m_refresh;
    QPushButton *m_rollback;
    QAction *m_rollbackAction;
};

} // namespace Coolify::Gui
