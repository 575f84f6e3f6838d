#include "api/families/databases.h"
#include "api/families/resources.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Coolify::Api {

const QList<DatabaseType> &allDatabaseTypes()
{
    static const QList<DatabaseType> types = {DatabaseType::PostgreSQL, DatabaseType::MySQL,
                                              DatabaseType::MariaDB,    DatabaseType::MongoDB,
                                              DatabaseType::Redis,      DatabaseType::KeyDB,
                                              DatabaseType::Dragonfly,  DatabaseType::ClickHouse};
    return types;
}

QString databasePathSegment(DatabaseType type)
{
    switch (type) {
    case DatabaseType::PostgreSQL:
        return u"postgresql"_s;
    case DatabaseType::MySQL:
        return u"mysql"_s;
    case DatabaseType::MariaDB:
        return u"mariadb"_s;
    case DatabaseType::MongoDB:
        return u"mongodb"_s;
    case DatabaseType::Redis:
        return u"redis"_s;
    case DatabaseType::KeyDB:
        return u"keydb"_s;
    case DatabaseType::Dragonfly:
        return u"dragonfly"_s;
    case DatabaseType::ClickHouse:
        return u"clickhouse"_s;
    }
    return {};
}

QString databaseTypeString(DatabaseType type)
{
    return u"standalone-"_s + databasePathSegment(type);
}

std::optional<DatabaseType> databaseTypeFromString(const QString &text)
{
    QString key = text.trimmed().toLower();
    if (key.startsWith(QLatin1String("standalone-")))
        key = key.mid(11);
    for (const DatabaseType type : allDatabaseTypes()) {
        if (databasePathSegment(type) == key)
            return type;
    }
    return std::nullopt;
}

} // namespace Coolify::Api

namespace Coolify::Api::Databases {

namespace {
QString path(const QString &uuid)
{
    return resourcePath(ResourceKind::Database, uuid);
}
} // namespace

ApiRequest list()
{
    return ApiRequest::get(u"databases"_s);
}

ApiRequest get(const QString &uuid)
{
    return ApiRequest::get(path(uuid));
}

ApiRequest create(DatabaseType type, const QJsonObject &body)
{
    return ApiRequest::post(u"databases/"_s + databasePathSegment(type), QJsonDocument(body));
}

ApiRequest start(const QString &uuid)
{
    return Resources::start(ResourceKind::Database, uuid);
}

ApiRequest stop(const QString &uuid, bool dockerCleanup)
{
    return Resources::stop(ResourceKind::Database, uuid, dockerCleanup);
}

ApiRequest restart(const QString &uuid)
{
    return Resources::restart(ResourceKind::Database, uuid);
}

ApiRequest remove(const QString &uuid)
{
    return Resources::remove(ResourceKind::Database, uuid);
}

ApiRequest logs(const QString &uuid, int lines)
{
    return *Resources::logs(ResourceKind::Database, uuid, lines);
}

ApiRequest backups(const QString &uuid)
{
    return ApiRequest::get(u"databases/"_s + uuid + u"/backups"_s);
}

ApiRequest backUpNow(const QString &uuid, const QString &backupUuid)
{
    return ApiRequest::patch(u"databases/"_s + uuid + u"/backups/"_s + backupUuid,
                             QJsonDocument(QJsonObject{{u"backup_now"_s, true}}));
}

ApiRequest backupExecutions(const QString &uuid, const QString &backupUuid)
{
    return ApiRequest::get(u"databases/"_s + uuid + u"/backups/"_s + backupUuid + u"/executions"_s);
}

ApiRequest createBackup(const QString &uuid, const QJsonObject &body)
{
    return ApiRequest::post(u"databases/"_s + uuid + u"/backups"_s, QJsonDocument(body));
}

ApiRequest updateBackup(const QString &uuid, const QString &backupUuid, const QJsonObject &body)
{
    return ApiRequest::patch(u"databases/"_s + uuid + u"/backups/"_s + backupUuid,
                             QJsonDocument(body));
}

ApiRequest deleteBackup(const QString &uuid, const QString &backupUuid, bool deleteFromS3)
{
    ApiRequest request = ApiRequest::remove(u"databases/"_s + uuid + u"/backups/"_s + backupUuid);
    if (deleteFromS3)
        request.query.addQueryItem(u"delete_s3"_s, u"true"_s);
    return request;
}

ApiRequest s3Storages()
{
    return ApiRequest::get(u"s3-storages"_s);
}

ApiRequest deleteBackupExecution(const QString &uuid, const QString &backupUuid,
                                 const QString &executionUuid, bool deleteFromS3)
{
    ApiRequest request = ApiRequest::remove(u"databases/"_s + uuid + u"/backups/"_s + backupUuid
                                            + u"/executions/"_s + executionUuid);
    if (deleteFromS3)
        request.query.addQueryItem(u"delete_s3"_s, u"true"_s);
    return request;
}

} // namespace Coolify::Api::Databases
