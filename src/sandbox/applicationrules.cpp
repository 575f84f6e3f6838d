// The PATCH /applications rule table of coolify-api.md §3.
#include "sandbox/applicationpatch.h"

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

namespace {
Rule str(int max = -1, bool nullable = false, const char *pattern = nullptr)
{
    Rule r;
    r.type = Rule::String;
    r.maxLength = max;
    r.nullable = nullable;
    if (pattern)
        r.pattern = QString::fromUtf8(pattern);
    return r;
}
Rule boolean(bool nullable = false)
{
    Rule r;
    r.type = Rule::Boolean;
    r.nullable = nullable;
    return r;
}
Rule integer(double min, double max, bool nullable = false)
{
    Rule r;
    r.type = Rule::Integer;
    r.min = min;
    r.max = max;
    r.nullable = nullable;
    return r;
}
Rule numeric()
{
    Rule r;
    r.type = Rule::Numeric;
    return r;
}
Rule oneOf(std::initializer_list<const char *> values, bool nullable = false)
{
    Rule r;
    r.type = Rule::String;
    r.nullable = nullable;
    for (const char *v : values)
        r.in.append(QString::fromUtf8(v));
    return r;
}
} // namespace

const QStringList &applicationSettingsFields()
{
    static const QStringList fields = {u"is_static"_s,
                                       u"is_spa"_s,
                                       u"is_auto_deploy_enabled"_s,
                                       u"is_force_https_enabled"_s,
                                       u"is_preview_deployments_enabled"_s,
                                       u"connect_to_docker_network"_s,
                                       u"use_build_secrets"_s,
                                       u"is_container_label_escape_enabled"_s,
                                       u"is_preserve_repository_enabled"_s,
                                       u"include_source_commit_in_build"_s,
                                       u"is_git_submodules_enabled"_s,
                                       u"is_git_lfs_enabled"_s,
                                       u"is_git_shallow_clone_enabled"_s,
                                       u"disable_build_cache"_s,
                                       u"inject_build_args_to_dockerfile"_s,
                                       u"is_env_sorting_enabled"_s,
                                       u"is_pr_deployments_public_enabled"_s,
                                       u"is_gzip_enabled"_s,
                                       u"is_stripprefix_enabled"_s,
                                       u"is_raw_compose_deployment_enabled"_s,
                                       u"is_log_drain_enabled"_s,
                                       u"is_gpu_enabled"_s,
                                       u"is_consistent_container_name_enabled"_s,
                                       u"stop_grace_period"_s,
                                       u"docker_images_to_keep"_s,
                                       u"gpu_driver"_s,
                                       u"gpu_count"_s,
                                       u"gpu_device_ids"_s,
                                       u"gpu_options"_s,
                                       u"custom_internal_name"_s};
    return fields;
}

