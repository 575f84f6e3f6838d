#pragma once

#include "api/apirequest.h"
#include "api/resourcekind.h"

// GET /resources: every application, service and standalone database of the token's team,
// each with a `type` ("application", "service", "standalone-postgresql", …; coolify-api.md §6).
// And the lifecycle routes the three kinds share, keyed by kind (coolify-api.md §5, §13): all
// POST, all answering "queued" — follow the resource's status afterwards.
//
//     client->send(Api::Resources::list().withDecoder(&Models::Resource::decodeList));
//     client->send(Api::Resources::stop(Api::ResourceKind::Service, uuid));
namespace Coolify::Api::Resources {

// Query flags of DELETE /{kind}/{uuid}; the server defaults every one to true.
struct DeleteOptions
{
    bool deleteConfigurations = true;
    bool deleteVolumes = true;
    bool dockerCleanup = true;
    bool deleteConnectedNetworks = true;
};

ApiRequest list();

// POST …/start. For an application this queues a deployment (Applications::start has its flags).
ApiRequest start(ResourceKind kind, const QString &uuid);
// POST …/stop; docker_cleanup defaults to true on the server, so only `false` is sent.
ApiRequest stop(ResourceKind kind, const QString &uuid, bool dockerCleanup = true);
// POST …/restart. Applications answer with a restart_only deployment's uuid.
ApiRequest restart(ResourceKind kind, const QString &uuid);
// DELETE /{kind}/{uuid} with every flag spelled out.
ApiRequest remove(ResourceKind kind, const QString &uuid, const DeleteOptions &options = {});
// GET …/logs → {"logs":"…"}: the first container's recent lines; `lines` ≤ 0 leaves the server's
// default (100). Services have no logs route of their own (their components do): nullopt.
std::optional<ApiRequest> logs(ResourceKind kind, const QString &uuid, int lines = 100,
                               bool timestamps = false);

} // namespace Coolify::Api::Resources
