#include "gui/deploymentnotifier.h"
#include "forms/plaintext.h"

#include "controllers/deploymentwatch.h"
#include "models/fleet.h"
#include "models/fleetdeploymentsmodel.h"
#include "models/instancesession.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::Deployment;
using Status = Models::Deployment::Status;

DeploymentNotifier::DeploymentNotifier(Models::Fleet *fleet, QSettings *settings,
                                       const QString &quietKey, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_settings(settings)
    , m_quietKey(quietKey)
    , m_watch(new Controllers::DeploymentWatch(fleet, this))
    , m_active(m_watch->active())
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(std::make_unique<QMenu>())
    , m_quietAction(new QAction(tr("&Quiet Mode (No Deployment Notifications)"), this))
{
    m_quietAction->setObjectName(u"actionQuietMode"_s);
    m_quietAction->setCheckable(true);
    m_quietAction->setChecked(isQuiet());
    m_quietAction->setToolTip(tr("Do not show a notification when a deployment ends"));
    connect(m_quietAction, &QAction::toggled, this, &DeploymentNotifier::setQuiet);
    m_menu->setObjectName(u"trayMenu"_s);
    m_menu->setAccessibleName(tr("Deployment notifications"));
    m_menu->addAction(m_quietAction);
    m_tray->setContextMenu(m_menu.get());

    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
    m_tray->setIcon(icon);
    m_sink = [this](const Notification &n) {
        const auto kind = n.status == Status::Failed ? QSystemTrayIcon::Critical
            : n.status == Status::Finished           ? QSystemTrayIcon::Information
                                                     : QSystemTrayIcon::Warning;
        m_tray->showMessage(n.title, Forms::notificationBody(n.body), kind, 10'000);
    };
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_last.deploymentUuid.isEmpty())
            emit openDeployment(m_last.instanceId, m_last.deploymentUuid);
    });

    connect(m_watch, &Controllers::DeploymentWatch::deploymentEnded, this,
            [this](const QString &instanceId, const Deployment &ended) {
                emit deploymentEnded(instanceId, ended);
                const Models::InstanceSession *s = m_fleet->session(instanceId);
                notify(describe(instanceId, s ? s->instance().name : QString(), ended));
            });
    connect(m_active, &QAbstractItemModel::rowsInserted, this, &DeploymentNotifier::updateTray);
    connect(m_active, &QAbstractItemModel::rowsRemoved, this, &DeploymentNotifier::updateTray);
    updateTray();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

DeploymentNotifier::~DeploymentNotifier() = default;

void DeploymentNotifier::setSink(Sink sink)
{
    m_sink = std::move(sink);
}

bool DeploymentNotifier::isQuiet() const
{
    return m_settings && m_settings->value(m_quietKey, false).toBool();
}

void DeploymentNotifier::setQuiet(bool quiet)
{
    if (quiet == isQuiet())
        return;
    if (m_settings)
        m_settings->setValue(m_quietKey, quiet);
    m_quietAction->setChecked(quiet);
    updateTray();
    emit quietChanged(quiet);
}

QString DeploymentNotifier::statusSummary() const
{
    const int rows = m_active->rowCount();
    if (rows == 0)
        return tr("No deployments running");
    const int instances = m_active->instanceCount();
    const QString what =
        rows == 1 ? tr("1 deployment running") : tr("%1 deployments running").arg(rows);
    const QString where = instances == 1 ? tr("1 instance") : tr("%1 instances").arg(instances);
    return tr("%1 on %2").arg(what, where);
}

void DeploymentNotifier::updateTray()
{
    QString tip = tr("Coolify Desktop: %1").arg(statusSummary());
    if (isQuiet())
        tip += u'\n' + tr("Quiet mode: no deployment notifications");
    m_tray->setToolTip(tip);
}

DeploymentNotifier::Notification DeploymentNotifier::describe(const QString &instanceId,
                                                              const QString &instanceName,
                                                              const Deployment &d)
{
    Notification n;
    n.instanceId = instanceId;
    n.deploymentUuid = d.uuid;
    n.status = d.status;
    n.applicationName = d.applicationName;
    const QString app = d.applicationName.isEmpty() ? tr("An application") : d.applicationName;
    const QString who = instanceName.isEmpty() ? app : tr("%1 on %2").arg(app, instanceName);
    const std::optional<qint64> seconds = d.durationSeconds();
    const QString duration = seconds ? Deployment::durationText(*seconds) : QString();
    switch (d.status) {
    case Status::Finished:
        n.title = tr("Deployment finished");
        n.body = duration.isEmpty() ? tr("%1 finished deploying.").arg(who)
                                    : tr("%1 finished deploying in %2.").arg(who, duration);
        break;
    case Status::Failed:
        n.title = tr("Deployment failed");
        n.body = duration.isEmpty() ? tr("%1 failed to deploy.").arg(who)
                                    : tr("%1 failed to deploy after %2.").arg(who, duration);
        break;
    case Status::Cancelled:
        n.title = tr("Deployment cancelled");
        n.body = tr("The deployment of %1 was cancelled.").arg(who);
        break;
    case Status::Queued:
    case Status::InProgress:
    case Status::Unknown:
        n.title = tr("Deployment ended");
        n.body =
            tr("The deployment of %1 is no longer running; its result could not be read.").arg(who);
        break;
    }
    if (!d.commit.isEmpty() && d.commit != QLatin1String("HEAD"))
        n.body += u' ' + tr("(commit %1)").arg(d.shortCommit());
    n.body += u'\n' + tr("Click to open the deployment.");
    return n;
}

void DeploymentNotifier::notifyBackup(const QString &instanceId, const QString &databaseName,
                                      bool ok, const QString &text)
{
    Notification n;
    n.instanceId = instanceId; // no deployment: a click opens nothing
    n.status = ok ? Status::Finished : Status::Failed;
    n.applicationName = databaseName;
    n.title = ok ? tr("Backup finished") : tr("Backup failed");
    n.body = text;
    notify(n);
}

void DeploymentNotifier::notify(const Notification &notification)
{
    if (isQuiet() || !m_sink)
        return;
    m_last = notification;
    m_sink(notification);
}

} // namespace Coolify::Gui
