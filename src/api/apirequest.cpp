#include "api/apirequest.h"

namespace Coolify::Api {

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest r;
    r.path = path;
    r.query = query;
    return r;
}

ApiRequest ApiRequest::post(const QString &path, const std::optional<QJsonDocument> &body)
{
    ApiRequest r;
    r.method = Method::Post;
    r.path = path;
    r.body = body;
    return r;
}

ApiRequest ApiRequest::patch(const QString &path, const QJsonDocument &body)
{
    ApiRequest r;
    r.method = Method::Patch;
    r.path = path;
    r.body = body;
    return r;
}

ApiRequest ApiRequest::remove(const QString &path)
{
    ApiRequest r;
    r.method = Method::Delete;
    r.path = path;
    return r;
}

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

} // namespace Coolify::Api
