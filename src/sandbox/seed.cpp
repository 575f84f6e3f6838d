// Deterministic demo data: the same seed always yields the same uuids, names and history.
#include "sandbox/routeutil.h"
#include "sandbox/state.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

void SandboxState::seed(int scale, int databaseScale)
{
    seedInfrastructure();
    seedApplications();
    seedDatabases();
    seedServices();
    seedDeployments();
    seedS3Storages();
    seedBackups();
    seedScale(scale);
    seedDatabaseScale(databaseScale);
}

void SandboxState::seedInfrastructure()
{
    struct ServerSeed
    {
        const char *name, *description, *ip, *proxy;
        bool reachable, coolifyHost;
    };
    const ServerSeed seeds[] = {
        {"localhost", "This is the server where Coolify is running on. Don't delete this!",
         "host.docker.internal", "traefik", true, true},
        {"edge-fra-1", "Edge node without a proxy", "203.0.113.10", "NONE", true, false},
        {"legacy-ams-2", "Old box, currently offline", "198.51.100.7", "caddy", false, false},
    };
    int index = 0;
    for (const ServerSeed &s : seeds) {
        const QString created = timestamp(m_seedTime.addDays(-120 + index * 7));
        const int id = index; // localhost is server 0 on every Coolify
        m_ids[u"servers"_s] = id;
        const QJsonObject settings{
            {u"concurrent_builds"_s, 2},
            {u"deployment_queue_limit"_s, 25},
            {u"dynamic_timeout"_s, 3600},
            {u"force_disabled"_s, false},
            {u"force_server_cleanup"_s, false},
            {u"is_build_server"_s, false},
            {u"is_cloudflare_tunnel"_s, false},
            {u"is_jump_server"_s, false},
            {u"is_logdrain_axiom_enabled"_s, false},
            {u"is_logdrain_custom_enabled"_s, false},
            {u"is_logdrain_highlight_enabled"_s, false},
            {u"is_logdrain_newrelic_enabled"_s, false},
            {u"is_metrics_enabled"_s, false},
            {u"is_reachable"_s, s.reachable},
            {u"is_sentinel_enabled"_s, false},
            {u"is_swarm_manager"_s, false},
            {u"is_swarm_worker"_s, false},
            {u"is_terminal_enabled"_s, true},
            {u"is_usable"_s, s.reachable},
            {u"logdrain_axiom_api_key"_s, u"xaat-demo-axiom-key"_s},
            {u"logdrain_axiom_dataset_name"_s, u"coolify"_s},
            {u"logdrain_custom_config"_s, u"[INPUT]\n    Name tail"_s},
            {u"logdrain_custom_config_parser"_s, u"[PARSER]\n    Name json"_s},
            {u"logdrain_highlight_project_id"_s, u""_s},
            {u"logdrain_newrelic_base_uri"_s, u"https://log-api.eu.newrelic.com/log/v1"_s},
            {u"logdrain_newrelic_license_key"_s, u"eu01xx-demo-license"_s},
            {u"sentinel_metrics_history_days"_s, 7},
            {u"sentinel_metrics_refresh_rate_seconds"_s, 10},
            {u"sentinel_token"_s, u"c2VudGluZWwtZGVtby10b2tlbg=="_s},
            {u"sentinel_custom_url"_s, u"http://host.docker.internal:8000"_s},
            {u"docker_cleanup_frequency"_s, u"0 0 * * *"_s},
            {u"docker_cleanup_threshold"_s, 80},
            {u"server_id"_s, id},
            {u"wildcard_domain"_s,
             index == 0 ? u"https://apps.example.com"_s
                        : u"http://"_s + QString::fromUtf8(s.ip) + u".sslip.io"_s},
            {u"delete_unused_volumes"_s, false},
            {u"delete_unused_networks"_s, false},
            {u"connection_timeout"_s, 10},
            {u"created_at"_s, created},
            {u"updated_at"_s, created},
        };
        servers.append(QJsonObject{
            {u"id"_s, id},
            {u"uuid"_s, newUuid()},
            {u"name"_s, QString::fromUtf8(s.name)},
            {u"description"_s, QString::fromUtf8(s.description)},
            {u"ip"_s, QString::fromUtf8(s.ip)},
            {u"user"_s, u"root"_s},
            {u"port"_s, 22},
            {u"team_id"_s, 0},
            {u"private_key_id"_s, 1},
            {u"proxy"_s,
             QJsonObject{{u"type"_s, QString::fromUtf8(s.proxy)},
                         {u"status"_s,
                          s.reachable && QString::fromUtf8(s.proxy) != u"NONE"_s ? u"running"_s
                                                                                 : u"exited"_s}}},
            {u"proxy_type"_s, QString::fromUtf8(s.proxy)},
            {u"high_disk_usage_notification_sent"_s, false},
            {u"unreachable_notification_sent"_s, !s.reachable},
            {u"unreachable_count"_s, s.reachable ? 0 : 3},
            {u"validation_logs"_s, u""_s},
            {u"log_drain_notification_sent"_s, false},
            {u"swarm_cluster"_s, u""_s},
            {u"is_reachable"_s, s.reachable},
            {u"is_usable"_s, s.reachable},
            {u"is_coolify_host"_s, s.coolifyHost},
            {u"is_build_server"_s, false},
            {u"logdrain_axiom_api_key"_s, u"xaat-demo-axiom-key"_s},
            {u"logdrain_newrelic_license_key"_s, u"eu01xx-demo-license"_s},
            {u"settings"_s, settings},
            {u"created_at"_s, created},
            {u"updated_at"_s, created},
            {u"_destination_id"_s, id + 1},
            {u"_destination_uuid"_s, newUuid()},
        });
        ++index;
    }

    struct ProjectSeed
    {
        const char *name, *description;
        bool staging;
    };
    const ProjectSeed projectSeeds[] = {
        {"Acme Storefront", "Customer-facing shop", true},
        {"Internal Tools", "Docs, monitoring and helpers", false},
        {"Data Platform", "Pipelines and analytics", true},
        {"Playground", "", false},
    };
    index = 0;
    for (const ProjectSeed &p : projectSeeds) {
        const QString created = timestamp(m_seedTime.addDays(-100 + index * 5));
        const int id = nextId(u"projects"_s);
        projects.append(QJsonObject{{u"id"_s, id},
                                    {u"uuid"_s, newUuid()},
                                    {u"name"_s, QString::fromUtf8(p.name)},
                                    {u"description"_s, QString::fromUtf8(p.description)},
                                    {u"team_id"_s, 0},
                                    {u"created_at"_s, created},
                                    {u"updated_at"_s, created}});
        QStringList envNames{u"production"_s};
        if (p.staging)
            envNames.append(u"staging"_s);
        for (const QString &envName : std::as_const(envNames)) {
            environments.append(QJsonObject{{u"id"_s, nextId(u"environments"_s)},
                                            {u"uuid"_s, newUuid()},
                                            {u"name"_s, envName},
                                            {u"description"_s, QJsonValue(QJsonValue::Null)},
                                            {u"project_id"_s, id},
                                            {u"created_at"_s, created},
                                            {u"updated_at"_s, created}});
        }
        ++index;
    }
}

