#pragma once
// Helpers for the settings form GUI tests: a network that records what the client sent,
// application lookup by name and screenshots. The sandbox and its clients come from E2eSandbox
// (a client on a RecordingNetwork: E2eSandbox::newClient).

#include "e2esandbox.h"
#include "screenshots.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QWidget>

using namespace Qt::StringLiterals;

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

// Lookups as `client` (and its token) sees the sandbox; the form itself is never driven this way.
inline QString appUuid(Coolify::Api::ApiClient *client, const QString &name)
{
    return E2eSandbox::uuidOf(client, u"applications"_s, name);
}

inline QJsonObject appDetail(Coolify::Api::ApiClient *client, const QString &uuid)
{
    return E2eSandbox::callOn(client, Coolify::Api::ApiRequest::get(u"applications/"_s + uuid))
        .json.object();
}
