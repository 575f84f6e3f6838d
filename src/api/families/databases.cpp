#include "api/families/databases.h"

#include <QJsonDocument>

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
        return QStringLiteral("postgresql");
    case DatabaseType::MySQL:
        return QStringLiteral("mysql");
    case DatabaseType::MariaDB:
        return QStringLiteral("mariadb");
    case DatabaseType::MongoDB:
        return QStringLiteral("mongodb");
    case DatabaseType::Redis:
        return QStringLiteral("redis");
    case DatabaseType::KeyDB:
        return QStringLiteral("keydb");
    case DatabaseType::Dragonfly:
        return QStringLiteral("dragonfly");
    case DatabaseType::ClickHouse:
        return QStringLiteral("clickhouse");
    }
    return {};
}

QString databaseTypeString(DatabaseType type)
{
    return QStringLiteral("standalone-") + databasePathSegment(type);
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
QString path(const QString &uuid, QLatin1String action = {})
{
    QString p = QStringLiteral("databases/") + uuid;
    if (action.size() > 0)
        p += u'/' + action;
    return p;
}
} // namespace

ApiRequest list()
{
    return ApiRequest::get(QStringLiteral("databases"));
}

ApiRequest get(const QString &uuid)
{
    return ApiRequest::get(path(uuid));
}

ApiRequest create(DatabaseType type, const QJsonObject &body)
{
    return ApiRequest::post(QStringLiteral("databases/") + databasePathSegment(type),
                            QJsonDocument(body));
}

ApiRequest start(const QString &uuid)
{
    return ApiRequest::post(path(uuid, QLatin1String("start")));
}

ApiRequest stop(const QString &uuid, bool dockerCleanup)
{
    ApiRequest r = ApiRequest::post(path(uuid, QLatin1String("stop")));
    r.query.addQueryItem(QStringLiteral("docker_cleanup"),
                         dockerCleanup ? QStringLiteral("true") : QStringLiteral("false"));
    return r;
}

ApiRequest restart(const QString &uuid)
{
    return ApiRequest::post(path(uuid, QLatin1String("restart")));
}

ApiRequest remove(const QString &uuid)
{
    return ApiRequest::remove(path(uuid));
}

ApiRequest logs(const QString &uuid, int lines)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("lines"), QString::number(lines));
    return ApiRequest::get(path(uuid, QLatin1String("logs")), query);
}

} // namespace Coolify::Api::Databases