QJsonObject SandboxState::makeApplication(const QString &name, const QString &buildPack,
                                          qint64 envId, int serverIndex, const QString &status)
{
    const int id = nextId(u"applications"_s);
    const QString created = timestamp(m_seedTime.addSecs(-86400LL * 30 + id * 3607LL));
    const QString updated = timestamp(m_seedTime.addSecs(-3600LL * 5 + id * 61LL));
    const bool isStatic = buildPack == u"static"_s;
    const bool compose = buildPack == u"dockercompose"_s;
    const bool image = buildPack == u"dockerimage"_s;
    const QJsonValue null(QJsonValue::Null);
    QJsonObject settings{
        {u"is_static"_s, isStatic},
        {u"is_spa"_s, isStatic},
        {u"is_git_submodules_enabled"_s, true},
        {u"is_git_lfs_enabled"_s, true},
        {u"is_git_shallow_clone_enabled"_s, true},
        {u"is_auto_deploy_enabled"_s, true},
        {u"is_force_https_enabled"_s, true},
        {u"is_debug_enabled"_s, false},
        {u"is_preview_deployments_enabled"_s, false},
        {u"is_pr_deployments_public_enabled"_s, false},
        {u"is_log_drain_enabled"_s, false},
        {u"is_gpu_enabled"_s, false},
        {u"gpu_driver"_s, u"nvidia"_s},
        {u"gpu_count"_s, null},
        {u"gpu_device_ids"_s, null},
        {u"gpu_options"_s, null},
        {u"is_include_timestamps"_s, false},
        {u"is_swarm_only_worker_nodes"_s, true},
        {u"is_raw_compose_deployment_enabled"_s, false},
        {u"is_build_server_enabled"_s, false},
        {u"is_consistent_container_name_enabled"_s, false},
        {u"is_gzip_enabled"_s, true},
        {u"is_stripprefix_enabled"_s, true},
        {u"connect_to_docker_network"_s, false},
        {u"custom_internal_name"_s, null},
        {u"is_container_label_escape_enabled"_s, true},
        {u"is_env_sorting_enabled"_s, false},
        {u"is_container_label_readonly_enabled"_s, true},
        {u"is_preserve_repository_enabled"_s, false},
        {u"disable_build_cache"_s, false},
        {u"use_build_secrets"_s, false},
        {u"inject_build_args_to_dockerfile"_s, true},
        {u"include_source_commit_in_build"_s, false},
        {u"docker_images_to_keep"_s, 2},
        {u"stop_grace_period"_s, null},
    };
    const QString repo = image ? u""_s : u"acme/"_s + name;
    QJsonObject app{
        {u"id"_s, id},
        {u"uuid"_s, newUuid()},
        {u"name"_s, name},
        {u"description"_s, u""_s},
        {u"fqdn"_s, null},
        {u"noindex_domains"_s, null},
        {u"config_hash"_s, QString::number(qHash(name), 16).rightJustified(32, u'0')},
        {u"repository_project_id"_s, null},
        {u"git_repository"_s, image ? u"coollabsio/coolify"_s : repo},
        {u"git_branch"_s, u"main"_s},
        {u"git_commit_sha"_s, u"HEAD"_s},
        {u"git_full_url"_s, null},
        {u"docker_registry_image_name"_s, image ? QJsonValue(u"louislam/uptime-kuma"_s) : null},
        {u"docker_registry_image_tag"_s, image ? QJsonValue(u"1"_s) : null},
        {u"build_pack"_s, buildPack},
        {u"static_image"_s, u"nginx:alpine"_s},
        {u"install_command"_s, u"npm ci"_s},
        {u"build_command"_s, u"npm run build"_s},
        {u"start_command"_s, u"npm start"_s},
        {u"ports_exposes"_s,
         compose        ? u"80"_s
             : isStatic ? u"80"_s
                        : u"3000"_s},
        {u"ports_mappings"_s, null},
        {u"custom_network_aliases"_s, null},
        {u"base_directory"_s, u"/"_s},
        {u"publish_directory"_s, isStatic ? u"/dist"_s : u"/"_s},
        {u"health_check_enabled"_s, false},
        {u"health_check_path"_s, u"/"_s},
        {u"health_check_port"_s, null},
        {u"health_check_host"_s, u"localhost"_s},
        {u"health_check_method"_s, u"GET"_s},
        {u"health_check_return_code"_s, 200},
        {u"health_check_scheme"_s, u"http"_s},
        {u"health_check_response_text"_s, null},
        {u"health_check_interval"_s, 5},
        {u"health_check_timeout"_s, 5},
        {u"health_check_retries"_s, 10},
        {u"health_check_start_period"_s, 5},
        {u"health_check_type"_s, u"http"_s},
        {u"health_check_command"_s, null},
        {u"limits_memory"_s, u"0"_s},
        {u"limits_memory_swap"_s, u"0"_s},
        {u"limits_memory_swappiness"_s, 60},
        {u"limits_memory_reservation"_s, u"0"_s},
        {u"limits_cpus"_s, u"0"_s},
        {u"limits_cpuset"_s, null},
        {u"limits_cpu_shares"_s, 1024},
        {u"status"_s, status},
        {u"preview_url_template"_s, u"{{pr_id}}.{{domain}}"_s},
        {u"max_restart_count"_s, 10},
        {u"destination_type"_s, u"App\\Models\\StandaloneDocker"_s},
        {u"destination_id"_s, serverIndex + 1},
        {u"source_id"_s, image ? null : QJsonValue(0)},
        {u"source_type"_s, image ? null : QJsonValue(u"App\\Models\\GithubApp"_s)},
        {u"private_key_id"_s, null},
        {u"environment_id"_s, envId},
        {u"dockerfile"_s, null},
        {u"dockerfile_location"_s, u"/Dockerfile"_s},
        {u"custom_labels"_s, u"dHJhZWZpay5lbmFibGU9dHJ1ZQ=="_s},
        {u"dockerfile_target_build"_s, null},
        {u"manual_webhook_secret_github"_s, QString(u"gh-"_s + name.left(6) + u"-secret"_s)},
        {u"manual_webhook_secret_gitlab"_s, null},
        {u"manual_webhook_secret_bitbucket"_s, null},
        {u"manual_webhook_secret_gitea"_s, null},
        {u"docker_compose_location"_s, u"/docker-compose.yaml"_s},
        {u"docker_compose"_s, null},
        {u"docker_compose_raw"_s, null},
        {u"docker_compose_domains"_s, null},
        {u"docker_compose_custom_start_command"_s, null},
        {u"docker_compose_custom_build_command"_s, null},
        {u"swarm_replicas"_s, 1},
        {u"swarm_placement_constraints"_s, null},
        {u"custom_docker_run_options"_s, null},
        {u"post_deployment_command"_s, null},
        {u"post_deployment_command_container"_s, null},
        {u"pre_deployment_command"_s, null},
        {u"pre_deployment_command_container"_s, null},
        {u"watch_paths"_s, null},
        {u"custom_healthcheck_found"_s, false},
        {u"redirect"_s, u"both"_s},
        {u"compose_parsing_version"_s, u"3"_s},
        {u"custom_nginx_configuration"_s, null},
        {u"is_http_basic_auth_enabled"_s, false},
        {u"http_basic_auth_username"_s, null},
        {u"http_basic_auth_password"_s, null},
        {u"last_online_at"_s, updated},
        {u"restart_count"_s, 0},
        {u"last_restart_at"_s, null},
        {u"last_restart_type"_s, null},
        {u"created_at"_s, created},
        {u"updated_at"_s, updated},
        {u"deleted_at"_s, null},
        {u"settings"_s, settings},
        {u"_tags"_s, QJsonArray()},
    };
    if (buildPack == u"dockerfile"_s) {
        app.insert(u"dockerfile"_s,
                   u"FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n"
                   "CMD [\"npm\",\"start\"]"_s);
    }
    if (compose) {
        app.insert(u"docker_compose_raw"_s,
                   u"services:\n  grafana:\n    image: grafana/grafana:11\n  prometheus:\n"
                   "    image: prom/prometheus:v3\n"_s);
        app.insert(u"docker_compose"_s, app.value(u"docker_compose_raw"_s));
        app.insert(u"docker_compose_domains"_s,
                   u"{\"grafana\":{\"domain\":\"https://grafana.example.com\"},"
                   "\"prometheus\":{\"domain\":null}}"_s);
    }
    return app;
}

