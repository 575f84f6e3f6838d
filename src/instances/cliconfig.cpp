#include "instances/cliconfig.h"

#include "api/baseurl.h"
#include "api/token.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Coolify::Instances {

namespace {

// viper lower-cases keys when the CLI rewrites the file: "fqdn" may be "FQDN" in hand-edited
// files and "lastupdatechecktime" in rewritten ones. An exact match wins.
QJsonValue member(const QJsonObject &object, QLatin1StringView key)
{
    if (const auto it = object.constFind(key); it != object.constEnd())
        return *it;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

bool isTrue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    return value.isString() && value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

CliInstance readInstance(const QJsonObject &object)
{
    CliInstance entry;
    entry.name = member(object, "name"_L1).toString().trimmed();
    entry.address = member(object, "fqdn"_L1).toString().trimmed();
    entry.isDefault = isTrue(member(object, "default"_L1));
    const QJsonValue token = member(object, "token"_L1);

    const Api::NormalizedUrl url = Api::normalizeBaseUrl(entry.address);
    if (url.ok())
        entry.rootUrl = url.root;
    if (entry.name.isEmpty())
        entry.name = entry.rootUrl.isValid() ? entry.rootUrl.host() : CliConfig::tr("Unnamed");

    auto skip = [&entry](CliInstance::Skip why, const QString &reason) {
        entry.skip = why;
        entry.skipReason = reason;
        entry.token.clear();
        return entry;
    };
    if (!token.isString() && !token.isUndefined() && !token.isNull())
        return skip(CliInstance::Skip::BadToken, CliConfig::tr("Its token is not text."));
    entry.token = token.toString().trimmed();
    if (entry.token.isEmpty())
        return skip(CliInstance::Skip::NoToken,
                    CliConfig::tr("No token is set for it in the CLI."));
    // The CLI's example context: http://localhost:8000 with "root", never a real Sanctum token
    // (those are "<id>|<secret>").
    if (entry.token == "root"_L1)
        return skip(CliInstance::Skip::Placeholder,
                    CliConfig::tr("The CLI's example entry (its token is the placeholder "
                                  "\u201croot\u201d)."));
    if (entry.address.isEmpty())
        return skip(CliInstance::Skip::BadAddress, CliConfig::tr("No address is set for it."));
    if (!url.ok())
        return skip(CliInstance::Skip::BadAddress, url.error);
    if (const QString problem = Api::tokenProblem(entry.token); !problem.isEmpty())
        return skip(CliInstance::Skip::BadToken, problem);
    return entry;
}

} // namespace

qsizetype CliConfig::importableCount() const
{
    return std::count_if(instances.cbegin(), instances.cend(),
                         [](const CliInstance &i) { return i.skip == CliInstance::Skip::None; });
}

QStringList CliConfig::candidatePaths(const QProcessEnvironment &environment)
{
    QStringList paths;
    auto add = [&paths](const QString &directory) {
        if (directory.isEmpty() || !QDir::isAbsolutePath(directory))
            return;
        const QString file = QDir::cleanPath(directory + "/coolify/config.json"_L1);
        if (!paths.contains(file))
            paths << file;
    };
    const QString home = environment.value(u"HOME"_s);
#if defined(Q_OS_WIN)
    add(environment.value(u"APPDATA"_s));
    const QString profile = environment.value(u"USERPROFILE"_s);
    if (!profile.isEmpty())
        add(profile + "/AppData/Roaming"_L1);
    add(environment.value(u"LOCALAPPDATA"_s));
#else
    if (!home.isEmpty())
        add(home + "/.config"_L1);
    // Older CLIs: the XDG config directory, which on macOS is Application Support.
    add(environment.value(u"XDG_CONFIG_HOME"_s));
#if defined(Q_OS_MACOS)
    if (!home.isEmpty())
        add(home + "/Library/Application Support"_L1);
#endif
#endif
    return paths;
}

CliConfig CliConfig::readFirst(const QStringList &candidates)
{
    for (const QString &path : candidates) {
        if (QFileInfo::exists(path))
            return read(path);
    }
    CliConfig config;
    config.path = candidates.value(0);
    config.error = candidates.isEmpty()
        ? tr("The home directory is not known, so coolify-cli's configuration cannot be found.")
        : tr("coolify-cli's configuration was not found in %1.")
              .arg(QDir::toNativeSeparators(config.path));
    return config;
}

CliConfig CliConfig::read(const QString &path)
{
    CliConfig config;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        config.path = path;
        config.error = tr("There is no file %1.").arg(shown);
        return config;
    }
    if (!info.isFile()) {
        config.path = path;
        config.found = true;
        config.error = tr("%1 is not a file.").arg(shown);
        return config;
    }
    if (info.size() > MaxFileSize) {
        config.path = path;
        config.found = true;
        config.error = tr("%1 is too large (%2 bytes) to be coolify-cli's configuration.")
                           .arg(shown)
                           .arg(info.size());
        return config;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        config.path = path;
        config.found = true;
        config.error = tr("%1 cannot be read: %2").arg(shown, file.errorString());
        return config;
    }
    config = parse(file.read(MaxFileSize + 1));
    config.path = path;
    config.found = true;
    return config;
}

CliConfig CliConfig::parse(const QByteArray &json)
{
    CliConfig config;
    if (json.size() > MaxFileSize) {
        config.error = tr("The file is too large to be coolify-cli's configuration.");
        return config;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        config.error = tr("The file is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return config;
    }
    if (!document.isObject()) {
        config.error = tr("The file does not hold coolify-cli's settings (no JSON object).");
        return config;
    }
    const QJsonValue list = member(document.object(), "instances"_L1);
    if (list.isUndefined() || list.isNull())
        return config; // a CLI that has never been given an instance
    if (!list.isArray()) {
        config.error = tr("The file's \u201cinstances\u201d is not a list.");
        return config;
    }
    for (const QJsonValue &value : list.toArray()) {
        if (value.isObject())
            config.instances << readInstance(value.toObject());
    }
    return config;
}

} // namespace Coolify::Instances
