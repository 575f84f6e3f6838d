#include "sandbox/databasekinds.h"

using namespace Qt::StringLiterals;

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
        k.append({u"postgresql"_s, u"standalone-postgresql"_s, u"postgres:16-alpine"_s, 5432,
                  u"postgres"_s, u"postgres_user"_s, u"postgres"_s, u"postgres_password"_s,
                  u"postgres_db"_s, u"postgres"_s,
                  L({"postgres_user", "postgres_password", "postgres_db", "postgres_initdb_args",
                     "postgres_host_auth_method", "postgres_conf"}),
                  L({"postgres_password", "init_scripts"})});
        k.append({u"mysql"_s, u"standalone-mysql"_s, u"mysql:8"_s, 3306, u"mysql"_s,
                  u"mysql_user"_s, u"mysql"_s, u"mysql_password"_s, u"mysql_database"_s,
                  u"default"_s,
                  L({"mysql_root_password", "mysql_password", "mysql_user", "mysql_database",
                     "mysql_conf"}),
                  L({"mysql_password", "mysql_root_password"})});
        k.append({u"mariadb"_s, u"standalone-mariadb"_s, u"mariadb:11"_s, 3306, u"mysql"_s,
                  u"mariadb_user"_s, u"mariadb"_s, u"mariadb_password"_s, u"mariadb_database"_s,
                  u"default"_s,
                  L({"mariadb_conf", "mariadb_root_password", "mariadb_user", "mariadb_password",
                     "mariadb_database"}),
                  L({"mariadb_password", "mariadb_root_password"})});
        k.append({u"mongodb"_s, u"standalone-mongodb"_s, u"mongo:7"_s, 27017, u"mongodb"_s,
                  u"mongo_initdb_root_username"_s, u"root"_s, u"mongo_initdb_root_password"_s,
                  u"mongo_initdb_database"_s, u"default"_s,
                  L({"mongo_conf", "mongo_initdb_root_username", "mongo_initdb_root_password",
                     "mongo_initdb_database"}),
                  L({"mongo_initdb_root_password"})});
        k.append({u"redis"_s, u"standalone-redis"_s, u"redis:7.2"_s, 6379, u"redis"_s, QString(),
                  u"default"_s, u"redis_password"_s, QString(), QString(),
                  L({"redis_password", "redis_conf"}), L({"redis_password"})});
        k.append({u"keydb"_s, QString(), u"eqalpha/keydb:latest"_s, 6379, u"redis"_s, QString(),
                  u"default"_s, u"keydb_password"_s, QString(), QString(),
                  L({"keydb_password", "keydb_conf"}), L({"keydb_password"})});
        k.append({u"dragonfly"_s, u"standalone-dragonfly"_s,
                  u"docker.dragonflydb.io/dragonflydb/dragonfly"_s, 6379, u"redis"_s, QString(),
                  u"default"_s, u"dragonfly_password"_s, QString(), QString(),
                  L({"dragonfly_password"}), L({"dragonfly_password"})});
        k.append({u"clickhouse"_s, u"standalone-clickhouse"_s,
                  u"clickhouse/clickhouse-server:25.1"_s, 9000, u"clickhouse"_s,
                  u"clickhouse_admin_user"_s, u"default"_s, u"clickhouse_admin_password"_s,
                  QString(), QString(), L({"clickhouse_admin_user", "clickhouse_admin_password"}),
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

QString backupModelClass(const QJsonObject &row)
{
    static const QHash<QString, QString> classes{
        {u"postgresql"_s, u"StandalonePostgresql"_s}, {u"mysql"_s, u"StandaloneMysql"_s},
        {u"mariadb"_s, u"StandaloneMariadb"_s},       {u"mongodb"_s, u"StandaloneMongodb"_s},
        {u"redis"_s, u"StandaloneRedis"_s},           {u"keydb"_s, u"StandaloneKeydb"_s},
        {u"dragonfly"_s, u"StandaloneDragonfly"_s},   {u"clickhouse"_s, u"StandaloneClickhouse"_s}};
    return u"App\\Models\\"_s + classes.value(row.value(u"_kind"_s).toString());
}

QString backupFilePath(const QJsonObject &row, const QString &dbName, qint64 unixTime)
{
    const QString kind = row.value(u"_kind"_s).toString();
    const QString stamp = QString::number(unixTime);
    QString file;
    if (kind == u"mysql"_s || kind == u"mariadb"_s)
        file = kind + u"-dump-"_s + dbName + u'-' + stamp + u".dmp"_s;
    else if (kind == u"mongodb"_s)
        file = u"mongo-dump-"_s + dbName + u'-' + stamp + u".tar.gz"_s;
    else if (kind == u"clickhouse"_s)
        file = u"clickhouse-backup-"_s + stamp + u".zip"_s;
    else
        file = u"pg-dump-"_s + dbName + u'-' + stamp + u".dmp"_s;
    return u"/data/coolify/backups/databases/demo-team-0/"_s + row.value(u"name"_s).toString()
        + u'-' + row.value(u"uuid"_s).toString() + u'/' + file;
}

} // namespace Coolify::Sandbox
