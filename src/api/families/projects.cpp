#include "api/families/projects.h"

using namespace Qt::StringLiterals;

namespace Coolify::Api::Projects {

ApiRequest list()
{
    return ApiRequest::get(u"projects"_s);
}

ApiRequest get(const QString &uuid)
{
    return ApiRequest::get(u"projects/"_s + uuid);
}

ApiRequest environments(const QString &projectUuid)
{
    return ApiRequest::get(u"projects/"_s + projectUuid + u"/environments"_s);
}

ApiRequest environment(const QString &projectUuid, const QString &environmentNameOrUuid)
{
    return ApiRequest::get(u"projects/"_s + projectUuid + u'/' + environmentNameOrUuid);
}

} // namespace Coolify::Api::Projects
