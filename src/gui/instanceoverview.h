#pragma once

#include "models/instancesession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Coolify::Gui {

// The details pane of one instance: address, state (icon + words), Coolify version, what the
// token may do, notes. Later views (resources, deployments) sit beside it.
class InstanceOverview : public QWidget
{
    Q_OBJECT

public:
    explicit InstanceOverview(QWidget *parent = nullptr);

    void setSession(Models::InstanceSession *session);
    Models::InstanceSession *session() const { return m_session; }

signals:
    void editRequested();
    void reconnectRequested();
    void saveSessionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

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
};

} // namespace Coolify::Gui
