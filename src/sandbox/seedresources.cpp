// Demo databases (all 8 types) and services with sub-applications/databases.
#include "sandbox/databasekinds.h"
#include "sandbox/routeutil.h"
#include "sandbox/state.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

QJsonObject SandboxState::makeDatabase(const QString &kindPath, const QString &name, qint64 envId,
                                       int serverIndex, const QString &status)
{
    const DatabaseKind *kind = databaseKind(kindPath);
    const int id = nextId(u"databases"_s);
    const QString created = timestamp(m_seedTime.addSecs(-86400LL * 20 + id * 7919LL));
    const QJsonValue null(QJsonValue::Null);
    QJsonObject db{
        {u"id"_s, id},
        {u"uuid"_s, newUuid()},
        {u"name"_s, name},
        {u"description"_s, null},
        {u"image"_s, kind->image},
        {u"status"_s, status},
        {u"is_public"_s, false},
        {u"public_port"_s, null},
        {u"public_port_timeout"_s, 3600},
        {u"ports_mappings"_s, null},
        {u"limits_memory"_s, u"0"_s},
        {u"limits_memory_swap"_s, u"0"_s},
        {u"limits_memory_swappiness"_s, 60},
        {u"limits_memory_reservation"_s, u"0"_s},
        {u"limits_cpus"_s, u"0"_s},
        {u"limits_cpuset"_s, null},
        {u"limits_cpu_shares"_s, 1024},
        {u"started_at"_s, status.startsWith(u"running"_s) ? QJsonValue(created) : null},
        {u"restart_count"_s, 0},
        {u"last_online_at"_s, created},
        {u"environment_id"_s, envId},
        {u"destination_id"_s, serverIndex + 1},
        {u"destination_type"_s, u"App\\Models\\StandaloneDocker"_s},
        {u"custom_docker_run_options"_s, null},
        {u"enable_ssl"_s, false},
        {u"created_at"_s, created},
        {u"updated_at"_s, created},
        {u"deleted_at"_s, null},
        {u"_kind"_s, kindPath},
        {u"_tags"_s, QJsonArray()},
    };
    if (!kind->databaseType.isEmpty())
        db.insert(u"database_type"_s, kind->databaseType);
    if (!kind->userField.isEmpty())
        db.insert(kind->userField, kind->defaultUser);
    if (!kind->dbField.isEmpty())
        db.insert(kind->dbField, kind->defaultDb);
    db.insert(kind->passwordField, QString(newUuid() + newUuid() + newUuid().left(16)));
    if (kindPath == u"postgresql"_s) {
        db.insert(u"postgres_initdb_args"_s, null);
        db.insert(u"postgres_host_auth_method"_s, null);
        db.insert(u"postgres_conf"_s, null);
        db.insert(u"init_scripts"_s, QJsonArray());
    } else if (kindPath == u"mysql"_s || kindPath == u"mariadb"_s) {
        db.insert(QString(kindPath + u"_root_password"_s),
                  QString(newUuid() + newUuid() + newUuid().left(16)));
        db.insert(QString(kindPath + u"_conf"_s), null);
    } else if (kindPath == u"redis"_s || kindPath == u"keydb"_s) {
        db.insert(QString(kindPath + u"_conf"_s), null);
    } else if (kindPath == u"mongodb"_s) {
        db.insert(u"mongo_conf"_s, null);
    }
    db.insert(u"internal_db_url"_s, internalDbUrl(db));
    db.insert(u"external_db_url"_s, null);
    return db;
}

