// Deterministic demo data: the same seed always yields the same uuids, names and history.
#include "sandbox/state.h"

#include <QJsonArray>

namespace Coolify::Sandbox {

namespace {
QString S(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

void SandboxState::seed(int scale)
{
    seedInfrastructure();
    seedApplications();
    seedDatabases();
    seedServices();
    seedDeployments();
    seedScale(scale);
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
        m_ids[S("servers")] = id;
        const QJsonObject settings{
            {S("concurrent_builds"), 2},
            {S("deployment_queue_limit"), 25},
            {S("dynamic_timeout"), 3600},
            {S("force_disabled"), false},
            {S("force_server_cleanup"), false},
            {S("is_build_server"), false},
            {S("is_cloudflare_tunnel"), false},
            {S("is_jump_server"), false},
            {S("is_logdrain_axiom_enabled"), false},
            {S("is_logdrain_custom_enabled"), false},
            {S("is_logdrain_highlight_enabled"), false},
            {S("is_logdrain_newrelic_enabled"), false},
            {S("is_metrics_enabled"), false},
            {S("is_reachable"), s.reachable},
            {S("is_sentinel_enabled"), false},
            {S("is_swarm_manager"), false},
            {S("is_swarm_worker"), false},
            {S("is_terminal_enabled"), true},
            {S("is_usable"), s.reachable},
            {S("logdrain_axiom_api_key"), S("xaat-demo-axiom-key")},
            {S("logdrain_axiom_dataset_name"), S("coolify")},
            {S("logdrain_custom_config"), S("[INPUT]\n    Name tail")},
            {S("logdrain_custom_config_parser"), S("[PARSER]\n    Name json")},
            {S("logdrain_highlight_project_id"), S("")},
            {S("logdrain_newrelic_base_uri"), S("https://log-api.eu.newrelic.com/log/v1")},
            {S("logdrain_newrelic_license_key"), S("eu01xx-demo-license")},
            {S("sentinel_metrics_history_days"), 7},
            {S("sentinel_metrics_refresh_rate_seconds"), 10},
            {S("sentinel_token"), S("c2VudGluZWwtZGVtby10b2tlbg==")},
            {S("sentinel_custom_url"), S("http://host.docker.internal:8000")},
            {S("docker_cleanup_frequency"), S("0 0 * * *")},
            {S("docker_cleanup_threshold"), 80},
            {S("server_id"), id},
            {S("wildcard_domain"),
             index == 0 ? S("https://apps.example.com") : S("http://") + S(s.ip) + S(".sslip.io")},
            {S("delete_unused_volumes"), false},
            {S("delete_unused_networks"), false},
            {S("connection_timeout"), 10},
            {S("created_at"), created},
            {S("updated_at"), created},
        };
        servers.append(QJsonObject{
            {S("id"), id},
            {S("uuid"), newUuid()},
            {S("name"), S(s.name)},
            {S("description"), S(s.description)},
            {S("ip"), S(s.ip)},
            {S("user"), S("root")},
            {S("port"), 22},
            {S("team_id"), 0},
            {S("private_key_id"), 1},
            {S("proxy"),
             QJsonObject{{S("type"), S(s.proxy)},
                         {S("status"),
                          s.reachable && S(s.proxy) != S("NONE") ? S("running") : S("exited")}}},
            {S("proxy_type"), S(s.proxy)},
            {S("high_disk_usage_notification_sent"), false},
            {S("unreachable_notification_sent"), !s.reachable},
            {S("unreachable_count"), s.reachable ? 0 : 3},
            {S("validation_logs"), S("")},
            {S("log_drain_notification_sent"), false},
            {S("swarm_cluster"), S("")},
            {S("is_reachable"), s.reachable},
            {S("is_usable"), s.reachable},
            {S("is_coolify_host"), s.coolifyHost},
            {S("is_build_server"), false},
            {S("logdrain_axiom_api_key"), S("xaat-demo-axiom-key")},
            {S("logdrain_newrelic_license_key"), S("eu01xx-demo-license")},
            {S("settings"), settings},
            {S("created_at"), created},
            {S("updated_at"), created},
            {S("_destination_id"), id + 1},
            {S("_destination_uuid"), newUuid()},
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
        const int id = nextId(S("projects"));
        projects.append(QJsonObject{{S("id"), id},
                                    {S("uuid"), newUuid()},
                                    {S("name"), S(p.name)},
                                    {S("description"), S(p.description)},
                                    {S("team_id"), 0},
                                    {S("created_at"), created},
                                    {S("updated_at"), created}});
        QStringList envNames{S("production")};
        if (p.staging)
            envNames.append(S("staging"));
        for (const QString &envName : std::as_const(envNames)) {
            environments.append(QJsonObject{{S("id"), nextId(S("environments"))},
                                            {S("uuid"), newUuid()},
                                            {S("name"), envName},
                                            {S("description"), QJsonValue(QJsonValue::Null)},
                                            {S("project_id"), id},
                                            {S("created_at"), created},
                                            {S("updated_at"), created}});
        }
        ++index;
    }
}

QJsonObject SandboxState::makeApplication(const QString &name, const QString &buildPack,
                                          qint64 envId, int serverIndex, const QString &status)
{
    const int id = nextId(S("applications"));
    const QString created = timestamp(m_seedTime.addSecs(-86400LL * 30 + id * 3607LL));
    const QString updated = timestamp(m_seedTime.addSecs(-3600LL * 5 + id * 61LL));
    const bool isStatic = buildPack == S("static");
    const bool compose = buildPack == S("dockercompose");
    const bool image = buildPack == S("dockerimage");
    const QJsonValue null(QJsonValue::Null);
    QJsonObject settings{
        {S("is_static"), isStatic},
        {S("is_spa"), isStatic},
        {S("is_git_submodules_enabled"), true},
        {S("is_git_lfs_enabled"), true},
        {S("is_git_shallow_clone_enabled"), true},
        {S("is_auto_deploy_enabled"), true},
        {S("is_force_https_enabled"), true},
        {S("is_debug_enabled"), false},
        {S("is_preview_deployments_enabled"), false},
        {S("is_pr_deployments_public_enabled"), false},
        {S("is_log_drain_enabled"), false},
        {S("is_gpu_enabled"), false},
        {S("gpu_driver"), S("nvidia")},
        {S("gpu_count"), null},
        {S("gpu_device_ids"), null},
        {S("gpu_options"), null},
        {S("is_include_timestamps"), false},
        {S("is_swarm_only_worker_nodes"), true},
        {S("is_raw_compose_deployment_enabled"), false},
        {S("is_build_server_enabled"), false},
        {S("is_consistent_container_name_enabled"), false},
        {S("is_gzip_enabled"), true},
        {S("is_stripprefix_enabled"), true},
        {S("connect_to_docker_network"), false},
        {S("custom_internal_name"), null},
        {S("is_container_label_escape_enabled"), true},
        {S("is_env_sorting_enabled"), false},
        {S("is_container_label_readonly_enabled"), true},
        {S("is_preserve_repository_enabled"), false},
        {S("disable_build_cache"), false},
        {S("use_build_secrets"), false},
        {S("inject_build_args_to_dockerfile"), true},
        {S("include_source_commit_in_build"), false},
        {S("docker_images_to_keep"), 2},
        {S("stop_grace_period"), null},
    };
    const QString repo = image ? S("") : S("acme/") + name;
    QJsonObject app{
        {S("id"), id},
        {S("uuid"), newUuid()},
        {S("name"), name},
        {S("description"), S("")},
        {S("fqdn"), null},
        {S("noindex_domains"), null},
        {S("config_hash"), QString::number(qHash(name), 16).rightJustified(32, u'0')},
        {S("repository_project_id"), null},
        {S("git_repository"), image ? S("coollabsio/coolify") : repo},
        {S("git_branch"), S("main")},
        {S("git_commit_sha"), S("HEAD")},
        {S("git_full_url"), null},
        {S("docker_registry_image_name"), image ? QJsonValue(S("louislam/uptime-kuma")) : null},
        {S("docker_registry_image_tag"), image ? QJsonValue(S("1")) : null},
        {S("build_pack"), buildPack},
        {S("static_image"), S("nginx:alpine")},
        {S("install_command"), S("npm ci")},
        {S("build_command"), S("npm run build")},
        {S("start_command"), S("npm start")},
        {S("ports_exposes"),
         compose        ? S("80")
             : isStatic ? S("80")
                        : S("3000")},
        {S("ports_mappings"), null},
        {S("custom_network_aliases"), null},
        {S("base_directory"), S("/")},
        {S("publish_directory"), isStatic ? S("/dist") : S("/")},
        {S("health_check_enabled"), false},
        {S("health_check_path"), S("/")},
        {S("health_check_port"), null},
        {S("health_check_host"), S("localhost")},
        {S("health_check_method"), S("GET")},
        {S("health_check_return_code"), 200},
        {S("health_check_scheme"), S("http")},
        {S("health_check_response_text"), null},
        {S("health_check_interval"), 5},
        {S("health_check_timeout"), 5},
        {S("health_check_retries"), 10},
        {S("health_check_start_period"), 5},
        {S("health_check_type"), S("http")},
        {S("health_check_command"), null},
        {S("limits_memory"), S("0")},
        {S("limits_memory_swap"), S("0")},
        {S("limits_memory_swappiness"), 60},
        {S("limits_memory_reservation"), S("0")},
        {S("limits_cpus"), S("0")},
        {S("limits_cpuset"), null},
        {S("limits_cpu_shares"), 1024},
        {S("status"), status},
        {S("preview_url_template"), S("{{pr_id}}.{{domain}}")},
        {S("max_restart_count"), 10},
        {S("destination_type"), S("App\\Models\\StandaloneDocker")},
        {S("destination_id"), serverIndex + 1},
        {S("source_id"), image ? null : QJsonValue(0)},
        {S("source_type"), image ? null : QJsonValue(S("App\\Models\\GithubApp"))},
        {S("private_key_id"), null},
        {S("environment_id"), envId},
        {S("dockerfile"), null},
        {S("dockerfile_location"), S("/Dockerfile")},
        {S("custom_labels"), S("dHJhZWZpay5lbmFibGU9dHJ1ZQ==")},
        {S("dockerfile_target_build"), null},
        {S("manual_webhook_secret_github"), QString(S("gh-") + name.left(6) + S("-secret"))},
        {S("manual_webhook_secret_gitlab"), null},
        {S("manual_webhook_secret_bitbucket"), null},
        {S("manual_webhook_secret_gitea"), null},
        {S("docker_compose_location"), S("/docker-compose.yaml")},
        {S("docker_compose"), null},
        {S("docker_compose_raw"), null},
        {S("docker_compose_domains"), null},
        {S("docker_compose_custom_start_command"), null},
        {S("docker_compose_custom_build_command"), null},
        {S("swarm_replicas"), 1},
        {S("swarm_placement_constraints"), null},
        {S("custom_docker_run_options"), null},
        {S("post_deployment_command"), null},
        {S("post_deployment_command_container"), null},
        {S("pre_deployment_command"), null},
        {S("pre_deployment_command_container"), null},
        {S("watch_paths"), null},
        {S("custom_healthcheck_found"), false},
        {S("redirect"), S("both")},
        {S("compose_parsing_version"), S("3")},
        {S("custom_nginx_configuration"), null},
        {S("is_http_basic_auth_enabled"), false},
        {S("http_basic_auth_username"), null},
        {S("http_basic_auth_password"), null},
        {S("last_online_at"), updated},
        {S("restart_count"), 0},
        {S("last_restart_at"), null},
        {S("last_restart_type"), null},
        {S("created_at"), created},
        {S("updated_at"), updated},
        {S("deleted_at"), null},
        {S("settings"), settings},
        {S("_tags"), QJsonArray()},
    };
    if (buildPack == S("dockerfile")) {
        app.insert(S("dockerfile"),
                   S("FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n"
                     "CMD [\"npm\",\"start\"]"));
    }
    if (compose) {
        app.insert(S("docker_compose_raw"),
                   S("services:\n  grafana:\n    image: grafana/grafana:11\n  prometheus:\n"
                     "    image: prom/prometheus:v3\n"));
        app.insert(S("docker_compose"), app.value(S("docker_compose_raw")));
        app.insert(S("docker_compose_domains"),
                   S("{\"grafana\":{\"domain\":\"https://grafana.example.com\"},"
                     "\"prometheus\":{\"domain\":null}}"));
    }
    return app;
}

void SandboxState::addEnv(const QString &owner, const QString &ownerType, const QString &key,
                          const QString &value, bool shownOnce, bool preview)
{
    const int id = nextId(S("envs"));
    const QString created = timestamp(m_seedTime.addSecs(-86400LL * 10 + id * 97LL));
    envs.append(QJsonObject{{S("id"), id},
                            {S("uuid"), newUuid()},
                            {S("key"), key},
                            {S("value"), value},
                            {S("real_value"), value},
                            {S("is_preview"), preview},
                            {S("is_literal"), false},
                            {S("is_multiline"), false},
                            {S("is_runtime"), true},
                            {S("is_buildtime"), true},
                            {S("is_shown_once"), shownOnce},
                            {S("is_shared"), false},
                            {S("is_required"), false},
                            {S("is_really_required"), false},
                            {S("is_buildpack_control"), false},
                            {S("is_coolify"), false},
                            {S("comment"), QJsonValue(QJsonValue::Null)},
                            {S("version"), S("4.3.11")},
                            {S("order"), id},
                            {S("created_at"), created},
                            {S("updated_at"), created},
                            {S("_owner"), owner},
                            {S("_owner_type"), ownerType}});
}

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
        QJsonObject app = makeApplication(S(s.name), S(s.buildPack), s.env, s.server, S(s.status));
        if (s.fqdn)
            app.insert(S("fqdn"), S(s.fqdn));
        QJsonArray tags;
        for (const QString &t : S(s.tags).split(u',', Qt::SkipEmptyParts))
            tags.append(t);
        app.insert(S("_tags"), tags);
        if (app.value(S("name")).toString() == S("legacy-worker"))
            app.insert(S("_deploy_fails"), true);
        if (app.value(S("name")).toString() == S("storefront-api")) {
            app.insert(S("health_check_enabled"), true);
            app.insert(S("health_check_path"), S("/healthz"));
            app.insert(S("health_check_port"), S("8080"));
            app.insert(S("ports_exposes"), S("8080"));
            app.insert(S("limits_memory"), S("512m"));
            app.insert(S("limits_cpus"), S("1.5"));
        }
        applications.append(app);
        const QString uuid = app.value(S("uuid")).toString();
        if (app.value(S("environment_id")).toInt() <= 2) {
            addEnv(uuid, S("application"), S("NODE_ENV"), S("production"), false, false);
            addEnv(uuid, S("application"), S("DATABASE_URL"),
                   S("postgres://shop:s3cr3t@shop-postgres:5432/shop"), false, false);
            addEnv(uuid, S("application"), S("STRIPE_SECRET_KEY"), S("sk_live_demo_123"), true,
                   false);
            addEnv(uuid, S("application"), S("NODE_ENV"), S("production"), false, true);
            addEnv(uuid, S("application"), S("DATABASE_URL"),
                   S("postgres://shop:s3cr3t@shop-postgres:5432/shop"), false, true);
            addEnv(uuid, S("application"), S("STRIPE_SECRET_KEY"), S("sk_live_demo_123"), true,
                   true);
        }
    }
}

} // namespace Coolify::Sandbox
