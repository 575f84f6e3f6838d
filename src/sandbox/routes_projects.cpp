// Projects, environments, servers, resources, version and the API switch (FACTS §1, §6).
#include "sandbox/databasekinds.h"
#include "sandbox/routeutil.h"
#include "sandbox/validation.h"
#include "sandbox/views.h"

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

QList<QJsonObject> environmentsOf(const SandboxState &state, qint64 projectId)
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : state.environments) {
        if (e.value(QLatin1String("project_id")).toInteger() == projectId)
            out.append(Views::publicFields(e, false));
    }
    return out;
}

Response listProjects(Context &c)
{
    QJsonArray out;
    for (const QJsonObject &p : std::as_const(c.state.projects)) {
        QJsonObject o;
        for (const char *k : {"id", "uuid", "name", "description"})
            o.insert(S(k), p.value(S(k)));
        out.append(o);
    }
    return Response::json(200, out);
}

Response getProject(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.projects, c.param(0));
    if (i < 0)
        return notFound("Project not found.");
    QJsonObject p = Views::publicFields(c.state.projects.at(i), false);
    p.insert(S("environments"), toArray(environmentsOf(c.state, p.value(S("id")).toInteger())));
    return Response::json(200, p);
}

Response createProject(Context &c)
{
    QJsonObject fields;
    if (auto bad = parseJsonBody(c.request, &fields))
        return *bad;
    Rules rules;
    Rule name;
    name.type = Rule::String;
    name.required = true;
    name.maxLength = 255;
    Rule description;
    description.type = Rule::String;
    description.nullable = true;
    rules.append({S("name"), name});
    rules.append({S("description"), description});
    const QJsonObject errors =
        Validation::merge(Validation::check(fields, rules),
                          Validation::unknownFields(fields, {S("name"), S("description")}));
    if (!errors.isEmpty())
        return Response::validation(errors);
    const QString now = c.state.now();
    const int id = c.state.nextId(S("projects"));
    const QString uuid = c.state.newUuid();
    c.state.projects.append(QJsonObject{{S("id"), id},
                                        {S("uuid"), uuid},
                                        {S("name"), stripTags(fields.value(S("name")).toString())},
                                        {S("description"), fields.value(S("description"))},
                                        {S("team_id"), 0},
                                        {S("created_at"), now},
                                        {S("updated_at"), now}});
    c.state.environments.append(QJsonObject{{S("id"), c.state.nextId(S("environments"))},
                                            {S("uuid"), c.state.newUuid()},
                                            {S("name"), S("production")},
                                            {S("description"), QJsonValue(QJsonValue::Null)},
                                            {S("project_id"), id},
                                            {S("created_at"), now},
                                            {S("updated_at"), now}});
    c.state.markChanged();
    return Response::json(201, QJsonObject{{S("uuid"), uuid}});
}

Response projectEnvironments(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.projects, c.param(0));
    if (i < 0)
        return notFound("Project not found.");
    QJsonArray out;
    for (const QJsonObject &e :
         environmentsOf(c.state, c.state.projects.at(i).value(S("id")).toInteger()))
        out.append(QJsonObject{{S("id"), e.value(S("id"))},
                               {S("uuid"), e.value(S("uuid"))},
                               {S("name"), e.value(S("name"))}});
    return Response::json(200, out);
}

Response environmentDetails(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.projects, c.param(0));
    if (i < 0)
        return notFound("Project not found.");
    const QJsonObject env =
        c.state.findEnvironment(c.state.projects.at(i).value(S("id")).toInteger(), c.param(1));
    if (env.isEmpty())
        return notFound("Environment not found.");
    const qint64 envId = env.value(S("id")).toInteger();
    QJsonObject out = Views::publicFields(env, false);
    // Nested relations are not scrubbed of `id`; KeyDB, Dragonfly and ClickHouse are not loaded.
    // They are serialised without removeSensitiveData, so the models' $hidden secrets are absent
    // whatever the token's abilities (FACTS §2, §6).
    QJsonArray apps, services;
    for (const QJsonObject &a : std::as_const(c.state.applications)) {
        if (a.value(S("environment_id")).toInteger() == envId) {
            QJsonObject o = Views::publicFields(a, false);
            o.remove(S("settings"));
            Views::removeHiddenApplicationFields(o);
            apps.append(o);
        }
    }
    for (const QJsonObject &s : std::as_const(c.state.services)) {
        if (s.value(S("environment_id")).toInteger() == envId) {
            QJsonObject o = Views::publicFields(s, false);
            Views::removeHiddenServiceFields(o);
            services.append(o);
        }
    }
    const QList<QPair<const char *, const char *>> relations = {{"postgresqls", "postgresql"},
                                                                {"redis", "redis"},
                                                                {"mongodbs", "mongodb"},
                                                                {"mysqls", "mysql"},
                                                                {"mariadbs", "mariadb"}};
    out.insert(S("applications"), apps);
    for (const auto &[relation, kind] : relations) {
        QJsonArray rows;
        for (const QJsonObject &d : std::as_const(c.state.databases)) {
            if (d.value(S("environment_id")).toInteger() == envId
                && d.value(S("_kind")).toString() == S(kind)) {
                QJsonObject o = Views::publicFields(d, false);
                Views::removeHiddenDatabaseFields(o, d);
                rows.append(o);
            }
        }
        out.insert(S(relation), rows);
    }
    out.insert(S("services"), services);
    return Response::json(200, out);
}

