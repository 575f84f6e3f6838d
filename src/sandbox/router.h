#pragma once

#include "sandbox/http.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Coolify::Sandbox {

class SandboxState;
class DeploymentSimulator;
struct SandboxConfig;

// What a route handler sees: the request, path parameters and the token's powers.
struct Context
{
    const Request &request;
    QStringList params;
    QStringList abilities;
    bool sensitive = false; // can_read_sensitive (read:sensitive or root)
    SandboxState &state;
    DeploymentSimulator &deployer;
    const SandboxConfig &config;

    QString param(int i) const { return params.value(i); }
};

using Handler = std::function<Response(Context &)>;

// Middleware group of a route in routes/api.php.
enum class Group {
    Main, // auth:sanctum, throttle, ApiAllowed, api.sensitive, api.ability
    ApiToggle // /enable, /disable: auth + ability, no ApiAllowed
};

struct Route
{
    QByteArray method;
    QStringList segments; // "{x}" = parameter
    QString ability; // required ability, empty = none
    Group group = Group::Main;
    Handler handler;
};

// Laravel-style routing: first registered route whose method and path match wins; no 405
// (unmatched methods fall to the catch-all 404, coolify-api.md §7).
class Router
{
public:
    void add(const char *method, const char *path, const char *ability, Handler handler,
             Group group = Group::Main);
    // A GET twin of a POST-only route: 405 "This endpoint has changed to a POST request."
    void addPostRequiredStub(const char *path, const char *ability, Group group = Group::Main);
    // path is relative to /api/v1, e.g. "/applications/abc".
    const Route *match(const QByteArray &method, const QString &path, QStringList *params) const;

private:
    QList<Route> m_routes;
};

// Route families, one file each.
void registerApplicationRoutes(Router &router);
void registerEnvRoutes(Router &router);
void registerDeploymentRoutes(Router &router);
void registerDatabaseRoutes(Router &router);
void registerServiceRoutes(Router &router);
void registerProjectRoutes(Router &router); // projects, servers, resources, version, enable/disable
void registerTeamRoutes(Router &router);
void registerBackupRoutes(Router &router);
void registerS3StorageRoutes(Router &router);
void registerTagRoutes(Router &router);
// `backup_configs` of a GET /databases item: each configuration with its `latest_log`.
QJsonArray backupConfigsForList(const SandboxState &state, const QJsonObject &database);

} // namespace Coolify::Sandbox
