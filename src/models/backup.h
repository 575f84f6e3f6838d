#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace Coolify::Models {

// One run of a scheduled database backup (coolify-api.md §11): one per database dumped.
struct BackupExecution
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::BackupExecution)

public:
    enum class Status { Unknown, Running, Success, Failed };

    QString uuid;
    Status status = Status::Unknown;
    QString statusRaw;
    QString message; // the dump's output or error; may hold an S3 warning after success
    qint64 size = 0; // bytes
    QString filename; // a path on the server; empty after a failure
    QString databaseName;
    bool localDeleted = false; // removed by retention; the row stays
    bool s3Deleted = false;
    QDateTime createdAt;
    QDateTime finishedAt; // only on the last execution of a run

    static BackupExecution fromJson(const QJsonObject &object);
    // Decoder for GET …/backups/{uuid}/executions ({"executions":[…]}) → QList<BackupExecution>.
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    QString statusText() const; // "Running", "Succeeded", "Failed"; the raw word when unknown
    bool operator==(const BackupExecution &) const = default;
};

// A scheduled backup of a standalone database with its executions, newest first
// (GET /databases/{uuid}/backups).
struct BackupConfig
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::BackupConfig)

public:
    // How the schedule is doing, worst first (the order of the fleet overview's sort).
    enum class Health { Failed, Overdue, NeverRan, Running, Disabled, Ok };

    QString uuid;
    bool enabled = true;
    bool saveS3 = false;
    QString frequency; // cron or an alias ("daily", "@hourly")
    QString databaseType; // the PHP class, "App\Models\StandalonePostgresql"
    qint64 databaseId = -1;
    QString databasesToBackup;
    bool dumpAll = false;
    int timeoutSeconds = 3600;
    int keepLocally = 0; // database_backup_retention_amount_locally; 0 = no limit
    int keepDaysLocally = 0;
    double maxGbLocally = 0; // database_backup_retention_max_storage_locally, GB
    int keepS3 = 0;
    int keepDaysS3 = 0;
    double maxGbS3 = 0;
    // The storage's numeric id: GET /s3-storages hides ids, so which storage it is cannot be
    // told through the API (coolify-api.md §11). -1: none.
    qint64 s3StorageId = -1;
    QList<BackupExecution> executions; // newest first

    static BackupConfig fromJson(const QJsonObject &object);
    // Decoder for GET /databases/{uuid}/backups → QList<BackupConfig>.
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    // "standalone-postgresql" → "App\Models\StandalonePostgresql": configurations are matched on
    // database_id only, so keep those of the database's own type (coolify-api.md §11).
    static QString modelClassOf(const QString &databaseType);

    const BackupExecution *latest() const
    {
        return executions.isEmpty() ? nullptr : &executions.first();
    }
    const BackupExecution *latestSuccess() const;
    // The longest time between two runs the schedule allows; nullopt when not understood.
    static std::optional<qint64> intervalSeconds(const QString &frequency);
    Health health(const QDateTime &now) const;
    static QString healthText(Health health);
    QString frequencyText() const; // "Daily at 03:00", "Every hour", or the expression itself
    bool operator==(const BackupConfig &) const = default;
};

// An S3 destination of the team (GET /s3-storages; id, key and secret are not part of it here).
struct S3Storage
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::S3Storage)

public:
    QString uuid;
    QString name;
    QString bucket;
    QString endpoint;
    bool usable = true; // false once Coolify's connection test failed

    static S3Storage fromJson(const QJsonObject &object);
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    bool operator==(const S3Storage &) const = default;
};

} // namespace Coolify::Models

Q_DECLARE_METATYPE(Coolify::Models::BackupExecution)
Q_DECLARE_METATYPE(QList<Coolify::Models::BackupExecution>)
Q_DECLARE_METATYPE(Coolify::Models::S3Storage)
Q_DECLARE_METATYPE(QList<Coolify::Models::S3Storage>)
Q_DECLARE_METATYPE(Coolify::Models::BackupConfig)
Q_DECLARE_METATYPE(QList<Coolify::Models::BackupConfig>)
