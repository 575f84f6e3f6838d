// Teams (TeamController): every sandbox token belongs to the root team (id 0), coolify-api.md §1
// and §6.
#include "sandbox/routeutil.h"

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

QJsonArray members()
{
    const QString created = u"2026-04-01T09:00:00.000000Z"_s;
    return {QJsonObject{{u"id"_s, 0},
                        {u"name"_s, u"Root User"_s},
                        {u"email"_s, u"admin@example.com"_s},
                        {u"email_verified_at"_s, created},
                        {u"created_at"_s, created},
                        {u"updated_at"_s, created},
                        {u"two_factor_confirmed_at"_s, QJsonValue(QJsonValue::Null)},
                        {u"force_password_reset"_s, false},
                        {u"marketing_emails"_s, false}}};
}

QJsonObject rootTeam()
{
    const QString created = u"2026-04-01T09:00:00.000000Z"_s;
    return {{u"id"_s, 0},
            {u"name"_s, u"Root Team"_s},
            {u"description"_s, u"The root team of this sandbox instance."_s},
            {u"personal_team"_s, false},
            {u"show_boarding"_s, false},
            {u"custom_server_limit"_s, QJsonValue(QJsonValue::Null)},
            {u"created_at"_s, created},
            {u"updated_at"_s, created},
            {u"members"_s, members()}};
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
