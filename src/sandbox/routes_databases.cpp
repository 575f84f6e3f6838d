// Standalone databases (DatabasesController, FACTS §5, §6, §8).
#include "sandbox/databasekinds.h"
#include "sandbox/deploymentsimulator.h"
#include "sandbox/routeutil.h"
#include "sandbox/validation.h"
#include "sandbox/views.h"

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

QJsonObject listItem(Context &c, const QJsonObject &row)
{
    QJsonObject o = Views::database(c.state, row, c.sensitive);
    o.insert(S("backup_configs"), QJsonArray());
    return o;
}

Response listDatabases(Context &c)
{
    QJsonArray out;
    for (const QJsonObject &row : std::as_const(c.state.databases))
        out.append(listItem(c, row));
    return Response::json(200, out);
}

Response getDatabase(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.databases, c.param(0));
    if (i < 0)
        return notFound("Database not found.");
    return Response::json(200, Views::database(c.state, c.state.databases.at(i), c.sensitive));
}

Response deleteDatabase(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.databases, c.param(0));
    if (i < 0)
        return notFound("Database not found.");
    c.state.databases.removeAt(i);
    c.state.markChanged();
    return Response::message(200, S("Database deletion request queued."));
}

const QStringList &commonCreateFields()
{
    static const QStringList fields = {S("name"),
                                       S("description"),
                                       S("image"),
                                       S("project_uuid"),
                                       S("environment_name"),
                                       S("environment_uuid"),
                                       S("server_uuid"),
                                       S("destination_uuid"),
                                       S("is_public"),
                                       S("public_port"),
                                       S("public_port_timeout"),
                                       S("limits_memory"),
                                       S("limits_memory_swap"),
                                       S("limits_memory_swappiness"),
                                       S("limits_memory_reservation"),
                                       S("limits_cpus"),
                                       S("limits_cpuset"),
                                       S("limits_cpu_shares"),
                                       S("instant_deploy"),
                                       S("tags")};
    return fields;
}

Response createDatabase(Context &c, const DatabaseKind &kind)
{
    QJsonObject fields;
    if (auto bad = parseJsonBody(c.request, &fields))
        return *bad;
    // Keys unknown to every type: a plain list of names.
    const QStringList specific = allDatabaseSpecificFields();
    QJsonArray unknown;
    QJsonObject foreign;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!commonCreateFields().contains(it.key()) && !specific.contains(it.key()))
            unknown.append(it.key());
        else if (specific.contains(it.key()) && !kind.fields.contains(it.key()))
            foreign.insert(it.key(), QJsonArray{S("This field is not allowed.")});
    }
    if (!unknown.isEmpty())
        return Response::validation(unknown);
    if (!foreign.isEmpty())
        return Response::validation(foreign);
    Rules rules;
    Rule req;
    req.type = Rule::String;
    req.required = true;
    rules.append({S("project_uuid"), req});
    rules.append({S("server_uuid"), req});
    Rule ident;
    ident.type = Rule::String;
    ident.nullable = true;
    ident.pattern = S("[A-Za-z_][A-Za-z0-9_]{0,62}");
    Rule password;
    password.type = Rule::String;
    password.nullable = true;
    password.maxLength = 128;
    password.pattern = S("[A-Za-z0-9!@#%^*()_+\\-=\\[\\]{}:,.?/~]+");
    for (const QString &f : kind.fields) {
        if (f.endsWith(QLatin1String("_password")))
            rules.append({f, password});
        else if (f.endsWith(QLatin1String("_user")) || f.endsWith(QLatin1String("_db"))
                 || f.endsWith(QLatin1String("_database"))
                 || f.endsWith(QLatin1String("_username")))
            rules.append({f, ident});
    }
    Rule port;
    port.type = Rule::Integer;
    port.nullable = true;
    port.min = 1024;
    port.max = 65535;
    rules.append({S("public_port"), port});
    const QJsonObject errors = Validation::check(fields, rules);
    if (!errors.isEmpty())
        return Response::validation(errors);

    const qsizetype p =
        SandboxState::indexOf(c.state.projects, fields.value(S("project_uuid")).toString());
    if (p < 0)
        return notFound("Project not found.");
    const qint64 projectId = c.state.projects.at(p).value(S("id")).toInteger();
    QJsonObject env =
        c.state.findEnvironment(projectId, fields.value(S("environment_uuid")).toString());
    if (env.isEmpty())
        env = c.state.findEnvironment(projectId, fields.value(S("environment_name")).toString());
    if (env.isEmpty())
        return Response::message(
            422, S("You need to provide a valid environment_name or environment_uuid."));
    const qsizetype s =
        SandboxState::indexOf(c.state.servers, fields.value(S("server_uuid")).toString());
    if (s < 0)
        return notFound("Server not found.");
    const QJsonValue publicPort = fields.value(S("public_port"));
    if (publicPort.isDouble() || publicPort.isString()) {
        for (const QJsonObject &other : std::as_const(c.state.databases)) {
            if (other.value(S("public_port")).toInteger() == publicPort.toVariant().toLongLong())
                return Response::message(400, S("Public port already used by another database."));
        }
    }

    QJsonObject row = c.state.makeDatabase(kind.path, QString(), env.value(S("id")).toInteger(),
                                           int(s), S("exited:unhealthy"));
    const QString uuid = row.value(S("uuid")).toString();
    const QString now = c.state.now();
    row.insert(S("name"), QString(kind.path + S("-database-") + uuid));
    row.insert(S("destination_id"), c.state.servers.at(s).value(S("_destination_id")));
    row.insert(S("created_at"), now);
    row.insert(S("updated_at"), now);
    row.insert(S("last_online_at"), now);
    row.insert(S("started_at"), QJsonValue(QJsonValue::Null));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key().endsWith(QLatin1String("_uuid"))
            || it.key() == QLatin1String("environment_name")
            || it.key() == QLatin1String("instant_deploy") || it.value().isNull())
            continue;
        if (it.key() == QLatin1String("tags")) {
            row.insert(S("_tags"), it.value());
            continue;
        }
        row.insert(it.key(),
                   it.key() == QLatin1String("name") ? QJsonValue(stripTags(it.value().toString()))
                                                     : it.value());
    }
    const bool isPublic =
        truthy(row.value(S("is_public"))) && !row.value(S("public_port")).isNull();
    row.insert(S("is_public"), isPublic);
    row.insert(S("internal_db_url"), internalDbUrl(row));
    QJsonObject body{{S("uuid"), uuid}, {S("internal_db_url"), row.value(S("internal_db_url"))}};
    if (isPublic) {
        QString external = internalDbUrl(row);
        external.replace(
            uuid + u':' + QString::number(kind.port),
            c.state.servers.at(s).value(S("ip")).toString() + u':'
                + QString::number(row.value(S("public_port")).toVariant().toLongLong()));
        row.insert(S("external_db_url"), external);
        body.insert(S("external_db_url"), external);
    }
    c.state.databases.append(row);
    c.state.markChanged();
    if (truthy(fields.value(S("instant_deploy"))))
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Databases, uuid,
                                  S("running:healthy"));
    return Response::json(201, body);
}

