#pragma once

#include "models/backup.h"
#include "models/database.h"
#include "models/roles.h"
#include "models/uuidtablemodel.h"

#include <QPointer>
#include <QTimer>

#include <functional>

namespace Coolify::Models {

class Fleet;
class DatabasesModel;

// One row of FleetBackupsModel: a database and the instance it lives on.
struct FleetBackup
{
    QString uuid; // "<instanceId>/<database uuid>": unique across instances
    QString instanceId;
    Database database;
    bool operator==(const FleetBackup &) const = default;
};

// Every standalone database of every instance with its newest backup and how its backups are
// doing, worst first when sorted by State: last backup failed, overdue for its schedule, never
// backed up, …, OK; types Coolify does not back up come last. Built from the databases lists the
// instances already poll (each schedule with its newest execution, coolify-api.md §11), so it
// costs no request of its own. Rebuilt once per event-loop turn after a change.
//
//     FleetBackupsModel model(fleet);
//     view->setModel(&model); // Instance | Database | Type | State | Newest backup | Schedule
class FleetBackupsModel : public UuidTableModel<FleetBackup>
{
    Q_OBJECT

public:
    enum Column { Instance, Name, Type, State, NewestBackup, Schedule, ColumnCount };
    // How the database's backups are doing: BackupConfig::Health, or Unsupported.
    enum class Overall { Failed, Overdue, NeverRan, Running, Disabled, Ok, Unsupported };
    Q_ENUM(Overall)
    enum Role {
        OverallRole = Roles::FirstModelRole, // int(Overall)
        DatabaseUuidRole, // the database's own uuid
        ScheduleUuidRole, // the schedule Back Up Now runs: the first enabled one; "" if none
    };

    explicit FleetBackupsModel(Fleet *fleet, QObject *parent = nullptr);

    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }

    static Overall overall(const Database &database, const QDateTime &now);
    static QString overallText(Overall overall);
    static bool needsAttention(Overall overall)
    {
        return overall == Overall::Failed || overall == Overall::Overdue
            || overall == Overall::NeverRan;
    }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void rebuild();

private:
    void watch(const QString &id);

    Fleet *m_fleet;
    Clock m_clock;
    QList<QPointer<DatabasesModel>> m_watched;
    QTimer m_rebuildSoon;
};

} // namespace Coolify::Models
