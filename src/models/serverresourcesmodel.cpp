#include "models/serverresourcesmodel.h"

#include "api/resourcekind.h"

namespace Coolify::Models {

int ServerResourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> ServerResourcesModel::roleNames() const
{
    return Roles::sharedNames();
}

std::optional<Api::ResourceKind> ServerResourcesModel::apiKind(const Resource &resource)
{
    switch (resource.kind) {
    case Resource::Kind::Application:
        return Api::ResourceKind::Application;
    case Resource::Kind::Database:
        return Api::ResourceKind::Database;
    case Resource::Kind::Service:
        return Api::ResourceKind::Service;
    case Resource::Kind::Unknown:
        break;
    }
    return std::nullopt;
}

QVariant ServerResourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Resource &r = at(index.row());
    switch (role) {
    case Roles::Uuid:
        return r.uuid;
    case Roles::Kind: {
        const auto kind = apiKind(r);
        return kind ? QVariant(Api::kindKey(*kind)) : QVariant(); // unknown type: no kind
    }
    case Roles::StatusState:
        return int(r.status.state);
    case Roles::StatusHealth:
        return int(r.status.health);
    case Roles::Transitional:
        return r.status.isTransitional();
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
        return r.name;
    case Type:
        return r.typeText();
    case Status:
        if (sort)
            return r.status.severity();
        if (role == Qt::ToolTipRole && !r.status.raw.isEmpty())
            return tr("%1 (%2)").arg(r.status.text(), r.status.raw);
        return r.status.text();
    default:
        return {};
    }
}

QVariant ServerResourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    default:
        return {};
    }
}

} // namespace Coolify::Models
