// PATCH /applications/{uuid} (ApplicationsController::update_by_uuid), FACTS §3.
#include "sandbox/applicationpatch.h"

#include "sandbox/deploymentsimulator.h"
#include "sandbox/routeutil.h"

#include <QJsonDocument>

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

// ports_exposes: hand-written check with a plain string error (FACTS §3).
std::optional<Response> checkPortsExposes(const QJsonObject &fields)
{
    if (!fields.contains(S("ports_exposes")))
        return std::nullopt;
    const QJsonValue v = fields.value(S("ports_exposes"));
    const QString s = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    bool ok = !s.isEmpty();
    for (const QString &p : s.split(u','))
        ok = ok && !p.isEmpty()
            && std::all_of(p.begin(), p.end(), [](QChar ch) { return ch.isDigit(); });
    if (ok)
        return std::nullopt;
    return Response::validation(QJsonObject{
        {S("ports_exposes"), S("The ports_exposes should be a comma separated list of numbers.")}});
}

std::optional<Response> checkBase64(const QJsonObject &fields, const char *field)
{
    const QJsonValue v = fields.value(S(field));
    if (!v.isString() || Validation::isBase64(v.toString()))
        return std::nullopt;
    return Response::validation(
        QJsonObject{{S(field), S("The %1 should be base64 encoded.").arg(S(field))}});
}

// Casts as Eloquent would: booleans stay booleans, integer columns become integers.
QJsonValue storedValue(const QString &key, const QJsonValue &value)
{
    if (value.isNull())
        return value;
    for (const auto &[field, rule] : applicationRules()) {
        if (field != key)
            continue;
        if (rule.type == Rule::Boolean)
            return value.isBool() ? value.toBool()
                                  : value.toVariant().toString() == QLatin1String("1");
        if (rule.type == Rule::Integer || rule.type == Rule::Numeric)
            return value.isString() ? QJsonValue(qint64(value.toString().toDouble()))
                                    : QJsonValue(value.toInteger());
        break;
    }
    return value;
}

} // namespace

