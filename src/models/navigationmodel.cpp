#include "models/navigationmodel.h"

#include "api/resourcekind.h"
#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/deploymentsmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/projectsmodel.h"
#include "models/serversmodel.h"
#include "models/servicesmodel.h"

#include <QTimer>

#include <algorithm>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

namespace {
using Node = NavigationModel::Node;

QStandardItem *makeItem(Node node, const QString &instanceId, const QString &key = {})
{
    auto *item = new QStandardItem;
    item->setEditable(false);
    item->setData(int(node), NavigationModel::NodeRole);
    item->setData(instanceId, NavigationModel::InstanceIdRole);
    item->setData(key, NavigationModel::KeyRole);
    return item;
}

void setText(QStandardItem *item, const QString &text)
{
    if (item->text() != text)
        item->setText(text);
}

// Calls visit(kind, row) for every resource: applications, then databases, then services.
template<typename Visit> void forEachResource(const InstanceData *data, const Visit &visit)
{
    const QString application = Api::kindKey(Api::ResourceKind::Application);
    for (const Application &app : data->applications()->rows())
        visit(application, app);
    const QString database = Api::kindKey(Api::ResourceKind::Database);
    for (const Database &db : data->databases()->rows())
        visit(database, db);
    const QString service = Api::kindKey(Api::ResourceKind::Service);
    const ServicesModel *services = data->services();
    for (int row = 0; row < services->topCount(); ++row)
        visit(service, services->item(row));
}

// True when the tree shows `row` (an Application, Database or Service) under another name or
// environment than it has now, or does not know it yet.
template<typename Shown, typename Row> bool showsDifferently(const Shown &shown, const Row &row)
{
    const auto it = shown.constFind(row.uuid);
    return it == shown.cend() || it->name != row.name || it->environmentId != row.environmentId;
}

QStandardItem *childFor(QStandardItem *parent, Node node, const QString &key)
{
    for (int row = 0; row < parent->rowCount(); ++row) {
        QStandardItem *child = parent->child(row);
        if (child->data(NavigationModel::NodeRole).toInt() == int(node)
            && child->data(NavigationModel::KeyRole).toString() == key)
            return child;
    }
    return nullptr;
}

// Makes `parent`'s children of kind `node` exactly `wanted` (key → text), reusing existing
// items so views keep their expansion and selection; then calls decorate(child, key, created)
// for each. Linear in the number of children.
void syncChildren(
    QStandardItem *parent, Node node, const QString &instanceId,
    const QList<QPair<QString, QString>> &wanted,
    const std::function<void(QStandardItem *, const QString &key, bool created)> &decorate = {})
{
    QSet<QString> keys;
    keys.reserve(wanted.size());
    for (const auto &entry : wanted)
        keys.insert(entry.first);
    // Remove vanished children in contiguous runs, bottom-up.
    for (int row = parent->rowCount() - 1; row >= 0;) {
        const auto gone = [&](int r) {
            const QStandardItem *child = parent->child(r);
            return child->data(NavigationModel::NodeRole).toInt() == int(node)
                && !keys.contains(child->data(NavigationModel::KeyRole).toString());
        };
        if (!gone(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone(first - 1))
            --first;
        parent->removeRows(first, row - first + 1);
        row = first - 1;
    }
    QHash<QString, QStandardItem *> existing;
    existing.reserve(parent->rowCount());
    for (int row = 0; row < parent->rowCount(); ++row) {
        QStandardItem *child = parent->child(row);
        if (child->data(NavigationModel::NodeRole).toInt() == int(node))
            existing.insert(child->data(NavigationModel::KeyRole).toString(), child);
    }
    QList<QStandardItem *> added;
    for (const auto &[key, text] : wanted) {
        QStandardItem *child = existing.value(key);
        if (!child) {
            child = makeItem(node, instanceId, key);
            child->setText(text);
            existing.insert(key, child);
            added << child;
        } else {
            setText(child, text);
        }
    }
    // One insertion for all new children instead of one per row; they get their own children
    // only once they are in the model, so every change is announced on its own.
    if (!added.isEmpty()) {
        // A childless item has no columns yet; inserting rows would add one mid-insert.
        if (parent->columnCount() == 0)
            parent->setColumnCount(1);
        parent->insertRows(parent->rowCount(), added);
    }
    if (decorate) {
        const QSet<QStandardItem *> created(added.cbegin(), added.cend());
        for (const auto &entry : wanted) {
            QStandardItem *child = existing.value(entry.first);
            decorate(child, entry.first, created.contains(child));
        }
    }
}
} // namespace

NavigationModel::NavigationModel(Fleet *fleet, QObject *parent)
    : QStandardItemModel(parent)
    , m_fleet(fleet)
    , m_fleetItem(makeItem(Node::Fleet, {}))
{
    m_fleetItem->setText(tr("All Instances"));
    m_fleetItem->setToolTip(tr("Every application, database and service of every instance"));
    appendRow(m_fleetItem);
    m_activeItem = makeItem(Node::Deployments, {});
    m_activeItem->setText(tr("Active Deployments"));
    m_activeItem->setToolTip(tr("Queued and running deployments on every instance"));
    appendRow(m_activeItem);
    m_backupsItem = makeItem(Node::Backups, {});
    m_backupsItem->setText(tr("Backups"));
    m_backupsItem->setToolTip(tr("The newest backup of every database on every instance"));
    appendRow(m_backupsItem);
    for (const QString &id : fleet->ids())
        addInstance(id);
    connect(fleet, &Fleet::sessionAdded, this, [this](const QString &id) { addInstance(id); });
    connect(fleet, &Fleet::sessionAboutToBeRemoved, this,
            [this](const QString &id) { removeInstance(id); });
    connect(fleet, &Fleet::sessionChanged, this,
            [this](const QString &id) { scheduleSync(id, Sync::Header); });
}

QStandardItem *NavigationModel::instanceItem(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        QStandardItem *top = item(row);
        if (top->data(NodeRole).toInt() == int(Node::Instance)
            && top->data(InstanceIdRole).toString() == id)
            return top;
    }
    return nullptr;
}

