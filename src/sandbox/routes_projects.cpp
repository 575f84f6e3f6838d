// Projects, environments, servers, resources, version and the API switch (coolify-api.md §1, §6).
#include "sandbox/databasekinds.h"
#include "sandbox/routeutil.h"
#include "sandbox/validation.h"
#include "sandbox/views.h"

using namespace Qt::StringLiterals;

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
            o.insert(QString::fromUtf8(k), p.value(QString::fromUtf8(k)));
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
    p.insert(u"environments"_s, toArray(environmentsOf(c.state, p.value(u"id"_s).toInteger())));
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
    rules.append({u"name"_s, name});
    rules.append({u"description"_s, description});
    const QJsonObject errors =
        Validation::merge(Validation::check(fields, rules),
                          Validation::unknownFields(fields, {u"name"_s, u"description"_s}));
    if (!errors.isEmpty())
        return Response::validation(errors);
    const QString now = c.state.now();
    const int id = c.state.nextId(u"projects"_s);
    const QString uuid = c.state.newUuid();
    c.state.projects.append(QJsonObject{{u"id"_s, id},
                                        {u"uuid"_s, uuid},
                                        {u"name"_s, stripTags(fields.value(u"name"_s).toString())},
                                        {u"description"_s, fields.value(u"description"_s)},
                                        {u"team_id"_s, 0},
                                        {u"created_at"_s, now},
                                        {u"updated_at"_s, now}});
    c.state.environments.append(QJsonObject{{u"id"_s, c.state.nextId(u"environments"_s)},
                                            {u"uuid"_s, c.state.newUuid()},
                                            {u"name"_s, u"production"_s},
                                            {u"description"_s, QJsonValue(QJsonValue::Null)},
                                            {u"project_id"_s, id},
                                            {u"created_at"_s, now},
                                            {u"updated_at"_s, now}});
    c.state.markChanged();
    return Response::json(201, QJsonObject{{u"uuid"_s, uuid}});
}

Response projectEnvironments(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.projects, c.param(0));
    if (i < 0)
        return notFound("Project not found.");
    QJsonArray out;
    for (const QJsonObject &e :
         environmentsOf(c.state, c.state.projects.at(i).value(u"id"_s).toInteger()))
        out.append(QJsonObject{{u"id"_s, e.value(u"id"_s)},
                               {u"uuid"_s, e.value(u"uuid"_s)},
                               {u"name"_s, e.value(u"name"_s)}});
    return Response::json(200, out);
}

Response environmentDetails(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.projects, c.param(0));
    if (i < 0)
        return notFound("Project not found.");
    const QJsonObject env =
        c.state.findEnvironment(c.state.projects.at(i).value(u"id"_s).toInteger(), c.param(1));
    if (env.isEmpty())
        return notFound("Environment not found.");
    const qint64 envId = env.value(u"id"_s).toInteger();
    QJsonObject out = Views::publicFields(env, false);
    // Nested relations are not scrubbed of `id`; KeyDB, Dragonfly and ClickHouse are not loaded.
    // They are serialised without removeSensitiveData, so the models' $hidden secrets are absent
    // whatever the token's abilities (coolify-api.md §2, §6).
    QJsonArray apps, services;
    for (const QJsonObject &a : std::as_const(c.state.applications)) {
        if (a.value(u"environment_id"_s).toInteger() == envId) {
            QJsonObject o = Views::publicFields(a, false);
            o.remove(u"settings"_s);
            Views::removeHiddenApplicationFields(o);
            apps.append(o);
        }
    }
    for (const QJsonObject &s : std::as_const(c.state.services)) {
        if (s.value(u"environment_id"_s).toInteger() == envId) {
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
    out.insert(u"applications"_s, apps);
    for (const auto &[relation, kind] : relations) {
        QJsonArray rows;
        for (const QJsonObject &d : std::as_const(c.state.databases)) {
            if (d.value(u"environment_id"_s).toInteger() == envId
                && d.value(u"_kind"_s).toString() == QString::fromUtf8(kind)) {
                QJsonObject o = Views::publicFields(d, false);
                Views::removeHiddenDatabaseFields(o, d);
                rows.append(o);
            }
        }
        out.insert(QString::fromUtf8(relation), rows);
    }
    out.insert(u"services"_s, services);
    return Response::json(200, out);
}

QJsonArray serverResources(const SandboxState &state, const QJsonObject &server)
{
    const qint64 destination = server.value(u"_destination_id"_s).toInteger();
    QJsonArray out;
    const auto add = [&out](const QJsonObject &row, const QString &type) {
        out.append(QJsonObject{{u"id"_s, row.value(u"id"_s)},
                               {u"uuid"_s, row.value(u"uuid"_s)},
                               {u"name"_s, row.value(u"name"_s)},
                               {u"type"_s, type},
                               {u"status"_s, row.value(u"status"_s)},
                               {u"created_at"_s, row.value(u"created_at"_s)},
                               {u"updated_at"_s, row.value(u"updated_at"_s)}});
    };
    for (const QJsonObject &a : state.applications) {
        if (a.value(u"destination_id"_s).toInteger() == destination)
            add(a, u"application"_s);
    }
    for (const QJsonObject &d : state.databases) {
        if (d.value(u"destination_id"_s).toInteger() == destination) {
            const DatabaseKind *kind = databaseKindOf(d);
            add(d, kind ? u"standalone-"_s + kind->path : u"database"_s);
        }
    }
    for (const QJsonObject &s : state.services) {
        if (s.value(u"destination_id"_s).toInteger() == destination)
            add(s, u"service"_s);
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
    if (truthy(c.request.queryValue(u"resources"_s)))
        out.insert(u"resources"_s, serverResources(c.state, c.state.servers.at(i)));
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
        o.insert(u"type"_s, u"application"_s);
        out.append(o);
    }
    for (const QJsonObject &s : std::as_const(c.state.services)) {
        QJsonObject o = Views::service(c.state, s, c.sensitive);
        o.insert(u"type"_s, u"service"_s);
        out.append(o);
    }
    for (const QJsonObject &d : std::as_const(c.state.databases)) {
        QJsonObject o = Views::database(c.state, d, c.sensitive);
        const DatabaseKind *kind = databaseKindOf(d);
        o.insert(u"type"_s, kind ? u"standalone-"_s + kind->path : u"database"_s);
        out.append(o);
    }
    return Response::json(200, out);
}

Response toggleApi(Context &c, bool enable)
{
    c.state.apiDisabled = !enable;
    c.state.markChanged();
    return Response::message(200, enable ? u"API enabled."_s : u"API disabled."_s);
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
