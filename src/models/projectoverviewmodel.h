#pragma once

#include "models/roles.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QTimer>

namespace Coolify::Models {

class FleetModel;
class ProjectsModel;

// An instance's projects → environments (a ProjectsModel) with what each holds: the Description
// column becomes "Resources" ("5 — 3 running, 1 needs attention, 1 stopped"; the description
// stays in the name's tooltip) and the counts are roles. Counted from the fleet's rows of that
// instance by environment id; a project sums its environments. Recounted once per burst of fleet
// changes, announced as dataChanged of that column: selection and expansion survive.
class ProjectOverviewModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Column { Name, Resources };
    enum Role {
        TotalRole = Roles::FirstModelRole + 16, // after ProjectsModel's own roles
        RunningRole,
        AttentionRole, // degraded, unhealthy or restarting
        StoppedRole,
    };

    struct Counts
    {
        int total = 0;
        int running = 0;
        int attention = 0;
        int stopped = 0;
        Counts &operator+=(const Counts &other);
        bool operator==(const Counts &) const = default;
    };

    ProjectOverviewModel(ProjectsModel *projects, FleetModel *fleet, const QString &instanceId,
                         QObject *parent = nullptr);

    Counts countsFor(const QModelIndex &index) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void recount();

    FleetModel *m_fleet;
    QString m_instanceId;
    QHash<qint64, Counts> m_byEnvironment;
    QTimer m_recount;
};

} // namespace Coolify::Models
