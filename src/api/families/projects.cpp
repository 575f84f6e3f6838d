#include "api/families/projects.h"

namespace Coolify::Api::Projects {

ApiRequest list()
{
    return ApiRequest::get(QStringLiteral("projects"));
}

ApiRequest get(const QString &uuid)
{
    return ApiRequest::get(QStringLiteral("projects/") + uuid);
}

ApiRequest environments(const QString &projectUuid)
{
    return ApiRequest::get(QStringLiteral("projects/") + projectUuid
                           + QStringLiteral("/environments"));
}

ApiRequest environment(const QString &projectUuid, const QString &environmentNameOrUuid)
{
    return ApiRequest::get(QStringLiteral("projects/") + projectUuid + u'/'
                           + environmentNameOrUuid);
}

} // namespace Coolify::Api::Projects
