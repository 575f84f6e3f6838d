#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace Coolify::Models {
class Fleet;
class FleetDeploymentsModel;
} // namespace Coolify::Models

namespace Coolify::Gui {

class DeploymentSortProxy;

// Queued and running deployments of every instance in one table (each instance's polled
// GET /deployments), with the instance's name and colour in the first column, the running time
// ticking. Double-click (or Enter) opens a deployment's log; Cancel (toolbar, context menu)
// cancels the selected one when the token may deploy, and says what came of it.
//
//     auto *active = new ActiveDeploymentsView(fleet);
//     connect(active, &ActiveDeploymentsView::openDeployment, this, &Window::openDeployment);
class ActiveDeploymentsView : public QWidget
{
    Q_OBJECT

public:
    explicit ActiveDeploymentsView(Models::Fleet *fleet, QWidget *parent = nullptr);

    Models::FleetDeploymentsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // "2 deployments running on 1 instance" / "No deployments are running."
    QString summary() const;
    QAction *openAction() const { return m_open; }
    QAction *cancelAction() const { return m_cancel; }
    // The outcome of the last cancel, in words ("" before any).
    QString message() const;

signals:
    void openDeployment(const QString &instanceId, const QString &deploymentUuid);

private:
    void updateSummary();
    void updateActions();
    void openSelected();
    void cancelSelected();

    Models::FleetDeploymentsModel *m_model;
    DeploymentSortProxy *m_proxy;
    QLabel *m_summary;
    QLabel *m_message;
    QTableView *m_table;
    QAction *m_open;
    QAction *m_cancel;
    Models::Fleet *m_fleet;
};

} // namespace Coolify::Gui
