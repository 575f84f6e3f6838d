#pragma once

#include "api/apirequest.h"

// Request builders for tags (coolify-api.md §12). Deploying by tag is Deployments::deployTag();
// the applications carrying a tag come from Applications::list(tag).
//
//     client->send(Api::Tags::list().withDecoder(&Models::Tag::decodeList));
namespace Coolify::Api::Tags {

// GET /tags (read): the team's tags, sorted by name.
ApiRequest list();

} // namespace Coolify::Api::Tags
