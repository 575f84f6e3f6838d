#include "api/families/applications.h"

using namespace Qt::StringLiterals;

namespace Coolify::Api::Applications {

namespace {
QString path(const QString &uuid, QStringView action = {})
{
    return resourcePath(ResourceKind::Application, uuid, action);
}
QString flag(bool value)
{
    return value ? u"true"_s : u"false"_s;
}
} // namespace

ApiRequest list(const QString &tag)
{
    QUrlQuery query;
    if (!tag.isEmpty())
        query.addQueryItem(u"tag"_s, tag);
    return ApiRequest::get(u"applications"_s, query);
}

ApiRequest get(const QString &uuid)
{
    return ApiRequest::get(path(uuid));
}

ApiRequest createPublic(const QJsonObject &body)
{
    return ApiRequest::post(u"applications/public"_s, QJsonDocument(body));
}

ApiRequest update(const QString &uuid, const QJsonObject &patch)
{
    return ApiRequest::patch(path(uuid), QJsonDocument(patch));
}

ApiRequest remove(const QString &uuid, const DeleteOptions &options)
{
    return Resources::remove(ResourceKind::Application, uuid, options);
}

ApiRequest start(const QString &uuid, bool force, bool instantDeploy)
{
    // Action endpoints read their flags with $request->boolean(): query or body both work.
    ApiRequest request = Resources::start(ResourceKind::Application, uuid);
    if (force)
        request.query.addQueryItem(u"force"_s, flag(true));
    if (instantDeploy)
        request.query.addQueryItem(u"instant_deploy"_s, flag(true));
    return request;
}

ApiRequest stop(const QString &uuid, bool dockerCleanup)
{
    return Resources::stop(ResourceKind::Application, uuid, dockerCleanup);
}

ApiRequest restart(const QString &uuid)
{
    return Resources::restart(ResourceKind::Application, uuid);
}

ApiRequest logs(const QString &uuid, int lines, bool timestamps)
{
    return *Resources::logs(ResourceKind::Application, uuid, lines, timestamps);
}

ApiRequest envs(const QString &uuid)
{
    return ApiRequest::get(path(uuid, u"envs"));
}

ApiRequest rollbackImages(const QString &uuid)
{
    return ApiRequest::get(path(uuid, u"rollback-images"));
}

ApiRequest rollback(const QString &uuid, const QString &commit)
{
    return ApiRequest::post(path(uuid, u"rollback"),
                            QJsonDocument(QJsonObject{{u"commit"_s, commit}}));
}

} // namespace Coolify::Api::Applications
