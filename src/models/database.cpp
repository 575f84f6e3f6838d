#include "models/database.h"

#include "models/json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

using namespace Json;
using Api::DatabaseType;

namespace {

struct TypeFields
{
    DatabaseType type;
    const char *user;
    const char *database;
    const char *password;
    // Keys only this type has, present even without sensitive access (or at least with it).
    QList<const char *> markers;
    QList<const char *> imageWords;
};

const QList<TypeFields> &typeFields()
{
    static const QList<TypeFields> fields = {
        {DatabaseType::PostgreSQL,
         "postgres_user",
         "postgres_db",
         "postgres_password",
         {"postgres_user", "postgres_db", "postgres_password", "postgres_conf",
          "postgres_initdb_args", "postgres_host_auth_method"},
         {"postgres", "postgis", "timescale"}},
        {DatabaseType::MySQL,
         "mysql_user",
         "mysql_database",
         "mysql_password",
         {"mysql_user", "mysql_database", "mysql_password", "mysql_root_password", "mysql_conf"},
         {"mysql", "percona"}},
        {DatabaseType::MariaDB,
         "mariadb_user",
         "mariadb_database",
         "mariadb_password",
         {"mariadb_user", "mariadb_database", "mariadb_password", "mariadb_root_password",
          "mariadb_conf"},
         {"mariadb"}},
        {DatabaseType::MongoDB,
         "mongo_initdb_root_username",
         "mongo_initdb_database",
         "mongo_initdb_root_password",
         {"mongo_initdb_root_username", "mongo_initdb_database", "mongo_initdb_root_password",
          "mongo_conf"},
         {"mongo"}},
        {DatabaseType::Redis,
         nullptr,
         nullptr,
         "redis_password",
         {"redis_password", "redis_conf"},
         {"redis", "valkey"}},
        {DatabaseType::KeyDB,
         nullptr,
         nullptr,
         "keydb_password",
         {"keydb_password", "keydb_conf"},
         {"keydb"}},
        {DatabaseType::Dragonfly,
         nullptr,
         nullptr,
         "dragonfly_password",
         {"dragonfly_password"},
         {"dragonfly"}},
        {DatabaseType::ClickHouse,
         "clickhouse_admin_user",
         nullptr,
         "clickhouse_admin_password",
         {"clickhouse_admin_user", "clickhouse_admin_password"},
         {"clickhouse"}},
    };
    return fields;
}

const TypeFields *fieldsOf(std::optional<DatabaseType> type)
{
    if (!type)
        return nullptr;
    for (const TypeFields &f : typeFields()) {
        if (f.type == *type)
            return &f;
    }
    return nullptr;
}

} // namespace

SensitiveText SensitiveText::from(const QJsonObject &object, QLatin1String key)
{
    SensitiveText s;
    s.hidden = !has(object, key);
    s.value = string(object, key);
    return s;
}

QString SensitiveText::displayText() const
{
    if (hidden)
        return QCoreApplication::translate("Coolify::Models",
                                           "hidden — token lacks read:sensitive");
    return value;
}

