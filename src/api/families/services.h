#pragma once

#include "api/apirequest.h"

// Request builders for the services endpoint family (coolify-api.md §5, §6). Lifecycle calls are
// POST and only queue work: 200 means "queued", poll the status.
//
//     client->send(Api::Services::list().withDecoder(&Models::Service::decodeList));
namespace Coolify::Api::Services {

ApiRequest list();
ApiRequest get(const QString &uuid);
ApiRequest start(const QString &uuid);
ApiRequest stop(const QString &uuid, bool dockerCleanup = true);
// latest: pull the newest images before restarting.
ApiRequest restart(const QString &uuid, bool latest = false);

} // namespace Coolify::Api::Services
