#include "models/fleetbackupsmodel.h"

#include "api/resourcekind.h"
#include "models/backupsmodel.h"
#include "models/databasesmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

FleetBackupsModel::FleetBackupsModel(Fleet *fleet, QObject *parent)
    : UuidTableModel(parent)
    , m_fleet(fleet)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_rebuildSoon.setSingleShot(true);
    m_rebuildSoon.setInterval(0); // one rebuild per burst of changes
    connect(&m_rebuildSoon, &QTimer::timeout, this, &FleetBackupsModel::rebuild);
    for (const QString &id : fleet->ids())
        watch(id);
    connect(fleet, &Fleet::sessionAdded, this, [this](const QString &id) {
        watch(id);
        m_rebuildSoon.start();
    });
    connect(fleet, &Fleet::sessionRemoved, this, [this] { m_rebuildSoon.start(); });
    connect(fleet, &Fleet::sessionChanged, this, [this] { m_rebuildSoon.start(); });
    rebuild();
}

void FleetBackupsModel::watch(const QString &id)
{
    DatabasesModel *model = m_fleet->data(id) ? m_fleet->data(id)->databases() : nullptr;
    if (!model || m_watched.contains(model))
        return;
    m_watched.append(model);
    const auto later = [this] {
        m_rebuildSoon.start();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QObject::destroyed, this, later);
}

void FleetBackupsModel::rebuild()
{
    QList<FleetBackup> rows;
    for (const QString &id : m_fleet->ids()) {
        const InstanceData *data = m_fleet->data(id);
        if (!data)
            continue;
        for (const Database &db : data->databases()->rows())
            rows.append({id + u'/' + db.uuid, id, db});
    }
    apply(rows);
}

FleetBackupsModel::Overall FleetBackupsModel::overall(const Database &database,
                                                      const QDateTime &now)
{
    if (database.type
        && (*database.type == Api::DatabaseType::Redis || *database.type == Api::DatabaseType::KeyDB
            || *database.type == Api::DatabaseType::Dragonfly))
        return Overall::Unsupported;
    if (database.backupConfigs.isEmpty())
        return Overall::NeverRan;
    // The worst of its schedules (Health is ordered worst first).
    int worst = int(BackupConfig::Health::Ok);
    for (const BackupConfig &c : database.backupConfigs)
        worst = std::min(worst, int(c.health(now)));
    return Overall(worst);
}

QString FleetBackupsModel::overallText(Overall overall)
{
    if (overall == Overall::Unsupported)
        return tr("Not backed up by Coolify");
    return BackupConfig::healthText(BackupConfig::Health(int(overall)));
}

int FleetBackupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> FleetBackupsModel::roleNames() const
{
    return Roles::namesWith({{OverallRole, "overall"},
                             {DatabaseUuidRole, "databaseUuid"},
                             {ScheduleUuidRole, "scheduleUuid"}});
}

QVariant FleetBackupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetBackup &row = at(index.row());
    const Database &db = row.database;
    const InstanceSession *session = m_fleet->session(row.instanceId);
    // Worked out only for the roles and columns that need them: the proxy asks for the sort and
    // filter roles of every row, thousands of times per rebuild (fleet-bench --backups).
    const auto now = [this] {
        return m_clock();
    };
    const auto state = [&db, &now] {
        return overall(db, now());
    };
    const auto newestOf = [&db] { // the newest execution over all schedules
        const BackupExecution *newest = nullptr;
        for (const BackupConfig &c : db.backupConfigs) {
            if (const BackupExecution *e = c.latest();
                e && (!newest || e->createdAt > newest->createdAt))
                newest = e;
        }
        return newest;
    };
    switch (role) {
    case Roles::Uuid:
        return row.uuid;
    case DatabaseUuidRole:
        return db.uuid;
    case Roles::Kind:
        return Api::kindKey(Api::ResourceKind::Database);
    case Roles::InstanceId:
        return row.instanceId;
    case Roles::InstanceColor:
        return session ? QVariant(session->instance().color) : QVariant();
    case Roles::EnvironmentId:
        return db.environmentId;
    case Roles::StatusState:
        return int(db.status.state);
    case Roles::StatusHealth:
        return int(db.status.health);
    case Roles::Transitional:
        return state() == Overall::Running;
    case OverallRole:
        return int(state());
    case ScheduleUuidRole: {
        const auto enabled = std::find_if(db.backupConfigs.cbegin(), db.backupConfigs.cend(),
                                          [](const BackupConfig &c) { return c.enabled; });
        return enabled == db.backupConfigs.cend() ? QString() : enabled->uuid;
    }
    case Qt::DecorationRole:
        return index.column() == Instance && session ? QVariant(session->instance().color)
                                                     : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Roles::Sort:
        break;
    default:
        return {};
    }
    const bool sort = role == Roles::Sort;
    switch (index.column()) {
    case Instance:
        return session ? session->instance().name : row.instanceId;
    case Name:
        return db.name;
    case Type:
        return db.typeName();
    case State: {
        const Overall overallState = state();
        if (role == Qt::ToolTipRole && overallState == Overall::Failed && newestOf())
            return newestOf()->message;
        return sort ? QVariant(int(overallState)) : QVariant(overallText(overallState));
    }
    case NewestBackup: {
        const BackupExecution *newest = newestOf();
        if (sort)
            return newest ? newest->createdAt : QDateTime();
        if (!newest)
            return QString();
        return tr("%1 · %2").arg(newest->statusText(),
                                 BackupSchedulesModel::ago(newest->createdAt, now()));
    }
    case Schedule: {
        if (db.backupConfigs.isEmpty())
            return QString();
        const QString first = db.backupConfigs.first().frequencyText();
        return db.backupConfigs.size() == 1
            ? first
            : tr("%1 (+%n more)", nullptr, int(db.backupConfigs.size() - 1)).arg(first);
    }
    default:
        return {};
    }
}

QVariant FleetBackupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Instance:
        return tr("Instance");
    case Name:
        return tr("Database");
    case Type:
        return tr("Type");
    case State:
        return tr("Backups");
    case NewestBackup:
        return tr("Newest backup");
    case Schedule:
        return tr("Schedule");
    default:
        return {};
    }
}

} // namespace Coolify::Models