Response databaseAction(Context &c, const QString &action)
{
    const qsizetype i = SandboxState::indexOf(c.state.databases, c.param(0));
    if (i < 0)
        return notFound("Database not found.");
    const QString status = c.state.databases.at(i).value(S("status")).toString();
    if (action == QLatin1String("start")) {
        if (status.contains(QLatin1String("running")))
            return Response::message(400, S("Database is already running."));
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Databases, c.param(0),
                                  S("running:healthy"));
        return Response::message(200, S("Database starting request queued."));
    }
    if (action == QLatin1String("stop")) {
        if (status.contains(QLatin1String("stopped")) || status.contains(QLatin1String("exited")))
            return Response::message(400, S("Database is already stopped."));
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Databases, c.param(0),
                                  S("exited:unhealthy"));
        return Response::message(200, S("Database stopping request queued."));
    }
    c.deployer.scheduleStatus(DeploymentSimulator::Table::Databases, c.param(0),
                              S("running:healthy"));
    return Response::message(200, S("Database restarting request queued."));
}

Response databaseLogs(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.databases, c.param(0));
    if (i < 0)
        return notFound("Database not found.");
    const QJsonObject db = c.state.databases.at(i);
    if (!db.value(S("status")).toString().startsWith(QLatin1String("running")))
        return Response::message(400, S("Database is not running."));
    bool ok = false;
    int lines = c.request.queryValue(S("lines")).toInt(&ok);
    if (!ok || lines <= 0)
        lines = 100;
    QStringList out;
    for (int n = 0; n < qMin(lines, 40); ++n)
        out.append(
            S("%1 | LOG:  checkpoint %2 complete").arg(db.value(S("name")).toString()).arg(n + 1));
    return Response::json(200, QJsonObject{{S("logs"), out.join(u'\n')}});
}

} // namespace

void registerDatabaseRoutes(Router &router)
{
    router.add("GET", "/databases", "read", listDatabases);
    for (const DatabaseKind &kind : databaseKinds()) {
        const QByteArray path = "/databases/" + kind.path.toLatin1();
        const DatabaseKind *k = &kind;
        router.add("POST", path.constData(), "write",
                   [k](Context &c) { return createDatabase(c, *k); });
    }
    router.add("GET", "/databases/{uuid}", "read", getDatabase);
    router.add("DELETE", "/databases/{uuid}", "write", deleteDatabase);
    router.add("GET", "/databases/{uuid}/logs", "read", databaseLogs);
    for (const char *action : {"start", "stop", "restart"}) {
        const QByteArray path = QByteArray("/databases/{uuid}/") + action;
        const QString name = S(action);
        router.add("POST", path.constData(), "deploy",
                   [name](Context &c) { return databaseAction(c, name); });
        router.addPostRequiredStub(path.constData(), "deploy");
    }
}

} // namespace Coolify::Sandbox
