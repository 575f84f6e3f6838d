// Applications: list, get, create, delete, lifecycle actions, container logs (coolify-api.md §5,
// §6, §8).
#include "sandbox/applicationpatch.h"
#include "sandbox/deploymentsimulator.h"
#include "sandbox/images.h"
#include "sandbox/routeutil.h"
#include "sandbox/validation.h"
#include "sandbox/views.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

Response listApplications(Context &c)
{
    const QString tag = c.request.queryValue(u"tag"_s);
    QList<const QJsonObject *> rows;
    rows.reserve(c.state.applications.size());
    for (const QJsonObject &app : std::as_const(c.state.applications)) {
        if (tag.isEmpty() || hasTag(app, tag))
            rows.append(&app);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject *a, const QJsonObject *b) {
        return a->value(QLatin1String("name")).toString()
            < b->value(QLatin1String("name")).toString();
    });
    // Serialised item by item: avoids copying every object into one QJsonArray (--scale).
    Response response;
    response.body.reserve(rows.size() * 2600);
    response.body += '[';
    for (const QJsonObject *app : std::as_const(rows)) {
        if (response.body.size() > 1)
            response.body += ',';
        response.body += QJsonDocument(Views::application(c.state, *app, c.sensitive, false))
                             .toJson(QJsonDocument::Compact);
    }
    response.body += ']';
    return response;
}

Response getApplication(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.applications, c.param(0));
    if (i < 0)
        return notFound("Application not found.");
    return Response::json(
        200, Views::application(c.state, c.state.applications.at(i), c.sensitive, true));
}

Response deleteApplication(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.applications, c.param(0));
    if (i < 0)
        return notFound("Application not found");
    const QString uuid = c.param(0);
    c.state.applications.removeAt(i);
    c.state.envs.removeIf([&uuid](const QJsonObject &e) {
        return e.value(QLatin1String("_owner")).toString() == uuid;
    });
    c.state.markChanged();
    return Response::message(200, u"Application deletion request queued."_s);
}

Response startApplication(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.applications, c.param(0));
    if (i < 0)
        return notFound("Application not found.");
    const QJsonObject fields = requestFields(c.request);
    // Queue-full is not detected here (coolify-api.md §5, §9.12): the deployment is dropped, yet
    // the answer is the usual one, with a uuid that never exists (GET on it is 404).
    const auto result = c.deployer.queue(i, truthy(fields.value(u"force"_s)), false, true);
    if (result.outcome == DeploymentSimulator::Outcome::AlreadyQueued)
        return Response::message(200, u"Deployment already queued for this commit."_s);
    return Response::json(200,
                          QJsonObject{{u"message"_s, u"Deployment request queued."_s},
                                      {u"deployment_uuid"_s, result.deploymentUuid}});
}

Response restartApplication(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.applications, c.param(0));
    if (i < 0)
        return notFound("Application not found.");
    const auto result = c.deployer.queue(i, false, true, false);
    return Response::json(200,
                          QJsonObject{{u"message"_s, u"Restart request queued."_s},
                                      {u"deployment_uuid"_s, result.deploymentUuid}});
}

Response stopApplication(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.applications, c.param(0));
    if (i < 0)
        return notFound("Application not found.");
    c.deployer.scheduleStatus(DeploymentSimulator::Table::Applications, c.param(0),
                              u"exited:unhealthy"_s);
    return Response::message(200, u"Application stopping request queued."_s);
}

Response applicationLogs(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.applications, c.param(0));
    if (i < 0)
        return notFound("Application not found.");
    const QJsonObject app = c.state.applications.at(i);
    if (!app.value(u"status"_s).toString().startsWith(QLatin1String("running")))
        return Response::message(400, u"Application is not running."_s);
    bool ok = false;
    int lines = c.request.queryValue(u"lines"_s).toInt(&ok);
    if (!ok || lines <= 0)
        lines = 100;
    lines = qMin(lines, 10000);
    const bool timestamps = truthy(c.request.queryValue(u"show_timestamps"_s));
    QStringList out;
    const QDateTime base =
        QDateTime::fromString(app.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
    const int available = 250; // the container has written this many lines so far
    for (int n = qMax(0, available - lines); n < available; ++n) {
        QString line = u"[%1] %2 GET /%3 200 %4ms"_s.arg(app.value(u"name"_s).toString())
                           .arg(n % 7 == 0 ? u"WARN"_s : u"INFO"_s)
                           .arg(n % 5 == 0 ? u"healthz"_s : u"products/"_s + QString::number(n))
                           .arg(3 + n % 40);
        if (timestamps)
            line = SandboxState::timestamp(base.addSecs(n)).replace(u".000000Z"_s, u".000000000Z"_s)
                + u' ' + line;
        out.append(line);
    }
    return Response::json(200, QJsonObject{{u"logs"_s, out.join(u'\n')}});
}