QModelIndex NavigationModel::fleetIndex() const
{
    return m_fleetItem->index();
}

QModelIndex NavigationModel::instanceIndex(const QString &instanceId) const
{
    QStandardItem *top = instanceItem(instanceId);
    return top ? top->index() : QModelIndex();
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    return Roles::namesWith({{InstanceIdRole, "instanceId"},
                             {ResourceKindRole, "kind"},
                             {NodeRole, "node"},
                             {KeyRole, "key"},
                             {StateRole, "state"},
                             {StateTextRole, "stateText"}});
}

QModelIndex NavigationModel::find(const QString &instanceId, Node node, const QString &key) const
{
    QStandardItem *top = instanceItem(instanceId);
    if (!top)
        return {};
    if (node == Node::Instance)
        return top->index();
    // Breadth-first: the tree is shallow.
    QList<QStandardItem *> queue{top};
    while (!queue.isEmpty()) {
        QStandardItem *current = queue.takeFirst();
        for (int row = 0; row < current->rowCount(); ++row) {
            QStandardItem *child = current->child(row);
            if (child->data(NodeRole).toInt() == int(node)
                && (key.isEmpty() || child->data(KeyRole).toString() == key))
                return child->index();
            queue << child;
        }
    }
    return {};
}

int NavigationModel::resourceSyncCount(const QString &instanceId) const
{
    const auto it = m_instances.constFind(instanceId);
    return it == m_instances.cend() ? 0 : it->resourceSyncs;
}

void NavigationModel::addInstance(const QString &id)
{
    if (instanceItem(id))
        return;
    QStandardItem *top = makeItem(Node::Instance, id);
    for (const Node node : {Node::Applications, Node::Databases, Node::Services, Node::Projects,
                            Node::Servers, Node::Deployments})
        top->appendRow(makeItem(node, id));
    appendRow(top);
    InstanceState &state = m_instances.insert(id, InstanceState{}).value();
    state.syncTimer = new QTimer(this);
    state.syncTimer->setSingleShot(true);
    connect(state.syncTimer, &QTimer::timeout, this, [this, id] { runScheduledSync(id); });
    if (InstanceData *data = m_fleet->data(id))
        watch(id, data);
    syncInstance(id, Sync::Projects);
}

void NavigationModel::removeInstance(const QString &id)
{
    if (QStandardItem *top = instanceItem(id))
        removeRow(top->row());
    const InstanceState state = m_instances.take(id);
    for (const QMetaObject::Connection &connection : state.connections)
        disconnect(connection);
    delete state.syncTimer;
}

