#pragma once

#include "models/resourcestatus.h"

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

// The `settings` relation: present only in GET /applications/{uuid}, never in the list
// (coolify-api.md §6, §9.10). `raw` keeps every flag for detail panes.
struct ApplicationSettings
{
    bool isStatic = false;
    bool isSpa = false;
    bool autoDeploy = false;
    bool forceHttps = false;
    bool previewDeployments = false;
    bool buildServer = false;
    QJsonObject raw;

    static ApplicationSettings fromJson(const QJsonObject &object);
    bool operator==(const ApplicationSettings &) const = default;
};

// An application as GET /applications lists it or GET /applications/{uuid} details it.
// Sensitive keys (webhook secrets, dockerfile, compose, labels, basic-auth password) are absent
// without read:sensitive; `redactedKeys` names them so a view can say so instead of showing "".
//
//     const auto apps = reply->result().value.value<QList<Application>>();
//     if (app.isRedacted("dockerfile")) label->setText(Application::redactedText());
struct Application
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::Application)

public:
    QString uuid;
    QString name;
    QString description;
    QStringList fqdns; // `fqdn` split on commas; empty when null
    ResourceStatus status;
    std::optional<bool> serverReachable; // `server_status`; nullopt when absent
    QString buildPack;
    QString gitRepository;
    QString gitBranch;
    QString gitCommitSha;
    QString dockerImage; // "name:tag" for dockerimage apps, else ""
    QString portsExposes; // "3000,8080"
    qint64 environmentId = -1; // -1 when absent; strings are accepted
    qint64 destinationId = -1;
    int restartCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastOnlineAt;
    std::optional<ApplicationSettings> settings; // detail only
    QStringList redactedKeys; // sensitive keys absent from this answer
    QJsonObject sensitiveValues; // the sensitive keys that were present, as sent (detail only)

    // The keys Coolify omits without read:sensitive (coolify-api.md §2).
    static const QStringList &sensitiveKeys();
    static Application fromJson(const QJsonObject &object);
    // A row of GET /applications: like fromJson, but the sensitive values are not kept, only
    // which keys were redacted. Tables never show them, and a list of thousands of apps would
    // otherwise hold every compose file and webhook secret; the detail (decodeOne) keeps them.
    static Application fromListJson(const QJsonObject &object);
    // Decoder: a JSON array (or an object keyed "0","1",…) → QVariant(QList<Application>).
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    // BodyDecoder twin of decodeList: the same value and errors, parsed element by element.
    static QVariant decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault);
    // Decoder: one JSON object → QVariant(Application).
    static QVariant decodeOne(const QJsonDocument &document, QString *error);
    // "hidden — token lacks read:sensitive"
    static QString redactedText();

    bool isRedacted(const QString &key) const { return redactedKeys.contains(key); }
    bool anyRedacted() const { return !redactedKeys.isEmpty(); }
    // A sensitive value of a detail, or nullopt when it was redacted (null arrives as an empty
    // string) or the application came from a list.
    std::optional<QString> sensitiveValue(const QString &key) const;
    QString primaryFqdn() const { return fqdns.value(0); }
    QList<int> ports() const;
    // "owner/repo@branch", or the docker image for dockerimage apps.
    QString repositoryText() const;
    // "Reachable", "Unreachable", "Unknown".
    QString serverText() const;

    bool operator==(const Application &) const = default;
};

} // namespace Coolify::Models

Q_DECLARE_METATYPE(Coolify::Models::Application)
Q_DECLARE_METATYPE(QList<Coolify::Models::Application>)
