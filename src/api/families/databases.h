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

} // namespace Coolify::Api::Databases
