#pragma once

#include "api/abilities.h"
#include "controllers/deploymentcanceller.h"
#include "models/deployment.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Coolify::Api {
class ApiClient;
}

namespace Coolify::Models {
class DeploymentFollower;
}

namespace Coolify::Gui {

class LogViewer;

// Follows one deployment live: a header (application, instance, commit, status in words with an
// icon, start and duration, trigger), a Cancel button while it is queued or in progress, the
// log viewer, and notices (logs left out without read:sensitive, not found, poll errors).
// Following starts when the view is constructed and stops when the deployment ends.
//
//     auto *view = new DeploymentView(client, deploymentUuid, instance.name, abilities, parent);
//     tabs->addTab(view, view->windowTitle());
class DeploymentView : public QWidget
{
    Q_OBJECT

public:
    DeploymentView(Api::ApiClient *client, const QString &deploymentUuid,
                   const QString &instanceName, const Api::TokenAbilities &abilities,
                   QWidget *parent = nullptr);
    ~DeploymentView() override;

    QString deploymentUuid() const { return m_uuid; }
    Models::DeploymentFollower *follower() const { return m_follower; }
    LogViewer *logViewer() const { return m_viewer; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The status in words, as shown ("In progress"); the notice and the last cancel message.
    QString statusText() const;
    QString notice() const;
    QString cancelMessage() const;

public slots:
    void cancelDeployment();

signals:
    // The deployment reached finished, failed or cancelled.
    void ended(const Coolify::Models::Deployment &deployment);

private:
    void showDeployment(const Models::Deployment &d);
    void updateNotice();
    void updateCancel();
    void onCancelled(const Controllers::DeploymentCanceller::Outcome &outcome);

    QString m_uuid;
    QString m_instance;
    Api::TokenAbilities m_abilities;
    Models::DeploymentFollower *m_follower;
    Controllers::DeploymentCanceller *m_canceller;
    QLabel *m_title;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QLabel *m_details;
    QLabel *m_notice;
    QLabel *m_cancelMessage;
    QPushButton *m_cancel;
    LogViewer *m_viewer;
};

} // namespace Coolify::Gui
