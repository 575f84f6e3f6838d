#pragma once
// Helpers for the settings form GUI tests: a network that records what the client sent, an API
// client on a sandbox, application lookup by name and screenshots.

#include "api/apiclient.h"
#include "api/apireply.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QWidget>

// Records every request (verb, URL, body) before handing it to the real network.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
    };
    QList<Sent> sent;

    QList<QJsonObject> patchBodies() const
    {
        QList<QJsonObject> out;
        for (const Sent &s : sent) {
            if (s.verb == "PATCH")
                out << QJsonDocument::fromJson(s.body).object();
        }
        return out;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        QByteArray verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        if (verb.isEmpty())
            verb = op == GetOperation ? QByteArrayLiteral("GET") : QByteArrayLiteral("OTHER");
        sent.append({verb, request.url(),
                     outgoingData ? outgoingData->peek(outgoingData->size()) : QByteArray()});
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

// One synchronous API call for test setup and checks (the form itself is never driven this way).
inline Coolify::Api::ApiResult call(Coolify::Api::ApiClient *client, Coolify::Api::ApiRequest r)
{
    Coolify::Api::ApiReply *reply = client->send(std::move(r));
    Coolify::Api::ApiResult result;
    QObject::connect(reply, &Coolify::Api::ApiReply::finished, reply,
                     [&result, reply] { result = reply->result(); });
    QSignalSpy spy(reply, &Coolify::Api::ApiReply::finished);
    spy.wait(10000);
    return result;
}

inline QString appUuid(Coolify::Api::ApiClient *client, const QString &name)
{
    const auto result = call(client, Coolify::Api::ApiRequest::get(QStringLiteral("applications")));
    const QJsonArray apps = result.json.array();
    for (const QJsonValue &app : apps) {
        if (app[QLatin1String("name")].toString() == name)
            return app[QLatin1String("uuid")].toString();
    }
    return {};
}

inline QJsonObject appDetail(Coolify::Api::ApiClient *client, const QString &uuid)
{
    return call(client, Coolify::Api::ApiRequest::get(QStringLiteral("applications/") + uuid))
        .json.object();
}

// Saves a screenshot into $COOLIFY_SCREENSHOT_DIR when set.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COOLIFY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}
