#include "api/families/tags.h"

using namespace Qt::StringLiterals;

namespace Coolify::Api::Tags {

ApiRequest list()
{
    return ApiRequest::get(u"tags"_s);
}

} // namespace Coolify::Api::Tags