QJsonArray serverResources(const SandboxState &state, const QJsonObject &server)
{
    const qint64 destination = server.value(S("_destination_id")).toInteger();
    QJsonArray out;
    const auto add = [&out](const QJsonObject &row, const QString &type) {
        out.append(QJsonObject{{S("id"), row.value(S("id"))},
                               {S("uuid"), row.value(S("uuid"))},
                               {S("name"), row.value(S("name"))},
                               {S("type"), type},
                               {S("status"), row.value(S("status"))},
                               {S("created_at"), row.value(S("created_at"))},
                               {S("updated_at"), row.value(S("updated_at"))}});
    };
    for (const QJsonObject &a : state.applications) {
        if (a.value(S("destination_id")).toInteger() == destination)
            add(a, S("application"));
    }
    for (const QJsonObject &d : state.databases) {
        if (d.value(S("destination_id")).toInteger() == destination) {
            const DatabaseKind *kind = databaseKindOf(d);
            add(d, kind ? S("standalone-") + kind->path : S("database"));
        }
    }
    for (const QJsonObject &s : state.services) {
        if (s.value(S("destination_id")).toInteger() == destination)
            add(s, S("service"));
    }
    return out;
}

Response listServers(Context &c)
{
    QJsonArray out;
    for (const QJsonObject &s : std::as_const(c.state.servers))
        out.append(Views::serverListItem(s, c.sensitive));
    return Response::json(200, out);
}

Response getServer(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.servers, c.param(0));
    if (i < 0)
        return notFound("Server not found.");
    QJsonObject out = Views::serverDetail(c.state.servers.at(i), c.sensitive);
    if (truthy(c.request.queryValue(S("resources"))))
        out.insert(S("resources"), serverResources(c.state, c.state.servers.at(i)));
    return Response::json(200, out);
}

Response getServerResources(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.servers, c.param(0));
    if (i < 0)
        return notFound("Server not found.");
    return Response::json(200, serverResources(c.state, c.state.servers.at(i)));
}

Response listResources(Context &c)
{
    QJsonArray out;
    for (const QJsonObject &a : std::as_const(c.state.applications)) {
        QJsonObject o = Views::application(c.state, a, c.sensitive, false);
        o.insert(S("type"), S("application"));
        out.append(o);
    }
    for (const QJsonObject &s : std::as_const(c.state.services)) {
        QJsonObject o = Views::service(c.state, s, c.sensitive);
        o.insert(S("type"), S("service"));
        out.append(o);
    }
    for (const QJsonObject &d : std::as_const(c.state.databases)) {
        QJsonObject o = Views::database(c.state, d, c.sensitive);
        const DatabaseKind *kind = databaseKindOf(d);
        o.insert(S("type"), kind ? S("standalone-") + kind->path : S("database"));
        out.append(o);
    }
    return Response::json(200, out);
}

Response toggleApi(Context &c, bool enable)
{
    c.state.apiDisabled = !enable;
    c.state.markChanged();
    return Response::message(200, enable ? S("API enabled.") : S("API disabled."));
}

} // namespace

void registerProjectRoutes(Router &router)
{
    router.add("GET", "/version", "read", [](Context &) { return Response::text(200, "4.3.11"); });
    router.add(
        "POST", "/enable", "write", [](Context &c) { return toggleApi(c, true); },
        Group::ApiToggle);
    router.add(
        "POST", "/disable", "write", [](Context &c) { return toggleApi(c, false); },
        Group::ApiToggle);
    router.addPostRequiredStub("/enable", "write", Group::ApiToggle);
    router.addPostRequiredStub("/disable", "write", Group::ApiToggle);
    router.add("GET", "/projects", "read", listProjects);
    router.add("GET", "/projects/{uuid}", "read", getProject);
    router.add("GET", "/projects/{uuid}/environments", "read", projectEnvironments);
    router.add("GET", "/projects/{uuid}/{environment_name_or_uuid}", "read", environmentDetails);
    router.add("POST", "/projects", "write", createProject);
    router.add("GET", "/servers", "read", listServers);
    router.add("GET", "/servers/{uuid}", "read", getServer);
    router.add("GET", "/servers/{uuid}/resources", "read", getServerResources);
    router.add("GET", "/resources", "read", listResources);
}

} // namespace Coolify::Sandbox
