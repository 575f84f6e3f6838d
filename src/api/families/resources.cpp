#include "api/families/resources.h"

namespace Coolify::Api::Resources {

ApiRequest list()
{
    return ApiRequest::get(QStringLiteral("resources"));
}

} // namespace Coolify::Api::Resources
