#include "models/servicesmodel.h"

#include "api/resourcekind.h"

namespace Coolify::Models {

Service ServicesModel::service(int row) const
{
    Service s = item(row);
    s.components = children(row);
    return s;
}

int ServicesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QHash<int, QByteArray> ServicesModel::roleNames() const
{
    return Roles::namesWith({{RawStatusRole, "rawStatus"},
                             {ComponentKindRole, "componentKind"},
                             {ServiceUuidRole, "serviceUuid"},
                             {ExcludedRole, "excluded"}});
}

QVariant ServicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Service *s = itemFor(index);
    const ServiceComponent *c = childFor(index);
    switch (role) {
    case Roles::Uuid:
        return c ? c->uuid : s->uuid;
    case Roles::Kind:
        return Api::kindKey(Api::ResourceKind::Service);
    case Roles::StatusState:
        return int(c ? c->status.state : s->status.state);
    case Roles::StatusHealth:
        return int(c ? c->status.health : s->status.health);
    case Roles::Transitional:
        return c ? c->status.isTransitional() : s->status.isTransitional();
    case RawStatusRole:
        return c ? c->status.raw : s->status.raw;
    case ComponentKindRole:
        if (!c)
            return int(Kind::Service);
        return int(c->kind == ServiceComponent::Kind::Application ? Kind::Application
                                                                  : Kind::Database);
    case Roles::EnvironmentId:
        return s->environmentId;
    case ServiceUuidRole:
        return s->uuid;
    case ExcludedRole:
        return c ? c->excludedFromStatus : false;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Roles::Sort:
        return c ? componentData(*c, index.column(), role) : serviceData(*s, index.column(), role);
    default:
        return {};
    }
}

QVariant ServicesModel::serviceData(const Service &s, int column, int role) const
{
    switch (column) {
    case Name:
        if (role == Qt::ToolTipRole && !s.description.isEmpty())
            return s.description;
        return s.name;
    case Type:
        return s.serviceType.isEmpty() ? tr("Service") : s.serviceType;
    case Status:
        if (role == Roles::Sort)
            return s.status.severity();
        if (role == Qt::ToolTipRole && !s.serverReachable)
            return tr("%1 — server unreachable").arg(s.status.text());
        return s.status.text();
    default:
        return role == Roles::Sort ? QVariant(QString()) : QVariant();
    }
}

QVariant ServicesModel::componentData(const ServiceComponent &c, int column, int role) const
{
    switch (column) {
    case Name:
        return c.displayName();
    case Type:
        return c.kind == ServiceComponent::Kind::Application ? tr("Application") : tr("Database");
    case Status:
        if (role == Roles::Sort)
            return c.status.severity();
        return c.excludedFromStatus ? tr("%1 (excluded from status)").arg(c.status.text())
                                    : c.status.text();
    case Image:
        return c.image;
    case Url:
        return c.fqdn;
    default:
        return {};
    }
}

QVariant ServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Url:
        return tr("URL");
    default:
        return {};
    }
}

} // namespace Coolify::Models
