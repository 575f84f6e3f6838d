#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coolify::Sandbox {

// The 8 standalone database types (app/Enums/NewDatabaseTypes.php) and their type-specific fields.
struct DatabaseKind
{
    QString path; // URL segment: postgresql, mysql, ...
    QString databaseType; // standalone-postgresql ...; KeyDB rows do not carry it
    QString image;
    int port = 0;
    QString scheme;
    QString userField;
    QString defaultUser;
    QString passwordField;
    QString dbField;
    QString defaultDb;
    QStringList fields; // accepted by POST /databases/<path>
    QStringList sensitive; // omitted without read:sensitive
};

const QList<DatabaseKind> &databaseKinds();
const DatabaseKind *databaseKind(const QString &path);
const DatabaseKind *databaseKindOf(const QJsonObject &row); // via the internal "_kind"
// Every type-specific field of every kind.
QStringList allDatabaseSpecificFields();
QString internalDbUrl(const QJsonObject &row);
// The PHP model class a backup configuration names ("App\\Models\\StandalonePostgresql").
QString backupModelClass(const QJsonObject &row);
// Where DatabaseBackupJob writes a dump of `dbName` of this database at `unixTime`
// (coolify-api.md §11: pg-dump-…, mysql-dump-…, mongo-dump-…, clickhouse-backup-…).
QString backupFilePath(const QJsonObject &row, const QString &dbName, qint64 unixTime);

} // namespace Coolify::Sandbox