void NavigationModel::watch(const QString &id, InstanceData *data)
{
    QList<QMetaObject::Connection> &connections = m_instances[id].connections;
    // Anything: the header rows (state, counts) are cheap to refresh.
    connections << connect(data, &InstanceData::changed, this,
                           [this, id] { scheduleSync(id, Sync::Header); });

    // Resources coming, going or moving: the subtree. Only top-level rows are resources (a
    // service's children are its containers).
    const auto resourceFamily = [&](QAbstractItemModel *model, const auto &differs) {
        const auto structural = [this, id](const QModelIndex &parent) {
            if (!parent.isValid())
                scheduleSync(id, Sync::Resources);
        };
        const auto anything = [this, id] {
            scheduleSync(id, Sync::Resources);
        };
        connections << connect(model, &QAbstractItemModel::rowsInserted, this, structural);
        connections << connect(model, &QAbstractItemModel::rowsRemoved, this, structural);
        connections << connect(
            model, &QAbstractItemModel::rowsMoved, this,
            [this, id](const QModelIndex &from, int, int, const QModelIndex &to) {
                if (!from.isValid() || !to.isValid())
                    scheduleSync(id, Sync::Resources);
            });
        connections << connect(model, &QAbstractItemModel::modelReset, this, anything);
        connections << connect(model, &QAbstractItemModel::layoutChanged, this, anything);
        connections << connect(
            model, &QAbstractItemModel::dataChanged, this,
            [this, id, differs](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                checkRows(id, topLeft, bottomRight, differs);
            });
    };
    const ApplicationsModel *applications = data->applications();
    resourceFamily(data->applications(), [applications](const auto &shown, int row) {
        return showsDifferently(shown, applications->at(row));
    });
    const DatabasesModel *databases = data->databases();
    resourceFamily(data->databases(), [databases](const auto &shown, int row) {
        return showsDifferently(shown, databases->at(row));
    });
    const ServicesModel *services = data->services();
    resourceFamily(data->services(), [services](const auto &shown, int row) {
        return showsDifferently(shown, services->item(row));
    });

    // Projects and environments: any change may rename, add or remove a branch.
    QAbstractItemModel *projects = data->projects();
    const auto projectsChanged = [this, id] {
        scheduleSync(id, Sync::Projects);
    };
    connections << connect(projects, &QAbstractItemModel::rowsInserted, this, projectsChanged);
    connections << connect(projects, &QAbstractItemModel::rowsRemoved, this, projectsChanged);
    connections << connect(projects, &QAbstractItemModel::rowsMoved, this, projectsChanged);
    connections << connect(projects, &QAbstractItemModel::dataChanged, this, projectsChanged);
    connections << connect(projects, &QAbstractItemModel::modelReset, this, projectsChanged);
    connections << connect(projects, &QAbstractItemModel::layoutChanged, this, projectsChanged);
}

void NavigationModel::checkRows(
    const QString &id, const QModelIndex &topLeft, const QModelIndex &bottomRight,
    const std::function<bool(const QHash<QString, Shown> &, int)> &differs)
{
    if (topLeft.parent().isValid())
        return; // a service's container: not in the tree
    const auto it = m_instances.constFind(id);
    if (it == m_instances.cend() || it->resourcesPending || it->projectsPending)
        return; // already due
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (differs(it->shown, row)) {
            scheduleSync(id, Sync::Resources);
            return;
        }
    }
}

void NavigationModel::scheduleSync(const QString &id, Sync sync)
{
    const auto it = m_instances.find(id);
    if (it == m_instances.end())
        return;
    it->resourcesPending = it->resourcesPending || sync == Sync::Resources;
    it->projectsPending = it->projectsPending || sync == Sync::Projects;
    // Due in this turn already, or held back while rows arrive: then the last slice (no rows
    // left waiting) brings the held-back sync forward.
    QTimer *timer = it->syncTimer;
    if (!timer->isActive() || (timer->interval() > 0 && !rowsArriving(id)))
        timer->start(0);
}

bool NavigationModel::rowsArriving(const QString &id) const
{
    const InstanceData *data = m_fleet->data(id);
    return data
        && (data->applications()->waitingRows() > 0 || data->databases()->waitingRows() > 0);
}

