// PATCH /applications/{uuid} (ApplicationsController::update_by_uuid), coolify-api.md §3.
#include "sandbox/applicationpatch.h"

#include "sandbox/deploymentsimulator.h"
#include "sandbox/routeutil.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

// ports_exposes: hand-written check with a plain string error (coolify-api.md §3).
std::optional<Response> checkPortsExposes(const QJsonObject &fields)
{
    if (!fields.contains(u"ports_exposes"_s))
        return std::nullopt;
    const QJsonValue v = fields.value(u"ports_exposes"_s);
    const QString s = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    bool ok = !s.isEmpty();
    for (const QString &p : s.split(u','))
        ok = ok && !p.isEmpty()
            && std::all_of(p.begin(), p.end(), [](QChar ch) { return ch.isDigit(); });
    if (ok)
        return std::nullopt;
    return Response::validation(QJsonObject{
        {u"ports_exposes"_s, u"The ports_exposes should be a comma separated list of numbers."_s}});
}

std::optional<Response> checkBase64(const QJsonObject &fields, const char *field)
{
    const QJsonValue v = fields.value(QString::fromUtf8(field));
    if (!v.isString() || Validation::isBase64(v.toString()))
        return std::nullopt;
    return Response::validation(
        QJsonObject{{QString::fromUtf8(field),
                     u"The %1 should be base64 encoded."_s.arg(QString::fromUtf8(field))}});
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
    const QString uuid = app.value(u"uuid"_s).toString();

    if (auto bad = checkPortsExposes(fields))
        return *bad;
    if (auto bad = checkBase64(fields, "custom_nginx_configuration"))
        return *bad;
    if (auto bad = checkBase64(fields, "custom_labels"))
        return *bad;

    // validateDataApplications: domains (list-shaped errors) and conflicts.
    const bool compose = app.value(u"build_pack"_s).toString() == QLatin1String("dockercompose");
    QString domains;
    const bool hasDomains = fields.contains(u"domains"_s);
    if (hasDomains && compose) {
        return Response::validation(QJsonObject{
            {u"domains"_s,
             u"The domains field cannot be used for dockercompose applications. Use "
             "docker_compose_domains instead to set domains for individual services."_s}});
    }
    if (hasDomains && fields.value(u"domains"_s).isString()) {
        const QStringList errors =
            Validation::validateDomains(fields.value(u"domains"_s).toString(), &domains);
        if (!errors.isEmpty())
            return Response::validation(QJsonArray::fromStringList(errors));
        if (!truthy(fields.value(u"force_domain_override"_s))) {
            const QJsonArray conflicts = Validation::domainConflicts(c.state, domains, uuid);
            if (!conflicts.isEmpty())
                return Response::json(409, Validation::conflictResponseBody(conflicts));
        }
    }

    QJsonObject errors =
        Validation::merge(Validation::check(fields, applicationRules()),
                          Validation::unknownFields(fields, applicationAllowList()));
    if (fields.value(u"git_branch"_s).isString()
        && !Validation::isValidGitBranch(fields.value(u"git_branch"_s).toString())
        && !errors.contains(u"git_branch"_s))
        errors.insert(u"git_branch"_s, QJsonArray{u"The git_branch field format is invalid."_s});
    if (!errors.isEmpty())
        return Response::validation(errors);

    // Special cases after the rules.
    if (fields.contains(u"is_raw_compose_deployment_enabled"_s) && !compose) {
        return Response::validation(QJsonObject{
            {u"is_raw_compose_deployment_enabled"_s,
             QJsonArray{u"The is_raw_compose_deployment_enabled field can only be used for "
                        "dockercompose applications."_s}}});
    }
    if (fields.contains(u"docker_compose_domains"_s)) {
        if (app.value(u"docker_compose_raw"_s).toString().isEmpty()) {
            return Response::validation(QJsonObject{
                {u"docker_compose_domains"_s,
                 QJsonArray{u"The docker_compose_domains field can only be used when the "
                            "application has a docker_compose_raw."_s}}});
        }
        QJsonObject stored =
            QJsonDocument::fromJson(app.value(u"docker_compose_domains"_s).toString().toUtf8())
                .object();
        QJsonArray composeErrors;
        for (const QJsonValue &item : fields.value(u"docker_compose_domains"_s).toArray()) {
            const QJsonObject o = item.toObject();
            const QString name = o.value(u"name"_s).toString();
            if (name.isEmpty()) {
                composeErrors.append(u"The name field is required."_s);
                continue;
            }
            QString normalised;
            const QStringList bad =
                Validation::validateDomains(o.value(u"domain"_s).toString(), &normalised);
            for (const QString &e : bad)
                composeErrors.append(e);
            if (app.value(u"docker_compose_raw"_s).toString().contains(u"  "_s + name + u':'))
                stored.insert(name,
                              QJsonObject{{u"domain"_s,
                                           normalised.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(normalised)}});
        }
        if (!composeErrors.isEmpty())
            return Response::validation(QJsonObject{{u"docker_compose_domains"_s, composeErrors}});
        app.insert(u"docker_compose_domains"_s,
                   QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    }
    if (truthy(fields.value(u"is_http_basic_auth_enabled"_s))) {
        const auto has = [&](const char *k) {
            return (fields.value(QString::fromUtf8(k)).isString()
                    && !fields.value(QString::fromUtf8(k)).toString().isEmpty())
                || (!fields.contains(QString::fromUtf8(k))
                    && !app.value(QString::fromUtf8(k)).toString().isEmpty());
        };
        if (!has("http_basic_auth_username") || !has("http_basic_auth_password")) {
            return Response::validation(QJsonObject{
                {u"http_basic_auth_username"_s,
                 QJsonArray{u"The http_basic_auth_username and http_basic_auth_password fields "
                            "are required when HTTP basic auth is enabled."_s}}});
        }
    }

    // Save.
    QJsonObject settings = app.value(u"settings"_s).toObject();
    const QStringList &settingsFields = applicationSettingsFields();
    static const QStringList actions = {
        u"domains"_s,          u"force_domain_override"_s,  u"instant_deploy"_s,
        u"use_build_server"_s, u"docker_compose_domains"_s, u"custom_nginx_configuration"_s};
    const QString oldBuildPack = app.value(u"build_pack"_s).toString();
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
            value = value.isNull() ? u""_s : stripTags(value.toString());
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
    if (fields.contains(u"use_build_server"_s))
        settings.insert(u"is_build_server_enabled"_s, truthy(fields.value(u"use_build_server"_s)));
    if (fields.value(u"custom_nginx_configuration"_s).isString())
        app.insert(u"custom_nginx_configuration"_s,
                   QString::fromUtf8(QByteArray::fromBase64(
                       fields.value(u"custom_nginx_configuration"_s).toString().toLatin1())));
    else if (fields.contains(u"custom_nginx_configuration"_s))
        app.insert(u"custom_nginx_configuration"_s, QJsonValue(QJsonValue::Null));

    if (hasDomains) {
        const QJsonObject server =
            c.state.serverForDestination(app.value(u"destination_id"_s).toInteger());
        const bool proxyRuns =
            server.value(u"proxy"_s).toObject().value(u"type"_s).toString() != QLatin1String("NONE")
            && !server.value(u"settings"_s).toObject().value(u"is_build_server"_s).toBool();
        if (proxyRuns)
            app.insert(u"fqdn"_s,
                       domains.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(domains));
    }
    if (fields.contains(u"noindex_domains"_s) && fields.value(u"noindex_domains"_s).isArray()) {
        const QStringList own = app.value(u"fqdn"_s).toString().split(u',', Qt::SkipEmptyParts);
        QJsonArray kept;
        for (const QJsonValue &d : fields.value(u"noindex_domains"_s).toArray()) {
            if (own.contains(d.toString()))
                kept.append(d);
        }
        app.insert(u"noindex_domains"_s, kept);
    }
    const QString newBuildPack = app.value(u"build_pack"_s).toString();
    if (oldBuildPack == QLatin1String("dockercompose") && newBuildPack != oldBuildPack) {
        app.insert(u"docker_compose_domains"_s, QJsonValue(QJsonValue::Null));
        app.insert(u"docker_compose_raw"_s, QJsonValue(QJsonValue::Null));
        app.insert(u"docker_compose"_s, QJsonValue(QJsonValue::Null));
        c.state.envs.removeIf([&uuid](const QJsonObject &e) {
            const QString key = e.value(QLatin1String("key")).toString();
            return e.value(QLatin1String("_owner")).toString() == uuid
                && (key.startsWith(QLatin1String("SERVICE_FQDN_"))
                    || key.startsWith(QLatin1String("SERVICE_URL_")));
        });
    }
    if (oldBuildPack == QLatin1String("dockerfile") && newBuildPack != oldBuildPack) {
        app.insert(u"dockerfile"_s, QJsonValue(QJsonValue::Null));
        app.insert(u"dockerfile_location"_s, QJsonValue(QJsonValue::Null));
        app.insert(u"dockerfile_target_build"_s, QJsonValue(QJsonValue::Null));
    }
    app.insert(u"settings"_s, settings);
    app.insert(u"updated_at"_s, c.state.now());
    c.state.applications[index] = app;
    c.state.markChanged();

    if (truthy(fields.value(u"instant_deploy"_s))) {
        // Queue full: the deploy is silently dropped (coolify-api.md §3).
        const auto result = c.deployer.queue(index, false, false, true);
        if (result.outcome == DeploymentSimulator::Outcome::AlreadyQueued)
            return Response::message(200, u"Deployment already queued for this commit."_s);
    }
    return Response::json(200, QJsonObject{{u"uuid"_s, uuid}});
}

} // namespace Coolify::Sandbox
