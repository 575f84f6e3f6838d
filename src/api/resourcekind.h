#pragma once

#include <QString>

#include <optional>

// The three kinds of deployable resource and where each lives in the API, in one place:
// /applications, /databases and /services share their lifecycle routes (coolify-api.md §5).
//
//     const auto kind = Api::kindFromKey(row.kind);         // "database" → ResourceKind::Database
//     client->send(Api::Resources::restart(*kind, uuid));  // POST databases/{uuid}/restart
namespace Coolify::Api {

enum class ResourceKind { Application, Database, Service };

inline constexpr ResourceKind allResourceKinds[] = {ResourceKind::Application,
                                                    ResourceKind::Database, ResourceKind::Service};

// "application", "database", "service": the key models use for Roles::Kind and settings.
QString kindKey(ResourceKind kind);
// The inverse of kindKey(); nullopt for anything else ("server", "deployment", "").
std::optional<ResourceKind> kindFromKey(QStringView key);
// "applications", "databases", "services".
QString routeSegment(ResourceKind kind);
// "applications/{uuid}" or "applications/{uuid}/{action}".
QString resourcePath(ResourceKind kind, const QString &uuid, QStringView action = {});

} // namespace Coolify::Api
