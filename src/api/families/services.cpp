#include "api/families/services.h"
#include "api/families/resources.h"

using namespace Qt::StringLiterals;

namespace Coolify::Api::Services {

namespace {
QString path(const QString &uuid)
{
    return resourcePath(ResourceKind::Service, uuid);
}
QString flag(bool on)
{
    return on ? u"true"_s : u"false"_s;
}
} // namespace

ApiRequest list()
{
    return ApiRequest::get(u"services"_s);
}

ApiRequest get(const QString &uuid)
{
    return ApiRequest::get(path(uuid));
}

ApiRequest start(const QString &uuid)
{
    return Resources::start(ResourceKind::Service, uuid);
}

ApiRequest stop(const QString &uuid, bool dockerCleanup)
{
    return Resources::stop(ResourceKind::Service, uuid, dockerCleanup);
}

ApiRequest restart(const QString &uuid, bool latest)
{
    ApiRequest r = Resources::restart(ResourceKind::Service, uuid);
    if (latest) // the server's default is false; keep the plain call plain
        r.query.addQueryItem(u"latest"_s, flag(true));
    return r;
}

} // namespace Coolify::Api::Services
