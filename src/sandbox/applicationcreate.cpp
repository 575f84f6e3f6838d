// POST /applications/{public,private-github-app,private-deploy-key,dockerfile,dockerimage} (FACTS
// §8).
#include "sandbox/applicationpatch.h"

#include "sandbox/deploymentsimulator.h"
#include "sandbox/routeutil.h"

#include <QRegularExpression>
#include <QUrl>

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

QStringList createAllowList()
{
    QStringList a = applicationAllowList();
    a += {S("project_uuid"),
          S("environment_name"),
          S("environment_uuid"),
          S("server_uuid"),
          S("destination_uuid"),
          S("autogenerate_domain"),
          S("tags"),
          S("github_app_uuid"),
          S("private_key_uuid"),
          S("docker_compose_raw"),
          S("dockerfile")};
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
    rules.append({S("project_uuid"), required()});
    rules.append({S("server_uuid"), required()});
    const bool git = kind == CreateKind::Public || kind == CreateKind::GithubApp
        || kind == CreateKind::DeployKey;
    if (git) {
        rules.append({S("git_repository"), required()});
        rules.append({S("git_branch"), required()});
        Rule pack = required();
        pack.in = QStringList{S("nixpacks"), S("railpack"), S("static"), S("dockerfile"),
                              S("dockercompose")};
        rules.append({S("build_pack"), pack});
    }
    if (kind == CreateKind::GithubApp)
        rules.append({S("github_app_uuid"), required()});
    if (kind == CreateKind::DeployKey)
        rules.append({S("private_key_uuid"), required()});
    if (kind == CreateKind::Dockerfile)
        rules.append({S("dockerfile"), required()});
    if (kind == CreateKind::DockerImage)
        rules.append({S("docker_registry_image_name"), required()});
    QJsonObject errors = Validation::merge(Validation::check(fields, rules),
                                           Validation::unknownFields(fields, createAllowList()));
    if (git && fields.value(S("git_repository")).isString()
        && !Validation::isValidGitRepositoryUrl(fields.value(S("git_repository")).toString()))
        errors.insert(S("git_repository"), QJsonArray{S("The git repository URL is not valid.")});
    if (!errors.isEmpty())
        return Response::validation(errors);
    if (!fields.value(S("environment_name")).isString()
        && !fields.value(S("environment_uuid")).isString())
        return Response::message(
            422, S("You need to provide at least one of environment_name or environment_uuid."));

    const qsizetype p =
        SandboxState::indexOf(c.state.projects, fields.value(S("project_uuid")).toString());
    if (p < 0)
        return notFound("Project not found.");
    const qint64 projectId = c.state.projects.at(p).value(S("id")).toInteger();
    QJsonObject env =
        c.state.findEnvironment(projectId, fields.value(S("environment_uuid")).toString());
    if (env.isEmpty())
        env = c.state.findEnvironment(projectId, fields.value(S("environment_name")).toString());
    if (env.isEmpty())
        return notFound("Environment not found.");
    const qsizetype s =
        SandboxState::indexOf(c.state.servers, fields.value(S("server_uuid")).toString());
    if (s < 0)
        return notFound("Server not found.");
    const QJsonObject server = c.state.servers.at(s);
    if (server.value(S("settings")).toObject().value(S("is_build_server")).toBool()) {
        return Response::validation(
            QJsonObject{{S("server_uuid"),
                         QJsonArray{S("The specified server is configured as a build server and "
                                      "cannot host resources.")}}});
    }
    if (fields.contains(S("destination_uuid"))
        && fields.value(S("destination_uuid")).toString()
            != server.value(S("_destination_uuid")).toString())
        return notFound("Destination not found.");
    if (kind == CreateKind::GithubApp)
        return notFound("Github App not found.");
    if (kind == CreateKind::DeployKey)
        return notFound("Private Key not found.");
    if (kind == CreateKind::Dockerfile
        && !Validation::isBase64(fields.value(S("dockerfile")).toString()))
        return Response::validation(
            QJsonObject{{S("dockerfile"), S("The dockerfile should be base64 encoded.")}});

    const QString buildPack = kind == CreateKind::Dockerfile ? S("dockerfile")
        : kind == CreateKind::DockerImage                    ? S("dockerimage")
                                          : fields.value(S("build_pack")).toString();
    if (buildPack == QLatin1String("dockercompose") && fields.contains(S("domains"))) {
        return Response::validation(QJsonObject{
            {S("domains"),
             S("The domains field cannot be used for dockercompose applications. Use "
               "docker_compose_domains instead to set domains for individual services.")}});
    }
    if (fields.contains(S("ports_exposes"))
        && !QRegularExpression(S("^\\d+(,\\d+)*$"))
                .match(fields.value(S("ports_exposes")).toString())
                .hasMatch()) {
        return Response::validation(
            QJsonObject{{S("ports_exposes"),
                         S("The ports_exposes should be a comma separated list of numbers.")}});
    }

    // A complete row with every column (as the seed builds them), then the request on top.
    QJsonObject app = c.state.makeApplication(QString(), buildPack, env.value(S("id")).toInteger(),
                                              int(s), S("exited:unhealthy"));
    const QString uuid = app.value(S("uuid")).toString();
    QString domains;
    if (fields.value(S("domains")).isString()) {
        const QStringList bad =
            Validation::validateDomains(fields.value(S("domains")).toString(), &domains);
        if (!bad.isEmpty())
            return Response::validation(QJsonArray::fromStringList(bad));
        if (!truthy(fields.value(S("force_domain_override")))) {
            const QJsonArray conflicts = Validation::domainConflicts(c.state, domains, QString());
            if (!conflicts.isEmpty())
                return Response::json(409, Validation::conflictResponseBody(conflicts));
        }
    } else if (!fields.contains(S("autogenerate_domain"))
               || truthy(fields.value(S("autogenerate_domain")))) {
        const QString wildcard =
            server.value(S("settings")).toObject().value(S("wildcard_domain")).toString();
        const QUrl url(wildcard);
        domains = url.isValid() && !url.host().isEmpty()
            ? QString(url.scheme() + S("://") + uuid + u'.' + url.host())
            : QString(S("http://") + uuid + u'.' + server.value(S("ip")).toString()
                      + S(".sslip.io"));
    }

    const QString now = c.state.now();
    const QString repo = Validation::storedRepository(fields.value(S("git_repository")).toString());
    const QString branch = fields.value(S("git_branch")).toString(S("main"));
    for (const char *k :
         {"fqdn", "dockerfile", "docker_compose", "docker_compose_raw", "docker_compose_domains",
          "custom_labels", "manual_webhook_secret_github", "health_check_port",
          "custom_nginx_configuration", "docker_registry_image_name", "docker_registry_image_tag"})
        app.insert(S(k), QJsonValue(QJsonValue::Null));
    app.insert(S("name"),
               git ? QString(repo + u':' + branch + u'-' + uuid.left(8))
                   : S("docker-image-") + uuid.left(8));
    app.insert(S("description"), S(""));
    app.insert(S("git_repository"), git ? repo : S("coollabsio/coolify"));
    app.insert(S("git_branch"), branch);
    app.insert(S("git_commit_sha"), S("HEAD"));
    app.insert(S("build_pack"), buildPack);
    app.insert(S("ports_exposes"),
               buildPack == QLatin1String("dockercompose")
                   ? S("80")
                   : fields.value(S("ports_exposes")).toString(S("3000")));
    app.insert(S("status"), S("exited:unhealthy"));
    app.insert(S("environment_id"), env.value(S("id")));
    app.insert(S("destination_id"), server.value(S("_destination_id")));
    app.insert(S("created_at"), now);
    app.insert(S("updated_at"), now);
    app.insert(S("last_online_at"), now);
    app.insert(S("restart_count"), 0);
    app.insert(S("_deploy_fails"), false);
    if (!domains.isEmpty())
        app.insert(S("fqdn"), domains);
    if (kind == CreateKind::Dockerfile)
        app.insert(S("dockerfile"),
                   QString::fromUtf8(QByteArray::fromBase64(
                       fields.value(S("dockerfile")).toString().toLatin1())));
    QJsonArray tags;
    for (const QJsonValue &t : fields.value(S("tags")).toArray()) {
        if (t.toString().size() >= 2)
            tags.append(t);
    }
    app.insert(S("_tags"), tags);
    QJsonObject settings = app.value(S("settings")).toObject();
    settings.insert(S("is_static"), buildPack == QLatin1String("static"));
    settings.insert(S("is_spa"), false);
    static const QStringList skip = {S("project_uuid"),
                                     S("environment_name"),
                                     S("environment_uuid"),
                                     S("server_uuid"),
                                     S("destination_uuid"),
                                     S("autogenerate_domain"),
                                     S("tags"),
                                     S("github_app_uuid"),
                                     S("private_key_uuid"),
                                     S("docker_compose_raw"),
                                     S("dockerfile"),
                                     S("domains"),
                                     S("force_domain_override"),
                                     S("instant_deploy"),
                                     S("git_repository"),
                                     S("build_pack"),
                                     S("ports_exposes"),
                                     S("use_build_server"),
                                     S("custom_nginx_configuration")};
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
    app.insert(S("settings"), settings);
    c.state.applications.append(app);
    c.state.markChanged();
    if (truthy(fields.value(S("instant_deploy"))))
        c.deployer.queue(c.state.applications.size() - 1, false, false, true);
    return Response::json(
        201,
        QJsonObject{{S("uuid"), uuid},
                    {S("domains"),
                     domains.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(domains)}});
}

} // namespace Coolify::Sandbox
