// Standalone databases (DatabasesController, coolify-api.md §5, §6, §8).
#include "sandbox/databasekinds.h"
#include "sandbox/deploymentsimulator.h"
#include "sandbox/routeutil.h"
#include "sandbox/validation.h"
#include "sandbox/views.h"

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

QJsonObject listItem(Context &c, const QJsonObject &row)
{
    QJsonObject o = Views::database(c.state, row, c.sensitive);
    o.insert(u"backup_configs"_s, backupConfigsForList(c.state, row));
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
    return Response::message(200, u"Database deletion request queued."_s);
}

const QStringList &commonCreateFields()
{
    static const QStringList fields = {u"name"_s,
                                       u"description"_s,
                                       u"image"_s,
                                       u"project_uuid"_s,
                                       u"environment_name"_s,
                                       u"environment_uuid"_s,
                                       u"server_uuid"_s,
                                       u"destination_uuid"_s,
                                       u"is_public"_s,
                                       u"public_port"_s,
                                       u"public_port_timeout"_s,
                                       u"limits_memory"_s,
                                       u"limits_memory_swap"_s,
                                       u"limits_memory_swappiness"_s,
                                       u"limits_memory_reservation"_s,
                                       u"limits_cpus"_s,
                                       u"limits_cpuset"_s,
                                       u"limits_cpu_shares"_s,
                                       u"instant_deploy"_s,
                                       u"tags"_s};
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
            foreign.insert(it.key(), QJsonArray{u"This field is not allowed."_s});
    }
    if (!unknown.isEmpty())
        return Response::validation(unknown);
    if (!foreign.isEmpty())
        return Response::validation(foreign);
    Rules rules;
    Rule req;
    req.type = Rule::String;
    req.required = true;
    rules.append({u"project_uuid"_s, req});
    rules.append({u"server_uuid"_s, req});
    Rule ident;
    ident.type = Rule::String;
    ident.nullable = true;
    ident.pattern = u"[A-Za-z_][A-Za-z0-9_]{0,62}"_s;
    Rule password;
    password.type = Rule::String;
    password.nullable = true;
    password.maxLength = 128;
    password.pattern = u"[A-Za-z0-9!@#%^*()_+\\-=\\[\\]{}:,.?/~]+"_s;
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
    rules.append({u"public_port"_s, port});
    const QJsonObject errors = Validation::check(fields, rules);
    if (!errors.isEmpty())
        return Response::validation(errors);

    const qsizetype p =
        SandboxState::indexOf(c.state.projects, fields.value(u"project_uuid"_s).toString());
    if (p < 0)
        return notFound("Project not found.");
    const qint64 projectId = c.state.projects.at(p).value(u"id"_s).toInteger();
    QJsonObject env =
        c.state.findEnvironment(projectId, fields.value(u"environment_uuid"_s).toString());
    if (env.isEmpty())
        env = c.state.findEnvironment(projectId, fields.value(u"environment_name"_s).toString());
    if (env.isEmpty())
        return Response::message(
            422, u"You need to provide a valid environment_name or environment_uuid."_s);
    const qsizetype s =
        SandboxState::indexOf(c.state.servers, fields.value(u"server_uuid"_s).toString());
    if (s < 0)
        return notFound("Server not found.");
    const QJsonValue publicPort = fields.value(u"public_port"_s);
    if (publicPort.isDouble() || publicPort.isString()) {
        for (const QJsonObject &other : std::as_const(c.state.databases)) {
            if (other.value(u"public_port"_s).toInteger() == publicPort.toVariant().toLongLong())
                return Response::message(400, u"Public port already used by another database."_s);
        }
    }

    QJsonObject row = c.state.makeDatabase(kind.path, QString(), env.value(u"id"_s).toInteger(),
                                           int(s), u"exited:unhealthy"_s);
    const QString uuid = row.value(u"uuid"_s).toString();
    const QString now = c.state.now();
    row.insert(u"name"_s, QString(kind.path + u"-database-"_s + uuid));
    row.insert(u"destination_id"_s, c.state.servers.at(s).value(u"_destination_id"_s));
    row.insert(u"created_at"_s, now);
    row.insert(u"updated_at"_s, now);
    row.insert(u"last_online_at"_s, now);
    row.insert(u"started_at"_s, QJsonValue(QJsonValue::Null));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key().endsWith(QLatin1String("_uuid"))
            || it.key() == QLatin1String("environment_name")
            || it.key() == QLatin1String("instant_deploy") || it.value().isNull())
            continue;
        if (it.key() == QLatin1String("tags")) {
            row.insert(u"_tags"_s, it.value());
            continue;
        }
        row.insert(it.key(),
                   it.key() == QLatin1String("name") ? QJsonValue(stripTags(it.value().toString()))
                                                     : it.value());
    }
    const bool isPublic =
        truthy(row.value(u"is_public"_s)) && !row.value(u"public_port"_s).isNull();
    row.insert(u"is_public"_s, isPublic);
    row.insert(u"internal_db_url"_s, internalDbUrl(row));
    QJsonObject body{{u"uuid"_s, uuid}, {u"internal_db_url"_s, row.value(u"internal_db_url"_s)}};
    if (isPublic) {
        QString external = internalDbUrl(row);
        external.replace(
            uuid + u':' + QString::number(kind.port),
            c.state.servers.at(s).value(u"ip"_s).toString() + u':'
                + QString::number(row.value(u"public_port"_s).toVariant().toLongLong()));
        row.insert(u"external_db_url"_s, external);
        body.insert(u"external_db_url"_s, external);
    }
    c.state.databases.append(row);
    c.state.markChanged();
    if (truthy(fields.value(u"instant_deploy"_s)))
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Databases, uuid,
                                  u"running:healthy"_s);
    return Response::json(201, body);
}

