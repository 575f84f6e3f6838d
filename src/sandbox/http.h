#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Coolify::Sandbox {

// One parsed HTTP request, independent of QHttpServer so handlers are plain functions.
struct Request
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // Laravel's Request::expectsJson()/wantsJson(): first acceptable type is JSON.
    bool wantsJson() const;
    // Laravel's Request::isJson(): Content-Type mentions /json or +json.
    bool isJson() const;
    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

// A response the transport writes verbatim.
struct Response
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Response json(int status, const QJsonValue &value);
    static Response message(int status, const QString &message);
    static Response text(int status, const QByteArray &body,
                         const QByteArray &contentType = "text/html; charset=UTF-8");
    // Laravel's rendered error page (resources/views/errors/*.blade.php) for non-JSON clients.
    static Response htmlError(int status, const QString &title);
    static Response validation(const QJsonValue &errors);
    static Response invalidRequest(const QString &error);
    Response &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

QByteArray reasonPhrase(int status);

// validateIncomingRequest(): Content-Type, JSON syntax, non-empty object. On success the
// normalised fields (TrimStrings + ConvertEmptyStringsToNull) merged with the query string.
std::optional<Response> parseJsonBody(const Request &request, QJsonObject *fields);
// Normalisation as done by Laravel's global middleware, for bodies read without the checks.
QJsonObject requestFields(const Request &request);
QJsonValue normalise(const QString &key, const QJsonValue &value);

// Laravel's boolean rule: true,false,0,1,"0","1".
bool isLaravelBoolean(const QJsonValue &value);
// $request->boolean(): true/1/on/yes.
bool truthy(const QJsonValue &value);
QJsonValue fieldOrQuery(const Request &request, const QJsonObject &body, const QString &key);

} // namespace Coolify::Sandbox
