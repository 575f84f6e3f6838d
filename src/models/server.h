#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Coolify::Api {
enum class BodyFault; // api/apirequest.h
}

namespace Coolify::Models {

// A server as GET /servers lists it (coolify-api.md §6): no status string; reachability and
// usability are booleans. `proxyType` is empty when the list does not say (the detail has the proxy
// object).
struct Server
{
    QString uuid;
    QString name;
    QString description;
    QString ip;
    QString user;
    int port = 22;
    bool reachable = false;
    bool usable = false;
    bool coolifyHost = false;
    bool buildServer = false;
    QString proxyType; // "traefik", "caddy", "none", "" (unknown)
    bool sensitiveHidden =
        false; // settings arrived without their secrets (token lacks read:sensitive)

    static Server fromJson(const QJsonObject &object);
    // Decoder for ApiRequest: a JSON array of servers → QVariant(QList<Server>).
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    // BodyDecoder twin of decodeList: the same value and errors, parsed element by element.
    static QVariant decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault);

    QString stateText() const; // "Reachable", "Unreachable", "Reachable, not usable"
    bool operator==(const Server &) const = default;
};

} // namespace Coolify::Models

Q_DECLARE_METATYPE(Coolify::Models::Server)
Q_DECLARE_METATYPE(QList<Coolify::Models::Server>)
