#include "api/families/servers.h"

namespace Coolify::Api::Servers {

ApiRequest list()
{
    return ApiRequest::get(QStringLiteral("servers"));
}

ApiRequest get(const QString &uuid)
{
    return ApiRequest::get(QStringLiteral("servers/") + uuid);
}

ApiRequest resources(const QString &uuid)
{
    return ApiRequest::get(QStringLiteral("servers/") + uuid + QStringLiteral("/resources"));
}

} // namespace Coolify::Api::Servers
