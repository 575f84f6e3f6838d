#include "models/serversmodel.h"

using namespace Qt::StringLiterals;

namespace Coolify::Models {

int ServersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> ServersModel::roleNames() const
{
    return Roles::namesWith({{ReachableRole, "reachable"}});
}

QVariant ServersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server &s = at(index.row());
    switch (role) {
    case Roles::Uuid:
        return s.uuid;
    case Roles::Kind:
        return u"server"_s;
    case ReachableRole:
        return s.reachable;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Roles::Sort:
        break;
    default:
        return {};
    }
    const bool sort = role == Roles::Sort;
    switch (index.column()) {
    case Name:
        return s.name;
    case Address:
        return sort ? QVariant(s.ip) : QVariant(u"%1@%2:%3"_s.arg(s.user, s.ip).arg(s.port));
    case State:
        return sort ? QVariant(int(s.reachable) + int(s.usable)) : QVariant(s.stateText());
    case Proxy:
        if (s.proxyType.isEmpty())
            return sort ? QVariant(QString()) : QVariant(tr("—"));
        return s.proxyType == QLatin1String("none") ? tr("No proxy") : s.proxyType;
    case Description:
        return s.description;
    default:
        return {};
    }
}

QVariant ServersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case State:
        return tr("State");
    case Proxy:
        return tr("Proxy");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace Coolify::Models