Response databaseAction(Context &c, const QString &action)
{
    const qsizetype i = SandboxState::indexOf(c.state.databases, c.param(0));
    if (i < 0)
        return notFound("Database not found.");
    const QString status = c.state.databases.at(i).value(u"status"_s).toString();
    if (action == QLatin1String("start")) {
        if (status.contains(QLatin1String("running")))
            return Response::message(400, u"Database is already running."_s);
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Databases, c.param(0),
                                  u"running:healthy"_s);
        return Response::message(200, u"Database starting request queued."_s);
    }
    if (action == QLatin1String("stop")) {
        if (status.contains(QLatin1String("stopped")) || status.contains(QLatin1String("exited")))
            return Response::message(400, u"Database is already stopped."_s);
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Databases, c.param(0),
                                  u"exited:unhealthy"_s);
        return Response::message(200, u"Database stopping request queued."_s);
    }
    c.deployer.scheduleStatus(DeploymentSimulator::Table::Databases, c.param(0),
                              u"running:healthy"_s);
    return Response::message(200, u"Database restarting request queued."_s);
}

Response databaseLogs(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.databases, c.param(0));
    if (i < 0)
        return notFound("Database not found.");
    const QJsonObject db = c.state.databases.at(i);
    if (!db.value(u"status"_s).toString().startsWith(QLatin1String("running")))
        return Response::message(400, u"Database is not running."_s);
    bool ok = false;
    int lines = c.request.queryValue(u"lines"_s).toInt(&ok);
    if (!ok || lines <= 0)
        lines = 100;
    QStringList out;
    for (int n = 0; n < qMin(lines, 40); ++n)
        out.append(
            u"%1 | LOG:  checkpoint %2 complete"_s.arg(db.value(u"name"_s).toString()).arg(n + 1));
    return Response::json(200, QJsonObject{{u"logs"_s, out.join(u'\n')}});
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
        const QString name = QString::fromUtf8(action);
        router.add("POST", path.constData(), "deploy",
                   [name](Context &c) { return databaseAction(c, name); });
        router.addPostRequiredStub(path.constData(), "deploy");
    }
}

} // namespace Coolify::Sandbox
