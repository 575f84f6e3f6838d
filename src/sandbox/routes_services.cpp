// Services (ServicesController, FACTS §5, §6).
#include "sandbox/deploymentsimulator.h"
#include "sandbox/routeutil.h"
#include "sandbox/views.h"

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
    const QString status = c.state.services.at(i).value(S("status")).toString();
    if (action == QLatin1String("start")) {
        if (status.contains(QLatin1String("running")))
            return Response::message(400, S("Service is already running."));
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Services, c.param(0),
                                  S("running:healthy"));
        return Response::message(200, S("Service starting request queued."));
    }
    if (action == QLatin1String("stop")) {
        if (status.contains(QLatin1String("stopped")) || status.contains(QLatin1String("exited")))
            return Response::message(400, S("Service is already stopped."));
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Services, c.param(0), S("exited"));
        return Response::message(200, S("Service stopping request queued."));
    }
    c.deployer.scheduleStatus(DeploymentSimulator::Table::Services, c.param(0),
                              S("running:healthy"));
    return Response::message(200, S("Service restarting request queued."));
}

Response serviceLogs(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.services, c.param(0));
    if (i < 0)
        return notFound("Service not found.");
    const QString sub = c.request.queryValue(S("sub_service_name")).trimmed();
    if (sub.isEmpty())
        return Response::message(400, S("Sub service name is required."));
    const QJsonObject svc = c.state.services.at(i);
    for (const char *kind : {"applications", "databases"}) {
        for (const QJsonValue &v : svc.value(S(kind)).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(S("name")).toString() != sub)
                continue;
            if (!o.value(S("status")).toString().startsWith(QLatin1String("running")))
                return Response::message(400, S("Container is not running."));
            return Response::json(
                200, QJsonObject{{S("logs"), S("%1 | ready to accept connections").arg(sub)}});
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
        if (sub.value(S("uuid")).toString() != c.param(1))
            continue;
        sub.insert(S("status"),
                   action == QLatin1String("stop") ? S("exited:unhealthy") : S("running:healthy"));
        subs.replace(k, sub);
        svc.insert(kind, subs);
        c.state.services[i] = svc;
        c.state.markChanged();
        const QString what = kind == QLatin1String("applications") ? S("Service application")
                                                                   : S("Service database");
        const QString verb = action == QLatin1String("start") ? S("starting")
            : action == QLatin1String("stop")                 ? S("stopping")
                                                              : S("restarting");
        return Response::message(200, S("%1 %2 request queued.").arg(what, verb));
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
        const QString name = S(action);
        router.add("POST", path.constData(), "deploy",
                   [name](Context &c) { return serviceAction(c, name); });
        router.addPostRequiredStub(path.constData(), "deploy");
        for (const char *kind : {"applications", "databases"}) {
            const QByteArray subPath =
                QByteArray("/services/{uuid}/") + kind + "/{sub_uuid}/" + action;
            const QString kindName = S(kind);
            router.add("POST", subPath.constData(), "deploy", [kindName, name](Context &c) {
                return subResourceAction(c, kindName, name);
            });
            router.addPostRequiredStub(subPath.constData(), "deploy");
        }
    }
}

} // namespace Coolify::Sandbox
