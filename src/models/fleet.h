#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace Coolify::Instances {
class InstanceManager;
}

namespace Coolify::Models {

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
    int count() const { return int(m_order.size()); }
    int indexOf(const QString &id) const { return int(m_order.indexOf(id)); }

    // Reads the token again (e.g. after the user entered a new one) and reconnects.
    void reloadToken(const QString &id);
    void checkAll();

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
    QStringList m_order;
};

} // namespace Coolify::Models
