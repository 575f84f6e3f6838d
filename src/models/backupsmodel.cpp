#include "models/backupsmodel.h"

#include "models/deployment.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

namespace {
QString shortTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

BackupSchedulesModel::BackupSchedulesModel(QObject *parent)
    : UuidTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

int BackupSchedulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> BackupSchedulesModel::roleNames() const
{
    return Roles::namesWith({{HealthRole, "health"}});
}

QString BackupSchedulesModel::ago(const QDateTime &when, const QDateTime &now)
{
    const qint64 s = qMax<qint64>(0, when.secsTo(now));
    if (s < 90)
        return tr("just now");
    if (s < 90 * 60)
        return tr("%n min ago", nullptr, int(s / 60));
    if (s < 36 * 3600)
        return tr("%n h ago", nullptr, int(s / 3600));
    return tr("%n d ago", nullptr, int(s / 86400));
}

QString BackupSchedulesModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QVariant BackupSchedulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupConfig &c = at(index.row());
    const QDateTime now = m_clock();
    const BackupConfig::Health health = c.health(now);
    switch (role) {
    case Roles::Uuid:
        return c.uuid;
    case Roles::Kind:
        return u"backup"_s;
    case Roles::Transitional:
        return health == BackupConfig::Health::Running;
    case HealthRole:
        return int(health);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Roles::Sort:
        break;
    default:
        return {};
    }
    const bool sort = role == Roles::Sort;
    const BackupExecution *last = c.latest();
    switch (index.column()) {
    case Schedule:
        if (role == Qt::ToolTipRole)
            return c.frequency;
        return sort ? QVariant(c.frequency) : QVariant(c.frequencyText());
    case State:
        if (role == Qt::ToolTipRole && health == BackupConfig::Health::Failed && last)
            return last->message;
        return sort ? QVariant(int(health)) : QVariant(BackupConfig::healthText(health));
    case LastBackup:
        if (sort)
            return last ? last->createdAt : QDateTime();
        if (!last)
            return tr("never");
        return tr("%1 · %2").arg(last->statusText(), ago(last->createdAt, now));
    case Storage:
        return c.saveS3 ? tr("Server and S3") : tr("Server");
    case Keeps:
        if (sort)
            return c.keepLocally;
        if (c.keepLocally > 0)
            return tr("last %n backup(s)", nullptr, c.keepLocally);
        if (c.keepDaysLocally > 0)
            return tr("%n day(s)", nullptr, c.keepDaysLocally);
        return tr("all");
    default:
        return {};
    }
}

QVariant BackupSchedulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Schedule:
        return tr("Schedule");
    case State:
        return tr("State");
    case LastBackup:
        return tr("Last backup");
    case Storage:
        return tr("Stored on");
    case Keeps:
        return tr("Keeps");
    default:
        return {};
    }
}

int BackupExecutionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> BackupExecutionsModel::roleNames() const
{
    return Roles::namesWith({{ExecutionStatusRole, "executionStatus"}});
}

QVariant BackupExecutionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupExecution &e = at(index.row());
    switch (role) {
    case Roles::Uuid:
        return e.uuid;
    case Roles::Kind:
        return u"backup-execution"_s;
    case Roles::Transitional:
        return e.status == BackupExecution::Status::Running;
    case ExecutionStatusRole:
        return int(e.status);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Roles::Sort:
        break;
    default:
        return {};
    }
    const bool sort = role == Roles::Sort;
    switch (index.column()) {
    case Status:
        return sort ? QVariant(int(e.status)) : QVariant(e.statusText());
    case Database:
        return e.databaseName;
    case Started:
        return sort ? QVariant(e.createdAt) : QVariant(shortTime(e.createdAt));
    case Duration: {
        if (!e.createdAt.isValid() || !e.finishedAt.isValid())
            return sort ? QVariant(qint64(-1)) : QVariant(QString());
        const qint64 s = qMax<qint64>(0, e.createdAt.secsTo(e.finishedAt));
        return sort ? QVariant(s) : QVariant(Deployment::durationText(s));
    }
    case Size:
        if (sort)
            return e.size;
        return e.status == BackupExecution::Status::Success ? BackupSchedulesModel::sizeText(e.size)
                                                            : QString();
    case File: {
        if (role == Qt::ToolTipRole)
            return e.filename;
        QString name = e.filename.section(u'/', -1);
        if (e.localDeleted)
            name = tr("%1 (removed by retention)").arg(name);
        return name;
    }
    case Message:
        return role == Qt::DisplayRole ? e.message.section(u'\n', 0, 0) : e.message;
    default:
        return {};
    }
}

QVariant BackupExecutionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Database:
        return tr("Database");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Size:
        return tr("Size");
    case File:
        return tr("File");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Coolify::Models
