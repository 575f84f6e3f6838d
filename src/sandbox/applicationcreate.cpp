// POST /applications/{public,private-github-app,private-deploy-key,dockerfile,dockerimage}
// (coolify-api.md §8).
#include "sandbox/applicationpatch.h"

#include "sandbox/deploymentsimulator.h"
#include "sandbox/routeutil.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

QStringList createAllowList()
{
    QStringList a = applicationAllowList();
    a += {u"project_uuid"_s,
          u"environment_name"_s,
          u"environment_uuid"_s,
          u"server_uuid"_s,
          u"destination_uuid"_s,
          u"autogenerate_domain"_s,
          u"tags"_s,
          u"github_app_uuid"_s,
          u"private_key_uuid"_s,
          u"docker_compose_raw"_s,
          u"dockerfile"_s};
    return a;
}

Rule required(Rule::Type type = Rule::String)
{
    Rule r;
    r.type = type;
    r.required = true;
    return r;
}

} // namespace

Response createApplication(Context &c, CreateKind kind)
{
    QJsonObject fields;
    if (auto bad = parseJsonBody(c.request, &fields))
        return *bad;

    Rules rules = applicationRules();
    rules.append({u"project_uuid"_s, required()});
    rules.append({u"server_uuid"_s, required()});
    const bool git = kind == CreateKind::Public || kind == CreateKind::GithubApp
        || kind == CreateKind::DeployKey;
    if (git) {
        rules.append({u"git_repository"_s, required()});
        rules.append({u"git_branch"_s, required()});
        Rule pack = required();
        pack.in = QStringList{u"nixpacks"_s, u"railpack"_s, u"static"_s, u"dockerfile"_s,
                              u"dockercompose"_s};
        rules.append({u"build_pack"_s, pack});
    }
    if (kind == CreateKind::GithubApp)
        rules.append({u"github_app_uuid"_s, required()});
    if (kind == CreateKind::DeployKey)
        rules.append({u"private_key_uuid"_s, required()});
    if (kind == CreateKind::Dockerfile)
        rules.append({u"dockerfile"_s, required()});
    if (kind == CreateKind::DockerImage)
        rules.append({u"docker_registry_image_name"_s, required()});
    QJsonObject errors = Validation::merge(Validation::check(fields, rules),
                                           Validation::unknownFields(fields, createAllowList()));
    if (git && fields.value(u"git_repository"_s).isString()
        && !Validation::isValidGitRepositoryUrl(fields.value(u"git_repository"_s).toString()))
        errors.insert(u"git_repository"_s, QJsonArray{u"The git repository URL is not valid."_s});
    if (!errors.isEmpty())
        return Response::validation(errors);
    if (!fields.value(u"environment_name"_s).isString()
        && !fields.value(u"environment_uuid"_s).isString())
        return Response::message(
            422, u"You need to provide at least one of environment_name or environment_uuid."_s);

    const qsizetype p =
        SandboxState::indexOf(c.state.projects, fields.value(u"project_uuid"_s).toString());
    if (p < 0)
        return notFound("Project not found.");
    const qint64 projectId = c.state.projects.at(p).value(u"id"_s).toInteger();
    QJsonObject env =
        c.state.findEnvironment(projectId, fields.value(u"environment_uuid"_s).toString());
    if (env.isEmpty())
        env = c.state.findEnvironment(projectId, fields.value(u"environment_name"_s).toString());
    if (env.isEmpty())
        return notFound("Environment not found.");
    const qsizetype s =
        SandboxState::indexOf(c.state.servers, fields.value(u"server_uuid"_s).toString());
    if (s < 0)
        return notFound("Server not found.");
    const QJsonObject server = c.state.servers.at(s);
    if (server.value(u"settings"_s).toObject().value(u"is_build_server"_s).toBool()) {
        return Response::validation(
            QJsonObject{{u"server_uuid"_s,
                         QJsonArray{u"The specified server is configured as a build server and "
                                    "cannot host resources."_s}}});
    }
    if (fields.contains(u"destination_uuid"_s)
        && fields.value(u"destination_uuid"_s).toString()
            != server.value(u"_destination_uuid"_s).toString())
        return notFound("Destination not found.");
    if (kind == CreateKind::GithubApp)
        return notFound("Github App not found.");
    if (kind == CreateKind::DeployKey)
        return notFound("Private Key not found.");
    if (kind == CreateKind::Dockerfile
        && !Validation::isBase64(fields.value(u"dockerfile"_s).toString()))
        return Response::validation(
            QJsonObject{{u"dockerfile"_s, u"The dockerfile should be base64 encoded."_s}});

    const QString buildPack = kind == CreateKind::Dockerfile ? u"dockerfile"_s
        : kind == CreateKind::DockerImage                    ? u"dockerimage"_s
                                          : fields.value(u"build_pack"_s).toString();
    if (buildPack == QLatin1String("dockercompose") && fields.contains(u"domains"_s)) {
        return Response::validation(QJsonObject{
            {u"domains"_s,
             u"The domains field cannot be used for dockercompose applications. Use "
             "docker_compose_domains instead to set domains for individual services."_s}});
    }
    if (fields.contains(u"ports_exposes"_s)
        && !QRegularExpression(u"^\\d+(,\\d+)*$"_s)
                .match(fields.value(u"ports_exposes"_s).toString())
                .hasMatch()) {
        return Response::validation(
            QJsonObject{{u"ports_exposes"_s,
                         u"The ports_exposes should be a comma separated list of numbers."_s}});
    }

    // A complete row with every column (as the seed builds them), then the request on top.
    QJsonObject app = c.state.makeApplication(QString(), buildPack, env.value(u"id"_s).toInteger(),
                                              int(s), u"exited:unhealthy"_s);
    const QString uuid = app.value(u"uuid"_s).toString();
    QString domains;
    if (fields.value(u"domains"_s).isString()) {
        const QStringList bad =
            Validation::validateDomains(fields.value(u"domains"_s).toString(), &domains);
        if (!bad.isEmpty())
            return Response::validation(QJsonArray::fromStringList(bad));
        if (!truthy(fields.value(u"force_domain_override"_s))) {
            const QJsonArray conflicts = Validation::domainConflicts(c.state, domains, QString());
            if (!conflicts.isEmpty())
                return Response::json(409, Validation::conflictResponseBody(conflicts));
        }
    } else if (!fields.contains(u"autogenerate_domain"_s)
               || truthy(fields.value(u"autogenerate_domain"_s))) {
        const QString wildcard =
            server.value(u"settings"_s).toObject().value(u"wildcard_domain"_s).toString();
        const QUrl url(wildcard);
        domains = url.isValid() && !url.host().isEmpty()
            ? QString(url.scheme() + u"://"_s + uuid + u'.' + url.host())
            : QString(u"http://"_s + uuid + u'.' + server.value(u"ip"_s).toString()
                      + u".sslip.io"_s);
    }

    const QString now = c.state.now();
    const QString repo = Validation::storedRepository(fields.value(u"git_repository"_s).toString());
    const QString branch = fields.value(u"git_branch"_s).toString(u"main"_s);
    for (const char *k :
         {"fqdn", "dockerfile", "docker_compose", "docker_compose_raw", "docker_compose_domains",
          "custom_labels", "manual_webhook_secret_github", "health_check_port",
          "custom_nginx_configuration", "docker_registry_image_name", "docker_registry_image_tag"})
        app.insert(QString::fromUtf8(k), QJsonValue(QJsonValue::Null));
    app.insert(u"name"_s,
               git ? QString(repo + u':' + branch + u'-' + uuid.left(8))
                   : u"docker-image-"_s + uuid.left(8));
    app.insert(u"description"_s, u""_s);
    app.insert(u"git_repository"_s, git ? repo : u"coollabsio/coolify"_s);
    app.insert(u"git_branch"_s, branch);
    app.insert(u"git_commit_sha"_s, u"HEAD"_s);
    app.insert(u"build_pack"_s, buildPack);
    app.insert(u"ports_exposes"_s,
               buildPack == QLatin1String("dockercompose")
                   ? u"80"_s
                   : fields.value(u"ports_exposes"_s).toString(u"3000"_s));
    app.insert(u"status"_s, u"exited:unhealthy"_s);
    app.insert(u"environment_id"_s, env.value(u"id"_s));
    app.insert(u"destination_id"_s, server.value(u"_destination_id"_s));
    app.insert(u"created_at"_s, now);
    app.insert(u"updated_at"_s, now);
    app.insert(u"last_online_at"_s, now);
    app.insert(u"restart_count"_s, 0);
    app.insert(u"_deploy_fails"_s, false);
    if (!domains.isEmpty())
        app.insert(u"fqdn"_s, domains);
    if (kind == CreateKind::Dockerfile)
        app.insert(u"_raw_dockerfile"_s, true); // its image is always <uuid>:latest (§10)
    if (kind == CreateKind::Dockerfile)
        app.insert(u"dockerfile"_s,
                   QString::fromUtf8(QByteArray::fromBase64(
                       fields.value(u"dockerfile"_s).toString().toLatin1())));
    QJsonArray tags;
    for (const QJsonValue &t : fields.value(u"tags"_s).toArray()) {
        if (t.toString().size() >= 2)
            tags.append(t);
    }
    app.insert(u"_tags"_s, tags);
    QJsonObject settings = app.value(u"settings"_s).toObject();
    settings.insert(u"is_static"_s, buildPack == QLatin1String("static"));
    settings.insert(u"is_spa"_s, false);
    static const QStringList skip = {u"project_uuid"_s,
                                     u"environment_name"_s,
                                     u"environment_uuid"_s,
                                     u"server_uuid"_s,
                                     u"destination_uuid"_s,
                                     u"autogenerate_domain"_s,
                                     u"tags"_s,
                                     u"github_app_uuid"_s,
                                     u"private_key_uuid"_s,
                                     u"docker_compose_raw"_s,
                                     u"dockerfile"_s,
                                     u"domains"_s,
                                     u"force_domain_override"_s,
                                     u"instant_deploy"_s,
                                     u"git_repository"_s,
                                     u"build_pack"_s,
                                     u"ports_exposes"_s,
                                     u"use_build_server"_s,
                                     u"custom_nginx_configuration"_s};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (skip.contains(it.key()))
            continue;
        if (applicationSettingsFields().contains(it.key()))
            settings.insert(
                it.key(),
                isLaravelBoolean(it.value()) && it.key().startsWith(QLatin1String("is_"))
                    ? QJsonValue(truthy(it.value()) || it.value().toString() == QLatin1String("1"))
                    : it.value());
        else if (it.key() == QLatin1String("health_check_port"))
            app.insert(it.key(),
                       it.value().isNull()
                           ? it.value()
                           : QJsonValue(QString::number(it.value().toVariant().toLongLong())));
        else
            app.insert(it.key(),
                       it.key() == QLatin1String("name")
                           ? QJsonValue(stripTags(it.value().toString()))
                           : it.value());
    }
    app.insert(u"settings"_s, settings);
    c.state.applications.append(app);
    c.state.markChanged();
    if (truthy(fields.value(u"instant_deploy"_s)))
        c.deployer.queue(c.state.applications.size() - 1, false, false, true);
    return Response::json(
        201,
        QJsonObject{{u"uuid"_s, uuid},
                    {u"domains"_s,
                     domains.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(domains)}});
}

} // namespace Coolify::Sandbox
