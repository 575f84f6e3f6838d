#include "models/fleetdeploymentsmodel.h"

#include "models/deploymentsmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/roles.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

FleetDeploymentsModel::FleetDeploymentsModel(Fleet *fleet, QObject *parent)
    : UuidTableModel(parent)
    , m_fleet(fleet)
{
    for (const QString &id : fleet->ids())
        watch(id);
    connect(fleet, &Fleet::sessionAdded, this, [this](const QString &id) {
        watch(id);
        rebuild();
    });
    connect(fleet, &Fleet::sessionRemoved, this, [this] { rebuild(); });
    connect(fleet, &Fleet::sessionChanged, this, [this] { rebuild(); }); // renamed, recoloured
    rebuild();
}

void FleetDeploymentsModel::watch(const QString &id)
{
    DeploymentsModel *model = m_fleet->data(id) ? m_fleet->data(id)->activeDeployments() : nullptr;
    if (!model || m_watched.contains(model))
        return;
    m_watched.append(model);
    const auto again = [this] {
        rebuild();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, again);
    connect(model, &QAbstractItemModel::rowsRemoved, this, again);
    // A changed row is rebuilt (its status may have moved); cells that changed without a new
    // value (the ticking running time) are passed on, since rebuilding finds nothing new there.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this, id, model](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                              const QList<int> &roles) {
                rebuild();
                for (int sourceRow = topLeft.row(); sourceRow <= bottomRight.row(); ++sourceRow) {
                    const int row = rowOf(id + u'/' + model->at(sourceRow).uuid);
                    if (row >= 0)
                        emit dataChanged(index(row, topLeft.column() + 1),
                                         index(row, bottomRight.column() + 1), roles);
                }
            });
    connect(model, &QAbstractItemModel::modelReset, this, again);
    connect(model, &QAbstractItemModel::layoutChanged, this, again);
    connect(model, &QObject::destroyed, this, [this] { rebuild(); });
}

void FleetDeploymentsModel::rebuild()
{
    QList<FleetDeployment> rows;
    for (const QString &id : m_fleet->ids()) {
        const InstanceData *data = m_fleet->data(id);
        if (!data)
            continue;
        for (const Deployment &d : data->activeDeployments()->rows())
            rows.append({id + u'/' + d.uuid, id, d});
    }
    apply(rows);
}

int FleetDeploymentsModel::instanceCount() const
{
    QSet<QString> ids;
    for (const FleetDeployment &row : m_rows)
        ids.insert(row.instanceId);
    return int(ids.size());
}

int FleetDeploymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetDeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetDeployment &row = at(index.row());
    const InstanceSession *session = m_fleet->session(row.instanceId);
    switch (role) {
    case Roles::InstanceId:
        return row.instanceId;
    case Roles::InstanceColor:
        return session ? QVariant(session->instance().color) : QVariant();
    case Roles::Kind:
        return u"deployment"_s;
    default:
        break;
    }
    if (index.column() == Instance) {
        switch (role) {
        case Qt::DisplayRole:
        case Roles::Sort:
            return session ? session->instance().name : row.instanceId;
        case Qt::DecorationRole:
            return session ? QVariant(session->instance().color) : QVariant();
        case Qt::ToolTipRole:
            return session ? session->instance().rootUrl.toDisplayString() : QString();
        case Roles::Uuid:
            return row.deployment.uuid;
        case Roles::Transitional:
            return row.deployment.isActive();
        case DeploymentsModel::DeploymentStatusRole:
            return int(row.deployment.status);
        case DeploymentsModel::ApplicationIdRole:
            return row.deployment.applicationId;
        case DeploymentsModel::ActiveRole:
            return row.deployment.isActive();
        default:
            return {};
        }
    }
    // The other columns read the instance's own model, so both tables show the same words.
    const InstanceData *data = m_fleet->data(row.instanceId);
    if (!data)
        return {};
    const DeploymentsModel *source = data->activeDeployments();
    const int sourceRow = source->rowOf(row.deployment.uuid);
    if (sourceRow < 0)
        return {};
    return source->index(sourceRow, index.column() - 1).data(role);
}

QHash<int, QByteArray> FleetDeploymentsModel::roleNames() const
{
    return DeploymentsModel::deploymentRoleNames();
}

QVariant FleetDeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Instance:
        return tr("Instance");
    case Application:
        return tr("Application");
    case Status:
        return tr("Status");
    case Commit:
        return tr("Commit");
    case Trigger:
        return tr("Trigger");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Server:
        return tr("Server");
    default:
        return {};
    }
}

} // namespace Coolify::Models
