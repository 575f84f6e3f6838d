#include "models/navigationmodel.h"

#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/deploymentsmodel.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/projectsmodel.h"
#include "models/serversmodel.h"
#include "models/servicesmodel.h"

#include <QTimer>

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
// items so views keep their expansion and selection. Linear in the number of children: an
// environment may hold thousands of resources.
void syncChildren(QStandardItem *parent, Node node, const QString &instanceId,
                  const QList<QPair<QString, QString>> &wanted,
                  const std::function<void(QStandardItem *, const QString &key)> &decorate = {})
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
        for (const auto &entry : wanted)
            decorate(existing.value(entry.first), entry.first);
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
    for (const QString &id : fleet->ids())
        addInstance(id);
    connect(fleet, &Fleet::sessionAdded, this, [this](const QString &id) { addInstance(id); });
    connect(fleet, &Fleet::sessionAboutToBeRemoved, this,
            [this](const QString &id) { removeInstance(id); });
    connect(fleet, &Fleet::sessionChanged, this, [this](const QString &id) { scheduleSync(id); });
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

void NavigationModel::addInstance(const QString &id)
{
    if (instanceItem(id))
        return;
    QStandardItem *top = makeItem(Node::Instance, id);
    for (const Node node : {Node::Applications, Node::Databases, Node::Services, Node::Projects,
                            Node::Servers, Node::Deployments})
        top->appendRow(makeItem(node, id));
    appendRow(top);
    if (InstanceData *data = m_fleet->data(id))
        connect(data, &InstanceData::changed, this, [this, id] { scheduleSync(id); });
    syncInstance(id);
}

void NavigationModel::removeInstance(const QString &id)
{
    if (QStandardItem *top = instanceItem(id))
        removeRow(top->row());
    m_pendingSync.remove(id);
}

void NavigationModel::scheduleSync(const QString &id)
{
    if (m_pendingSync.value(id))
        return;
    m_pendingSync.insert(id, true);
    QTimer::singleShot(0, this, [this, id] {
        if (m_pendingSync.take(id))
            syncInstance(id);
    });
}

void NavigationModel::syncInstance(const QString &id)
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

    const auto count = [](int n) {
        return n;
    };
    setText(childFor(top, Node::Applications, {}),
            tr("Applications (%1)").arg(count(data->applications()->rowCount())));
    setText(childFor(top, Node::Databases, {}),
            tr("Databases (%1)").arg(count(data->databases()->rowCount())));
    setText(childFor(top, Node::Services, {}),
            tr("Services (%1)").arg(count(data->services()->topCount())));
    setText(childFor(top, Node::Servers, {}),
            tr("Servers (%1)").arg(count(data->servers()->rowCount())));
    const int active = data->activeDeployments()->rowCount();
    setText(childFor(top, Node::Deployments, {}),
            active ? tr("Deployments (%n active)", nullptr, active) : tr("Deployments"));
    QStandardItem *projectsItem = childFor(top, Node::Projects, {});
    setText(projectsItem, tr("Projects (%1)").arg(data->projects()->topCount()));

    // Projects → environments → resources (resources map to environments by environment_id).
    QHash<qint64, QList<QPair<QString, QString>>> resourcesByEnvironment;
    QHash<QString, QString> kindByUuid;
    const QList<FleetRow> rows = FleetModel::rowsOf(data);
    for (const FleetRow &row : rows) {
        resourcesByEnvironment[row.environmentId] << qMakePair(row.resourceUuid, row.name);
        kindByUuid.insert(row.resourceUuid, row.kind);
    }
    QList<QPair<QString, QString>> projects;
    const ProjectsModel *model = data->projects();
    for (int row = 0; row < model->topCount(); ++row)
        projects << qMakePair(model->item(row).uuid, model->item(row).name);
    syncChildren(
        projectsItem, Node::Project, id, projects,
        [&](QStandardItem *projectItem, const QString &uuid) {
            const int row = model->rowOf(uuid);
            QList<QPair<QString, QString>> environments;
            for (const Environment &environment : model->children(row))
                environments << qMakePair(QString::number(environment.id), environment.name);
            syncChildren(projectItem, Node::Environment, id, environments,
                         [&](QStandardItem *environmentItem, const QString &key) {
                             syncChildren(environmentItem, Node::Resource, id,
                                          resourcesByEnvironment.value(key.toLongLong()),
                                          [&](QStandardItem *resource, const QString &uuidKey) {
                                              const QString kind = kindByUuid.value(uuidKey);
                                              if (resource->data(ResourceKindRole).toString()
                                                  != kind)
                                                  resource->setData(kind, ResourceKindRole);
                                          });
                         });
        });
}

} // namespace Coolify::Models