void SandboxState::addEnv(const QString &owner, const QString &ownerType, const QString &key,
                          const QString &value, bool shownOnce, bool preview)
{
    const int id = nextId(u"envs"_s);
    const QString created = timestamp(m_seedTime.addSecs(-86400LL * 10 + id * 97LL));
    envs.append(QJsonObject{{u"id"_s, id},
                            {u"uuid"_s, newUuid()},
                            {u"key"_s, key},
                            {u"value"_s, value},
                            {u"real_value"_s, value},
                            {u"is_preview"_s, preview},
                            {u"is_literal"_s, false},
                            {u"is_multiline"_s, false},
                            {u"is_runtime"_s, true},
                            {u"is_buildtime"_s, true},
                            {u"is_shown_once"_s, shownOnce},
                            {u"is_shared"_s, false},
                            {u"is_required"_s, false},
                            {u"is_really_required"_s, false},
                            {u"is_buildpack_control"_s, false},
                            {u"is_coolify"_s, false},
                            {u"comment"_s, QJsonValue(QJsonValue::Null)},
                            {u"version"_s, u"4.3.11"_s},
                            {u"order"_s, id},
                            {u"created_at"_s, created},
                            {u"updated_at"_s, created},
                            {u"_owner"_s, owner},
                            {u"_owner_type"_s, ownerType}});
}

