#pragma once

#include "api/apirequest.h"

// GET /resources: every application, service and standalone database of the token's team,
// each with a `type` ("application", "service", "standalone-postgresql", …; FACTS §6).
//
//     client->send(Api::Resources::list().withDecoder(&Models::Resource::decodeList));
namespace Coolify::Api::Resources {

ApiRequest list();

} // namespace Coolify::Api::Resources
