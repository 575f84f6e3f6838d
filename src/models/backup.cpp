#include "models/backup.h"

#include "models/json.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

BackupExecution BackupExecution::fromJson(const QJsonObject &o)
{
    BackupExecution e;
    e.uuid = Json::string(o, "uuid"_L1);
    e.statusRaw = Json::string(o, "status"_L1);
    e.status = e.statusRaw == "running"_L1 ? Status::Running
        : e.statusRaw == "success"_L1      ? Status::Success
        : e.statusRaw == "failed"_L1       ? Status::Failed
                                           : Status::Unknown;
    e.message = Json::string(o, "message"_L1);
    e.size = qMax<qint64>(0, Json::integer(o, "size"_L1).value_or(0));
    e.filename = Json::string(o, "filename"_L1);
    e.databaseName = Json::string(o, "database_name"_L1);
    e.localDeleted = Json::boolean(o, "local_storage_deleted"_L1).value_or(false);
    e.s3Deleted = Json::boolean(o, "s3_storage_deleted"_L1).value_or(false);
    e.createdAt = Json::timestamp(o, "created_at"_L1);
    e.finishedAt = Json::timestamp(o, "finished_at"_L1);
    return e;
}

QString BackupExecution::statusText() const
{
    switch (status) {
    case Status::Running:
        return tr("Running");
    case Status::Success:
        return tr("Succeeded");
    case Status::Failed:
        return tr("Failed");
    case Status::Unknown:
        break;
    }
    return statusRaw.isEmpty() ? tr("Unknown") : statusRaw;
}

namespace {
// An integer setting bounded to what the form can show (Coolify allows far less).
int bounded(const QJsonObject &o, QLatin1String key, qint64 fallback)
{
    return int(std::clamp<qint64>(Json::integer(o, key).value_or(fallback), 0, 1'000'000));
}
// A size in GB: a JSON number, or a numeric string; 0 (no limit) otherwise.
double gigabytes(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    bool ok = true;
    const double gb = v.isString() ? v.toString().toDouble(&ok) : v.toDouble(0);
    return ok && std::isfinite(gb) ? std::clamp(gb, 0.0, 1e9) : 0.0;
}
} // namespace

BackupConfig BackupConfig::fromJson(const QJsonObject &o)
{
    BackupConfig c;
    c.uuid = Json::string(o, "uuid"_L1);
    c.enabled = Json::boolean(o, "enabled"_L1).value_or(true);
    c.saveS3 = Json::boolean(o, "save_s3"_L1).value_or(false);
    c.frequency = Json::string(o, "frequency"_L1);
    c.databaseType = Json::string(o, "database_type"_L1);
    c.databaseId = Json::integer(o, "database_id"_L1).value_or(-1);
    c.databasesToBackup = Json::string(o, "databases_to_backup"_L1);
    c.dumpAll = Json::boolean(o, "dump_all"_L1).value_or(false);
    c.timeoutSeconds = bounded(o, "timeout"_L1, 3600);
    c.keepLocally = bounded(o, "database_backup_retention_amount_locally"_L1, 0);
    c.keepDaysLocally = bounded(o, "database_backup_retention_days_locally"_L1, 0);
    c.maxGbLocally = gigabytes(o, "database_backup_retention_max_storage_locally"_L1);
    c.keepS3 = bounded(o, "database_backup_retention_amount_s3"_L1, 0);
    c.keepDaysS3 = bounded(o, "database_backup_retention_days_s3"_L1, 0);
    c.maxGbS3 = gigabytes(o, "database_backup_retention_max_storage_s3"_L1);
    c.s3StorageId = Json::integer(o, "s3_storage_id"_L1).value_or(-1);
    // `executions` (GET …/backups) or just `latest_log` (the items of GET /databases).
    const QJsonValue executions = o.contains("executions"_L1)
        ? o.value("executions"_L1)
        : QJsonValue(QJsonArray{o.value("latest_log"_L1)});
    for (const QJsonValue &v : Json::list(executions)) {
        if (!v.isObject())
            continue;
        BackupExecution e = BackupExecution::fromJson(v.toObject());
        if (!e.uuid.isEmpty())
            c.executions.append(e);
    }
    std::stable_sort(c.executions.begin(), c.executions.end(),
                     [](const BackupExecution &a, const BackupExecution &b) {
                         return a.createdAt > b.createdAt;
                     });
    return c;
}

QVariant BackupConfig::decodeList(const QJsonDocument &document, QString *error)
{
    if (!document.isArray()) {
        *error = tr("expected a list of backup schedules");
        return {};
    }
    QList<BackupConfig> out;
    for (const QJsonValue &v : document.array()) {
        if (!v.isObject())
            continue;
        BackupConfig c = fromJson(v.toObject());
        if (!c.uuid.isEmpty())
            out.append(c);
    }
    return QVariant::fromValue(out);
}

QString BackupConfig::modelClassOf(const QString &databaseType)
{
    // "standalone-postgresql" → "StandalonePostgresql"
    QString name;
    for (const QString &part : databaseType.split(u'-', Qt::SkipEmptyParts))
        name += part.left(1).toUpper() + part.mid(1);
    return u"App\\Models\\"_s + name;
}

const BackupExecution *BackupConfig::latestSuccess() const
{
    for (const BackupExecution &e : executions) {
        if (e.status == BackupExecution::Status::Success)
            return &e;
    }
    return nullptr;
}

