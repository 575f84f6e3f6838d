#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Coolify::Models {
class Fleet;
class FleetDeploymentsModel;
} // namespace Coolify::Models

namespace Coolify::Gui {

class DeploymentSortProxy;

// Queued and running deployments of every instance in one table (each instance's polled
// GET /deployments), with the instance's name and colour in the first column. Double-click
// (or Enter) opens a deployment.
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

signals:
    void openDeployment(const QString &instanceId, const QString &deploymentUuid);

private:
    void updateSummary();

    Models::FleetDeploymentsModel *m_model;
    DeploymentSortProxy *m_proxy;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace Coolify::Gui
