#pragma once

#include "models/deployment.h"
#include "models/roles.h"
#include "models/uuidtablemodel.h"

namespace Coolify::Models {

// Deployments of one instance (GET /deployments) or of one application's history page.
//
//     model.apply(result.value.value<DeploymentPage>().deployments);
class DeploymentsModel : public UuidTableModel<Deployment>
{
    Q_OBJECT

public:
    enum Column { Application, Status, Commit, Trigger, Started, Duration, Server, ColumnCount };
    // Roles::Kind is "deployment"; Roles::Transitional is true while queued or in progress.
    // Roles::Sort has raw values: status order, timestamps, seconds.
    enum Role {
        DeploymentStatusRole = Roles::FirstModelRole, // int(Deployment::Status)
        ApplicationIdRole, // the application_id string
        ActiveRole, // bool: queued or in progress
    };

    using UuidTableModel::UuidTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    static QHash<int, QByteArray> deploymentRoleNames(); // also the fleet table's
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Sort key for the status column: what needs attention first.
    static int statusOrder(Deployment::Status status);
};

} // namespace Coolify::Models
