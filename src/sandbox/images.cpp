#include "sandbox/images.h"

#include "sandbox/state.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox::Images {

namespace {
// CleanupDocker::cleanupApplicationImages keeps only "regular" tags; these are not.
bool isRegular(const QString &tag)
{
    return tag != QLatin1String("latest") && !tag.startsWith(QLatin1String("pr-"))
        && !tag.endsWith(QLatin1String("-build"));
}
} // namespace

Naming namingOf(const QJsonObject &app)
{
    const QString pack = app.value(QLatin1String("build_pack")).toString();
    if (pack == QLatin1String("dockercompose"))
        return Naming::None;
    if (pack == QLatin1String("dockerimage"))
        return Naming::Registry;
    if (app.value(QLatin1String("_raw_dockerfile")).toBool())
        return Naming::Latest;
    return Naming::Commit;
}

QString dockerTime(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" +0000 UTC"_s;
}

QString resolvedCommit(const QString &appUuid, const QString &deploymentUuid)
{
    return QString::fromLatin1(QCryptographicHash::hash((appUuid + u'/' + deploymentUuid).toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex());
}

bool hasImage(const QJsonObject &app, const QString &tag)
{
    const QJsonArray images = app.value(QLatin1String("_images")).toArray();
    for (const QJsonValue &image : images) {
        if (image.toObject().value(QLatin1String("tag")).toString() == tag)
            return true;
    }
    return false;
}

void recordBuild(QJsonObject &app, const QString &tag, const QDateTime &when)
{
    QJsonArray images = app.value(u"_images"_s).toArray();
    if (!hasImage(app, tag))
        images.append(QJsonObject{{u"tag"_s, tag}, {u"created_at"_s, dockerTime(when)}});
    // Keep the running tag and the N newest other regular tags (oldest first in the array).
    const int keep = qBound(
        0, app.value(u"settings"_s).toObject().value(u"docker_images_to_keep"_s).toInt(2), 100);
    int kept = 0;
    for (qsizetype i = images.size() - 1; i >= 0; --i) {
        const QString t = images.at(i).toObject().value(u"tag"_s).toString();
        if (t == tag || !isRegular(t))
            continue;
        if (kept < keep)
            ++kept;
        else
            images.removeAt(i);
    }
    app.insert(u"_images"_s, images);
    app.insert(u"_current_image"_s, tag);
}

QJsonObject rollbackImages(const SandboxState &state, const QJsonObject &app)
{
    const QJsonValue null(QJsonValue::Null);
    const QJsonObject empty{{u"current"_s, null}, {u"images"_s, QJsonArray()}};
    // Read live over SSH: nothing (and no error) when the server cannot be reached.
    if (!state.serverUsable(app.value(u"destination_id"_s).toInteger()))
        return empty;
    QString current;
    QJsonArray out;
    switch (namingOf(app)) {
    case Naming::None:
        return empty;
    case Naming::Registry: {
        current = app.value(u"docker_registry_image_tag"_s).toString();
        if (current.isEmpty())
            return empty;
        out.append(QJsonObject{{u"tag"_s, current},
                               {u"created_at"_s,
                                dockerTime(QDateTime::fromString(
                                    app.value(u"created_at"_s).toString(), Qt::ISODateWithMs))},
                               {u"is_current"_s, true}});
        break;
    }
    case Naming::Latest:
    case Naming::Commit: {
        current = app.value(u"_current_image"_s).toString();
        const QJsonArray images = app.value(u"_images"_s).toArray();
        // `docker images` lists newest first.
        for (qsizetype i = images.size() - 1; i >= 0; --i) {
            QJsonObject image = images.at(i).toObject();
            image.insert(u"is_current"_s, image.value(u"tag"_s).toString() == current);
            out.append(image);
        }
        break;
    }
    }
    return {{u"current"_s, current.isEmpty() ? null : QJsonValue(current)}, {u"images"_s, out}};
}

} // namespace Coolify::Sandbox::Images
