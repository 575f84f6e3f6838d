#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Coolify::Models {
class Fleet;
}
namespace Coolify::Controllers {
class ServerResources;
}

namespace Coolify::Gui {

// The details of the server selected in a Servers view: address, state, proxy, role, and the
// applications, databases and services that run on it (Controllers::ServerResources), live.
// Enter or a double-click on one of them asks to open it (openResource); "Open in Coolify" opens
// the server's page in the web UI.
class ServerDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ServerDetails(Models::Fleet *fleet, QWidget *parent = nullptr);

    // An empty uuid shows the "select a server" hint.
    void setServer(const QString &instanceId, const QString &serverUuid);
    QTableView *resourcesView() const { return m_resources; }
    Controllers::ServerResources *controller() const { return m_controller; }

signals:
    void openResource(const QString &instanceId, const QString &resourceUuid);

private:
    void refreshDetails();
    void refreshResourcesState();
    void addRow(const QString &label, const QString &value);
    void openSelected();

    Models::Fleet *m_fleet;
    Controllers::ServerResources *m_controller;
    QString m_instanceId;
    QString m_uuid;
    QLabel *m_title;
    QPushButton *m_openInCoolify;
    QFormLayout *m_form;
    QLabel *m_resourcesHeading;
    QLabel *m_resourcesState;
    QTableView *m_resources;
    QSortFilterProxyModel *m_sorted;
    QMetaObject::Connection m_serversWatch;
};

} // namespace Coolify::Gui
