#include "gui/deploymentview.h"

#include "controllers/deploymentcanceller.h"
#include "forms/plaintext.h"
#include "gui/logviewer.h"
#include "models/deploymentfollower.h"
#include "models/deploymentlogmodel.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::Deployment;
using Models::DeploymentFollower;
using Status = Models::Deployment::Status;

namespace {
QStyle::StandardPixmap statusPixmap(Status status)
{
    switch (status) {
    case Status::Queued:
        return QStyle::SP_MediaPause;
    case Status::InProgress:
        return QStyle::SP_BrowserReload;
    case Status::Finished:
        return QStyle::SP_DialogApplyButton;
    case Status::Failed:
        return QStyle::SP_MessageBoxCritical;
    case Status::Cancelled:
        return QStyle::SP_DialogCancelButton;
    case Status::Unknown:
        break;
    }
    return QStyle::SP_MessageBoxQuestion;
}

QLabel *label(QWidget *parent, const QString &accessibleName)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText); // commit messages, names and errors come from the server
    l->setAccessibleName(accessibleName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

DeploymentView::DeploymentView(Api::ApiClient *client, const QString &deploymentUuid,
                               const QString &instanceName, const Api::TokenAbilities &abilities,
                               QWidget *parent)
    : QWidget(parent)
    , m_uuid(deploymentUuid)
    , m_instance(instanceName)
    , m_abilities(abilities)
    , m_follower(new DeploymentFollower(client, deploymentUuid, this))
    , m_canceller(new Controllers::DeploymentCanceller(client, deploymentUuid, this))
    , m_title(label(this, tr("Application")))
    , m_statusIcon(new QLabel(this))
    , m_status(label(this, tr("Deployment status")))
    , m_details(label(this, tr("Deployment details")))
    , m_notice(label(this, tr("Notice")))
    , m_cancelMessage(label(this, tr("Cancel result")))
    , m_cancel(new QPushButton(tr("Cancel deployment"), this))
    , m_viewer(new LogViewer(this))
{
    setWindowTitle(tr("Deployment %1").arg(deploymentUuid));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setText(tr("Deployment %1").arg(deploymentUuid));
    m_statusIcon->setAccessibleName(tr("Status icon"));
    m_status->setText(tr("Loading…"));
    m_details->setText(tr("Instance: %1").arg(instanceName));
    m_details->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_cancelMessage->setWordWrap(true);
    m_cancelMessage->setVisible(false);
    m_cancel->setAccessibleName(tr("Cancel deployment"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setEnabled(false);
    m_viewer->setModel(m_follower->logModel());
    m_viewer->setSuggestedFileName(u"deployment-%1.log"_s.arg(deploymentUuid));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    statusRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(statusRow);
    layout->addWidget(m_details);
    layout->addWidget(m_cancelMessage);
    layout->addWidget(m_notice);
    layout->addWidget(m_viewer, 1);

    connect(m_cancel, &QPushButton::clicked, this, &DeploymentView::cancelDeployment);
    connect(m_canceller, &Controllers::DeploymentCanceller::busyChanged, this,
            &DeploymentView::updateCancel);
    connect(m_canceller, &Controllers::DeploymentCanceller::finished, this,
            &DeploymentView::onCancelled);
    connect(m_follower, &DeploymentFollower::updated, this, &DeploymentView::showDeployment);
    connect(m_follower, &DeploymentFollower::problemChanged, this, &DeploymentView::updateNotice);
    connect(m_follower, &DeploymentFollower::logsRedactedChanged, this,
            &DeploymentView::updateNotice);
    connect(m_follower, &DeploymentFollower::stateChanged, this, [this] {
        updateNotice();
        updateCancel();
        if (m_follower->state() == DeploymentFollower::State::NotFound) {
            m_status->setText(tr("Not found"));
            m_statusIcon->setPixmap(
                style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
        }
    });
    updateCancel();
    m_follower->start();
}

DeploymentView::~DeploymentView() = default;

QString DeploymentView::statusText() const
{
    return m_status->text();
}

QString DeploymentView::notice() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

QString DeploymentView::cancelMessage() const
{
    return m_cancelMessage->isVisibleTo(this) ? m_cancelMessage->text() : QString();
}

void DeploymentView::showDeployment(const Deployment &d)
{
    const QString name =
        d.applicationName.isEmpty() ? tr("(unnamed application)") : d.applicationName;
    m_title->setText(name);
    // The title says what the window shows now: a run in progress, or how it ended.
    setWindowTitle(d.isActive() ? tr("Deploying %1").arg(name)
                                : tr("Deployment of %1 — %2").arg(name, d.statusText()));
    m_status->setText(d.statusText());
    m_statusIcon->setPixmap(style()->standardIcon(statusPixmap(d.status)).pixmap(16, 16));
    m_statusIcon->setToolTip(Forms::plainToolTip(d.statusText()));

    QStringList parts;
    parts << tr("Instance: %1").arg(m_instance);
    QString commit =
        tr("Commit: %1").arg(d.shortCommit().isEmpty() ? tr("unknown") : d.shortCommit());
    if (!d.commitMessage.isEmpty())
        commit += u" — "_s + d.commitMessage.section(u'\n', 0, 0);
    parts << commit;
    if (d.createdAt.isValid()) {
        parts << tr("Started: %1")
                     .arg(QLocale().toString(d.createdAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (const auto seconds = d.durationSeconds())
        parts << tr("Duration: %1").arg(Deployment::durationText(*seconds));
    else if (d.isActive() && d.createdAt.isValid())
        parts << tr("Running for %1")
                     .arg(Deployment::durationText(
                         std::max<qint64>(0, d.createdAt.secsTo(QDateTime::currentDateTimeUtc()))));
    parts << tr("Trigger: %1").arg(d.triggerText());
    if (!d.serverName.isEmpty())
        parts << tr("Server: %1").arg(d.serverName);
    m_details->setText(parts.join(u"  ·  "_s));
    updateCancel();
    if (d.isDone())
        emit ended(d);
}

void DeploymentView::updateNotice()
{
    QStringList lines;
    if (m_follower->logsRedacted())
        lines << DeploymentFollower::redactedMessage();
    if (!m_follower->problem().isEmpty())
        lines << m_follower->problem();
    m_notice->setText(lines.join(u'\n'));
    m_notice->setVisible(!lines.isEmpty());
}

void DeploymentView::updateCancel()
{
    const bool active = m_follower->hasDeployment() && m_follower->deployment().isActive()
        && m_follower->state() != DeploymentFollower::State::NotFound;
    const bool noAbility = m_abilities.isKnownMissing(Api::Ability::Deploy);
    m_cancel->setVisible(!m_follower->hasDeployment() || active);
    m_cancel->setEnabled(active && !noAbility && !m_canceller->isCancelling());
    if (noAbility)
        m_cancel->setToolTip(
            tr("Cannot cancel: %1.").arg(m_abilities.missingReason(Api::Ability::Deploy)));
    else if (m_canceller->isCancelling())
        m_cancel->setToolTip(tr("Cancelling…"));
    else
        m_cancel->setToolTip(tr("Stop this deployment (it is queued or in progress)"));
    m_cancel->setAccessibleDescription(m_cancel->toolTip());
}

void DeploymentView::cancelDeployment()
{
    if (!m_abilities.isKnownMissing(Api::Ability::Deploy))
        m_canceller->cancel();
}

void DeploymentView::onCancelled(const Controllers::DeploymentCanceller::Outcome &outcome)
{
    if (outcome.missingAbility)
        m_abilities.set(Api::Ability::Deploy, Api::TokenAbilities::State::Missing);
    m_cancelMessage->setText(outcome.text);
    m_cancelMessage->setVisible(true);
    updateCancel();
    m_follower->pollNow(); // show the new status right away
}

} // namespace Coolify::Gui