void SandboxState::seedDatabases()
{
    struct DbSeed
    {
        const char *kind, *name;
        int env, server;
        const char *status;
    };
    const DbSeed seeds[] = {
        {"postgresql", "shop-postgres", 1, 0, "running:healthy"},
        {"redis", "shop-redis", 1, 0, "running:healthy"},
        {"mysql", "tools-mysql", 3, 0, "exited:unhealthy"},
        {"mariadb", "tools-mariadb", 3, 1, "running:healthy"},
        {"mongodb", "events-mongo", 4, 0, "running:healthy"},
        {"keydb", "cache-keydb", 4, 0, "running:healthy"},
        {"dragonfly", "queue-dragonfly", 5, 0, "exited:unhealthy"},
        {"clickhouse", "metrics-clickhouse", 4, 0, "running:unhealthy"},
    };
    for (const DbSeed &s : seeds)
        databases.append(makeDatabase(QString::fromUtf8(s.kind), QString::fromUtf8(s.name), s.env,
                                      s.server, QString::fromUtf8(s.status)));
    // Custom variables of a few databases. Database variables have no preview twins, and their
    // locked values are still shown with sensitive access (coolify-api.md §2, §16).
    using Routes::EnvSeed;
    for (const QJsonObject &db : std::as_const(databases)) {
        const QString name = db.value(u"name"_s).toString();
        const DatabaseKind *kind = databaseKindOf(db);
        const QString password = kind ? db.value(kind->passwordField).toString() : QString();
        QList<EnvSeed> vars;
        if (name == u"shop-postgres"_s) {
            vars = {{u"POSTGRES_USER"_s, db.value(u"postgres_user"_s).toString()},
                    {u"POSTGRES_PASSWORD"_s, password, EnvSeed::Locked},
                    {u"POSTGRES_DB"_s, db.value(u"postgres_db"_s).toString()},
                    {u"POSTGRES_INITDB_ARGS"_s, u"--encoding=UTF8 --locale=C.UTF-8"_s, 0,
                     "Only read when the data directory is empty"},
                    {u"PGDATA"_s, u"/var/lib/postgresql/data/pgdata"_s}};
        } else if (name == u"shop-redis"_s) {
            vars = {{u"REDIS_PASSWORD"_s, password, EnvSeed::Locked},
                    {u"REDIS_MAXMEMORY"_s, u"256mb"_s},
                    {u"REDIS_MAXMEMORY_POLICY"_s, u"allkeys-lru"_s, 0, "Cache only, may evict"}};
        } else if (name == u"events-mongo"_s) {
            vars = {{u"MONGO_INITDB_ROOT_USERNAME"_s, u"root"_s},
                    {u"MONGO_INITDB_ROOT_PASSWORD"_s, password, EnvSeed::Locked},
                    {u"MONGO_INITDB_DATABASE"_s, u"events"_s},
                    {u"TZ"_s, u"UTC"_s}};
        }
        for (const EnvSeed &e : std::as_const(vars)) {
            addEnv(db.value(u"uuid"_s).toString(), u"database"_s, e.key, e.value, false, false);
            Routes::applyEnvSeed(envs.last(), e, false);
        }
    }
    databases.first().insert(u"is_public"_s, true);
    databases.first().insert(u"public_port"_s, 54321);
    databases.first().insert(
        u"external_db_url"_s,
        internalDbUrl(databases.first())
            .replace(databases.first().value(u"uuid"_s).toString() + u":5432"_s,
                     u"host.docker.internal:54321"_s));
}

namespace {

QList<Routes::EnvSeed> serviceEnvsOf(const QString &type)
{
    using Routes::EnvSeed;
    if (type == u"plausible"_s) {
        return {{u"SERVICE_USER_POSTGRES"_s, u"plausible"_s},
                {u"SERVICE_PASSWORD_POSTGRES"_s, u"pl4us1ble-demo-pg"_s, EnvSeed::Locked},
                {u"SECRET_KEY_BASE"_s, u"c2VjcmV0LWtleS1iYXNlLWRlbW8tb25seQ"_s, EnvSeed::Locked},
                {u"DISABLE_REGISTRATION"_s, u"invite_only"_s, 0, "Invite new users from the UI"},
                {u"MAXMIND_LICENSE_KEY"_s, QString()}};
    }
    if (type == u"n8n"_s) {
        return {{u"GENERIC_TIMEZONE"_s, u"Europe/Berlin"_s},
                {u"N8N_ENCRYPTION_KEY"_s, u"n8n-demo-encryption-key-0001"_s, EnvSeed::Locked},
                {u"N8N_LOG_LEVEL"_s, u"warn"_s, 0, "Raise to debug when a workflow misbehaves"},
                {u"WEBHOOK_URL"_s, u"https://n8n.example.com/"_s}};
    }
    if (type == u"minio"_s) {
        return {{u"MINIO_ROOT_USER"_s, u"minioadmin"_s},
                {u"MINIO_ROOT_PASSWORD"_s, u"m1n10-demo-password"_s, EnvSeed::Locked},
                {u"MINIO_BROWSER_REDIRECT_URL"_s, u"https://minio.example.com"_s}};
    }
    return {};
}

} // namespace

