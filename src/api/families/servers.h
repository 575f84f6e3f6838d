#pragma once

#include "api/apirequest.h"

// Request builders for the servers endpoint family (coolify-api.md §6 "Server"). A facade is a set
// of functions that turn intent into ApiRequest values; callers attach a decoder and send them
// through their instance's ApiClient:
//
//     client->send(Api::Servers::list().withDecoder(&Models::Server::decodeList));
namespace Coolify::Api::Servers {

ApiRequest list();
ApiRequest get(const QString &uuid);
ApiRequest resources(const QString &uuid);

} // namespace Coolify::Api::Servers
