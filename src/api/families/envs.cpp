#include "api/families/envs.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Coolify::Api::Envs {

ApiRequest list(ResourceKind kind, const QString &uuid)
{
    return ApiRequest::get(resourcePath(kind, uuid, u"envs"));
}

ApiRequest create(ResourceKind kind, const QString &uuid, const QJsonObject &variable)
{
    return ApiRequest::post(resourcePath(kind, uuid, u"envs"), QJsonDocument(variable));
}

ApiRequest update(ResourceKind kind, const QString &uuid, const QJsonObject &variable)
{
    return ApiRequest::patch(resourcePath(kind, uuid, u"envs"), QJsonDocument(variable));
}

ApiRequest bulk(ResourceKind kind, const QString &uuid, const QJsonArray &variables)
{
    return ApiRequest::patch(resourcePath(kind, uuid, u"envs/bulk"),
                             QJsonDocument(QJsonObject{{u"data"_s, variables}}));
}

ApiRequest remove(ResourceKind kind, const QString &uuid, const QString &envUuid,
                  const QString &key)
{
    ApiRequest request = ApiRequest::remove(resourcePath(kind, uuid, u"envs/") + envUuid);
    request.subject = key;
    return request;
}

} // namespace Coolify::Api::Envs
