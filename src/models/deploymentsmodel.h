#pragma once

#include "models/deployment.h"
#include "models/roles.h"
#include "models/uuidtablemodel.h"

#include <QDateTime>
#include <QTimer>

#include <functional>

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

    explicit DeploymentsModel(QObject *parent = nullptr);

    // What "now" is for the running time of queued and in-progress rows (tests set their own).
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    static QHash<int, QByteArray> deploymentRoleNames(); // also the fleet table's
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Sort key for the status column: what needs attention first.
    static int statusOrder(Deployment::Status status);
    // Every second while a row is queued or in progress, dataChanged for those rows' Duration:
    // "running 1m 05s" ticks on without a refresh. Public for tests; the model's timer calls it.
    void tick();

private:
    void updateTicking();

    Clock m_clock;
    QTimer m_tick;
};

} // namespace Coolify::Models