Response patchApplication(Context &c)
{
    QJsonObject fields;
    if (auto bad = parseJsonBody(c.request, &fields))
        return *bad;
    const qsizetype index = SandboxState::indexOf(c.state.applications, c.param(0));
    if (index < 0)
        return notFound("Application not found");
    QJsonObject app = c.state.applications.at(index);
    const QString uuid = app.value(S("uuid")).toString();

    if (auto bad = checkPortsExposes(fields))
        return *bad;
    if (auto bad = checkBase64(fields, "custom_nginx_configuration"))
        return *bad;
    if (auto bad = checkBase64(fields, "custom_labels"))
        return *bad;

    // validateDataApplications: domains (list-shaped errors) and conflicts.
    const bool compose = app.value(S("build_pack")).toString() == QLatin1String("dockercompose");
    QString domains;
    const bool hasDomains = fields.contains(S("domains"));
    if (hasDomains && compose) {
        return Response::validation(QJsonObject{
            {S("domains"),
             S("The domains field cannot be used for dockercompose applications. Use "
               "docker_compose_domains instead to set domains for individual services.")}});
    }
    if (hasDomains && fields.value(S("domains")).isString()) {
        const QStringList errors =
            Validation::validateDomains(fields.value(S("domains")).toString(), &domains);
        if (!errors.isEmpty())
            return Response::validation(QJsonArray::fromStringList(errors));
        if (!truthy(fields.value(S("force_domain_override")))) {
            const QJsonArray conflicts = Validation::domainConflicts(c.state, domains, uuid);
            if (!conflicts.isEmpty())
                return Response::json(409, Validation::conflictResponseBody(conflicts));
        }
    }

    QJsonObject errors =
        Validation::merge(Validation::check(fields, applicationRules()),
                          Validation::unknownFields(fields, applicationAllowList()));
    if (fields.value(S("git_branch")).isString()
        && !Validation::isValidGitBranch(fields.value(S("git_branch")).toString())
        && !errors.contains(S("git_branch")))
        errors.insert(S("git_branch"), QJsonArray{S("The git_branch field format is invalid.")});
    if (!errors.isEmpty())
        return Response::validation(errors);

    // Special cases after the rules.
    if (fields.contains(S("is_raw_compose_deployment_enabled")) && !compose) {
        return Response::validation(QJsonObject{
            {S("is_raw_compose_deployment_enabled"),
             QJsonArray{S("The is_raw_compose_deployment_enabled field can only be used for "
                          "dockercompose applications.")}}});
    }
    if (fields.contains(S("docker_compose_domains"))) {
        if (app.value(S("docker_compose_raw")).toString().isEmpty()) {
            return Response::validation(QJsonObject{
                {S("docker_compose_domains"),
                 QJsonArray{S("The docker_compose_domains field can only be used when the "
                              "application has a docker_compose_raw.")}}});
        }
        QJsonObject stored =
            QJsonDocument::fromJson(app.value(S("docker_compose_domains")).toString().toUtf8())
                .object();
        QJsonArray composeErrors;
        for (const QJsonValue &item : fields.value(S("docker_compose_domains")).toArray()) {
            const QJsonObject o = item.toObject();
            const QString name = o.value(S("name")).toString();
            if (name.isEmpty()) {
                composeErrors.append(S("The name field is required."));
                continue;
            }
            QString normalised;
            const QStringList bad =
                Validation::validateDomains(o.value(S("domain")).toString(), &normalised);
            for (const QString &e : bad)
                composeErrors.append(e);
            if (app.value(S("docker_compose_raw")).toString().contains(S("  ") + name + u':'))
                stored.insert(name,
                              QJsonObject{{S("domain"),
                                           normalised.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(normalised)}});
        }
        if (!composeErrors.isEmpty())
            return Response::validation(QJsonObject{{S("docker_compose_domains"), composeErrors}});
        app.insert(S("docker_compose_domains"),
                   QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    }
    if (truthy(fields.value(S("is_http_basic_auth_enabled")))) {
        const auto has = [&](const char *k) {
            return (fields.value(S(k)).isString() && !fields.value(S(k)).toString().isEmpty())
                || (!fields.contains(S(k)) && !app.value(S(k)).toString().isEmpty());
        };
        if (!has("http_basic_auth_username") || !has("http_basic_auth_password")) {
            return Response::validation(QJsonObject{
                {S("http_basic_auth_username"),
                 QJsonArray{S("The http_basic_auth_username and http_basic_auth_password fields "
                              "are required when HTTP basic auth is enabled.")}}});
        }
    }

    // Save.
    QJsonObject settings = app.value(S("settings")).toObject();
    const QStringList &settingsFields = applicationSettingsFields();
    static const QStringList actions = {
        S("domains"),          S("force_domain_override"),  S("instant_deploy"),
        S("use_build_server"), S("docker_compose_domains"), S("custom_nginx_configuration")};
    const QString oldBuildPack = app.value(S("build_pack")).toString();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString &key = it.key();
        QJsonValue value = it.value();
        if (actions.contains(key))
            continue;
        if (settingsFields.contains(key)) {
            settings.insert(key,
                            key == QLatin1String("connect_to_docker_network")
                                ? QJsonValue(truthy(value))
                                : storedValue(key, value));
            continue;
        }
        if (key == QLatin1String("name"))
            value = stripTags(value.toString());
        else if (key == QLatin1String("description"))
            value = value.isNull() ? S("") : stripTags(value.toString());
        else if (key == QLatin1String("health_check_port"))
            value = value.isNull() ? value
                                   : QJsonValue(QString::number(value.toVariant().toLongLong()));
        else if (value.isString()
                 && (key.endsWith(QLatin1String("_command"))
                     || key == QLatin1String("custom_docker_run_options")))
            value = value.toString().trimmed();
        else
            value = storedValue(key, value);
        app.insert(key, value);
    }
    if (fields.contains(S("use_build_server")))
        settings.insert(S("is_build_server_enabled"), truthy(fields.value(S("use_build_server"))));
    if (fields.value(S("custom_nginx_configuration")).isString())
        app.insert(S("custom_nginx_configuration"),
                   QString::fromUtf8(QByteArray::fromBase64(
                       fields.value(S("custom_nginx_configuration")).toString().toLatin1())));
    else if (fields.contains(S("custom_nginx_configuration")))
        app.insert(S("custom_nginx_configuration"), QJsonValue(QJsonValue::Null));

    if (hasDomains) {
        const QJsonObject server =
            c.state.serverForDestination(app.value(S("destination_id")).toInteger());
        const bool proxyRuns =
            server.value(S("proxy")).toObject().value(S("type")).toString() != QLatin1String("NONE")
            && !server.value(S("settings")).toObject().value(S("is_build_server")).toBool();
        if (proxyRuns)
            app.insert(S("fqdn"),
                       domains.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(domains));
    }
    if (fields.contains(S("noindex_domains")) && fields.value(S("noindex_domains")).isArray()) {
        const QStringList own = app.value(S("fqdn")).toString().split(u',', Qt::SkipEmptyParts);
        QJsonArray kept;
        for (const QJsonValue &d : fields.value(S("noindex_domains")).toArray()) {
            if (own.contains(d.toString()))
                kept.append(d);
        }
        app.insert(S("noindex_domains"), kept);
    }
    const QString newBuildPack = app.value(S("build_pack")).toString();
    if (oldBuildPack == QLatin1String("dockercompose") && newBuildPack != oldBuildPack) {
        app.insert(S("docker_compose_domains"), QJsonValue(QJsonValue::Null));
        app.insert(S("docker_compose_raw"), QJsonValue(QJsonValue::Null));
        app.insert(S("docker_compose"), QJsonValue(QJsonValue::Null));
        c.state.envs.removeIf([&uuid](const QJsonObject &e) {
            const QString key = e.value(QLatin1String("key")).toString();
            return e.value(QLatin1String("_owner")).toString() == uuid
                && (key.startsWith(QLatin1String("SERVICE_FQDN_"))
                    || key.startsWith(QLatin1String("SERVICE_URL_")));
        });
    }
    if (oldBuildPack == QLatin1String("dockerfile") && newBuildPack != oldBuildPack) {
        app.insert(S("dockerfile"), QJsonValue(QJsonValue::Null));
        app.insert(S("dockerfile_location"), QJsonValue(QJsonValue::Null));
        app.insert(S("dockerfile_target_build"), QJsonValue(QJsonValue::Null));
    }
    app.insert(S("settings"), settings);
    app.insert(S("updated_at"), c.state.now());
    c.state.applications[index] = app;
    c.state.markChanged();

    if (truthy(fields.value(S("instant_deploy")))) {
        // Queue full: the deploy is silently dropped (FACTS §3).
        const auto result = c.deployer.queue(index, false, false, true);
        if (result.outcome == DeploymentSimulator::Outcome::AlreadyQueued)
            return Response::message(200, S("Deployment already queued for this commit."));
    }
    return Response::json(200, QJsonObject{{S("uuid"), uuid}});
}

} // namespace Coolify::Sandbox
