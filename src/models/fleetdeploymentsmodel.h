#pragma once

#include "models/deployment.h"
#include "models/uuidtablemodel.h"

#include <QPointer>

namespace Coolify::Models {

class Fleet;
class DeploymentsModel;

// One row of FleetDeploymentsModel: a deployment and the instance it runs on.
struct FleetDeployment
{
    QString uuid; // "<instanceId>/<deployment_uuid>": unique across instances
    QString instanceId;
    Deployment deployment;
    bool operator==(const FleetDeployment &) const = default;
};

// The queued and running deployments of every instance in one table: each instance's
// InstanceData::activeDeployments() (refreshed by its polling) joined, with an Instance column
// in front (name, colour). Follows the per-instance models incrementally, never resets.
//
//     FleetDeploymentsModel model(fleet);
//     view->setModel(&model); // Instance | Application | Status | Commit | …
class FleetDeploymentsModel : public UuidTableModel<FleetDeployment>
{
    Q_OBJECT

public:
    // Columns after Instance are DeploymentsModel's columns shifted by one.
    enum Column {
        Instance,
        Application,
        Status,
        Commit,
        Trigger,
        Started,
        Duration,
        Server,
        ColumnCount
    };

    explicit FleetDeploymentsModel(Fleet *fleet, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Active rows on how many instances (for summaries).
    int instanceCount() const;

private:
    void watch(const QString &id);
    void rebuild();

    Fleet *m_fleet;
    QList<QPointer<DeploymentsModel>> m_watched;
};

} // namespace Coolify::Models
