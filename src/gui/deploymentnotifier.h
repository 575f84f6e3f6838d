#pragma once

#include "models/deployment.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QSettings;
class QSystemTrayIcon;

namespace Coolify::Controllers {
class DeploymentWatch;
}
namespace Coolify::Models {
class Fleet;
class FleetDeploymentsModel;
} // namespace Coolify::Models

namespace Coolify::Gui {

// Tells the user when a deployment ends, wherever it was started (the app, a webhook, another
// client): Controllers::DeploymentWatch learns how it ended, and this shows a desktop
// notification. Clicking the notification emits openDeployment(). A tray
// icon (the application's window icon) carries a summary tooltip; quiet mode (a QSettings key)
// silences the notifications but keeps the tray icon.
//
//     auto *notifier = new DeploymentNotifier(fleet, &settings,
//                                             u"notifications/quiet"_s, this);
//     connect(notifier, &DeploymentNotifier::openDeployment, this, &Window::openDeployment);
//     trayMenu->addAction(notifier->quietAction());
class DeploymentNotifier : public QObject
{
    Q_OBJECT

public:
    struct Notification
    {
        QString instanceId;
        QString deploymentUuid;
        Models::Deployment::Status status = Models::Deployment::Status::Unknown;
        QString applicationName;
        QString title; // "Deployment failed"
        QString body; // "legacy-worker on Production failed after 1m 05s."
    };
    // Where notifications go; the default shows a QSystemTrayIcon message. Tests hand in their
    // own (the offscreen platform has no tray).
    using Sink = std::function<void(const Notification &)>;

    DeploymentNotifier(Models::Fleet *fleet, QSettings *settings, const QString &quietKey,
                       QObject *parent = nullptr);
    ~DeploymentNotifier() override;

    void setSink(Sink sink);
    bool isQuiet() const;
    void setQuiet(bool quiet);
    QAction *quietAction() const { return m_quietAction; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // "2 deployments running on 1 instance" / "No deployments running"
    QString statusSummary() const;
    // The notification a click on the tray message opens.
    const Notification &lastNotification() const { return m_last; }

    // The words of a notification for an ended deployment (pure).
    static Notification describe(const QString &instanceId, const QString &instanceName,
                                 const Models::Deployment &deployment);

signals:
    void openDeployment(const QString &instanceId, const QString &deploymentUuid);
    // Every ended deployment, quiet or not (e.g. to refresh a history view).
    void deploymentEnded(const QString &instanceId, const Coolify::Models::Deployment &deployment);
    void quietChanged(bool quiet);

public slots:
    // A backup started in the app ended (the app follows it; Coolify tells nobody).
    void notifyBackup(const QString &instanceId, const QString &databaseName, bool ok,
                      const QString &text);

private:
    void notify(const Notification &notification);
    void updateTray();

    Models::Fleet *m_fleet;
    QSettings *m_settings;
    QString m_quietKey;
    Controllers::DeploymentWatch *m_watch;
    Models::FleetDeploymentsModel *m_active;
    QSystemTrayIcon *m_tray;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_quietAction;
    Sink m_sink;
    Notification m_last;
};

} // namespace Coolify::Gui
