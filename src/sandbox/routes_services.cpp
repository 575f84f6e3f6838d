// Services (ServicesController, coolify-api.md §5, §6).
#include "sandbox/deploymentsimulator.h"
#include "sandbox/routeutil.h"
#include "sandbox/views.h"

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

Response listServices(Context &c)
{
    QJsonArray out;
    for (const QJsonObject &row : std::as_const(c.state.services))
        out.append(Views::service(c.state, row, c.sensitive));
    return Response::json(200, out);
}

Response getService(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.services, c.param(0));
    if (i < 0)
        return notFound("Service not found.");
    return Response::json(200, Views::service(c.state, c.state.services.at(i), c.sensitive));
}

Response serviceAction(Context &c, const QString &action)
{
    const qsizetype i = SandboxState::indexOf(c.state.services, c.param(0));
    if (i < 0)
        return notFound("Service not found.");
    const QString status = c.state.services.at(i).value(u"status"_s).toString();
    if (action == QLatin1String("start")) {
        if (status.contains(QLatin1String("running")))
            return Response::message(400, u"Service is already running."_s);
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Services, c.param(0),
                                  u"running:healthy"_s);
        return Response::message(200, u"Service starting request queued."_s);
    }
    if (action == QLatin1String("stop")) {
        if (status.contains(QLatin1String("stopped")) || status.contains(QLatin1String("exited")))
            return Response::message(400, u"Service is already stopped."_s);
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Services, c.param(0), u"exited"_s);
        return Response::message(200, u"Service stopping request queued."_s);
    }
    c.deployer.scheduleStatus(DeploymentSimulator::Table::Services, c.param(0),
                              u"running:healthy"_s);
    return Response::message(200, u"Service restarting request queued."_s);
}

Response serviceLogs(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.services, c.param(0));
    if (i < 0)
        return notFound("Service not found.");
    const QString sub = c.request.queryValue(u"sub_service_name"_s).trimmed();
    if (sub.isEmpty())
        return Response::message(400, u"Sub service name is required."_s);
    const QJsonObject svc = c.state.services.at(i);
    for (const char *kind : {"applications", "databases"}) {
        for (const QJsonValue &v : svc.value(QString::fromUtf8(kind)).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"name"_s).toString() != sub)
                continue;
            if (!o.value(u"status"_s).toString().startsWith(QLatin1String("running")))
                return Response::message(400, u"Container is not running."_s);
            return Response::json(
                200, QJsonObject{{u"logs"_s, u"%1 | ready to accept connections"_s.arg(sub)}});
        }
    }
    return notFound("Container not found.");
}

// POST /services/{uuid}/{applications|databases}/{sub_uuid}/{start,stop,restart}.
Response subResourceAction(Context &c, const QString &kind, const QString &action)
{
    const qsizetype i = SandboxState::indexOf(c.state.services, c.param(0));
    if (i < 0)
        return notFound("Service not found.");
    QJsonObject svc = c.state.services.at(i);
    QJsonArray subs = svc.value(kind).toArray();
    for (qsizetype k = 0; k < subs.size(); ++k) {
        QJsonObject sub = subs.at(k).toObject();
        if (sub.value(u"uuid"_s).toString() != c.param(1))
            continue;
        sub.insert(u"status"_s,
                   action == QLatin1String("stop") ? u"exited:unhealthy"_s : u"running:healthy"_s);
        subs.replace(k, sub);
        svc.insert(kind, subs);
        c.state.services[i] = svc;
        c.state.markChanged();
        const QString what = kind == QLatin1String("applications") ? u"Service application"_s
                                                                   : u"Service database"_s;
        const QString verb = action == QLatin1String("start") ? u"starting"_s
            : action == QLatin1String("stop")                 ? u"stopping"_s
                                                              : u"restarting"_s;
        return Response::message(200, u"%1 %2 request queued."_s.arg(what, verb));
    }
    return kind == QLatin1String("applications") ? notFound("Service application not found.")
                                                 : notFound("Service database not found.");
}

} // namespace

void registerServiceRoutes(Router &router)
{
    router.add("GET", "/services", "read", listServices);
    router.add("GET", "/services/{uuid}", "read", getService);
    router.add("GET", "/services/{uuid}/logs", "read", serviceLogs);
    for (const char *action : {"start", "stop", "restart"}) {
        const QByteArray path = QByteArray("/services/{uuid}/") + action;
        const QString name = QString::fromUtf8(action);
        router.add("POST", path.constData(), "deploy",
                   [name](Context &c) { return serviceAction(c, name); });
        router.addPostRequiredStub(path.constData(), "deploy");
        for (const char *kind : {"applications", "databases"}) {
            const QByteArray subPath =
                QByteArray("/services/{uuid}/") + kind + "/{sub_uuid}/" + action;
            const QString kindName = QString::fromUtf8(kind);
            router.add("POST", subPath.constData(), "deploy", [kindName, name](Context &c) {
                return subResourceAction(c, kindName, name);
            });
            router.addPostRequiredStub(subPath.constData(), "deploy");
        }
    }
}

} // namespace Coolify::Sandbox
