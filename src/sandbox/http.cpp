#include "sandbox/http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

bool Request::wantsJson() const
{
    const QByteArray accept = header("accept");
    const QByteArray first = accept.split(',').value(0).split(';').value(0).trimmed();
    return first.contains("/json") || first.contains("+json");
}

bool Request::isJson() const
{
    const QByteArray type = header("content-type");
    return type.contains("/json") || type.contains("+json");
}

QString Request::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

Response Response::json(int status, const QJsonValue &value)
{
    Response r;
    r.status = status;
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else
        r.body = "null";
    return r;
}

Response Response::message(int status, const QString &message)
{
    return json(status, QJsonObject{{u"message"_s, message}});
}

Response Response::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

Response Response::htmlError(int status, const QString &title)
{
    const QByteArray t = title.toUtf8();
    const QByteArray code = QByteArray::number(status);
    return text(status,
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + t
                    + "</title>\n</head>\n<body>\n<div class=\"error\"><h1>" + code + "</h1><p>" + t
                    + "</p></div>\n</body>\n</html>\n");
}

Response Response::validation(const QJsonValue &errors)
{
    return json(422, QJsonObject{{u"message"_s, u"Validation failed."_s}, {u"errors"_s, errors}});
}

Response Response::invalidRequest(const QString &error)
{
    return json(400, QJsonObject{{u"message"_s, u"Invalid request."_s}, {u"error"_s, error}});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Unknown";
    }
}

QJsonValue normalise(const QString &key, const QJsonValue &value)
{
    if (value.isString()) {
        const QString s = key.startsWith(QLatin1String("password")) ? value.toString()
                                                                    : value.toString().trimmed();
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(normalise(QString(), v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), normalise(it.key(), it.value()));
        return out;
    }
    return value;
}

static void mergeQuery(const Request &request, QJsonObject *fields)
{
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!fields->contains(item.first))
            fields->insert(item.first, normalise(item.first, item.second));
    }
}

QJsonObject requestFields(const Request &request)
{
    QJsonObject fields;
    if (request.isJson()) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (doc.isObject())
            fields = normalise(QString(), doc.object()).toObject();
    }
    mergeQuery(request, &fields);
    return fields;
}

std::optional<Response> parseJsonBody(const Request &request, QJsonObject *fields)
{
    if (!request.isJson())
        return Response::invalidRequest(u"Content-Type must be application/json."_s);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return Response::invalidRequest(u"Invalid JSON."_s);
    if ((doc.isObject() && doc.object().isEmpty()) || (doc.isArray() && doc.array().isEmpty()))
        return Response::invalidRequest(u"Empty JSON."_s);
    *fields = doc.isObject() ? normalise(QString(), doc.object()).toObject() : QJsonObject();
    mergeQuery(request, fields);
    return std::nullopt;
}

bool isLaravelBoolean(const QJsonValue &value)
{
    if (value.isBool())
        return true;
    if (value.isDouble())
        return value.toDouble() == 0 || value.toDouble() == 1;
    if (value.isString())
        return value.toString() == u'0' || value.toString() == u'1';
    return false;
}

bool truthy(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString s = value.toString().toLower();
        return s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("on")
            || s == QLatin1String("yes");
    }
    return false;
}

QJsonValue fieldOrQuery(const Request &request, const QJsonObject &body, const QString &key)
{
    if (body.contains(key))
        return body.value(key);
    if (request.hasQuery(key))
        return normalise(key, request.queryValue(key));
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace Coolify::Sandbox
