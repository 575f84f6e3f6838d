#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Coolify::Sandbox {

class SandboxState;

// The Docker images an application leaves on its server, as GET /applications/{uuid}/
// rollback-images reads them (coolify-api.md §10). Stored on the application row: `_images`
// ([{tag, created_at}] in Docker's CreatedAt text, oldest first) and `_current_image`.
namespace Images {

enum class Naming {
    Commit, // git build packs: <uuid>:<commit>
    Latest, // raw Dockerfile: <uuid>:latest
    Registry, // dockerimage: docker_registry_image_name:docker_registry_image_tag
    None, // dockercompose: <uuid>_<service>, never listed
};
Naming namingOf(const QJsonObject &app);

// Docker's CreatedAt text: "2026-08-20 10:11:12 +0000 UTC".
QString dockerTime(const QDateTime &utc);
// The 40-hex SHA a deployment of "HEAD" resolves to (stable per deployment).
QString resolvedCommit(const QString &appUuid, const QString &deploymentUuid);
// A successful build of `tag` is now running; the image retention of CleanupDocker runs after.
void recordBuild(QJsonObject &app, const QString &tag, const QDateTime &when);
bool hasImage(const QJsonObject &app, const QString &tag);
// The body of GET /applications/{uuid}/rollback-images.
QJsonObject rollbackImages(const SandboxState &state, const QJsonObject &app);

} // namespace Images

} // namespace Coolify::Sandbox
