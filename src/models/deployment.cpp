#include "models/deployment.h"

#include "models/json.h"

#include <QJsonArray>

#include <algorithm>

namespace Coolify::Models {

using namespace Json;

namespace {
// An object is only a list when Laravel keyed it "0","1",… (coolify-api.md §4); {"message":…} is
// not.
bool isIndexObject(const QJsonDocument &document)
{
    if (!document.isObject())
        return true;
    const QStringList keys = document.object().keys();
    return std::all_of(keys.cbegin(), keys.cend(), [](const QString &key) {
        bool numeric = false;
        key.toUInt(&numeric);
        return numeric;
    });
}
} // namespace

Deployment::Status Deployment::parseStatus(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == QLatin1String("queued"))
        return Status::Queued;
    if (s == QLatin1String("in_progress"))
        return Status::InProgress;
    if (s == QLatin1String("finished"))
        return Status::Finished;
    if (s == QLatin1String("failed"))
        return Status::Failed;
    if (s == QLatin1String("cancelled-by-user"))
        return Status::Cancelled;
    return Status::Unknown;
}

Deployment Deployment::fromJson(const QJsonObject &o)
{
    Deployment d;
    d.uuid = string(o, QLatin1String("deployment_uuid"));
    d.applicationId = string(o, QLatin1String("application_id"));
    d.applicationName = string(o, QLatin1String("application_name"));
    d.serverId = integer(o, QLatin1String("server_id")).value_or(-1);
    d.serverName = string(o, QLatin1String("server_name"));
    d.statusRaw = string(o, QLatin1String("status"));
    d.status = parseStatus(d.statusRaw);
    d.commit = string(o, QLatin1String("commit"));
    d.commitMessage = string(o, QLatin1String("commit_message"));
    d.pullRequestId = integer(o, QLatin1String("pull_request_id")).value_or(0);
    d.forceRebuild = boolean(o, QLatin1String("force_rebuild")).value_or(false);
    d.restartOnly = boolean(o, QLatin1String("restart_only")).value_or(false);
    d.rollback = boolean(o, QLatin1String("rollback")).value_or(false);
    d.isWebhook = boolean(o, QLatin1String("is_webhook")).value_or(false);
    d.isApi = boolean(o, QLatin1String("is_api")).value_or(false);
    d.deploymentUrl = string(o, QLatin1String("deployment_url"));
    d.createdAt = timestamp(o, QLatin1String("created_at"));
    d.updatedAt = timestamp(o, QLatin1String("updated_at"));
    d.finishedAt = timestamp(o, QLatin1String("finished_at"));
    d.logsPresent = has(o, QLatin1String("logs"));
    d.logs = string(o, QLatin1String("logs"));
    return d;
}

QVariant Deployment::decodeOne(const QJsonDocument &document, QString *error)
{
    const Deployment d = document.isObject() ? fromJson(document.object()) : Deployment();
    if (d.uuid.isEmpty()) {
        *error = QCoreApplication::translate("Coolify::Models",
                                             "expected a deployment with a deployment_uuid");
        return {};
    }
    return QVariant::fromValue(d);
}

namespace {
QList<Deployment> deploymentsFrom(const QJsonArray &array)
{
    QList<Deployment> out;
    out.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        const Deployment d = Deployment::fromJson(value.toObject());
        if (!d.uuid.isEmpty())
            out.append(d);
    }
    return out;
}
} // namespace

QVariant Deployment::decodeList(const QJsonDocument &document, QString *error)
{
    bool ok = false;
    const QJsonArray array = list(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &ok);
    if (!ok || document.isNull() || !isIndexObject(document)) {
        *error = QCoreApplication::translate("Coolify::Models", "expected a list of deployments");
        return {};
    }
    return QVariant::fromValue(deploymentsFrom(array));
}

QVariant Deployment::decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault)
{
    return Json::decodeListBody<Deployment>(body, error, fault, &Deployment::decodeList);
}

QString Deployment::statusText() const
{
    switch (status) {
    case Status::Queued:
        return tr("Queued");
    case Status::InProgress:
        return tr("In progress");
    case Status::Finished:
        return tr("Finished");
    case Status::Failed:
        return tr("Failed");
    case Status::Cancelled:
        return tr("Cancelled");
    case Status::Unknown:
        break;
    }
    return statusRaw.isEmpty() ? tr("Unknown") : statusRaw;
}

Deployment::Trigger Deployment::trigger() const
{
    if (rollback)
        return Trigger::Rollback;
    if (restartOnly)
        return Trigger::Restart;
    if (isWebhook)
        return Trigger::Webhook;
    if (isApi)
        return Trigger::Api;
    return Trigger::Manual;
}

QString Deployment::triggerText() const
{
    QString text;
    switch (trigger()) {
    case Trigger::Rollback:
        text = tr("Rollback");
        break;
    case Trigger::Restart:
        text = tr("Restart");
        break;
    case Trigger::Webhook:
        text = tr("Webhook");
        break;
    case Trigger::Api:
        text = tr("API");
        break;
    case Trigger::Manual:
        text = tr("Manual");
        break;
    }
    if (pullRequestId > 0)
        text = tr("%1, PR #%2").arg(text).arg(pullRequestId);
    if (forceRebuild)
        text = tr("%1, forced rebuild").arg(text);
    return text;
}

