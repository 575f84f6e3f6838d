#pragma once

#include "models/instancesession.h"
#include "models/navigationmodel.h"
#include "models/resourcefilterproxy.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace Coolify::Models {
class InstanceData;
}

namespace Coolify::Gui {

// The details pane of one instance: address, state (icon + words), Coolify version, what the
// token may do, notes — and the instance at a glance (Models::InstanceSummary): resources per
// kind and status, those needing attention, deployments running and failed, unreachable servers.
// Every count is a link that opens the matching table, filtered (showRequested()).
class InstanceOverview : public QWidget
{
    Q_OBJECT

public:
    explicit InstanceOverview(QWidget *parent = nullptr);

    void setSession(Models::InstanceSession *session);
    Models::InstanceSession *session() const { return m_session; }
    // The instance's data for the glance section; followed as it refreshes.
    void setData(Models::InstanceData *instanceData);
    // The glance section as shown (rich text lines), for tests and accessibility.
    QStringList glanceLines() const;

signals:
    void editRequested();
    void reconnectRequested();
    void saveSessionRequested();
    // A count was clicked: show `node` of this instance with `group` as its status filter.
    void showRequested(Coolify::Models::NavigationModel::Node node,
                       Coolify::Models::ResourceFilterProxy::StatusGroup group);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshGlance();
    void openLink(const QString &link);

    QPointer<Models::InstanceSession> m_session;
    QLabel *m_title;
    QLabel *m_url;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_problem;
    QLabel *m_abilities;
    QLabel *m_notes;
    QLabel *m_sessionNote;
    QPushButton *m_edit;
    QPushButton *m_reconnect;
    QPushButton *m_saveSession;
    QPointer<Models::InstanceData> m_data;
    QLabel *m_glanceTitle;
    QFormLayout *m_glanceForm = nullptr;
    QList<QLabel *> m_glance; // applications, databases, services, attention, deployments, servers
    QTimer *m_glanceTimer; // coalesces the refreshes of a burst of changes
};

} // namespace Coolify::Gui
