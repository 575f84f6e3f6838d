// Demo databases (all 8 types) and services with sub-applications/databases.
#include "sandbox/databasekinds.h"
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
    databases.first().insert(u"is_public"_s, true);
    databases.first().insert(u"public_port"_s, 54321);
    databases.first().insert(
        u"external_db_url"_s,
        internalDbUrl(databases.first())
            .replace(databases.first().value(u"uuid"_s).toString() + u":5432"_s,
                     u"host.docker.internal:54321"_s));
}

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
    }
}

} // namespace Coolify::Sandbox
