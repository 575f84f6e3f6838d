#pragma once

#include "models/database.h"
#include "models/roles.h"
#include "models/uuidtablemodel.h"

#include <QHash>

namespace Coolify::Models {

// The standalone databases of one instance, all 8 types in one table.
//
//     model.apply(reply->result().value.value<QList<Database>>());
class DatabasesModel : public UuidTableModel<Database>
{
    Q_OBJECT

public:
    enum Column { Name, Type, Status, Image, PublicPort, Server, ColumnCount };
    enum Role {
        RawStatusRole = Roles::FirstModelRole, // the raw status string ("running:healthy")
        TypeRole, // int(Api::DatabaseType), -1 when unknown
        SensitiveHiddenRole, // bool: the token could not read the connection URLs
    };

    using UuidTableModel::UuidTableModel;

    // Server names by resource uuid (e.g. from GET /servers/{uuid}/resources); rows without one
    // show only whether their server is reachable.
    void setServerNames(const QHash<QString, QString> &serverNameByResourceUuid);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant serverData(const Database &database, int role) const;

    QHash<QString, QString> m_serverNames;
};

} // namespace Coolify::Models
