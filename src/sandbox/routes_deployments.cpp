// POST /deploy and the deployment queries (DeployController, coolify-api.md §4).
#include "sandbox/deploymentsimulator.h"
#include "sandbox/routeutil.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/views.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

bool isActive(const QJsonObject &row)
{
    const QString status = row.value(QLatin1String("status")).toString();
    return status == QLatin1String("queued") || status == QLatin1String("in_progress");
}

Response queueFull(const Context &c)
{
    return Response::message(
               429,
               u"Deployment queue is full. Please wait for existing deployments to complete."_s)
        .withHeader("Retry-After", QByteArray::number(c.config.queueRetryAfterSeconds));
}

// Starts one resource; returns false when the queue is full.
bool deployResource(Context &c, const QString &uuid, bool force, QJsonObject *entry)
{
    const qsizetype a = SandboxState::indexOf(c.state.applications, uuid);
    if (a >= 0) {
        const QString name = c.state.applications.at(a).value(u"name"_s).toString();
        const auto result = c.deployer.queue(a, force, false, true);
        if (result.outcome == DeploymentSimulator::Outcome::QueueFull)
            return false;
        *entry = {{u"message"_s,
                   result.outcome == DeploymentSimulator::Outcome::AlreadyQueued
                       ? u"Deployment already queued for this commit."_s
                       : u"Application %1 deployment queued."_s.arg(name)},
                  {u"resource_uuid"_s, uuid},
                  {u"deployment_uuid"_s, result.deploymentUuid}};
        return true;
    }
    const qsizetype s = SandboxState::indexOf(c.state.services, uuid);
    if (s >= 0) {
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Services, uuid, u"running:healthy"_s);
        *entry = {{u"message"_s,
                   u"Service %1 started. It could take a while, be patient."_s.arg(
                       c.state.services.at(s).value(u"name"_s).toString())},
                  {u"resource_uuid"_s, uuid}};
        return true;
    }
    const qsizetype d = SandboxState::indexOf(c.state.databases, uuid);
    if (d >= 0) {
        c.deployer.scheduleStatus(DeploymentSimulator::Table::Databases, uuid,
                                  u"running:healthy"_s);
        *entry = {
            {u"message"_s,
             u"Database %1 started."_s.arg(c.state.databases.at(d).value(u"name"_s).toString())},
            {u"resource_uuid"_s, uuid}};
    }
    return true;
}

Response deploy(Context &c)
{
    const QJsonObject fields = requestFields(c.request);
    const QJsonValue uuids = fields.value(u"uuid"_s);
    const QJsonValue tags = fields.value(u"tag"_s);
    const bool hasUuid = !uuids.isUndefined() && !uuids.isNull();
    const bool hasTagParam = !tags.isUndefined() && !tags.isNull();
    if (hasUuid && hasTagParam)
        return Response::message(400, u"You can only use uuid or tag, not both."_s);
    if (!hasUuid && !hasTagParam)
        return Response::message(400, u"You must provide uuid or tag."_s);
    const bool force = truthy(fields.value(u"force"_s));
    if (hasUuid) {
        if (!uuids.isString()) // explode() on an array: TypeError
            return c.request.wantsJson() ? Response::message(500, u"Server Error"_s)
                                         : Response::htmlError(500, u"Server Error"_s);
        QJsonArray deployments;
        for (const QString &raw : uuids.toString().split(u',', Qt::SkipEmptyParts)) {
            QJsonObject entry;
            if (!deployResource(c, raw.trimmed(), force, &entry))
                return queueFull(c);
            if (!entry.isEmpty())
                deployments.append(entry);
        }
        if (deployments.isEmpty())
            return Response::message(404, u"No resources found."_s);
        return Response::json(200, QJsonObject{{u"deployments"_s, deployments}});
    }
    QJsonArray messages, details;
    for (const QString &raw : tags.toString().split(u',', Qt::SkipEmptyParts)) {
        const QString tag = raw.trimmed();
        QStringList matched;
        for (const QJsonObject &app : std::as_const(c.state.applications)) {
            if (hasTag(app, tag))
                matched.append(app.value(u"uuid"_s).toString());
        }
        for (const QJsonObject &svc : std::as_const(c.state.services)) {
            if (hasTag(svc, tag))
                matched.append(svc.value(u"uuid"_s).toString());
        }
        for (const QString &uuid : std::as_const(matched)) {
            QJsonObject entry;
            if (!deployResource(c, uuid, force, &entry))
                return queueFull(c);
            messages.append(entry.value(u"message"_s));
            QJsonObject detail{{u"resource_uuid"_s, uuid}};
            if (entry.contains(u"deployment_uuid"_s))
                detail.insert(u"deployment_uuid"_s, entry.value(u"deployment_uuid"_s));
            details.append(detail);
        }
    }
    if (messages.isEmpty())
        return Response::message(404, u"No resources found with this tag."_s);
    return Response::json(200, QJsonObject{{u"message"_s, messages}, {u"details"_s, details}});
}

