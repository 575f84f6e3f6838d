// The PATCH /applications rule table of FACTS §3.
#include "sandbox/applicationpatch.h"

namespace Coolify::Sandbox {

namespace {
QString S(const char *s)
{
    return QString::fromUtf8(s);
}
Rule str(int max = -1, bool nullable = false, const char *pattern = nullptr)
{
    Rule r;
    r.type = Rule::String;
    r.maxLength = max;
    r.nullable = nullable;
    if (pattern)
        r.pattern = S(pattern);
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
        r.in.append(S(v));
    return r;
}
} // namespace

const QStringList &applicationSettingsFields()
{
    static const QStringList fields = {S("is_static"),
                                       S("is_spa"),
                                       S("is_auto_deploy_enabled"),
                                       S("is_force_https_enabled"),
                                       S("is_preview_deployments_enabled"),
                                       S("connect_to_docker_network"),
                                       S("use_build_secrets"),
                                       S("is_container_label_escape_enabled"),
                                       S("is_preserve_repository_enabled"),
                                       S("include_source_commit_in_build"),
                                       S("is_git_submodules_enabled"),
                                       S("is_git_lfs_enabled"),
                                       S("is_git_shallow_clone_enabled"),
                                       S("disable_build_cache"),
                                       S("inject_build_args_to_dockerfile"),
                                       S("is_env_sorting_enabled"),
                                       S("is_pr_deployments_public_enabled"),
                                       S("is_gzip_enabled"),
                                       S("is_stripprefix_enabled"),
                                       S("is_raw_compose_deployment_enabled"),
                                       S("is_log_drain_enabled"),
                                       S("is_gpu_enabled"),
                                       S("is_consistent_container_name_enabled"),
                                       S("stop_grace_period"),
                                       S("docker_images_to_keep"),
                                       S("gpu_driver"),
                                       S("gpu_count"),
                                       S("gpu_device_ids"),
                                       S("gpu_options"),
                                       S("custom_internal_name")};
    return fields;
}

const Rules &applicationRules()
{
    static const Rules rules = [] {
        const char *shellSafe =
            "(?:[A-Za-z0-9._\\-/=:@,+\\[\\]{}#%^~*?! ]|&&|\\|\\||'[^']*'|\"[^\"$`\\\\]*\")*";
        Rules r;
        r.append({S("name"), str(255)});
        r.append({S("description"), str(-1, true)});
        r.append({S("domains"), str(2048, true)});
        Rule noindex;
        noindex.type = Rule::Array;
        noindex.nullable = true;
        r.append({S("noindex_domains"), noindex});
        r.append({S("git_repository"), str()});
        Rule branch = str();
        branch.pattern = S("[a-zA-Z0-9\\-_/.]+");
        r.append({S("git_branch"), branch});
        r.append({S("git_commit_sha"), str(-1, false, "[a-zA-Z0-9][a-zA-Z0-9._\\-/]*")});
        r.append({S("build_pack"),
                  oneOf({"nixpacks", "railpack", "static", "dockerfile", "dockercompose"})});
        for (const char *f :
             {"install_command", "build_command", "start_command",
              "docker_compose_custom_start_command", "docker_compose_custom_build_command"})
            r.append({S(f), str(1000, true, shellSafe)});
        r.append({S("custom_docker_run_options"), str(2000, true, shellSafe)});
        r.append({S("pre_deployment_command"), str(-1, true)});
        r.append({S("post_deployment_command"), str(-1, true)});
        r.append(
            {S("pre_deployment_command_container"), str(255, false, "[a-zA-Z0-9][a-zA-Z0-9._-]*")});
        r.append({S("post_deployment_command_container"),
                  str(255, false, "[a-zA-Z0-9][a-zA-Z0-9._-]*")});
        r.append({S("base_directory"), str(255, true, "/[a-zA-Z0-9._\\-/~@+]*")});
        r.append({S("publish_directory"), str(255, true, "/[a-zA-Z0-9._\\-/~@+]*")});
        r.append({S("dockerfile_location"), str(255, true, "/[a-zA-Z0-9._\\-/~@+]+")});
        r.append({S("docker_compose_location"), str(255, true, "/[a-zA-Z0-9._\\-/~@+]+")});
        r.append({S("dockerfile_target_build"), str(128, true, "[a-zA-Z0-9][a-zA-Z0-9._-]*")});
        r.append({S("ports_exposes"), str(-1, false, "\\d+(,\\d+)*")});
        r.append({S("ports_mappings"), str(-1, true, "\\d+:\\d+(,\\d+:\\d+)*")});
        r.append({S("custom_network_aliases"), str(-1, true)});
        r.append({S("static_image"), str()});
        r.append({S("redirect"), oneOf({"www", "non-www", "both"})});
        r.append(
            {S("docker_registry_image_name"), str(-1, true, "[a-z0-9]+(?:[._\\-/:][a-z0-9]+)*")});
        r.append({S("docker_registry_image_tag"), str(128, true, "[a-zA-Z0-9_][a-zA-Z0-9._-]*")});
        r.append({S("health_check_enabled"), boolean()});
        r.append({S("health_check_type"), oneOf({"http", "cmd"})});
        r.append({S("health_check_command"), str(1000, true, "[a-zA-Z0-9 \\-_./:=@,+]+")});
        r.append({S("health_check_path"), str(-1, false, "[a-zA-Z0-9/\\-_.~%,;]+")});
        r.append({S("health_check_port"), integer(1, 65535, true)});
        r.append({S("health_check_host"), str(-1, false, "[a-zA-Z0-9.\\-_]+")});
        r.append({S("health_check_method"), oneOf({"GET", "HEAD", "POST", "OPTIONS"})});
        r.append({S("health_check_scheme"), oneOf({"http", "https"})});
        for (const char *f :
             {"health_check_return_code", "health_check_interval", "health_check_timeout",
              "health_check_retries", "health_check_start_period", "limits_memory_swappiness",
              "limits_cpu_shares"})
            r.append({S(f), numeric()});
        r.append({S("health_check_response_text"), str(-1, true)});
        for (const char *f :
             {"limits_memory", "limits_memory_swap", "limits_memory_reservation", "limits_cpus"})
            r.append({S(f), str()});
        r.append({S("limits_cpuset"), str(-1, true)});
        for (const char *f : {"manual_webhook_secret_github", "manual_webhook_secret_gitlab",
                              "manual_webhook_secret_bitbucket", "manual_webhook_secret_gitea"})
            r.append({S(f), str(-1, true)});
        Rule composeDomains;
        composeDomains.type = Rule::Array;
        r.append({S("docker_compose_domains"), composeDomains});
        r.append({S("watch_paths"), str(-1, true)});
        r.append({S("preview_url_template"), str(-1, true)});
        r.append({S("max_restart_count"), integer(0, 1e300)});
        r.append({S("is_http_basic_auth_enabled"), boolean(true)});
        r.append({S("http_basic_auth_username"), str()});
        r.append({S("http_basic_auth_password"), str()});
        for (const QString &f : applicationSettingsFields()) {
            if (f.startsWith(QLatin1String("is_")) || f == QLatin1String("use_build_secrets")
                || f == QLatin1String("disable_build_cache")
                || f == QLatin1String("inject_build_args_to_dockerfile")
                || f == QLatin1String("include_source_commit_in_build"))
                r.append({f, boolean()});
        }
        r.append({S("stop_grace_period"), integer(1, 3600, true)});
        r.append({S("docker_images_to_keep"), integer(0, 100)});
        for (const char *f :
             {"gpu_driver", "gpu_count", "gpu_device_ids", "gpu_options", "custom_internal_name"})
            r.append({S(f), str(-1, true)});
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
        a += {S("force_domain_override"), S("instant_deploy"), S("use_build_server"),
              S("custom_labels"), S("custom_nginx_configuration")};
        a.removeDuplicates();
        return a;
    }();
    return allowed;
}

} // namespace Coolify::Sandbox
