#pragma once

#include "api/apirequest.h"
#include "api/families/resources.h"

#include <QJsonObject>

// Request builders for the applications endpoint family (coolify-api.md §5, §6, §8). Every state
// change is a POST (start/stop/restart) and 200 only means "queued": follow the resource status
// after.
//
//     client->send(Api::Applications::list().withDecoder(&Models::Application::decodeList));
//     client->send(Api::Applications::start(uuid).withDecoder(&Models::DeployOutcome::decode));
namespace Coolify::Api::Applications {

using DeleteOptions = Resources::DeleteOptions;

// GET /applications (sorted by name), optionally only those carrying `tag`.
ApiRequest list(const QString &tag = {});
// GET /applications/{uuid}: the detail adds `settings`.
ApiRequest get(const QString &uuid);
// POST /applications/public → 201 {"uuid","domains"}.
ApiRequest createPublic(const QJsonObject &body);
// PATCH /applications/{uuid} → 200 {"uuid"} (or the "already queued" message with instant_deploy).
ApiRequest update(const QString &uuid, const QJsonObject &patch);
// DELETE /applications/{uuid}.
ApiRequest remove(const QString &uuid, const DeleteOptions &options = {});
// POST /applications/{uuid}/start → {"message","deployment_uuid"} or "already queued".
ApiRequest start(const QString &uuid, bool force = false, bool instantDeploy = false);
// POST /applications/{uuid}/stop → {"message"}.
ApiRequest stop(const QString &uuid, bool dockerCleanup = true);
// POST /applications/{uuid}/restart → {"message","deployment_uuid"} (a restart_only deployment).
ApiRequest restart(const QString &uuid);
// GET /applications/{uuid}/logs → {"logs":"..."}; 400 when the app is not running. `lines` ≤ 0
// leaves the server default (100).
ApiRequest logs(const QString &uuid, int lines = 100, bool timestamps = false);
// GET /applications/{uuid}/envs: regular variables, then their preview twins.
ApiRequest envs(const QString &uuid);
// GET /applications/{uuid}/rollback-images → {"current","images"} (§10); empty with 200 when
// the server cannot be reached.
ApiRequest rollbackImages(const QString &uuid);
// POST /applications/{uuid}/rollback {"commit"} → {"message","deployment_uuid"}; every call
// queues a new deployment; a full queue is a 400 here (§10).
ApiRequest rollback(const QString &uuid, const QString &commit);

} // namespace Coolify::Api::Applications
