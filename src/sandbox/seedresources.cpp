// Demo databases (all 8 types) and services with sub-applications/databases.
#include "sandbox/databasekinds.h"
#include "sandbox/state.h"

#include <QJsonArray>

namespace Coolify::Sandbox {

namespace {
QString S(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

QJsonObject SandboxState::makeDatabase(const QString &kindPath, const QString &name, qint64 envId,
                                       int serverIndex, const QString &status)
{
    const DatabaseKind *kind = databaseKind(kindPath);
    const int id = nextId(S("databases"));
    const QString created = timestamp(m_seedTime.addSecs(-86400LL * 20 + id * 7919LL));
    const QJsonValue null(QJsonValue::Null);
    QJsonObject db{
        {S("id"), id},
        {S("uuid"), newUuid()},
        {S("name"), name},
        {S("description"), null},
        {S("image"), kind->image},
        {S("status"), status},
        {S("is_public"), false},
        {S("public_port"), null},
        {S("public_port_timeout"), 3600},
        {S("ports_mappings"), null},
        {S("limits_memory"), S("0")},
        {S("limits_memory_swap"), S("0")},
        {S("limits_memory_swappiness"), 60},
        {S("limits_memory_reservation"), S("0")},
        {S("limits_cpus"), S("0")},
        {S("limits_cpuset"), null},
        {S("limits_cpu_shares"), 1024},
        {S("started_at"), status.startsWith(S("running")) ? QJsonValue(created) : null},
        {S("restart_count"), 0},
        {S("last_online_at"), created},
        {S("environment_id"), envId},
        {S("destination_id"), serverIndex + 1},
        {S("destination_type"), S("App\\Models\\StandaloneDocker")},
        {S("custom_docker_run_options"), null},
        {S("enable_ssl"), false},
        {S("created_at"), created},
        {S("updated_at"), created},
        {S("deleted_at"), null},
        {S("_kind"), kindPath},
        {S("_tags"), QJsonArray()},
    };
    if (!kind->databaseType.isEmpty())
        db.insert(S("database_type"), kind->databaseType);
    if (!kind->userField.isEmpty())
        db.insert(kind->userField, kind->defaultUser);
    if (!kind->dbField.isEmpty())
        db.insert(kind->dbField, kind->defaultDb);
    db.insert(kind->passwordField, QString(newUuid() + newUuid() + newUuid().left(16)));
    if (kindPath == S("postgresql")) {
        db.insert(S("postgres_initdb_args"), null);
        db.insert(S("postgres_host_auth_method"), null);
        db.insert(S("postgres_conf"), null);
        db.insert(S("init_scripts"), QJsonArray());
    } else if (kindPath == S("mysql") || kindPath == S("mariadb")) {
        db.insert(QString(kindPath + S("_root_password")),
                  QString(newUuid() + newUuid() + newUuid().left(16)));
        db.insert(QString(kindPath + S("_conf")), null);
    } else if (kindPath == S("redis") || kindPath == S("keydb")) {
        db.insert(QString(kindPath + S("_conf")), null);
    } else if (kindPath == S("mongodb")) {
        db.insert(S("mongo_conf"), null);
    }
    db.insert(S("internal_db_url"), internalDbUrl(db));
    db.insert(S("external_db_url"), null);
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
        databases.append(makeDatabase(S(s.kind), S(s.name), s.env, s.server, S(s.status)));
    databases.first().insert(S("is_public"), true);
    databases.first().insert(S("public_port"), 54321);
    databases.first().insert(
        S("external_db_url"),
        internalDbUrl(databases.first())
            .replace(databases.first().value(S("uuid")).toString() + S(":5432"),
                     S("host.docker.internal:54321")));
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
        const int id = nextId(S("services"));
        const QString created = timestamp(m_seedTime.addSecs(-86400LL * 15 + id * 4111LL));
        const QString uuid = newUuid();
        const QString compose = S("services:\n  ") + S(s.name) + S(":\n    image: example\n");
        QJsonArray apps, dbs;
        for (const SubSeed &sub : s.subs) {
            const int subId = nextId(sub.database ? S("service_databases") : S("service_apps"));
            QJsonObject o{{S("id"), subId},
                          {S("uuid"), newUuid()},
                          {S("name"), S(sub.name)},
                          {S("human_name"), QJsonValue(QJsonValue::Null)},
                          {S("description"), QJsonValue(QJsonValue::Null)},
                          {S("status"), S(sub.status)},
                          {S("image"), S(sub.image)},
                          {S("exclude_from_status"), sub.excluded},
                          {S("service_id"), id},
                          {S("is_log_drain_enabled"), false},
                          {S("is_include_timestamps"), false},
                          {S("is_gzip_enabled"), true},
                          {S("is_stripprefix_enabled"), true},
                          {S("last_online_at"), created},
                          {S("created_at"), created},
                          {S("updated_at"), created}};
            if (sub.database) {
                o.insert(S("is_public"), false);
                o.insert(S("public_port"), QJsonValue(QJsonValue::Null));
                dbs.append(o);
            } else {
                o.insert(S("fqdn"), QString(S("https://") + S(sub.name) + S(".example.com")));
                o.insert(S("ports"), QJsonValue(QJsonValue::Null));
                apps.append(o);
            }
        }
        services.append(QJsonObject{
            {S("id"), id},
            {S("uuid"), uuid},
            {S("name"), S(s.name)},
            {S("description"), QJsonValue(QJsonValue::Null)},
            {S("environment_id"), s.env},
            {S("server_id"), 0},
            {S("destination_type"), S("App\\Models\\StandaloneDocker")},
            {S("destination_id"), 1},
            {S("docker_compose_raw"), compose},
            {S("docker_compose"), compose},
            {S("connect_to_docker_network"), false},
            {S("is_container_label_escape_enabled"), true},
            {S("is_container_label_readonly_enabled"), true},
            {S("config_hash"), QString::number(qHash(uuid), 16).rightJustified(32, u'0')},
            {S("service_type"), S(s.type)},
            {S("status"), S(s.status)},
            {S("created_at"), created},
            {S("updated_at"), created},
            {S("deleted_at"), QJsonValue(QJsonValue::Null)},
            {S("applications"), apps},
            {S("databases"), dbs},
            {S("_tags"), QJsonArray()},
        });
        addEnv(uuid, S("service"), S("SERVICE_FQDN_") + S(s.name).toUpper().replace(u'-', u'_'),
               S("https://") + S(s.name) + S(".example.com"), false, false);
    }
}

} // namespace Coolify::Sandbox