QString withPasswordMasked(const QString &url, QStringView mask)
{
    const qsizetype scheme = url.indexOf(u"://");
    if (scheme < 0)
        return url;
    const qsizetype userStart = scheme + 3;
    // The authority ends at the first '/', '?' or '#'; the user part at its last '@'.
    qsizetype authorityEnd = url.size();
    for (const QChar end : {u'/', u'?', u'#'}) {
        const qsizetype at = url.indexOf(end, userStart);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    qsizetype at = url.lastIndexOf(u'@', authorityEnd - 1);
    if (at >= userStart) {
        const qsizetype colon = url.indexOf(u':', userStart);
        if (colon < 0 || colon > at)
            return url; // a user without a password
        return url.left(colon + 1) + mask + url.mid(at);
    }
    // No '@' in the authority, but a password with '/', '?' or '#' in it would end the
    // authority early: if an '@' follows, mask the whole user part rather than show a piece.
    at = url.lastIndexOf(u'@');
    const qsizetype colon = url.indexOf(u':', userStart);
    if (at < userStart || colon < 0 || colon > at)
        return url;
    return url.left(userStart) + mask + url.mid(at);
}

std::optional<DatabaseType> Database::detectType(const QJsonObject &o)
{
    if (const auto type = Api::databaseTypeFromString(string(o, QLatin1String("database_type"))))
        return type;
    // KeyDB rows carry no database_type (coolify-api.md §6): look for keys only one type has.
    for (const TypeFields &f : typeFields()) {
        for (const char *marker : std::as_const(f.markers)) {
            if (has(o, QLatin1String(marker)))
                return f.type;
        }
    }
    // The image name without registry, owner and tag: "docker.dragonflydb.io/…/dragonfly:v1"
    // → "dragonfly" (a registry host such as "registry:5000" is not the type).
    const QString image = string(o, QLatin1String("image")).toLower();
    const QString repository = image.section(u'/', -1).section(u':', 0, 0);
    if (!repository.isEmpty()) {
        // Most specific first: Redis-compatible images ("keydb-redis") are not Redis, and
        // "mariadb-mysql" is MariaDB.
        for (const DatabaseType type :
             {DatabaseType::KeyDB, DatabaseType::Dragonfly, DatabaseType::ClickHouse,
              DatabaseType::MariaDB, DatabaseType::MySQL, DatabaseType::MongoDB,
              DatabaseType::PostgreSQL, DatabaseType::Redis}) {
            for (const char *word : std::as_const(fieldsOf(type)->imageWords)) {
                if (repository.contains(QLatin1String(word)))
                    return type;
            }
        }
    }
    return std::nullopt;
}

QString Database::typeName(std::optional<DatabaseType> type)
{
    if (!type)
        return tr("Unknown");
    switch (*type) {
    case DatabaseType::PostgreSQL:
        return tr("PostgreSQL");
    case DatabaseType::MySQL:
        return tr("MySQL");
    case DatabaseType::MariaDB:
        return tr("MariaDB");
    case DatabaseType::MongoDB:
        return tr("MongoDB");
    case DatabaseType::Redis:
        return tr("Redis");
    case DatabaseType::KeyDB:
        return tr("KeyDB");
    case DatabaseType::Dragonfly:
        return tr("Dragonfly");
    case DatabaseType::ClickHouse:
        return tr("ClickHouse");
    }
    return tr("Unknown");
}

Database Database::fromJson(const QJsonObject &o, std::optional<DatabaseType> typeHint)
{
    Database d;
    d.uuid = string(o, QLatin1String("uuid"));
    d.name = string(o, QLatin1String("name"));
    d.description = string(o, QLatin1String("description"));
    d.image = string(o, QLatin1String("image"));
    d.type = detectType(o);
    if (!d.type)
        d.type = typeHint;
    d.status = ResourceStatus::parse(string(o, QLatin1String("status")));
    d.serverReachable = boolean(o, QLatin1String("server_status")).value_or(false);
    d.isPublic = boolean(o, QLatin1String("is_public")).value_or(false);
    if (const auto port = integer(o, QLatin1String("public_port")); port && *port > 0)
        d.publicPort = int(*port);
    d.environmentId = integer(o, QLatin1String("environment_id")).value_or(-1);
    d.destinationId = integer(o, QLatin1String("destination_id")).value_or(-1);
    d.startedAt = timestamp(o, QLatin1String("started_at"));
    if (const TypeFields *f = fieldsOf(d.type)) {
        if (f->user)
            d.user = string(o, QLatin1String(f->user));
        else
            d.user = u"default"_s; // Redis-like types authenticate as "default"
        if (f->database)
            d.databaseName = string(o, QLatin1String(f->database));
        d.password = SensitiveText::from(o, QLatin1String(f->password));
    } else {
        d.password.hidden = !has(o, QLatin1String("internal_db_url"));
    }
    d.internalUrl = SensitiveText::from(o, QLatin1String("internal_db_url"));
    d.externalUrl = SensitiveText::from(o, QLatin1String("external_db_url"));
    const QString ownClass =
        d.type ? BackupConfig::modelClassOf(Api::databaseTypeString(*d.type)) : QString();
    for (const QJsonValue &v : list(o.value(QLatin1String("backup_configs")))) {
        BackupConfig c = BackupConfig::fromJson(v.toObject());
        if (!c.uuid.isEmpty()
            && (ownClass.isEmpty() || c.databaseType.isEmpty() || c.databaseType == ownClass))
            d.backupConfigs.append(c);
    }
    return d;
}

QVariant Database::decodeList(const QJsonDocument &document, QString *error)
{
    bool ok = false;
    const QJsonArray array = list(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &ok);
    if (!ok || document.isNull()) {
        *error = QCoreApplication::translate("Coolify::Models", "expected a list of databases");
        return {};
    }
    QList<Database> databases;
    databases.reserve(array.size());
    for (const QJsonValue &value : array) {
        Database database = fromJson(value.toObject());
        if (!database.uuid.isEmpty())
            databases.append(std::move(database));
    }
    return QVariant::fromValue(databases);
}

QVariant Database::decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault)
{
    return Json::decodeListBody<Database>(body, error, fault, &Database::decodeList);
}

QVariant Database::decode(const QJsonDocument &document, QString *error)
{
    const Database database = fromJson(document.object());
    if (!document.isObject() || database.uuid.isEmpty()) {
        *error = QCoreApplication::translate("Coolify::Models", "expected a database");
        return {};
    }
    return QVariant::fromValue(database);
}

QVariant CreatedDatabase::decode(const QJsonDocument &document, QString *error)
{
    const QJsonObject o = document.object();
    CreatedDatabase created;
    created.uuid = string(o, QLatin1String("uuid"));
    created.internalUrl = string(o, QLatin1String("internal_db_url"));
    created.externalUrl = string(o, QLatin1String("external_db_url"));
    if (created.uuid.isEmpty()) {
        *error =
            QCoreApplication::translate("Coolify::Models", "expected the uuid of the new database");
        return {};
    }
    return QVariant::fromValue(created);
}

} // namespace Coolify::Models
