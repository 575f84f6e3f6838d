// Teams (TeamController): every sandbox token belongs to the root team (id 0), FACTS §1 and §6.
#include "sandbox/routeutil.h"

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

QJsonArray members()
{
    const QString created = QStringLiteral("2026-04-01T09:00:00.000000Z");
    return {QJsonObject{{S("id"), 0},
                        {S("name"), S("Root User")},
                        {S("email"), S("admin@example.com")},
                        {S("email_verified_at"), created},
                        {S("created_at"), created},
                        {S("updated_at"), created},
                        {S("two_factor_confirmed_at"), QJsonValue(QJsonValue::Null)},
                        {S("force_password_reset"), false},
                        {S("marketing_emails"), false}}};
}

QJsonObject rootTeam()
{
    const QString created = QStringLiteral("2026-04-01T09:00:00.000000Z");
    return {{S("id"), 0},
            {S("name"), S("Root Team")},
            {S("description"), S("The root team of this sandbox instance.")},
            {S("personal_team"), false},
            {S("show_boarding"), false},
            {S("custom_server_limit"), QJsonValue(QJsonValue::Null)},
            {S("created_at"), created},
            {S("updated_at"), created},
            {S("members"), members()}};
}

} // namespace

void registerTeamRoutes(Router &router)
{
    router.add("GET", "/teams", "read",
               [](Context &) { return Response::json(200, QJsonArray{rootTeam()}); });
    router.add("GET", "/team", "read", [](Context &) { return Response::json(200, rootTeam()); });
    router.add("GET", "/teams/current", "read",
               [](Context &) { return Response::json(200, rootTeam()); });
    router.add("GET", "/team/members", "read",
               [](Context &) { return Response::json(200, members()); });
    router.add("GET", "/teams/current/members", "read",
               [](Context &) { return Response::json(200, members()); });
    router.add("GET", "/teams/{id}", "read", [](Context &c) {
        return c.param(0) == QLatin1String("0") ? Response::json(200, rootTeam())
                                                : notFound("Team not found.");
    });
    router.add("GET", "/teams/{id}/members", "read", [](Context &c) {
        return c.param(0) == QLatin1String("0") ? Response::json(200, members())
                                                : notFound("Team not found.");
    });
}

} // namespace Coolify::Sandbox
