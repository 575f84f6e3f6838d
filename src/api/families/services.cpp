#include "api/families/services.h"

namespace Coolify::Api::Services {

namespace {
QString path(const QString &uuid, QLatin1String action = {})
{
    QString p = QStringLiteral("services/") + uuid;
    if (action.size() > 0)
        p += u'/' + action;
    return p;
}
QString flag(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

ApiRequest list()
{
    return ApiRequest::get(QStringLiteral("services"));
}

ApiRequest get(const QString &uuid)
{
    return ApiRequest::get(path(uuid));
}

ApiRequest start(const QString &uuid)
{
    return ApiRequest::post(path(uuid, QLatin1String("start")));
}

ApiRequest stop(const QString &uuid, bool dockerCleanup)
{
    ApiRequest r = ApiRequest::post(path(uuid, QLatin1String("stop")));
    r.query.addQueryItem(QStringLiteral("docker_cleanup"), flag(dockerCleanup));
    return r;
}

ApiRequest restart(const QString &uuid, bool latest)
{
    ApiRequest r = ApiRequest::post(path(uuid, QLatin1String("restart")));
    if (latest) // the server's default is false; keep the plain call plain
        r.query.addQueryItem(QStringLiteral("latest"), flag(true));
    return r;
}

} // namespace Coolify::Api::Services
