#pragma once

#include "models/roles.h"
#include "models/server.h"
#include "models/uuidtablemodel.h"

namespace Coolify::Models {

// The servers of one instance: name, address, state in words, proxy.
class ServersModel : public UuidTableModel<Server>
{
    Q_OBJECT

public:
    enum Column { Name, Address, State, Proxy, Description, ColumnCount };
    enum Role { ReachableRole = Roles::FirstModelRole };

    using UuidTableModel::UuidTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace Coolify::Models