void NavigationModel::runScheduledSync(const QString &id)
{
    const auto state = m_instances.find(id);
    if (state == m_instances.end())
        return;
    // A subtree sync compares every resource of the instance. While a big list arrives in
    // slices (one per event-loop turn) it would run per slice: then, within the spacing of the
    // last one, only the header rows (counts) are brought up to date and the sync is held back
    // until the spacing is over or the last slice is in (see scheduleSync()).
    const bool structural = state->resourcesPending || state->projectsPending;
    const qint64 spacing = m_arrivingSyncSpacingMs;
    const qint64 since =
        state->lastResourceSync.isValid() ? state->lastResourceSync.elapsed() : spacing;
    if (structural && since < spacing && rowsArriving(id)) {
        syncInstance(id, Sync::Header);
        state->syncTimer->start(int(spacing - since));
        return;
    }
    const bool projects = std::exchange(state->projectsPending, false);
    const bool resources = std::exchange(state->resourcesPending, false);
    if (projects || resources)
        state->lastResourceSync.start();
    syncInstance(id, projects ? Sync::Projects : (resources ? Sync::Resources : Sync::Header));
}

void NavigationModel::syncInstance(const QString &id, Sync sync)
{
    QStandardItem *top = instanceItem(id);
    InstanceSession *session = m_fleet->session(id);
    InstanceData *data = m_fleet->data(id);
    if (!top || !session || !data)
        return;
    const auto &instance = session->instance();
    setText(top, instance.name);
    if (top->data(Qt::DecorationRole).value<QColor>() != instance.color)
        top->setData(instance.color, Qt::DecorationRole);
    if (top->data(StateRole).toInt() != int(session->state()) || !top->data(StateRole).isValid())
        top->setData(int(session->state()), StateRole);
    QString state = session->stateText();
    if (data->isStale())
        state = data->staleText();
    if (top->data(StateTextRole).toString() != state) {
        top->setData(state, StateTextRole);
        top->setToolTip(instance.rootUrl.toDisplayString() + u'\n' + state);
    }

    setText(childFor(top, Node::Applications, {}),
            tr("Applications (%1)").arg(data->applications()->rowCount()));
    setText(childFor(top, Node::Databases, {}),
            tr("Databases (%1)").arg(data->databases()->rowCount()));
    setText(childFor(top, Node::Services, {}),
            tr("Services (%1)").arg(data->services()->topCount()));
    setText(childFor(top, Node::Servers, {}), tr("Servers (%1)").arg(data->servers()->rowCount()));
    const int active = data->activeDeployments()->rowCount();
    setText(childFor(top, Node::Deployments, {}),
            active ? tr("Deployments (%n active)", nullptr, active) : tr("Deployments"));
    QStandardItem *projectsItem = childFor(top, Node::Projects, {});
    setText(projectsItem, tr("Projects (%1)").arg(data->projects()->topCount()));
    if (sync != Sync::Header)
        syncResources(id, projectsItem, data, sync == Sync::Projects);
}

void NavigationModel::syncResources(const QString &id, QStandardItem *projectsItem,
                                    const InstanceData *data, bool projects)
{
    const auto state = m_instances.find(id);
    if (state == m_instances.end())
        return;
    ++state->resourceSyncs;
    QSet<qint64> fill;
    if (projects)
        fill = syncEnvironments(id, projectsItem, data);
    applyResourceChanges(id, data, fill);
}

QSet<qint64> NavigationModel::syncEnvironments(const QString &id, QStandardItem *projectsItem,
                                               const InstanceData *data)
{
    // Projects → environments, diffed level by level (a few dozen items). An environment item
    // that is new (also: an environment that moved to another project) starts empty; one that
    // is gone took its resource items with it.
    QHash<qint64, QStandardItem *> environmentItems;
    QSet<qint64> created;
    QList<QPair<QString, QString>> projects;
    const ProjectsModel *model = data->projects();
    for (int row = 0; row < model->topCount(); ++row)
        projects << qMakePair(model->item(row).uuid, model->item(row).name);
    syncChildren(
        projectsItem, Node::Project, id, projects,
        [&](QStandardItem *projectItem, const QString &uuid, bool) {
            QList<QPair<QString, QString>> environments;
            for (const Environment &environment : model->children(model->rowOf(uuid)))
                environments << qMakePair(QString::number(environment.id), environment.name);
            syncChildren(projectItem, Node::Environment, id, environments,
                         [&](QStandardItem *environmentItem, const QString &key, bool isNew) {
                             environmentItems.insert(key.toLongLong(), environmentItem);
                             if (isNew)
                                 created.insert(key.toLongLong());
                         });
        });

    const auto state = m_instances.find(id);
    if (state == m_instances.end())
        return {};
    QSet<qint64> dropped = created;
    for (auto it = state->environmentItems.cbegin(); it != state->environmentItems.cend(); ++it) {
        if (!environmentItems.contains(it.key()))
            dropped.insert(it.key());
    }
    state->environmentItems = std::move(environmentItems);
    if (!dropped.isEmpty()) {
        // Forget the items that were deleted with their environment.
        QHash<QString, QStandardItem *> &items = state->resourceItems;
        for (auto it = items.begin(); it != items.end();) {
            if (dropped.contains(state->shown.value(it.key()).environmentId))
                it = items.erase(it);
            else
                ++it;
        }
    }
    return created;
}

