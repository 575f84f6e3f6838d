#include "api/families/applications.h"

namespace Coolify::Api::Applications {

namespace {
QString path(const QString &uuid, const QString &action = {})
{
    QString p = QStringLiteral("applications/") + uuid;
    if (!action.isEmpty())
        p += u'/' + action;
    return p;
}
QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

ApiRequest list(const QString &tag)
{
    QUrlQuery query;
    if (!tag.isEmpty())
        query.addQueryItem(QStringLiteral("tag"), tag);
    return ApiRequest::get(QStringLiteral("applications"), query);
}

ApiRequest get(const QString &uuid)
{
    return ApiRequest::get(path(uuid));
}

ApiRequest createPublic(const QJsonObject &body)
{
    return ApiRequest::post(QStringLiteral("applications/public"), QJsonDocument(body));
}

ApiRequest update(const QString &uuid, const QJsonObject &patch)
{
    return ApiRequest::patch(path(uuid), QJsonDocument(patch));
}

ApiRequest remove(const QString &uuid, const DeleteOptions &options)
{
    ApiRequest request = ApiRequest::remove(path(uuid));
    request.query.addQueryItem(QStringLiteral("delete_configurations"),
                               flag(options.deleteConfigurations));
    request.query.addQueryItem(QStringLiteral("delete_volumes"), flag(options.deleteVolumes));
    request.query.addQueryItem(QStringLiteral("docker_cleanup"), flag(options.dockerCleanup));
    request.query.addQueryItem(QStringLiteral("delete_connected_networks"),
                               flag(options.deleteConnectedNetworks));
    return request;
}

ApiRequest start(const QString &uuid, bool force, bool instantDeploy)
{
    // Action endpoints read their flags with $request->boolean(): query or body both work.
    ApiRequest request = ApiRequest::post(path(uuid, QStringLiteral("start")));
    if (force)
        request.query.addQueryItem(QStringLiteral("force"), flag(true));
    if (instantDeploy)
        request.query.addQueryItem(QStringLiteral("instant_deploy"), flag(true));
    return request;
}

ApiRequest stop(const QString &uuid, bool dockerCleanup)
{
    ApiRequest request = ApiRequest::post(path(uuid, QStringLiteral("stop")));
    if (!dockerCleanup)
        request.query.addQueryItem(QStringLiteral("docker_cleanup"), flag(false));
    return request;
}

ApiRequest restart(const QString &uuid)
{
    return ApiRequest::post(path(uuid, QStringLiteral("restart")));
}

ApiRequest logs(const QString &uuid, int lines, bool timestamps)
{
    QUrlQuery query;
    if (lines > 0)
        query.addQueryItem(QStringLiteral("lines"), QString::number(lines));
    if (timestamps)
        query.addQueryItem(QStringLiteral("show_timestamps"), flag(true));
    return ApiRequest::get(path(uuid, QStringLiteral("logs")), query);
}

ApiRequest envs(const QString &uuid)
{
    return ApiRequest::get(path(uuid, QStringLiteral("envs")));
}

} // namespace Coolify::Api::Applications