Response listDeployments(Context &c)
{
    // Rows in physical order, then sortBy('id') without values(): keys keep the old positions.
    QList<QPair<int, QJsonObject>> rows;
    for (const QJsonObject &row : std::as_const(c.state.deployments)) {
        if (isActive(row))
            rows.append({int(rows.size()), row});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second.value(QLatin1String("id")).toInteger()
            < b.second.value(QLatin1String("id")).toInteger();
    });
    bool sequential = true;
    for (int i = 0; i < rows.size(); ++i)
        sequential = sequential && rows.at(i).first == i;
    if (sequential) {
        QJsonArray out;
        for (const auto &r : std::as_const(rows))
            out.append(Views::deployment(r.second, c.sensitive));
        return Response::json(200, out);
    }
    // PHP json_encode of a non-list array: an object in the array's own key order.
    QByteArray body = "{";
    for (int i = 0; i < rows.size(); ++i) {
        if (i)
            body += ',';
        body += '"' + QByteArray::number(rows.at(i).first) + "\":"
            + QJsonDocument(Views::deployment(rows.at(i).second, c.sensitive))
                  .toJson(QJsonDocument::Compact);
    }
    body += '}';
    Response r;
    r.body = body;
    return r;
}

// The deployment's application still exists (deleted applications hide their deployments).
bool applicationExists(const SandboxState &state, const QJsonObject &deployment)
{
    const QString appId = deployment.value(QLatin1String("application_id")).toString();
    return std::any_of(
        state.applications.cbegin(), state.applications.cend(), [&appId](const QJsonObject &app) {
            return QString::number(app.value(QLatin1String("id")).toInteger()) == appId;
        });
}

Response getDeployment(Context &c)
{
    const qsizetype i =
        SandboxState::indexOf(c.state.deployments, c.param(0), u"deployment_uuid"_s);
    // 404 also for deployments of deleted applications (coolify-api.md §4).
    if (i < 0 || !applicationExists(c.state, c.state.deployments.at(i)))
        return notFound("Deployment not found.");
    return Response::json(200, Views::deployment(c.state.deployments.at(i), c.sensitive));
}

Response cancelDeployment(Context &c)
{
    const qsizetype i =
        SandboxState::indexOf(c.state.deployments, c.param(0), u"deployment_uuid"_s);
    if (i < 0)
        return notFound("Deployment not found.");
    const QString status = c.state.deployments.at(i).value(u"status"_s).toString();
    if (!c.deployer.cancel(i))
        return Response::message(400,
                                 u"Deployment cannot be cancelled. Current status: "_s + status);
    return Response::json(200,
                          QJsonObject{{u"message"_s, u"Deployment cancelled successfully."_s},
                                      {u"deployment_uuid"_s, c.param(0)},
                                      {u"status"_s, u"cancelled-by-user"_s}});
}

