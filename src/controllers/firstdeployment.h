#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Controllers {

class DeploymentHistory;

// Finds the deployment that "deploy right after creating" queued. Coolify's create answer names
// only the new application (coolify-api.md §5), so its history is read until the first
// deployment shows up: found() with its uuid, or notFound() after `attempts` tries.
//
//     auto *finder = new FirstDeployment(fleet, instanceId, appUuid, appName, this);
//     connect(finder, &FirstDeployment::found, this, &Host::follow);
class FirstDeployment : public QObject
{
    Q_OBJECT

public:
    FirstDeployment(Models::Fleet *fleet, const QString &instanceId, const QString &appUuid,
                    const QString &appName, QObject *parent = nullptr, int intervalMs = 1500,
                    int attempts = 20);

signals:
    // Exactly one of these, once; the object deletes itself afterwards.
    void found(const QString &instanceId, const QString &deploymentUuid);
    void notFound(const QString &appName);

private:
    void onLoaded(bool ok);

    DeploymentHistory *m_history;
    QTimer m_retry;
    int m_attemptsLeft;
};

} // namespace Coolify::Controllers
