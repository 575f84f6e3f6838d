#include "sandbox/databasekinds.h"

namespace Coolify::Sandbox {

static QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

const QList<DatabaseKind> &databaseKinds()
{
    static const QList<DatabaseKind> kinds = [] {
        QList<DatabaseKind> k;
        k.append({QStringLiteral("postgresql"), QStringLiteral("standalone-postgresql"),
                  QStringLiteral("postgres:16-alpine"), 5432, QStringLiteral("postgres"),
                  QStringLiteral("postgres_user"), QStringLiteral("postgres"),
                  QStringLiteral("postgres_password"), QStringLiteral("postgres_db"),
                  QStringLiteral("postgres"),
                  L({"postgres_user", "postgres_password", "postgres_db", "postgres_initdb_args",
                     "postgres_host_auth_method", "postgres_conf"}),
                  L({"postgres_password", "init_scripts"})});
        k.append({QStringLiteral("mysql"), QStringLiteral("standalone-mysql"),
                  QStringLiteral("mysql:8"), 3306, QStringLiteral("mysql"),
                  QStringLiteral("mysql_user"), QStringLiteral("mysql"),
                  QStringLiteral("mysql_password"), QStringLiteral("mysql_database"),
                  QStringLiteral("default"),
                  L({"mysql_root_password", "mysql_password", "mysql_user", "mysql_database",
                     "mysql_conf"}),
                  L({"mysql_password", "mysql_root_password"})});
        k.append({QStringLiteral("mariadb"), QStringLiteral("standalone-mariadb"),
                  QStringLiteral("mariadb:11"), 3306, QStringLiteral("mysql"),
                  QStringLiteral("mariadb_user"), QStringLiteral("mariadb"),
                  QStringLiteral("mariadb_password"), QStringLiteral("mariadb_database"),
                  QStringLiteral("default"),
                  L({"mariadb_conf", "mariadb_root_password", "mariadb_user", "mariadb_password",
                     "mariadb_database"}),
                  L({"mariadb_password", "mariadb_root_password"})});
        k.append({QStringLiteral("mongodb"), QStringLiteral("standalone-mongodb"),
                  QStringLiteral("mongo:7"), 27017, QStringLiteral("mongodb"),
                  QStringLiteral("mongo_initdb_root_username"), QStringLiteral("root"),
                  QStringLiteral("mongo_initdb_root_password"),
                  QStringLiteral("mongo_initdb_database"), QStringLiteral("default"),
                  L({"mongo_conf", "mongo_initdb_root_username", "mongo_initdb_root_password",
                     "mongo_initdb_database"}),
                  L({"mongo_initdb_root_password"})});
        k.append({QStringLiteral("redis"), QStringLiteral("standalone-redis"),
                  QStringLiteral("redis:7.2"), 6379, QStringLiteral("redis"), QString(),
                  QStringLiteral("default"), QStringLiteral("redis_password"), QString(), QString(),
                  L({"redis_password", "redis_conf"}), L({"redis_password"})});
        k.append({QStringLiteral("keydb"), QString(), QStringLiteral("eqalpha/keydb:latest"), 6379,
                  QStringLiteral("redis"), QString(), QStringLiteral("default"),
                  QStringLiteral("keydb_password"), QString(), QString(),
                  L({"keydb_password", "keydb_conf"}), L({"keydb_password"})});
        k.append({QStringLiteral("dragonfly"), QStringLiteral("standalone-dragonfly"),
                  QStringLiteral("docker.dragonflydb.io/dragonflydb/dragonfly"), 6379,
                  QStringLiteral("redis"), QString(), QStringLiteral("default"),
                  QStringLiteral("dragonfly_password"), QString(), QString(),
                  L({"dragonfly_password"}), L({"dragonfly_password"})});
        k.append({QStringLiteral("clickhouse"), QStringLiteral("standalone-clickhouse"),
                  QStringLiteral("clickhouse/clickhouse-server:25.1"), 9000,
                  QStringLiteral("clickhouse"), QStringLiteral("clickhouse_admin_user"),
                  QStringLiteral("default"), QStringLiteral("clickhouse_admin_password"), QString(),
                  QString(), L({"clickhouse_admin_user", "clickhouse_admin_password"}),
                  L({"clickhouse_admin_password"})});
        return k;
    }();
    return kinds;
}

const DatabaseKind *databaseKind(const QString &path)
{
    for (const DatabaseKind &k : databaseKinds()) {
        if (k.path == path)
            return &k;
    }
    return nullptr;
}

const DatabaseKind *databaseKindOf(const QJsonObject &row)
{
    return databaseKind(row.value(QLatin1String("_kind")).toString());
}

QStringList allDatabaseSpecificFields()
{
    QStringList out;
    for (const DatabaseKind &k : databaseKinds())
        out += k.fields;
    return out;
}

QString internalDbUrl(const QJsonObject &row)
{
    const DatabaseKind *kind = databaseKindOf(row);
    if (!kind)
        return QString();
    const QString user =
        kind->userField.isEmpty() ? kind->defaultUser : row.value(kind->userField).toString();
    const QString password = row.value(kind->passwordField).toString();
    QString url = kind->scheme + QLatin1String("://") + user + u':' + password + u'@'
        + row.value(QLatin1String("uuid")).toString() + u':' + QString::number(kind->port);
    if (!kind->dbField.isEmpty())
        url += u'/' + row.value(kind->dbField).toString();
    return url;
}

} // namespace Coolify::Sandbox
