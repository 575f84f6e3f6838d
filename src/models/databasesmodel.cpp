#include "models/databasesmodel.h"

#include "api/resourcekind.h"

using namespace Qt::StringLiterals;

namespace Coolify::Models {

void DatabasesModel::setServerNames(const QHash<QString, QString> &serverNameByResourceUuid)
{
    if (m_serverNames == serverNameByResourceUuid)
        return;
    m_serverNames = serverNameByResourceUuid;
    if (rowCount() > 0)
        emit dataChanged(index(0, Server), index(rowCount() - 1, Server));
}

int DatabasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatabasesModel::serverData(const Database &d, int role) const
{
    const QString name = m_serverNames.value(d.uuid);
    if (name.isEmpty())
        return d.serverReachable ? tr("Reachable") : tr("Unreachable");
    if (role == Roles::Sort || d.serverReachable)
        return name;
    return tr("%1 (unreachable)").arg(name);
}

QHash<int, QByteArray> DatabasesModel::roleNames() const
{
    return Roles::namesWith({{RawStatusRole, "rawStatus"},
                             {TypeRole, "databaseType"},
                             {SensitiveHiddenRole, "sensitiveHidden"}});
}

QVariant DatabasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Database &d = at(index.row());
    switch (role) {
    case Roles::Uuid:
        return d.uuid;
    case Roles::Kind:
        return Api::kindKey(Api::ResourceKind::Database);
    case Roles::StatusState:
        return int(d.status.state);
    case Roles::StatusHealth:
        return int(d.status.health);
    case Roles::Transitional:
        return d.status.isTransitional();
    case RawStatusRole:
        return d.status.raw;
    case TypeRole:
        return d.type ? int(*d.type) : -1;
    case Roles::EnvironmentId:
        return d.environmentId;
    case SensitiveHiddenRole:
        return d.sensitiveHidden();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Roles::Sort:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        if (role == Qt::ToolTipRole && !d.description.isEmpty())
            return d.description;
        return d.name;
    case Type:
        return d.typeName();
    case Status:
        return role == Roles::Sort ? QVariant(d.status.severity()) : QVariant(d.status.text());
    case Image:
        return d.image;
    case PublicPort:
        if (role == Roles::Sort)
            return d.isPublic && d.publicPort ? *d.publicPort : -1;
        if (!d.isPublic || !d.publicPort)
            return role == Qt::ToolTipRole ? tr("Not publicly reachable") : tr("—");
        return QString::number(*d.publicPort);
    case Server:
        return serverData(d, role);
    default:
        return {};
    }
}

QVariant DatabasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Image:
        return tr("Image");
    case PublicPort:
        return tr("Public port");
    case Server:
        return tr("Server");
    default:
        return {};
    }
}

} // namespace Coolify::Models
