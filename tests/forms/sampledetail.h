#pragma once
// A GET /applications/{uuid} detail as a token without read:sensitive sees it (coolify-api.md §2,
// §6).

#include <QJsonObject>

inline QJsonObject sampleDetail()
{
    using namespace Qt::StringLiterals;
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject{
        {u"uuid"_s, u"app1"_s},
        {u"name"_s, u"storefront"_s},
        {u"description"_s, u""_s},
        {u"fqdn"_s, u"https://shop.example.com"_s},
        {u"git_repository"_s, u"acme/storefront"_s},
        {u"git_branch"_s, u"main"_s},
        {u"git_commit_sha"_s, u"HEAD"_s},
        {u"build_pack"_s, u"nixpacks"_s},
        {u"install_command"_s, u"npm ci"_s},
        {u"build_command"_s, u"npm run build"_s},
        {u"start_command"_s, null},
        {u"base_directory"_s, u"/"_s},
        {u"publish_directory"_s, u"/"_s},
        {u"dockerfile_location"_s, u"/Dockerfile"_s},
        {u"health_check_path"_s, u"/"_s},
        {u"health_check_port"_s, u"8080"_s}, // a string on read
        {u"health_check_interval"_s, 5},
        {u"limits_memory"_s, u"512m"_s},
        {u"limits_cpus"_s, u"1.5"_s},
        {u"limits_cpu_shares"_s, 1024},
        {u"pre_deployment_command"_s, null},
        {u"post_deployment_command"_s, null},
        {u"docker_compose_location"_s, u"/docker-compose.yaml"_s},
        {u"custom_docker_run_options"_s, null},
        {u"redirect"_s, u"both"_s},
        {u"updated_at"_s, u"2026-11-28T10:00:00.000000Z"_s},
        {u"settings"_s,
         QJsonObject{{u"is_static"_s, false},
                     {u"is_spa"_s, false},
                     {u"is_auto_deploy_enabled"_s, true},
                     {u"is_force_https_enabled"_s, true}}},
        // manual_webhook_secret_* and dockerfile are absent: redacted.
    };
}
