#pragma once

#include "models/deployment.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace Coolify::Models {
class Fleet;
class FleetDeploymentsModel;
} // namespace Coolify::Models

namespace Coolify::Controllers {

// Learns when a deployment ends, wherever it was started (the app, a webhook, another client):
// it watches every instance's polled active deployments, and when one leaves the list it reads
// GET /deployments/{uuid} once (coolify-api.md §4) to learn whether it finished, failed or was
// cancelled. A deployment deleted with its application (404) or whose instance was removed is
// not reported; one whose result cannot be read is reported with the Unknown status.
//
//     auto *watch = new DeploymentWatch(fleet, this);
//     connect(watch, &DeploymentWatch::deploymentEnded, this, &Notifier::tellTheUser);
class DeploymentWatch : public QObject
{
    Q_OBJECT

public:
    explicit DeploymentWatch(Models::Fleet *fleet, QObject *parent = nullptr);

    // Every running deployment of every instance (the rows being watched).
    Models::FleetDeploymentsModel *active() const { return m_active; }

signals:
    void deploymentEnded(const QString &instanceId, const Coolify::Models::Deployment &deployment);

private:
    void rowsLeaving(int first, int last);
    void resolve(const QString &instanceId, const Models::Deployment &seen);

    Models::Fleet *m_fleet;
    Models::FleetDeploymentsModel *m_active;
    QSet<QString> m_resolving; // "<instance>/<uuid>" being fetched
};

} // namespace Coolify::Controllers
