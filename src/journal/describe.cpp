#include "journal/describe.h"

#include "api/apirequest.h"
#include "api/apiresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coolify::Journal {

namespace {

using Action = Entry::Action;

QString kindOf(const QString &family)
{
    if (family == "applications"_L1)
        return u"application"_s;
    if (family == "databases"_L1)
        return u"database"_s;
    if (family == "services"_L1)
        return u"service"_s;
    return {};
}

QJsonObject bodyOf(const Api::ApiRequest &request)
{
    return request.body && request.body->isObject() ? request.body->object() : QJsonObject();
}

QString stringIn(const QJsonDocument &json, QLatin1StringView key)
{
    return json.isObject() ? json.object().value(key).toString() : QString();
}

// `{"data": [{"key": …}, …]}` of a bulk environment request: the keys only.
QStringList bulkKeys(const QJsonObject &body)
{
    QStringList keys;
    for (const QJsonValue &item : body.value("data"_L1).toArray()) {
        const QString key = item.toObject().value("key"_L1).toString();
        if (!key.isEmpty())
            keys << key;
    }
    return keys;
}

// POST /deploy: one entry per resource named in `uuid`, with the deployment Coolify queued for
// it; a deploy by tag lists what the answer names.
QList<Entry> describeDeploy(const Api::ApiRequest &request, const Api::ApiResult &result,
                            const Entry &base)
{
    const QJsonObject body = bodyOf(request);
    Entry entry = base;
    entry.action = body.value("force"_L1).toBool() ? Action::Redeploy : Action::Deploy;
    QHash<QString, QString> deployments; // resource uuid → deployment uuid
    QStringList answered;
    const QJsonArray list = result.json.isObject()
        ? result.json.object().value("deployments"_L1).toArray()
        : QJsonArray();
    for (const QJsonValue &item : list) {
        const QJsonObject deployment = item.toObject();
        const QString resource = deployment.value("resource_uuid"_L1).toString();
        if (resource.isEmpty())
            continue;
        deployments.insert(resource, deployment.value("deployment_uuid"_L1).toString());
        answered << resource;
    }
    QStringList uuids;
    for (const QString &uuid : body.value("uuid"_L1).toString().split(u',', Qt::SkipEmptyParts))
        uuids << uuid.trimmed();
    const QString tags = body.value("tag"_L1).toString();
    if (uuids.isEmpty())
        uuids = answered;
    if (!tags.isEmpty())
        entry.detail = QCoreApplication::translate("Journal", "By tag: %1").arg(tags);
    if (uuids.isEmpty())
        return {entry}; // a failed deploy by tag: no resource known
    QList<Entry> entries;
    for (const QString &uuid : uuids) {
        Entry one = entry;
        one.uuid = uuid;
        one.deploymentUuid = deployments.value(uuid);
        entries << one;
    }
    return entries;
}

} // namespace

QList<Entry> describeChange(const Api::ApiRequest &request, const Api::ApiResult &result)
{
    Entry entry;
    entry.outcome = result.ok() ? Entry::Outcome::Succeeded : Entry::Outcome::Failed;
    if (!result.ok())
        entry.detail = result.error.userMessage();
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const QJsonObject body = bodyOf(request);
    const Api::Method method = request.method;
    const QString family = parts.value(0);
    const QString kind = kindOf(family);
    const int size = int(parts.size());

    auto done = [&entry](Action action) -> QList<Entry> {
        entry.action = action;
        return {entry};
    };

    if (parts == QStringList{u"deploy"_s} && method == Api::Method::Post)
        return describeDeploy(request, result, entry);
    if (family == "deployments"_L1 && size == 3 && parts.at(2) == "cancel"_L1) {
        entry.kind = u"deployment"_s;
        entry.uuid = entry.deploymentUuid = parts.at(1);
        return done(Action::Cancel);
    }
    if (!kind.isEmpty() && size == 2 && method == Api::Method::Post) {
        // POST /applications/public, /databases/postgresql, /services: a new resource.
        entry.kind = kind;
        entry.uuid = stringIn(result.json, "uuid"_L1);
        entry.name = body.value("name"_L1).toString();
        return done(Action::Create);
    }
    if (!kind.isEmpty() && size == 1 && method == Api::Method::Post) {
        entry.kind = kind;
        entry.uuid = stringIn(result.json, "uuid"_L1);
        entry.name = body.value("name"_L1).toString();
        return done(Action::Create);
    }
    // Anything else: the request itself, and what went wrong.
    auto other = [&] {
        const QString what = QString::fromLatin1(Api::methodName(method)) + u" /"_s + request.path;
        entry.detail = entry.detail.isEmpty() ? what : what + u": "_s + entry.detail;
        return done(Action::Other);
    };
    if (kind.isEmpty() || size < 2)
        return other();

    entry.kind = kind;
    entry.uuid = parts.at(1);
    const QString sub = parts.value(2);
    if (size == 2) {
        if (method == Api::Method::Patch) {
            entry.fields = body.keys();
            return done(Action::Edit);
        }
        if (method == Api::Method::Delete)
            return done(Action::Delete);
    }
    if (size == 3 && method == Api::Method::Post) {
        entry.deploymentUuid = stringIn(result.json, "deployment_uuid"_L1);
        if (sub == "start"_L1)
            return done(Action::Start);
        if (sub == "stop"_L1)
            return done(Action::Stop);
        if (sub == "restart"_L1)
            return done(Action::Restart);
        if (sub == "rollback"_L1)
            return done(Action::Rollback);
    }
    if (sub == "envs"_L1) {
        if (size == 3 && method == Api::Method::Post) {
            entry.fields = QStringList{body.value("key"_L1).toString()};
            return done(Action::EnvCreate);
        }
        if (size == 3 && method == Api::Method::Patch) {
            entry.fields = QStringList{body.value("key"_L1).toString()};
            return done(Action::EnvEdit);
        }
        if (size == 4 && parts.at(3) == "bulk"_L1 && method == Api::Method::Patch) {
            entry.fields = bulkKeys(body);
            return done(Action::EnvBulk);
        }
        if (size == 4 && method == Api::Method::Delete) {
            // The path names the variable by uuid only; the sender may have said its key.
            if (!request.subject.isEmpty())
                entry.fields = QStringList{request.subject};
            else if (entry.detail.isEmpty())
                entry.detail =
                    QCoreApplication::translate("Journal", "Variable %1").arg(parts.at(3));
            return done(Action::EnvDelete);
        }
    }
    if (sub == "backups"_L1) {
        if (size == 3 && method == Api::Method::Post) {
            entry.fields = body.keys();
            return done(Action::ScheduleCreate);
        }
        if (size == 4 && method == Api::Method::Patch) {
            entry.fields = body.keys();
            if (entry.fields == QStringList{u"backup_now"_s}) {
                entry.fields.clear();
                return done(Action::BackupNow);
            }
            return done(Action::ScheduleEdit);
        }
        if (size == 4 && method == Api::Method::Delete)
            return done(Action::ScheduleDelete);
        if (size == 6 && parts.at(4) == "executions"_L1 && method == Api::Method::Delete)
            return done(Action::BackupDelete);
    }
    return other();
}

} // namespace Coolify::Journal
