#pragma once

#include "api/resourcekind.h"

#include <QString>
#include <QUrl>

namespace Coolify::Models {

class InstanceData;

// Where a resource lives outside this app: its page in the instance's web UI and the address it
// is served at. UI-free, so the actions that open or copy them only display the answers.
//
//     const QUrl page = WebLinks::resourcePage(*data, root, kind, uuid); // empty: not known yet
//     if (page.isValid()) QDesktopServices::openUrl(page);
namespace WebLinks {

// The resource's page in Coolify's web UI (coolify-api.md §6, "Web UI pages"):
// <root>/project/<project uuid>/environment/<environment
// uuid>/<application|database|service>/<uuid>. Empty when the resource or its environment is not
// known (projects not loaded yet); *reason then says which.
QUrl resourcePage(const InstanceData &data, const QUrl &root, Api::ResourceKind kind,
                  const QString &uuid, QString *reason = nullptr);
// <root>/server/<uuid>.
QUrl serverPage(const QUrl &root, const QString &serverUuid);
// The first web address the resource is served at: an application's first domain, a service's
// first application domain. Empty for databases and for resources without a domain; only
// http(s) addresses count (anything else the server sends is not an address to copy or open).
QUrl servedAt(const InstanceData &data, Api::ResourceKind kind, const QString &uuid);

} // namespace WebLinks
} // namespace Coolify::Models