// Laravel-native validation ($request->validate) for skip/take.
std::optional<Response> validatePaging(Context &c, int *skip, int *take)
{
    QJsonObject errors;
    const auto check = [&](const char *name, int min, int fallback, int *out) {
        *out = fallback;
        if (!c.request.hasQuery(QString::fromUtf8(name)))
            return;
        const QString raw = c.request.queryValue(QString::fromUtf8(name)).trimmed();
        if (raw.isEmpty())
            return; // ConvertEmptyStringsToNull + nullable
        bool ok = false;
        const int value = raw.toInt(&ok);
        if (!ok)
            errors.insert(
                QString::fromUtf8(name),
                QJsonArray{u"The %1 field must be an integer."_s.arg(QString::fromUtf8(name))});
        else if (value < min)
            errors.insert(
                QString::fromUtf8(name),
                QJsonArray{
                    u"The %1 field must be at least %2."_s.arg(QString::fromUtf8(name)).arg(min)});
        else
            *out = value;
    };
    check("skip", 0, 0, skip);
    check("take", 1, 10, take);
    if (errors.isEmpty())
        return std::nullopt;
    if (!c.request.wantsJson()) {
        const QByteArray back =
            c.request.header("referer").isEmpty() ? QByteArray("/") : c.request.header("referer");
        return Response::text(
                   302,
                   "<!DOCTYPE html>\n<html><head><meta http-equiv=\"refresh\" content=\"0;url='"
                       + back + "'\" /><title>Redirecting to " + back
                       + "</title></head><body>Redirecting to " + back + ".</body></html>")
            .withHeader("Location", back);
    }
    QString message = errors.begin().value().toArray().first().toString();
    int more = 0;
    for (auto it = errors.begin(); it != errors.end(); ++it)
        more += int(it.value().toArray().size());
    if (--more > 0)
        message += u" (and %1 more error%2)"_s.arg(more).arg(more == 1 ? u""_s : u"s"_s);
    return Response::json(422, QJsonObject{{u"message"_s, message}, {u"errors"_s, errors}});
}

Response applicationDeployments(Context &c)
{
    int skip = 0;
    int take = 10;
    if (auto bad = validatePaging(c, &skip, &take))
        return *bad;
    const qsizetype a = SandboxState::indexOf(c.state.applications, c.param(0));
    if (a < 0)
        return notFound("Application not found");
    const QString appId = QString::number(c.state.applications.at(a).value(u"id"_s).toInteger());
    QList<QJsonObject> rows;
    for (const QJsonObject &row : std::as_const(c.state.deployments)) {
        if (row.value(QLatin1String("application_id")).toString() == appId)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const QJsonObject &x, const QJsonObject &y) {
        const QString cx = x.value(QLatin1String("created_at")).toString();
        const QString cy = y.value(QLatin1String("created_at")).toString();
        if (cx != cy)
            return cx > cy;
        return x.value(QLatin1String("id")).toInteger() > y.value(QLatin1String("id")).toInteger();
    });
    QJsonArray page;
    for (qsizetype i = skip; i < rows.size() && i < qsizetype(skip) + take; ++i)
        page.append(Views::deployment(rows.at(i), c.sensitive));
    return Response::json(200, QJsonObject{{u"count"_s, rows.size()}, {u"deployments"_s, page}});
}

} // namespace

void registerDeploymentRoutes(Router &router)
{
    router.add("POST", "/deploy", "deploy", deploy);
    router.addPostRequiredStub("/deploy", "deploy");
    router.add("GET", "/deployments", "read", listDeployments);
    router.add("GET", "/deployments/{uuid}", "read", getDeployment);
    router.add("POST", "/deployments/{uuid}/cancel", "deploy", cancelDeployment);
    router.add("GET", "/deployments/applications/{uuid}", "read", applicationDeployments);
}

} // namespace Coolify::Sandbox
