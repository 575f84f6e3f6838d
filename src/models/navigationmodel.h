#pragma once

#include <QHash>
#include <QStandardItemModel>

namespace Coolify::Models {

class Fleet;
class InstanceData;

// The sidebar tree: "All instances", "Active Deployments", then each instance with its
// applications, databases, services, projects → environments → resources, servers and active
// deployments. Kept in step with the fleet by diffing (items are found by their ids and updated in
// place), so expansion and selection survive every refresh.
class NavigationModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum class Node {
        Fleet,
        Instance,
        Applications,
        Databases,
        Services,
        Projects,
        Project,
        Environment,
        Resource,
        Servers,
        Deployments,
    };
    Q_ENUM(Node)

    enum Role {
        NodeRole = Qt::UserRole + 200, // int(Node)
        InstanceIdRole,
        KeyRole, // project uuid, environment id, resource uuid
        ResourceKindRole, // "application", "database", "service" for Resource nodes
        StateRole, // InstanceSession::State for Instance nodes
        StateTextRole,
    };

    explicit NavigationModel(Fleet *fleet, QObject *parent = nullptr);

    QModelIndex fleetIndex() const;
    QModelIndex activeDeploymentsIndex() const { return m_activeItem->index(); }
    QModelIndex instanceIndex(const QString &instanceId) const;
    QModelIndex find(const QString &instanceId, Node node, const QString &key = {}) const;

private:
    void addInstance(const QString &id);
    void removeInstance(const QString &id);
    void syncInstance(const QString &id);
    void scheduleSync(const QString &id);
    QStandardItem *instanceItem(const QString &id) const;

    Fleet *m_fleet;
    QStandardItem *m_fleetItem;
    QStandardItem *m_activeItem;
    QHash<QString, bool> m_pendingSync;
};

} // namespace Coolify::Models