QString Deployment::shortCommit() const
{
    static constexpr qsizetype kShaLength = 7;
    const bool hex =
        commit.size() > kShaLength && std::all_of(commit.cbegin(), commit.cend(), [](QChar c) {
            return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f');
        });
    return hex ? commit.left(kShaLength) : commit;
}

std::optional<qint64> Deployment::durationSeconds() const
{
    if (!createdAt.isValid() || !finishedAt.isValid() || finishedAt < createdAt)
        return std::nullopt;
    return createdAt.secsTo(finishedAt);
}

QString Deployment::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1s").arg(seconds);
    if (seconds < 3600)
        return tr("%1m %2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QVariant DeploymentPage::decode(const QJsonDocument &document, QString *error)
{
    const QJsonObject o = document.object();
    const QJsonValue rows = o.value(QLatin1String("deployments"));
    bool ok = false;
    const QJsonArray array = list(rows, &ok);
    if (!document.isObject() || !ok) {
        *error =
            QCoreApplication::translate("Coolify::Models", "expected {\"count\", \"deployments\"}");
        return {};
    }
    DeploymentPage page;
    page.deployments = deploymentsFrom(array);
    page.count = int(integer(o, QLatin1String("count")).value_or(page.deployments.size()));
    return QVariant::fromValue(page);
}

bool DeployOutcome::isAlreadyQueuedMessage(const QString &message)
{
    return message.contains(QLatin1String("already queued"), Qt::CaseInsensitive);
}

namespace {
using Entry = DeployOutcome::Entry;
using Kind = DeployOutcome::Kind;

Entry entryFrom(const QString &message, const QJsonObject &detail)
{
    Entry e;
    e.message = message;
    e.resourceUuid = string(detail, QLatin1String("resource_uuid"));
    e.deploymentUuid = string(detail, QLatin1String("deployment_uuid"));
    if (DeployOutcome::isAlreadyQueuedMessage(message))
        e.kind = Kind::AlreadyQueued;
    else if (!e.deploymentUuid.isEmpty())
        e.kind = Kind::Queued;
    return e;
}

// The messages that announce a deployment (and therefore own one of the tag-shape details).
bool namesDeployment(const QString &message)
{
    return DeployOutcome::isAlreadyQueuedMessage(message)
        || message.contains(QLatin1String("deployment queued"), Qt::CaseInsensitive);
}
} // namespace

DeployOutcome DeployOutcome::fromJson(const QJsonObject &o, bool *ok)
{
    DeployOutcome out;
    bool shapeOk = true;
    const QJsonValue deployments = o.value(QLatin1String("deployments"));
    const QJsonValue message = o.value(QLatin1String("message"));
    if (deployments.isArray() || deployments.isObject()) {
        // By uuid: one entry per resource, each with its own message.
        for (const QJsonValue &v : list(deployments)) {
            const QJsonObject item = v.toObject();
            out.entries.append(entryFrom(string(item, QLatin1String("message")), item));
        }
    } else if (message.isArray()) {
        // By tag: messages and details are separate lists. The server only adds a detail for
        // resources that got a deployment uuid, so pair by index only when the sizes match.
        const QJsonArray messages = message.toArray();
        const QJsonArray details = list(o.value(QLatin1String("details")));
        if (messages.size() == details.size()) {
            for (qsizetype i = 0; i < messages.size(); ++i)
                out.entries.append(entryFrom(messages.at(i).toString(), details.at(i).toObject()));
        } else {
            qsizetype next = 0;
            for (const QJsonValue &m : messages) {
                const QString text = m.toString();
                if (namesDeployment(text) && next < details.size())
                    out.entries.append(entryFrom(text, details.at(next++).toObject()));
                else
                    out.extraMessages.append(text);
            }
            for (; next < details.size(); ++next)
                out.entries.append(entryFrom(QString(), details.at(next).toObject()));
        }
    } else if (message.isString()) {
        // start/restart (or PATCH with instant_deploy): one message, maybe a deployment uuid.
        out.entries.append(entryFrom(message.toString(), o));
    } else {
        shapeOk = false;
    }
    if (ok)
        *ok = shapeOk;
    return out;
}

QVariant DeployOutcome::decode(const QJsonDocument &document, QString *error)
{
    bool ok = false;
    const DeployOutcome outcome = fromJson(document.object(), &ok);
    if (!document.isObject() || !ok) {
        *error = QCoreApplication::translate("Coolify::Models",
                                             "expected a deployment answer (message/deployments)");
        return {};
    }
    return QVariant::fromValue(outcome);
}

QStringList DeployOutcome::deploymentUuids() const
{
    QStringList out;
    for (const Entry &e : entries) {
        if (e.kind == Kind::Queued)
            out.append(e.deploymentUuid);
    }
    return out;
}

int DeployOutcome::count(Kind kind) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [kind](const Entry &e) { return e.kind == kind; }));
}

} // namespace Coolify::Models
