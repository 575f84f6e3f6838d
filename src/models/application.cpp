#include "models/application.h"

#include "models/json.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

using namespace Json;

namespace {
// An object is only a list when Laravel keyed it "0","1",… (coolify-api.md §4); {"message":…} is
// not.
bool isIndexObject(const QJsonDocument &document)
{
    if (!document.isObject())
        return true;
    const QStringList keys = document.object().keys();
    return std::all_of(keys.cbegin(), keys.cend(), [](const QString &key) {
        bool numeric = false;
        key.toUInt(&numeric);
        return numeric;
    });
}
} // namespace

ApplicationSettings ApplicationSettings::fromJson(const QJsonObject &o)
{
    ApplicationSettings s;
    s.isStatic = boolean(o, QLatin1String("is_static")).value_or(false);
    s.isSpa = boolean(o, QLatin1String("is_spa")).value_or(false);
    s.autoDeploy = boolean(o, QLatin1String("is_auto_deploy_enabled")).value_or(false);
    s.forceHttps = boolean(o, QLatin1String("is_force_https_enabled")).value_or(false);
    s.previewDeployments =
        boolean(o, QLatin1String("is_preview_deployments_enabled")).value_or(false);
    s.buildServer = boolean(o, QLatin1String("is_build_server_enabled")).value_or(false);
    s.raw = o;
    return s;
}

const QStringList &Application::sensitiveKeys()
{
    static const QStringList keys{
        u"http_basic_auth_password"_s,
        u"manual_webhook_secret_github"_s,
        u"manual_webhook_secret_gitlab"_s,
        u"manual_webhook_secret_bitbucket"_s,
        u"manual_webhook_secret_gitea"_s,
        u"dockerfile"_s,
        u"docker_compose"_s,
        u"docker_compose_raw"_s,
        u"custom_labels"_s,
        u"private_key_id"_s,
    };
    return keys;
}

Application Application::fromListJson(const QJsonObject &object)
{
    Application a = fromJson(object);
    a.sensitiveValues = {};
    return a;
}

Application Application::fromJson(const QJsonObject &o)
{
    Application a;
    a.uuid = string(o, QLatin1String("uuid"));
    a.name = string(o, QLatin1String("name"));
    a.description = string(o, QLatin1String("description"));
    const QStringList domains = string(o, QLatin1String("fqdn")).split(u',', Qt::SkipEmptyParts);
    for (const QString &domain : domains) {
        const QString trimmed = domain.trimmed();
        if (!trimmed.isEmpty())
            a.fqdns.append(trimmed);
    }
    a.status = ResourceStatus::parse(string(o, QLatin1String("status")));
    a.serverReachable = boolean(o, QLatin1String("server_status"));
    a.buildPack = string(o, QLatin1String("build_pack"));
    a.gitRepository = string(o, QLatin1String("git_repository"));
    a.gitBranch = string(o, QLatin1String("git_branch"));
    a.gitCommitSha = string(o, QLatin1String("git_commit_sha"));
    const QString image = string(o, QLatin1String("docker_registry_image_name"));
    if (a.buildPack == QLatin1String("dockerimage") && !image.isEmpty()) {
        const QString tag = string(o, QLatin1String("docker_registry_image_tag"));
        a.dockerImage = tag.isEmpty() ? image : image + u':' + tag;
    }
    a.portsExposes = string(o, QLatin1String("ports_exposes"));
    a.environmentId = integer(o, QLatin1String("environment_id")).value_or(-1);
    a.destinationId = integer(o, QLatin1String("destination_id")).value_or(-1);
    a.restartCount = int(integer(o, QLatin1String("restart_count")).value_or(0));
    a.createdAt = timestamp(o, QLatin1String("created_at"));
    a.updatedAt = timestamp(o, QLatin1String("updated_at"));
    a.lastOnlineAt = timestamp(o, QLatin1String("last_online_at"));
    const QJsonValue settings = o.value(QLatin1String("settings"));
    if (settings.isObject())
        a.settings = ApplicationSettings::fromJson(settings.toObject());
    for (const QString &key : sensitiveKeys()) {
        if (o.contains(key))
            a.sensitiveValues.insert(key, o.value(key));
        else
            a.redactedKeys.append(key);
    }
    return a;
}

QVariant Application::decodeList(const QJsonDocument &document, QString *error)
{
    bool ok = false;
    const QJsonArray array = list(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &ok);
    if (!ok || document.isNull() || !isIndexObject(document)) {
        *error = QCoreApplication::translate("Coolify::Models", "expected a list of applications");
        return {};
    }
    QList<Application> apps;
    apps.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        const Application app = fromListJson(value.toObject());
        if (!app.uuid.isEmpty())
            apps.append(app);
    }
    return QVariant::fromValue(apps);
}

QVariant Application::decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault)
{
    return Json::decodeListBody<Application, &Application::fromListJson>(body, error, fault,
                                                                         &Application::decodeList);
}

QVariant Application::decodeOne(const QJsonDocument &document, QString *error)
{
    const Application app = document.isObject() ? fromJson(document.object()) : Application();
    if (app.uuid.isEmpty()) {
        *error =
            QCoreApplication::translate("Coolify::Models", "expected an application with a uuid");
        return {};
    }
    return QVariant::fromValue(app);
}

QString Application::redactedText()
{
    return tr("hidden — token lacks read:sensitive");
}

std::optional<QString> Application::sensitiveValue(const QString &key) const
{
    if (!sensitiveValues.contains(key))
        return std::nullopt;
    const QJsonValue value = sensitiveValues.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString(); // null: nothing stored
}

QList<int> Application::ports() const
{
    QList<int> out;
    for (const QString &part : portsExposes.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int port = part.trimmed().toInt(&ok);
        if (ok && port > 0 && port < 65536)
            out.append(port);
    }
    return out;
}

QString Application::repositoryText() const
{
    if (!dockerImage.isEmpty())
        return dockerImage;
    if (gitRepository.isEmpty())
        return {};
    return gitBranch.isEmpty() ? gitRepository : gitRepository + u'@' + gitBranch;
}

QString Application::serverText() const
{
    if (!serverReachable)
        return tr("Unknown");
    return *serverReachable ? tr("Reachable") : tr("Unreachable");
}

} // namespace Coolify::Models