void SandboxState::seedServices()
{
    struct SubSeed
    {
        const char *name, *image, *status;
        bool database, excluded;
    };
    struct ServiceSeed
    {
        const char *name, *type, *status;
        int env;
        std::initializer_list<SubSeed> subs;
    };
    const ServiceSeed seeds[] = {
        {"plausible-analytics",
         "plausible",
         "running:healthy",
         1,
         {{"plausible", "ghcr.io/plausible/community-edition:v2.1", "running:healthy", false,
           false},
          {"plausible-db", "postgres:16-alpine", "running:healthy", true, false},
          {"plausible-events-db", "clickhouse/clickhouse-server:24.3", "running:healthy", true,
           false}}},
        {"n8n-automation",
         "n8n",
         "running:healthy:excluded",
         3,
         {{"n8n", "docker.n8n.io/n8nio/n8n:1.80", "running:healthy", false, false},
          {"postgresql", "postgres:16-alpine", "exited:unhealthy", true, true}}},
        {"minio-storage",
         "minio",
         "exited",
         4,
         {{"minio", "quay.io/minio/minio:latest", "exited:unhealthy", false, false}}},
    };
    for (const ServiceSeed &s : seeds) {
        const int id = nextId(u"services"_s);
        const QString created = timestamp(m_seedTime.addSecs(-86400LL * 15 + id * 4111LL));
        const QString uuid = newUuid();
        const QString compose =
            u"services:\n  "_s + QString::fromUtf8(s.name) + u":\n    image: example\n"_s;
        QJsonArray apps, dbs;
        for (const SubSeed &sub : s.subs) {
            const int subId = nextId(sub.database ? u"service_databases"_s : u"service_apps"_s);
            QJsonObject o{{u"id"_s, subId},
                          {u"uuid"_s, newUuid()},
                          {u"name"_s, QString::fromUtf8(sub.name)},
                          {u"human_name"_s, QJsonValue(QJsonValue::Null)},
                          {u"description"_s, QJsonValue(QJsonValue::Null)},
                          {u"status"_s, QString::fromUtf8(sub.status)},
                          {u"image"_s, QString::fromUtf8(sub.image)},
                          {u"exclude_from_status"_s, sub.excluded},
                          {u"service_id"_s, id},
                          {u"is_log_drain_enabled"_s, false},
                          {u"is_include_timestamps"_s, false},
                          {u"is_gzip_enabled"_s, true},
                          {u"is_stripprefix_enabled"_s, true},
                          {u"last_online_at"_s, created},
                          {u"created_at"_s, created},
                          {u"updated_at"_s, created}};
            if (sub.database) {
                o.insert(u"is_public"_s, false);
                o.insert(u"public_port"_s, QJsonValue(QJsonValue::Null));
                dbs.append(o);
            } else {
                o.insert(u"fqdn"_s,
                         QString(u"https://"_s + QString::fromUtf8(sub.name) + u".example.com"_s));
                o.insert(u"ports"_s, QJsonValue(QJsonValue::Null));
                apps.append(o);
            }
        }
        services.append(QJsonObject{
            {u"id"_s, id},
            {u"uuid"_s, uuid},
            {u"name"_s, QString::fromUtf8(s.name)},
            {u"description"_s, QJsonValue(QJsonValue::Null)},
            {u"environment_id"_s, s.env},
            {u"server_id"_s, 0},
            {u"destination_type"_s, u"App\\Models\\StandaloneDocker"_s},
            {u"destination_id"_s, 1},
            {u"docker_compose_raw"_s, compose},
            {u"docker_compose"_s, compose},
            {u"connect_to_docker_network"_s, false},
            {u"is_container_label_escape_enabled"_s, true},
            {u"is_container_label_readonly_enabled"_s, true},
            {u"config_hash"_s, QString::number(qHash(uuid), 16).rightJustified(32, u'0')},
            {u"service_type"_s, QString::fromUtf8(s.type)},
            {u"status"_s, QString::fromUtf8(s.status)},
            {u"created_at"_s, created},
            {u"updated_at"_s, created},
            {u"deleted_at"_s, QJsonValue(QJsonValue::Null)},
            {u"applications"_s, apps},
            {u"databases"_s, dbs},
            {u"_tags"_s, QJsonArray()},
        });
        addEnv(uuid, u"service"_s,
               u"SERVICE_FQDN_"_s + QString::fromUtf8(s.name).toUpper().replace(u'-', u'_'),
               u"https://"_s + QString::fromUtf8(s.name) + u".example.com"_s, false, false);
        // A few more per service; no preview twins (coolify-api.md §16).
        for (const Routes::EnvSeed &e : serviceEnvsOf(QString::fromUtf8(s.type))) {
            addEnv(uuid, u"service"_s, e.key, e.value, false, false);
            Routes::applyEnvSeed(envs.last(), e, false);
        }
    }
}

} // namespace Coolify::Sandbox
