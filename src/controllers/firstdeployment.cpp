#include "controllers/firstdeployment.h"

#include "controllers/deploymenthistory.h"
#include "models/deploymenthistorymodel.h"

namespace Coolify::Controllers {

FirstDeployment::FirstDeployment(Models::Fleet *fleet, const QString &instanceId,
                                 const QString &appUuid, const QString &appName, QObject *parent,
                                 int intervalMs, int attempts)
    : QObject(parent)
    , m_history(new DeploymentHistory(fleet, this))
    , m_attemptsLeft(attempts)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(intervalMs);
    connect(&m_retry, &QTimer::timeout, m_history, &DeploymentHistory::refresh);
    connect(m_history, &DeploymentHistory::loaded, this, &FirstDeployment::onLoaded);
    m_history->setPageSize(1); // the newest is the one
    m_history->setApplication(instanceId, appUuid, appName);
}

void FirstDeployment::onLoaded(bool ok)
{
    if (ok && m_history->model()->rowCount() > 0) {
        emit found(m_history->instanceId(), m_history->model()->at(0).uuid);
        deleteLater();
        return;
    }
    if (--m_attemptsLeft <= 0) {
        emit notFound(m_history->applicationName());
        deleteLater();
        return;
    }
    m_retry.start();
}

} // namespace Coolify::Controllers
