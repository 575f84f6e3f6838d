#pragma once

#include "api/apirequest.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Coolify::Api {

// The 8 standalone database types (app/Enums/NewDatabaseTypes.php, coolify-api.md §6, §8).
enum class DatabaseType {
    PostgreSQL,
    MySQL,
    MariaDB,
    MongoDB,
    Redis,
    KeyDB,
    Dragonfly,
    ClickHouse
};

// All types, in the order Coolify's UI offers them.
const QList<DatabaseType> &allDatabaseTypes();
// URL segment of the typed create endpoint: "postgresql", "mysql", …, "keydb".
QString databasePathSegment(DatabaseType type);
// The `database_type` / GET /resources `type` value: "standalone-postgresql", …
QString databaseTypeString(DatabaseType type);
// Parses "standalone-postgresql", "postgresql" or "PostgreSQL"; std::nullopt for anything else.
std::optional<DatabaseType> databaseTypeFromString(const QString &text);

} // namespace Coolify::Api

// Request builders for the databases endpoint family (coolify-api.md §5, §6, §8). There is no
// POST /databases: the type is part of the create path.
//
//     client->send(Api::Databases::list().withDecoder(&Models::Database::decodeList));
//     client->send(Api::Databases::create(Api::DatabaseType::PostgreSQL, body));
namespace Coolify::Api::Databases {

ApiRequest list();
ApiRequest get(const QString &uuid);
// POST /databases/<type>; body holds project_uuid, server_uuid, environment_name|uuid, …
ApiRequest create(DatabaseType type, const QJsonObject &body);
ApiRequest start(const QString &uuid);
ApiRequest stop(const QString &uuid, bool dockerCleanup = true);
ApiRequest restart(const QString &uuid);
ApiRequest remove(const QString &uuid);
// Container logs; the server reads `lines` 1..10000 and falls back to 100 otherwise.
ApiRequest logs(const QString &uuid, int lines = 100);

// Scheduled backups (§11): standalone databases only; configurations and executions by uuid.
// GET /databases/{uuid}/backups → every configuration with all its executions, newest first.
ApiRequest backups(const QString &uuid);
// PATCH /databases/{uuid}/backups/{backup} {"backup_now":true}: no execution id comes back,
// poll backups() for it.
ApiRequest backUpNow(const QString &uuid, const QString &backupUuid);
// GET /databases/{uuid}/backups/{backup}/executions → {"executions":[…]}, newest first.
ApiRequest backupExecutions(const QString &uuid, const QString &backupUuid);
// POST /databases/{uuid}/backups: frequency required; always send save_s3 (its column default
// is true). 201 {"uuid","message"}.
ApiRequest createBackup(const QString &uuid, const QJsonObject &body);
// PATCH /databases/{uuid}/backups/{backup}: any subset of the create fields.
ApiRequest updateBackup(const QString &uuid, const QString &backupUuid, const QJsonObject &body);
// DELETE /databases/{uuid}/backups/{backup}[?delete_s3=true]: the schedule and its executions.
ApiRequest deleteBackup(const QString &uuid, const QString &backupUuid, bool deleteFromS3);
// GET /s3-storages: the team's S3 destinations for backups (uuid, name, bucket, is_usable).
ApiRequest s3Storages();
// DELETE /databases/{uuid}/backups/{backup}/executions/{execution}[?delete_s3=true].
ApiRequest deleteBackupExecution(const QString &uuid, const QString &backupUuid,
                                 const QString &executionUuid, bool deleteFromS3);

} // namespace Coolify::Api::Databases
