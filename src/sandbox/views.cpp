#include "sandbox/views.h"

#include "sandbox/databasekinds.h"
#include "sandbox/deploymentsimulator.h"
#include "sandbox/state.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox::Views {

namespace {
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
        out.insert(u"settings"_s, row.value(u"settings"_s));
    else
        out.remove(u"settings"_s);
    out.insert(u"server_status"_s, state.serverUsable(row.value(u"destination_id"_s).toInteger()));
    return out;
}

QJsonObject database(const SandboxState &state, const QJsonObject &row, bool sensitive)
{
    QJsonObject out = publicFields(row, true);
    out.remove(u"laravel_through_key"_s);
    if (!sensitive)
        removeHiddenDatabaseFields(out, row);
    out.insert(u"server_status"_s, state.serverUsable(row.value(u"destination_id"_s).toInteger()));
    return out;
}

QJsonObject service(const SandboxState &state, const QJsonObject &row, bool sensitive)
{
    QJsonObject out = publicFields(row, true);
    if (!sensitive)
        removeHiddenServiceFields(out);
    out.insert(u"server_status"_s, state.serverUsable(row.value(u"destination_id"_s).toInteger()));
    return out;
}

QJsonObject deployment(const QJsonObject &row, bool sensitive)
{
    QJsonObject out = publicFields(row, false);
    removeKeys(out, {"configuration_snapshot", "configuration_diff"});
    if (sensitive)
        out.insert(u"logs"_s, DeploymentSimulator::logsString(row));
    return out;
}

QJsonObject env(const QJsonObject &row, bool sensitive)
{
    QJsonObject out = publicFields(row, true);
    removeKeys(out, {"resourceable_type", "resourceable_id"});
    const bool database = row.value(u"_owner_type"_s).toString() == QLatin1String("database");
    const bool lockedOut = !database && row.value(u"is_shown_once"_s).toBool();
    if (!sensitive || lockedOut)
        removeKeys(out, {"value", "real_value"});
    return out;
}

static QJsonObject serverSettings(const QJsonObject &row, bool sensitive)
{
    QJsonObject settings = row.value(u"settings"_s).toObject();
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
        out.insert(QString::fromUtf8(k), row.value(QString::fromUtf8(k)));
    out.insert(u"settings"_s, serverSettings(row, sensitive));
    return out;
}

QJsonObject serverDetail(const QJsonObject &row, bool sensitive)
{
    QJsonObject out = publicFields(row, true);
    if (!sensitive)
        removeKeys(out, {"logdrain_axiom_api_key", "logdrain_newrelic_license_key"});
    out.insert(u"settings"_s, serverSettings(row, sensitive));
    return out;
}

} // namespace Coolify::Sandbox::Views
