#pragma once

#include "api/resourcekind.h"
#include "models/resource.h"
#include "models/roles.h"
#include "models/uuidtablemodel.h"

namespace Coolify::Models {

// What runs on one server (GET /servers/{uuid}/resources, coolify-api.md §14): applications,
// databases and services with their name, type and status. Roles::Kind is the kindKey() of the
// row ("application", "database", "service"; empty for a type this app does not know).
class ServerResourcesModel : public UuidTableModel<Resource>
{
    Q_OBJECT

public:
    enum Column { Name, Type, Status, ColumnCount };

    using UuidTableModel::UuidTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The Api kind of a row; nullopt for a type this app does not know.
    static std::optional<Api::ResourceKind> apiKind(const Resource &resource);
};

} // namespace Coolify::Models