std::optional<qint64> BackupConfig::intervalSeconds(const QString &frequency)
{
    const QString f = frequency.trimmed().toLower();
    static const QHash<QString, qint64> aliases{
        {u"every_minute"_s, 60},    {u"hourly"_s, 3600},        {u"@hourly"_s, 3600},
        {u"daily"_s, 86400},        {u"@daily"_s, 86400},       {u"weekly"_s, 7 * 86400},
        {u"@weekly"_s, 7 * 86400},  {u"monthly"_s, 31 * 86400}, {u"@monthly"_s, 31 * 86400},
        {u"yearly"_s, 366 * 86400}, {u"@yearly"_s, 366 * 86400}};
    if (aliases.contains(f))
        return aliases.value(f);
    const QStringList fields = f.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return std::nullopt;
    static const QRegularExpression step(u"^\\*/(\\d+)$"_s);
    const auto every = [](const QString &field, qint64 unit) -> std::optional<qint64> {
        if (field == u"*"_s)
            return unit;
        const QRegularExpressionMatch m = step.match(field);
        if (m.hasMatch() && m.captured(1).toInt() > 0)
            return unit * m.captured(1).toInt();
        return std::nullopt;
    };
    // The finest field that repeats sets the interval; fixed fields make it coarser.
    if (auto minutes = every(fields.at(0), 60))
        return minutes;
    if (auto hours = every(fields.at(1), 3600))
        return hours;
    if (fields.at(2) == u"*"_s && fields.at(4) == u"*"_s)
        return 86400;
    if (fields.at(2) == u"*"_s)
        return 7 * 86400; // on some weekdays
    if (fields.at(3) == u"*"_s)
        return 31 * 86400;
    return 366 * 86400;
}

BackupConfig::Health BackupConfig::health(const QDateTime &now) const
{
    const BackupExecution *last = latest();
    if (last && last->status == BackupExecution::Status::Running)
        return Health::Running;
    if (last && last->status == BackupExecution::Status::Failed)
        return Health::Failed;
    if (!enabled)
        return Health::Disabled;
    const BackupExecution *good = latestSuccess();
    if (!good)
        return Health::NeverRan;
    // Late when more than twice the schedule's interval (and an hour of slack) has passed.
    if (const auto interval = intervalSeconds(frequency);
        interval && good->createdAt.isValid() && good->createdAt.secsTo(now) > 2 * *interval + 3600)
        return Health::Overdue;
    return Health::Ok;
}

QString BackupConfig::healthText(Health health)
{
    switch (health) {
    case Health::Failed:
        return tr("Last backup failed");
    case Health::Overdue:
        return tr("Overdue");
    case Health::NeverRan:
        return tr("Never backed up");
    case Health::Running:
        return tr("Backing up…");
    case Health::Disabled:
        return tr("Schedule disabled");
    case Health::Ok:
        return tr("OK");
    }
    return {};
}

QString BackupConfig::frequencyText() const
{
    const QString f = frequency.trimmed().toLower();
    if (f == u"every_minute"_s)
        return tr("Every minute");
    if (f == u"hourly"_s || f == u"@hourly"_s)
        return tr("Every hour");
    if (f == u"daily"_s || f == u"@daily"_s)
        return tr("Daily at midnight");
    if (f == u"weekly"_s || f == u"@weekly"_s)
        return tr("Weekly");
    if (f == u"monthly"_s || f == u"@monthly"_s)
        return tr("Monthly");
    if (f == u"yearly"_s || f == u"@yearly"_s)
        return tr("Yearly");
    static const QRegularExpression dailyAt(u"^(\\d{1,2}) (\\d{1,2}) \\* \\* \\*$"_s);
    if (const QRegularExpressionMatch m = dailyAt.match(f); m.hasMatch())
        return tr("Daily at %1:%2")
            .arg(m.captured(2).toInt(), 2, 10, QChar(u'0'))
            .arg(m.captured(1).toInt(), 2, 10, QChar(u'0'));
    return frequency;
}

QVariant BackupExecution::decodeList(const QJsonDocument &document, QString *error)
{
    const QJsonValue list = document.object().value("executions"_L1);
    if (!list.isArray()) {
        *error = tr("expected the executions of a backup schedule");
        return {};
    }
    QList<BackupExecution> out;
    for (const QJsonValue &v : list.toArray()) {
        BackupExecution e = fromJson(v.toObject());
        if (!e.uuid.isEmpty())
            out.append(e);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const BackupExecution &a, const BackupExecution &b) {
                         return a.createdAt > b.createdAt;
                     });
    return QVariant::fromValue(out);
}

S3Storage S3Storage::fromJson(const QJsonObject &o)
{
    S3Storage s;
    s.uuid = Json::string(o, "uuid"_L1);
    s.name = Json::string(o, "name"_L1);
    s.bucket = Json::string(o, "bucket"_L1);
    s.endpoint = Json::string(o, "endpoint"_L1);
    s.usable = Json::boolean(o, "is_usable"_L1).value_or(true);
    return s;
}

QVariant S3Storage::decodeList(const QJsonDocument &document, QString *error)
{
    if (!document.isArray()) {
        *error = tr("expected a list of S3 storages");
        return {};
    }
    QList<S3Storage> out;
    for (const QJsonValue &v : document.array()) {
        S3Storage s = fromJson(v.toObject());
        if (!s.uuid.isEmpty())
            out.append(s);
    }
    return QVariant::fromValue(out);
}

} // namespace Coolify::Models