Response rollbackImages(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.applications, c.param(0));
    if (i < 0)
        return notFound("Application not found.");
    return Response::json(200, Images::rollbackImages(c.state, c.state.applications.at(i)));
}

// validateGitRef (bootstrap/helpers/shared.php): empty when `ref` is acceptable.
QString gitRefError(const QString &ref)
{
    static const QRegularExpression allowed(u"^[a-zA-Z0-9][a-zA-Z0-9._\\-/]*$"_s);
    if (ref == QLatin1String("HEAD") || allowed.match(ref).hasMatch())
        return {};
    if (ref.startsWith(u'-'))
        return u"Invalid rollback commit: must not start with a hyphen."_s;
    return u"Invalid rollback commit: contains disallowed characters. Only alphanumeric "
           "characters, dots, hyphens, underscores, and slashes are allowed."_s;
}

// POST /applications/{uuid}/rollback: body checks, 422 before the lookup, 404, the ref, then a
// new deployment every time; a full queue is a 400 here (coolify-api.md §10).
Response rollback(Context &c)
{
    QJsonObject fields;
    if (auto invalid = parseJsonBody(c.request, &fields))
        return *invalid;
    Rule commitRule;
    commitRule.type = Rule::String;
    commitRule.required = true;
    QJsonObject errors = Validation::check(fields, {{u"commit"_s, commitRule}});
    if (errors.contains(u"commit"_s) && !fields.value(u"commit"_s).isString())
        errors.insert(u"commit"_s, QJsonArray{u"This field is required."_s});
    errors = Validation::merge(errors, Validation::unknownFields(fields, {u"commit"_s}));
    if (!errors.isEmpty())
        return Response::validation(errors);
    const qsizetype i = SandboxState::indexOf(c.state.applications, c.param(0));
    if (i < 0)
        return notFound("Application not found.");
    const QString commit = fields.value(u"commit"_s).toString().trimmed();
    if (const QString error = gitRefError(commit); !error.isEmpty())
        return Response::validation(QJsonObject{{u"commit"_s, QJsonArray{error}}});
    const auto result = c.deployer.queueRollback(i, commit);
    if (result.outcome == DeploymentSimulator::Outcome::QueueFull)
        return Response::message(
            400, u"Deployment queue is full. Please wait for existing deployments to complete."_s);
    return Response::json(200,
                          QJsonObject{{u"message"_s, u"Rollback deployment queued."_s},
                                      {u"deployment_uuid"_s, result.deploymentUuid}});
}

} // namespace

void registerApplicationRoutes(Router &router)
{
    router.add("GET", "/applications", "read", listApplications);
    router.add("POST", "/applications/public", "write",
               [](Context &c) { return createApplication(c, CreateKind::Public); });
    router.add("POST", "/applications/private-github-app", "write",
               [](Context &c) { return createApplication(c, CreateKind::GithubApp); });
    router.add("POST", "/applications/private-deploy-key", "write",
               [](Context &c) { return createApplication(c, CreateKind::DeployKey); });
    router.add("POST", "/applications/dockerfile", "write",
               [](Context &c) { return createApplication(c, CreateKind::Dockerfile); });
    router.add("POST", "/applications/dockerimage", "write",
               [](Context &c) { return createApplication(c, CreateKind::DockerImage); });
    router.add("GET", "/applications/{uuid}", "read", getApplication);
    router.add("PATCH", "/applications/{uuid}", "write", patchApplication);
    router.add("DELETE", "/applications/{uuid}", "write", deleteApplication);
    router.add("GET", "/applications/{uuid}/logs", "read", applicationLogs);
    router.add("POST", "/applications/{uuid}/start", "deploy", startApplication);
    router.add("POST", "/applications/{uuid}/restart", "deploy", restartApplication);
    router.add("POST", "/applications/{uuid}/stop", "deploy", stopApplication);
    router.add("GET", "/applications/{uuid}/rollback-images", "read", rollbackImages);
    router.add("POST", "/applications/{uuid}/rollback", "deploy", rollback);
    router.addPostRequiredStub("/applications/{uuid}/start", "deploy");
    router.addPostRequiredStub("/applications/{uuid}/restart", "deploy");
    router.addPostRequiredStub("/applications/{uuid}/stop", "deploy");
}

} // namespace Coolify::Sandbox