namespace {

using Routes::EnvSeed;

// Variables of the demo applications. storefront-web (Acme production) keeps its three variables
// (tests count them); storefront-web-staging differs from it in one value (NODE_ENV), one key only
// in production (STRIPE_SECRET_KEY) and one only in staging (DEBUG).
QList<EnvSeed> seedEnvsOf(const QString &app)
{
    const QString shopDb = u"postgres://shop:s3cr3t@shop-postgres:5432/shop"_s;
    if (app == u"storefront-web"_s) {
        return {{u"NODE_ENV"_s, u"production"_s},
                {u"DATABASE_URL"_s, shopDb},
                {u"STRIPE_SECRET_KEY"_s, u"sk_live_demo_123"_s, EnvSeed::Locked}};
    }
    if (app == u"storefront-web-staging"_s) {
        return {{u"NODE_ENV"_s, u"staging"_s},
                {u"DATABASE_URL"_s, shopDb},
                {u"DEBUG"_s, u"storefront:*"_s, 0, "Verbose logs, staging only"}};
    }
    if (app == u"storefront-api"_s) {
        return {
            {u"NODE_ENV"_s, u"production"_s},
            {u"PORT"_s, u"8080"_s, 0, "Must match ports_exposes"},
            {u"DATABASE_URL"_s, shopDb},
            {u"REDIS_URL"_s, u"redis://default:r3d1s-demo@shop-redis:6379/0"_s},
            {u"CORS_ORIGINS"_s, u"https://shop.example.com,https://acme.example.com"_s},
            {u"JWT_PRIVATE_KEY"_s,
             u"-----BEGIN PRIVATE KEY-----\n"
             "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7demoKEYdemo\n"
             "q3VbS1x0ZGVtby1rZXktbm90LXJlYWwtZG8tbm90LXVzZS1pbi1wcm9kdWN0aW9u\n"
             "AgMBAAECggEAQ2Fubm90IGJlIHVzZWQgZm9yIGFueXRoaW5nIHJlYWwu\n"
             "-----END PRIVATE KEY-----"_s,
             EnvSeed::Multiline, "Signs session tokens; rotate yearly"},
            {u"PASSWORD_PEPPER"_s, u"s3cr3t$pepper${not_a_reference}"_s, EnvSeed::Literal},
            {u"SENTRY_DSN"_s, u"https://4f1c0ffee@o42.ingest.sentry.io/1337"_s, 0,
             "Errors go to the Acme Sentry organisation"},
            {u"NPM_TOKEN"_s, u"npm_demoBuildOnlyToken0000000000000000"_s, EnvSeed::BuildOnly,
             "Private registry, needed by npm ci only"},
            {u"LOG_LEVEL"_s, u"info"_s, EnvSeed::RuntimeOnly},
            {u"STRIPE_WEBHOOK_SECRET"_s, u"whsec_demo_4c2f9a"_s, EnvSeed::Locked},
        };
    }
    if (app == u"etl-runner"_s) {
        return {
            {u"ETL_SCHEDULE"_s, u"0 */2 * * *"_s, 0, "UTC; keep in sync with the scheduled task"},
            {u"SOURCE_MONGO_URL"_s, u"mongodb://root:m0ng0-demo@events-mongo:27017/events"_s},
            {u"WAREHOUSE_URL"_s, u"clickhouse://default:ch-demo@metrics-clickhouse:9000/metrics"_s},
            {u"BATCH_SIZE"_s, u"5000"_s},
            {u"OUTPUT_PATH_TEMPLATE"_s, u"s3://etl-exports/{{date}}/$RUN_ID.parquet"_s,
             EnvSeed::Literal},
            {u"GCP_SERVICE_ACCOUNT"_s,
             u"{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-data-demo\",\n"
             "  \"client_email\": \"etl@acme-data-demo.iam.gserviceaccount.com\"\n}"_s,
             EnvSeed::Multiline},
            {u"PIP_INDEX_URL"_s, u"https://pypi.internal.example.com/simple"_s, EnvSeed::BuildOnly},
            {u"S3_SECRET_ACCESS_KEY"_s, u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYDEMOKEY"_s,
             EnvSeed::Locked},
        };
    }
    if (app == u"analytics-ui"_s) {
        return {
            {u"NODE_ENV"_s, u"production"_s},
            {u"NEXT_PUBLIC_API_URL"_s, u"https://analytics-staging.example.com/api"_s,
             EnvSeed::BuildOnly, "Baked into the bundle at build time"},
            {u"EXTRA_CA_CERT"_s,
             u"-----BEGIN CERTIFICATE-----\n"
             "MIIBszCCAVmgAwIBAgIUDemoCertificateNotRealAtAll0wCgYIKoZIzj0EAwIw\n"
             "FzEVMBMGA1UEAwwMYWNtZS1pbnRlcm5hbDAeFw0yNjAxMDEwMDAwMDBaFw0zNjAx\n"
             "-----END CERTIFICATE-----"_s,
             EnvSeed::Multiline},
            {u"BASIC_AUTH_HTPASSWD"_s, u"admin:$apr1$demo$Jx1nQ0XyZ.demo/hash0"_s,
             EnvSeed::Literal},
            {u"TZ"_s, u"Europe/Berlin"_s},
            {u"SESSION_SECRET"_s, u"b7e1c0ffee-demo-session-secret"_s, EnvSeed::Locked},
        };
    }
    return {};
}

} // namespace

