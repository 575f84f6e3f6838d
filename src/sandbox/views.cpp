#include "sandbox/views.h"

#include "sandbox/databasekinds.h"
#include "sandbox/deploymentsimulator.h"
#include "sandbox/state.h"

#include <QJsonArray>

namespace Coolify::Sandbox::Views {

namespace {
QString S(const char *s)
{
    return QString::fromUtf8(s);
}
void removeKeys(QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        o.remove(QLatin1String(k));
}
} // namespace

QJsonObject publicFields(const QJsonObject &row, bool dropId)
{
    QJsonObject out = row;
    for (auto it = out.begin(); it != out.end();) {
        if (it.key().startsWith(u'_') || (dropId && it.key() == QLatin1String("id")))
            it = out.erase(it);
        else
            ++it;
    }
    return out;
}

void removeHiddenApplicationFields(QJsonObject &out)
{
    removeKeys(out,
               {"http_basic_auth_password", "manual_webhook_secret_github",
                "manual_webhook_secret_gitlab", "manual_webhook_secret_bitbucket",
                "manual_webhook_secret_gitea", "dockerfile", "docker_compose", "docker_compose_raw",
                "custom_labels", "private_key_id"});
}

void removeHiddenDatabaseFields(QJsonObject &out, const QJsonObject &row)
{
    removeKeys(out, {"internal_db_url", "external_db_url", "init_scripts"});
    if (const DatabaseKind *kind = databaseKindOf(row)) {
        for (const QString &k : kind->sensitive)
            out.remove(k);
    }
}

void removeHiddenServiceFields(QJsonObject &out)
{
    removeKeys(out, {"docker_compose_raw", "docker_compose"});
}

QJsonObject application(const SandboxState &state, const QJsonObject &row, bool sensitive,
                        bool withSettings)
{
    QJsonObject out = publicFields(row, true);
    removeKeys(out, {"resourceable_type", "resourceable_id", "domain_dns_statuses"});
    if (!sensitive)
        removeHiddenApplicationFields(out);
    if (withSettings)
        out.insert(S("settings"), row.value(S("settings")));
    else
        out.remove(S("settings"));
    out.insert(S("server_status"), state.serverUsable(row.value(S("destination_id")).toInteger()));
    return out;
}

QJsonObject database(const SandboxState &state, const QJsonObject &row, bool sensitive)
{
    QJsonObject out = publicFields(row, true);
    out.remove(S("laravel_through_key"));
    if (!sensitive)
        removeHiddenDatabaseFields(out, row);
    out.insert(S("server_status"), state.serverUsable(row.value(S("destination_id")).toInteger()));
    return out;
}

QJsonObject service(const SandboxState &state, const QJsonObject &row, bool sensitive)
{
    QJsonObject out = publicFields(row, true);
    if (!sensitive)
        removeHiddenServiceFields(out);
    out.insert(S("server_status"), state.serverUsable(row.value(S("destination_id")).toInteger()));
    return out;
}

QJsonObject deployment(const QJsonObject &row, bool sensitive)
{
    QJsonObject out = publicFields(row, false);
    removeKeys(out, {"configuration_snapshot", "configuration_diff"});
    if (sensitive)
        out.insert(S("logs"), DeploymentSimulator::logsString(row));
    return out;
}

QJsonObject env(const QJsonObject &row, bool sensitive)
{
    QJsonObject out = publicFields(row, true);
    removeKeys(out, {"resourceable_type", "resourceable_id"});
    const bool database = row.value(S("_owner_type")).toString() == QLatin1String("database");
    const bool lockedOut = !database && row.value(S("is_shown_once")).toBool();
    if (!sensitive || lockedOut)
        removeKeys(out, {"value", "real_value"});
    return out;
}

static QJsonObject serverSettings(const QJsonObject &row, bool sensitive)
{
    QJsonObject settings = row.value(S("settings")).toObject();
    if (!sensitive) {
        removeKeys(settings,
                   {"sentinel_token", "sentinel_custom_url", "logdrain_newrelic_license_key",
                    "logdrain_axiom_api_key", "logdrain_custom_config",
                    "logdrain_custom_config_parser"});
    }
    return settings;
}

QJsonObject serverListItem(const QJsonObject &row, bool sensitive)
{
    QJsonObject out;
    for (const char *k : {"uuid", "name", "description", "ip", "user", "port", "is_reachable",
                          "is_usable", "is_coolify_host"})
        out.insert(S(k), row.value(S(k)));
    out.insert(S("settings"), serverSettings(row, sensitive));
    return out;
}

QJsonObject serverDetail(const QJsonObject &row, bool sensitive)
{
    QJsonObject out = publicFields(row, true);
    if (!sensitive)
        removeKeys(out, {"logdrain_axiom_api_key", "logdrain_newrelic_license_key"});
    out.insert(S("settings"), serverSettings(row, sensitive));
    return out;
}

} // namespace Coolify::Sandbox::Views