const Rules &applicationRules()
{
    static const Rules rules = [] {
        const char *shellSafe =
            "(?:[A-Za-z0-9._\\-/=:@,+\\[\\]{}#%^~*?! ]|&&|\\|\\||'[^']*'|\"[^\"$`\\\\]*\")*";
        Rules r;
        r.append({u"name"_s, str(255)});
        r.append({u"description"_s, str(-1, true)});
        r.append({u"domains"_s, str(2048, true)});
        Rule noindex;
        noindex.type = Rule::Array;
        noindex.nullable = true;
        r.append({u"noindex_domains"_s, noindex});
        r.append({u"git_repository"_s, str()});
        Rule branch = str();
        branch.pattern = u"[a-zA-Z0-9\\-_/.]+"_s;
        r.append({u"git_branch"_s, branch});
        r.append({u"git_commit_sha"_s, str(-1, false, "[a-zA-Z0-9][a-zA-Z0-9._\\-/]*")});
        r.append({u"build_pack"_s,
                  oneOf({"nixpacks", "railpack", "static", "dockerfile", "dockercompose"})});
        for (const char *f :
             {"install_command", "build_command", "start_command",
              "docker_compose_custom_start_command", "docker_compose_custom_build_command"})
            r.append({QString::fromUtf8(f), str(1000, true, shellSafe)});
        r.append({u"custom_docker_run_options"_s, str(2000, true, shellSafe)});
        r.append({u"pre_deployment_command"_s, str(-1, true)});
        r.append({u"post_deployment_command"_s, str(-1, true)});
        r.append(
            {u"pre_deployment_command_container"_s, str(255, false, "[a-zA-Z0-9][a-zA-Z0-9._-]*")});
        r.append({u"post_deployment_command_container"_s,
                  str(255, false, "[a-zA-Z0-9][a-zA-Z0-9._-]*")});
        r.append({u"base_directory"_s, str(255, true, "/[a-zA-Z0-9._\\-/~@+]*")});
        r.append({u"publish_directory"_s, str(255, true, "/[a-zA-Z0-9._\\-/~@+]*")});
        r.append({u"dockerfile_location"_s, str(255, true, "/[a-zA-Z0-9._\\-/~@+]+")});
        r.append({u"docker_compose_location"_s, str(255, true, "/[a-zA-Z0-9._\\-/~@+]+")});
        r.append({u"dockerfile_target_build"_s, str(128, true, "[a-zA-Z0-9][a-zA-Z0-9._-]*")});
        r.append({u"ports_exposes"_s, str(-1, false, "\\d+(,\\d+)*")});
        r.append({u"ports_mappings"_s, str(-1, true, "\\d+:\\d+(,\\d+:\\d+)*")});
        r.append({u"custom_network_aliases"_s, str(-1, true)});
        r.append({u"static_image"_s, str()});
        r.append({u"redirect"_s, oneOf({"www", "non-www", "both"})});
        r.append(
            {u"docker_registry_image_name"_s, str(-1, true, "[a-z0-9]+(?:[._\\-/:][a-z0-9]+)*")});
        r.append({u"docker_registry_image_tag"_s, str(128, true, "[a-zA-Z0-9_][a-zA-Z0-9._-]*")});
        r.append({u"health_check_enabled"_s, boolean()});
        r.append({u"health_check_type"_s, oneOf({"http", "cmd"})});
        r.append({u"health_check_command"_s, str(1000, true, "[a-zA-Z0-9 \\-_./:=@,+]+")});
        r.append({u"health_check_path"_s, str(-1, false, "[a-zA-Z0-9/\\-_.~%,;]+")});
        r.append({u"health_check_port"_s, integer(1, 65535, true)});
        r.append({u"health_check_host"_s, str(-1, false, "[a-zA-Z0-9.\\-_]+")});
        r.append({u"health_check_method"_s, oneOf({"GET", "HEAD", "POST", "OPTIONS"})});
        r.append({u"health_check_scheme"_s, oneOf({"http", "https"})});
        for (const char *f :
             {"health_check_return_code", "health_check_interval", "health_check_timeout",
              "health_check_retries", "health_check_start_period", "limits_memory_swappiness",
              "limits_cpu_shares"})
            r.append({QString::fromUtf8(f), numeric()});
        r.append({u"health_check_response_text"_s, str(-1, true)});
        for (const char *f :
             {"limits_memory", "limits_memory_swap", "limits_memory_reservation", "limits_cpus"})
            r.append({QString::fromUtf8(f), str()});
        r.append({u"limits_cpuset"_s, str(-1, true)});
        for (const char *f : {"manual_webhook_secret_github", "manual_webhook_secret_gitlab",
                              "manual_webhook_secret_bitbucket", "manual_webhook_secret_gitea"})
            r.append({QString::fromUtf8(f), str(-1, true)});
        Rule composeDomains;
        composeDomains.type = Rule::Array;
        r.append({u"docker_compose_domains"_s, composeDomains});
        r.append({u"watch_paths"_s, str(-1, true)});
        r.append({u"preview_url_template"_s, str(-1, true)});
        r.append({u"max_restart_count"_s, integer(0, 1e300)});
        r.append({u"is_http_basic_auth_enabled"_s, boolean(true)});
        r.append({u"http_basic_auth_username"_s, str()});
        r.append({u"http_basic_auth_password"_s, str()});
        for (const QString &f : applicationSettingsFields()) {
            if (f.startsWith(QLatin1String("is_")) || f == QLatin1String("use_build_secrets")
                || f == QLatin1String("disable_build_cache")
                || f == QLatin1String("inject_build_args_to_dockerfile")
                || f == QLatin1String("include_source_commit_in_build"))
                r.append({f, boolean()});
        }
        r.append({u"stop_grace_period"_s, integer(1, 3600, true)});
        r.append({u"docker_images_to_keep"_s, integer(0, 100)});
        for (const char *f :
             {"gpu_driver", "gpu_count", "gpu_device_ids", "gpu_options", "custom_internal_name"})
            r.append({QString::fromUtf8(f), str(-1, true)});
        return r;
    }();
    return rules;
}

const QStringList &applicationAllowList()
{
    static const QStringList allowed = [] {
        QStringList a;
        for (const auto &[field, rule] : applicationRules())
            a.append(field);
        a += applicationSettingsFields();
        a += {u"force_domain_override"_s, u"instant_deploy"_s, u"use_build_server"_s,
              u"custom_labels"_s, u"custom_nginx_configuration"_s};
        a.removeDuplicates();
        return a;
    }();
    return allowed;
}

} // namespace Coolify::Sandbox