void SandboxState::seedApplications()
{
    // env ids: 1 Acme prod, 2 Acme staging, 3 Internal prod, 4 Data prod, 5 Data staging, 6
    // Playground
    struct AppSeed
    {
        const char *name, *buildPack;
        int env, server;
        const char *status, *fqdn, *tags;
    };
    const AppSeed seeds[] = {
        {"storefront-web", "nixpacks", 1, 0, "running:healthy", "https://shop.example.com",
         "web,production"},
        {"storefront-api", "dockerfile", 1, 0, "running:healthy",
         "https://api.shop.example.com,https://api.acme.example.com", "api,production"},
        {"storefront-web-staging", "railpack", 2, 0, "running:unhealthy",
         "https://staging.shop.example.com", "web"},
        {"docs-site", "static", 3, 1, "running:healthy", nullptr, "docs"},
        {"grafana-stack", "dockercompose", 3, 0, "running:healthy", nullptr, "monitoring"},
        {"uptime-probe", "dockerimage", 3, 1, "exited:unhealthy", nullptr, "monitoring"},
        {"legacy-worker", "nixpacks", 4, 2, "exited:unhealthy", "https://worker.example.com", ""},
        {"etl-runner", "dockerfile", 4, 0, "restarting:unhealthy", nullptr, "data"},
        {"analytics-ui", "railpack", 5, 0, "exited:unhealthy",
         "https://analytics-staging.example.com", "data,web"},
    };
    for (const AppSeed &s : seeds) {
        QJsonObject app = makeApplication(QString::fromUtf8(s.name), QString::fromUtf8(s.buildPack),
                                          s.env, s.server, QString::fromUtf8(s.status));
        if (s.fqdn)
            app.insert(u"fqdn"_s, QString::fromUtf8(s.fqdn));
        QJsonArray tags;
        for (const QString &t : QString::fromUtf8(s.tags).split(u',', Qt::SkipEmptyParts))
            tags.append(t);
        app.insert(u"_tags"_s, tags);
        if (app.value(u"name"_s).toString() == u"legacy-worker"_s)
            app.insert(u"_deploy_fails"_s, true);
        if (app.value(u"name"_s).toString() == u"storefront-api"_s) {
            app.insert(u"health_check_enabled"_s, true);
            app.insert(u"health_check_path"_s, u"/healthz"_s);
            app.insert(u"health_check_port"_s, u"8080"_s);
            app.insert(u"ports_exposes"_s, u"8080"_s);
            app.insert(u"limits_memory"_s, u"512m"_s);
            app.insert(u"limits_cpus"_s, u"1.5"_s);
        }
        applications.append(app);
        const QString uuid = app.value(u"uuid"_s).toString();
        // Each variable is followed by its preview twin, as EnvironmentVariable::booted makes it
        // (the twin copies all but is_shown_once; coolify-api.md §16).
        for (const Routes::EnvSeed &e : seedEnvsOf(app.value(u"name"_s).toString())) {
            for (const bool preview : {false, true}) {
                addEnv(uuid, u"application"_s, e.key, e.value, false, preview);
                Routes::applyEnvSeed(envs.last(), e, preview);
            }
        }
    }
}

} // namespace Coolify::Sandbox
