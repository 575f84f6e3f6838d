#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace Coolify::Instances {
class InstanceManager;
}

namespace Coolify::Models {

class FleetModel;
class InstanceData;
class InstanceSession;

// All instances the user works with, live: one InstanceSession per instance in the store, kept
// in step with it, each given its token from the vault (memory first, then keychain).
class Fleet : public QObject
{
    Q_OBJECT

public:
    Fleet(Instances::InstanceManager *manager, QNetworkAccessManager *network,
          QObject *parent = nullptr);

    Instances::InstanceManager *manager() const { return m_manager; }
    QStringList ids() const { return m_order; } // the store's order
    InstanceSession *session(const QString &id) const { return m_sessions.value(id); }
    InstanceData *data(const QString &id) const { return m_data.value(id); }
    // Every application, database and service of every instance.
    FleetModel *resources() const { return m_resources; }
    int count() const { return int(m_order.size()); }
    int indexOf(const QString &id) const { return int(m_order.indexOf(id)); }

    // Reads the token again (e.g. after the user entered a new one) and reconnects.
    void reloadToken(const QString &id);
    void checkAll();
    // Refresh every instance's resources now.
    void refreshAll();
    // Hidden or minimised windows poll slowly.
    void setWindowVisible(bool visible);
    // Off in tests that drive refreshes themselves.
    void setAutoRefresh(bool enabled);

signals:
    void sessionAboutToBeAdded(const QString &id, int index);
    void sessionAdded(const QString &id, int index);
    void sessionAboutToBeRemoved(const QString &id, int index);
    void sessionRemoved(const QString &id);
    void sessionChanged(const QString &id, int index);

private:
    void addSession(const QString &id);
    void removeSession(const QString &id);

    Instances::InstanceManager *m_manager;
    QNetworkAccessManager *m_network;
    QHash<QString, InstanceSession *> m_sessions;
    QHash<QString, InstanceData *> m_data;
    FleetModel *m_resources;
    bool m_autoRefresh = true;
    bool m_windowVisible = true;
    QStringList m_order;
};

} // namespace Coolify::Models
