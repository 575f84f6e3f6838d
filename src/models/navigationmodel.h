#pragma once

#include "models/roles.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>

#include <functional>

namespace Coolify::Models {

class Fleet;
class InstanceData;

// The sidebar tree: "All instances", "Active Deployments", then each instance with its
// applications, databases, services, projects → environments → resources, servers and active
// deployments. Kept in step with the fleet by diffing (items are found by their ids and updated in
// place), so expansion and selection survive every refresh.
//
// Work follows what changed, at most once per instance per event-loop turn: any change of an
// instance updates its header rows (name, state, counts — constant time); the projects →
// environments → resources subtree is diffed again only when resources come or go, the projects
// change, or a changed resource row shows another name or environment than the tree does (a
// status change of one of 10,000 applications never walks them all). That diff compares plain
// values with what the tree shows and touches only the items that differ.
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
        Backups, // the fleet backup overview (top level only)
    };
    Q_ENUM(Node)

    enum Role {
        InstanceIdRole = Roles::InstanceId,
        ResourceKindRole = Roles::Kind, // Api::kindKey() of Resource nodes
        NodeRole = Roles::FirstModelRole, // int(Node)
        KeyRole, // project uuid, environment id, resource uuid
        StateRole, // InstanceSession::State for Instance nodes
        StateTextRole,
    };

    explicit NavigationModel(Fleet *fleet, QObject *parent = nullptr);

    QModelIndex fleetIndex() const;
    QModelIndex activeDeploymentsIndex() const { return m_activeItem->index(); }
    QModelIndex backupsIndex() const { return m_backupsItem->index(); }
    QModelIndex instanceIndex(const QString &instanceId) const;
    QModelIndex find(const QString &instanceId, Node node, const QString &key = {}) const;
    QHash<int, QByteArray> roleNames() const override;

    // How often the projects → environments → resources subtree of an instance was diffed (for
    // tests: a status change must not cost a walk over every resource).
    int resourceSyncCount(const QString &instanceId) const;
    // While a big list still arrives in slices, the subtree (and the header rows' counts) is
    // synced at most this often, and once more when the last slice is in. 100 ms by default.
    void setArrivingSyncSpacing(int milliseconds) { m_arrivingSyncSpacingMs = milliseconds; }

private:
    // What the subtree shows of one resource: only its name and environment (and, fixed, its
    // kind) make a changed row worth a re-sync.
    struct Shown
    {
        QString name;
        qint64 environmentId = -1;
        QString kind;
        int seen = 0; // the resource sync that last saw it
    };
    struct InstanceState
    {
        // As of the last subtree sync: every resource (also those whose environment the tree
        // does not show), the items of the shown ones, and the environment items.
        QHash<QString, Shown> shown;
        QHash<QString, QStandardItem *> resourceItems;
        QHash<qint64, QStandardItem *> environmentItems;
        QList<QMetaObject::Connection> connections;
        QTimer *syncTimer = nullptr; // runs runScheduledSync(); owned by the model
        bool resourcesPending = false; // resources came, went, or show differently
        bool projectsPending = false; // projects or environments changed: diff those levels too
        int resourceSyncs = 0;
        int serial = 0;
        QElapsedTimer lastResourceSync; // see runScheduledSync()
    };
    enum class Sync { Header, Resources, Projects };

    void addInstance(const QString &id);
    void removeInstance(const QString &id);
    void watch(const QString &id, InstanceData *data);
    // A dataChanged on a resource family: re-sync only if a row in the range shows differently.
    void checkRows(const QString &id, const QModelIndex &topLeft, const QModelIndex &bottomRight,
                   const std::function<bool(const QHash<QString, Shown> &, int row)> &differs);
    void scheduleSync(const QString &id, Sync sync);
    void runScheduledSync(const QString &id);
    bool rowsArriving(const QString &id) const; // rows of a sliced list still wait to be shown
    void syncInstance(const QString &id, Sync sync);
    // The projects → environments → resources subtree. Only the items of what changed are
    // touched: the project and environment levels when `projects` changed (a few dozen items),
    // then the resources that came, went, were renamed or moved, or sit in a new environment.
    void syncResources(const QString &id, QStandardItem *projectsItem, const InstanceData *data,
                       bool projects);
    // Returns the environments whose items are new (and empty).
    QSet<qint64> syncEnvironments(const QString &id, QStandardItem *projectsItem,
                                  const InstanceData *data);
    void applyResourceChanges(const QString &id, const InstanceData *data,
                              const QSet<qint64> &fill);
    QStandardItem *instanceItem(const QString &id) const;

    Fleet *m_fleet;
    QStandardItem *m_fleetItem;
    QStandardItem *m_activeItem;
    QStandardItem *m_backupsItem;
    QHash<QString, InstanceState> m_instances;
    int m_arrivingSyncSpacingMs = 100;
};

} // namespace Coolify::Models
