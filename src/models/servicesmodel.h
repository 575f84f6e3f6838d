#pragma once

#include "models/resourcetreemodel.h"
#include "models/roles.h"
#include "models/service.h"

namespace Coolify::Models {

struct ServiceChildrenTraits
{
    static std::optional<QList<ServiceComponent>> takeChildren(Service &service)
    {
        std::optional<QList<ServiceComponent>> out = std::move(service.components);
        service.components.reset();
        return out;
    }
};

// The services of one instance as a tree: services at the top, their sub-applications and
// sub-databases below. A refresh from GET /services whose items lack the component arrays
// keeps the components already shown; GET /services/{uuid} (upsert) brings them.
//
//     model.apply(reply->result().value.value<QList<Service>>());
class ServicesModel : public UuidTreeModel<Service, ServiceComponent, ServiceChildrenTraits>
{
    Q_OBJECT

public:
    enum Column { Name, Type, Status, Image, Url, ColumnCount };
    // Roles::Kind is "service" on the service and its components alike.
    enum Role {
        RawStatusRole = Roles::FirstModelRole, // raw status string
        ComponentKindRole, // int(Kind)
        ServiceUuidRole, // the service's uuid, also on its components (sub-resource actions)
        ExcludedRole, // bool: a component excluded from the aggregate status
    };
    enum class Kind { Service, Application, Database };

    using UuidTreeModel::UuidTreeModel;

    // The service with its components as currently shown.
    Service service(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant serviceData(const Service &s, int column, int role) const;
    QVariant componentData(const ServiceComponent &c, int column, int role) const;
};

} // namespace Coolify::Models