void NavigationModel::applyResourceChanges(const QString &id, const InstanceData *data,
                                           const QSet<qint64> &fill)
{
    // Compare every resource with what the tree shows (marking those seen), then touch only the
    // items of resources that came, went, were renamed or moved, and fill the environments in
    // `fill` (new, empty). New and moved items go last in their environment, in the families'
    // order, as a tree built from scratch has them. All bookkeeping is done before the first
    // change is announced.
    const auto state = m_instances.find(id);
    if (state == m_instances.end())
        return;
    const int serial = ++state->serial;
    QHash<QString, Shown> &shown = state->shown;
    QHash<QString, QStandardItem *> &items = state->resourceItems;
    const QHash<qint64, QStandardItem *> &environmentItems = state->environmentItems;
    struct Retext
    {
        QStandardItem *item;
        QString name;
        QString kind;
    };
    QList<Retext> retexts;
    QHash<QStandardItem *, QList<int>> removals; // parent → rows, as they are now
    QList<QStandardItem *> parents; // in the order they get their first new child
    QHash<QStandardItem *, QList<QStandardItem *>> additions;
    const auto remove = [&](const QString &uuid) {
        if (QStandardItem *item = items.take(uuid))
            removals[item->parent()] << item->row();
    };
    const auto add = [&](const QString &uuid, const Shown &entry) {
        QStandardItem *environment = environmentItems.value(entry.environmentId);
        if (!environment)
            return; // an environment the tree does not show (yet)
        QStandardItem *item = makeItem(Node::Resource, id, uuid);
        item->setText(entry.name);
        item->setData(entry.kind, ResourceKindRole);
        items.insert(uuid, item);
        auto &children = additions[environment];
        if (children.isEmpty())
            parents << environment;
        children << item;
    };
    qsizetype seen = 0;
    forEachResource(data, [&](const QString &kind, const auto &row) {
        auto it = shown.find(row.uuid);
        if (it == shown.end()) {
            it = shown.insert(row.uuid, Shown{row.name, row.environmentId, kind, serial});
            ++seen;
            add(row.uuid, *it);
            return;
        }
        if (it->seen == serial)
            return; // the same uuid twice: the first one counts
        it->seen = serial;
        ++seen;
        if (it->environmentId != row.environmentId) {
            remove(row.uuid);
            *it = Shown{row.name, row.environmentId, kind, serial};
            add(row.uuid, *it);
            return;
        }
        const bool differs = it->name != row.name || it->kind != kind;
        if (!differs && fill.isEmpty())
            return; // the common case: nothing the tree shows
        if (differs) {
            it->name = row.name;
            it->kind = kind;
        }
        if (QStandardItem *item = items.value(row.uuid)) {
            if (differs)
                retexts << Retext{item, row.name, kind};
        } else if (fill.contains(row.environmentId)) {
            add(row.uuid, *it);
        }
    });
    if (seen < shown.size()) {
        for (auto it = shown.begin(); it != shown.end();) {
            if (it->seen == serial) {
                ++it;
                continue;
            }
            remove(it.key());
            it = shown.erase(it);
        }
    }

    // The tree: renames, then removals bottom-up in contiguous runs, then one insertion per
    // environment. Only locals from here on.
    for (const Retext &retext : std::as_const(retexts)) {
        setText(retext.item, retext.name);
        if (retext.item->data(ResourceKindRole).toString() != retext.kind)
            retext.item->setData(retext.kind, ResourceKindRole);
    }
    for (auto it = removals.begin(); it != removals.end(); ++it) {
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (qsizetype i = 0; i < rows.size();) {
            const int last = rows.at(i);
            int first = last;
            while (++i < rows.size() && rows.at(i) == first - 1)
                first = rows.at(i);
            it.key()->removeRows(first, last - first + 1);
        }
    }
    for (QStandardItem *environment : std::as_const(parents)) {
        if (environment->columnCount() == 0)
            environment->setColumnCount(1);
        environment->insertRows(environment->rowCount(), additions.value(environment));
    }
}

} // namespace Coolify::Models
