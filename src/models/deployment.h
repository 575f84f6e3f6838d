#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Coolify::Api {
enum class BodyFault; // api/apirequest.h
}

namespace Coolify::Models {

// One application deployment (coolify-api.md §4). `logs` is a string holding JSON, present only
// with read:sensitive; it is kept raw here (parsing log entries is another component's job).
//
//     client->send(Api::Deployments::get(uuid).withDecoder(&Deployment::decodeOne));
//     const auto d = reply->result().value.value<Deployment>();
struct Deployment
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::Deployment)

public:
    enum class Status { Unknown, Queued, InProgress, Finished, Failed, Cancelled };
    enum class Trigger { Manual, Webhook, Api, Rollback, Restart };

    QString uuid; // `deployment_uuid`
    QString applicationId; // a string on the wire (coolify-api.md §9.8)
    QString applicationName;
    qint64 serverId = -1;
    QString serverName;
    Status status = Status::Unknown;
    QString statusRaw;
    QString commit; // "HEAD" by default
    QString commitMessage;
    qint64 pullRequestId = 0; // 0 = not a pull request
    bool forceRebuild = false;
    bool restartOnly = false;
    bool rollback = false;
    bool isWebhook = false;
    bool isApi = false;
    QString deploymentUrl; // the UI path on the instance
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finishedAt;
    bool logsPresent = false; // false: redacted (token lacks read:sensitive)
    QString logs; // raw JSON text, unparsed

    static Status parseStatus(const QString &text);
    static Deployment fromJson(const QJsonObject &object);
    // Decoder: one deployment object → QVariant(Deployment).
    static QVariant decodeOne(const QJsonDocument &document, QString *error);
    // Decoder for GET /deployments: an array or an object keyed "0","1",… → QList<Deployment>.
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    // BodyDecoder twin of decodeList: the same value and errors, parsed element by element.
    static QVariant decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault);

    bool isActive() const { return status == Status::Queued || status == Status::InProgress; }
    bool isDone() const
    {
        return status == Status::Finished || status == Status::Failed
            || status == Status::Cancelled;
    }
    QString statusText() const; // "Queued", "In progress", …; the raw word when unknown
    Trigger trigger() const;
    QString triggerText() const; // "Webhook", "API", "Manual", "Rollback", "Restart" (+ PR)
    QString shortCommit() const; // 7 characters of a sha; "HEAD" stays "HEAD"
    // finished_at - created_at in seconds; nullopt while running or when a time is missing.
    std::optional<qint64> durationSeconds() const;
    static QString durationText(qint64 seconds); // "45s", "3m 05s", "1h 02m"

    bool operator==(const Deployment &) const = default;
};

// GET /deployments/applications/{uuid}: one page of an application's history, newest first.
struct DeploymentPage
{
    int count = 0; // total for the application, not the page size
    QList<Deployment> deployments;

    static QVariant decode(const QJsonDocument &document, QString *error);
    bool operator==(const DeploymentPage &) const = default;
};

// What a deploy-like POST answered: POST /deploy by uuid ({"deployments":[…]}) or by tag
// ({"message":[…],"details":[…]}), or start/restart ({"message","deployment_uuid"?}).
// "Deployment already queued for this commit." entries carry a deployment_uuid that was never
// stored (coolify-api.md §4): they are flagged phantom and left out of deploymentUuids().
struct DeployOutcome
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::DeployOutcome)

public:
    enum class Kind {
        Queued, // a real deployment_uuid to follow
        AlreadyQueued, // phantom uuid: follow the deployment already running instead
        NoDeployment, // services/databases, or a per-item refusal: read the message
    };
    struct Entry
    {
        Kind kind = Kind::NoDeployment;
        QString message;
        QString resourceUuid;
        QString deploymentUuid; // also set (but not real) for AlreadyQueued
        bool isPhantom() const { return kind == Kind::AlreadyQueued; }
        bool operator==(const Entry &) const = default;
    };
    QList<Entry> entries;
    QStringList extraMessages; // messages of the tag shape that no detail matched

    static bool isAlreadyQueuedMessage(const QString &message);
    static DeployOutcome fromJson(const QJsonObject &object, bool *ok = nullptr);
    static QVariant decode(const QJsonDocument &document, QString *error);

    QStringList deploymentUuids() const; // real ones only
    int count(Kind kind) const;
    bool operator==(const DeployOutcome &) const = default;
};

} // namespace Coolify::Models

Q_DECLARE_METATYPE(Coolify::Models::Deployment)
Q_DECLARE_METATYPE(QList<Coolify::Models::Deployment>)
Q_DECLARE_METATYPE(Coolify::Models::DeploymentPage)
Q_DECLARE_METATYPE(Coolify::Models::DeployOutcome)
