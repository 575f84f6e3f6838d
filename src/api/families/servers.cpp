#include "api/families/servers.h"

using namespace Qt::StringLiterals;

namespace Coolify::Api::Servers {

ApiRequest list()
{
    return ApiRequest::get(u"servers"_s);
}

ApiRequest get(const QString &uuid)
{
    return ApiRequest::get(u"servers/"_s + uuid);
}

ApiRequest resources(const QString &uuid)
{
    return ApiRequest::get(u"servers/"_s + uuid + u"/resources"_s);
}

} // namespace Coolify::Api::Servers
