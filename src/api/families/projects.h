#pragma once

#include "api/apirequest.h"

// Request builders for projects and their environments (coolify-api.md §6 "Project",
// "Environment"). The list has no environments; get() has them with their numeric ids, which is how
// applications, databases and services (`environment_id`) are mapped to an environment.
//
//     client->send(Api::Projects::get(uuid).withDecoder(&Models::Project::decode));
namespace Coolify::Api::Projects {

ApiRequest list();
ApiRequest get(const QString &uuid);
ApiRequest environments(const QString &projectUuid);
// An environment with its applications, services and five of the eight database types
// (KeyDB, Dragonfly and ClickHouse are never included).
ApiRequest environment(const QString &projectUuid, const QString &environmentNameOrUuid);

} // namespace Coolify::Api::Projects
