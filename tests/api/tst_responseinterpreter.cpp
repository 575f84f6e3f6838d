#include "api/apierror.h"
#include "api/jsonlist.h"
#include "api/responseinterpreter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Api;

namespace {

// What one row expects; rows cite the docs/coolify-api.md section the body shape comes from.
struct Expect
{
    ErrorKind kind = ErrorKind::None;
    ForbiddenCause cause = ForbiddenCause::None;
    QString ability = {};
    ValidationErrors validation = {};
    int conflicts = 0;
    int retryAfter = -1;
    int retryAfterSlack = 0; // HTTP-date rows depend on the clock
    bool queueFull = false;
    bool html = false;
    QString serverMessage = {};
    QString text = {}; // ResponseFormat::Text
    int remaining = -1;
    QString messageHas = {}; // userMessage() must mention this (the ability, the seconds, ...)
};

HttpOutcome http(int status, const QByteArray &body,
                 const QByteArray &contentType = "application/json")
{
    HttpOutcome o;
    o.status = status;
    o.body = body;
    o.contentType = contentType;
    if (status >= 400)
        o.networkError =
            status >= 500 ? QNetworkReply::InternalServerError : QNetworkReply::UnknownContentError;
    return o;
}

HttpOutcome withHeader(HttpOutcome o, const char *name, const QByteArray &value)
{
    const QByteArray header(name);
    if (header == "Retry-After")
        o.retryAfter = value;
    else if (header == "X-RateLimit-Remaining")
        o.rateLimitRemaining = value;
    else if (header == "Allow")
        o.allow = value;
    return o;
}

HttpOutcome transport(QNetworkReply::NetworkError error, const QString &text)
{
    HttpOutcome o;
    o.networkError = error;
    o.networkErrorString = text;
    return o;
}

ValidationErrors fields(std::initializer_list<std::pair<QString, QStringList>> list,
                        const QStringList &general = {})
{
    ValidationErrors v;
    for (const auto &[field, messages] : list)
        v.fields.insert(field, messages);
    v.general = general;
    return v;
}

ValidationErrors general(const QStringList &messages)
{
    return fields({}, messages);
}

QByteArray htmlPage(const QByteArray &title)
{
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><title>" + title
        + "</title></head><body><div class=\"flex\">" + title + "</div></body></html>";
}

QString causeName(ForbiddenCause cause)
{
    switch (cause) {
    case ForbiddenCause::None:
        return u"None"_s;
    case ForbiddenCause::MissingAbility:
        return u"MissingAbility"_s;
    case ForbiddenCause::ApiDisabled:
        return u"ApiDisabled"_s;
    case ForbiddenCause::IpNotAllowed:
        return u"IpNotAllowed"_s;
    case ForbiddenCause::TeamRoleTooLow:
        return u"TeamRoleTooLow"_s;
    case ForbiddenCause::PolicyDenied:
        return u"PolicyDenied"_s;
    case ForbiddenCause::Other:
        return u"Other"_s;
    }
    return {};
}

// A decoder like the facades': an object with a string "uuid".
QVariant decodeUuid(const QJsonDocument &doc, QString *error)
{
    const QJsonValue uuid = doc.object().value(QLatin1String("uuid"));
    if (!doc.isObject() || !uuid.isString()) {
        *error = u"no “uuid” string"_s;
        return {};
    }
    return uuid.toString();
}

const QList<ErrorKind> kAllKinds = {
    ErrorKind::Unauthenticated,   ErrorKind::Forbidden,
    ErrorKind::NotFound,          ErrorKind::MethodNotAllowed,
    ErrorKind::Conflict,          ErrorKind::Validation,
    ErrorKind::BadRequest,        ErrorKind::RateLimited,
    ErrorKind::ServerError,       ErrorKind::UnexpectedStatus,
    ErrorKind::NotJson,           ErrorKind::InvalidJson,
    ErrorKind::UnexpectedShape,   ErrorKind::ResponseTooLarge,
    ErrorKind::Timeout,           ErrorKind::Tls,
    ErrorKind::ConnectionRefused, ErrorKind::HostNotFound,
    ErrorKind::ConnectionClosed,  ErrorKind::RedirectRefused,
    ErrorKind::Network,           ErrorKind::Cancelled,
};

} // namespace

Q_DECLARE_METATYPE(HttpOutcome)
Q_DECLARE_METATYPE(Expect)
Q_DECLARE_METATYPE(Coolify::Api::ResponseFormat)

class TestResponseInterpreter : public QObject
{
    Q_OBJECT

private slots:
    void interprets_data();
    void interprets();
    void decoderRunsOnlyOnSuccess();
    void bodyDecoder_data();
    void bodyDecoder();
    void retryAfter_data();
    void retryAfter();
    void userMessagesAreDistinct();
};

void TestResponseInterpreter::interprets_data()
{
    QTest::addColumn<HttpOutcome>("outcome");
    QTest::addColumn<ResponseFormat>("format");
    QTest::addColumn<bool>("useDecoder");
    QTest::addColumn<Expect>("expect");

    const auto json = ResponseFormat::Json;
    const auto text = ResponseFormat::Text;
    const auto row = [](const char *name, const HttpOutcome &outcome, ResponseFormat format,
                        const Expect &expect, bool useDecoder = false) {
        QTest::newRow(name) << outcome << format << useDecoder << expect;
    };

    // §1 Authentication
    row("§1 401 Unauthenticated.", http(401, R"({"message":"Unauthenticated."})"), json,
        {.kind = ErrorKind::Unauthenticated,
         .serverMessage = u"Unauthenticated."_s,
         .messageHas = u"token"_s});
    row("§1 401 Invalid token. (user left the team)", http(401, R"({"message":"Invalid token."})"),
        json,
        {.kind = ErrorKind::Unauthenticated,
         .serverMessage = u"Invalid token."_s,
         .messageHas = u"Keys & Tokens"_s});
    row("§1 401 with empty body", http(401, ""), json,
        {.kind = ErrorKind::Unauthenticated, .messageHas = u"401"_s});
    row("§1 400 Invalid token. with docs (getTeamIdFromToken)",
        http(
            400,
            R"({"message":"Invalid token.","docs":"https://coolify.io/docs/api-reference/authorization"})"),
        json,
        {.kind = ErrorKind::Unauthenticated,
         .serverMessage = u"Invalid token."_s,
         .messageHas = u"400"_s});
    row("§1 403 API disabled (success:true)",
        http(403, R"({"success":true,"message":"API is disabled."})"), json,
        {.kind = ErrorKind::Forbidden,
         .cause = ForbiddenCause::ApiDisabled,
         .serverMessage = u"API is disabled."_s,
         .messageHas = u"disabled"_s});
    row("§1 403 IP not allowed",
        http(403, R"({"success":true,"message":"You are not allowed to access the API."})"), json,
        {.kind = ErrorKind::Forbidden,
         .cause = ForbiddenCause::IpNotAllowed,
         .messageHas = u"IP address"_s});
    row("§1 403 missing team role", http(403, R"({"message":"Missing required team role."})"), json,
        {.kind = ErrorKind::Forbidden,
         .cause = ForbiddenCause::TeamRoleTooLow,
         .messageHas = u"admin"_s});
    row("§1 403 policy denial (error Unauthorized)",
        http(
            403,
            R"({"message":"You are not authorized to update this application.","error":"Unauthorized"})"),
        json,
        {.kind = ErrorKind::Forbidden,
         .cause = ForbiddenCause::PolicyDenied,
         .messageHas = u"You are not authorized to update this application."_s});
    row("§1 403 enable API needs root team",
        http(403, R"({"message":"You are not allowed to enable the API."})"), json,
        {.kind = ErrorKind::Forbidden,
         .cause = ForbiddenCause::Other,
         .messageHas = u"You are not allowed to enable the API."_s});
    row("§1 403 HTML page from a proxy", http(403, htmlPage("403 Forbidden"), "text/html"), json,
        {.kind = ErrorKind::Forbidden,
         .cause = ForbiddenCause::Other,
         .html = true,
         .messageHas = u"403"_s});
    row("§1 /version text 4.3.11 as text/html", http(200, "4.3.11", "text/html; charset=UTF-8"),
        text, {.text = u"4.3.11"_s});
    row("§1 /health OK as text/html", http(200, "OK\n", "text/html; charset=UTF-8"), text,
        {.text = u"OK"_s});
    row("§1 /health answered by a web page", http(200, htmlPage("Welcome to nginx!"), "text/html"),
        text, {.kind = ErrorKind::NotJson, .html = true, .messageHas = u"web page"_s});
    row("§1 /version 401 is still JSON", http(401, R"({"message":"Unauthenticated."})"), text,
        {.kind = ErrorKind::Unauthenticated,
         .serverMessage = u"Unauthenticated."_s,
         .messageHas = u"token"_s});
    row("§1 /version 403 API disabled",
        http(403, R"({"success":true,"message":"API is disabled."})"), text,
        {.kind = ErrorKind::Forbidden,
         .cause = ForbiddenCause::ApiDisabled,
         .serverMessage = u"API is disabled."_s,
         .messageHas = u"disabled"_s});

    // §2 Abilities
    row("§2 403 missing ability write",
        http(403, R"({"message":"Missing required permissions: write"})"), json,
        {.kind = ErrorKind::Forbidden,
         .cause = ForbiddenCause::MissingAbility,
         .ability = u"write"_s,
         .messageHas = u"“write”"_s});
    row("§2 403 missing ability read:sensitive",
        http(403, R"({"message":"Missing required permissions: read:sensitive"})"), json,
        {.kind = ErrorKind::Forbidden,
         .cause = ForbiddenCause::MissingAbility,
         .ability = u"read:sensitive"_s,
         .messageHas = u"“read:sensitive”"_s});
    row("§2 403 missing ability deploy",
        http(403, R"({"message":"Missing required permissions: deploy"})"), json,
        {.kind = ErrorKind::Forbidden,
         .cause = ForbiddenCause::MissingAbility,
         .ability = u"deploy"_s,
         .messageHas = u"“deploy”"_s});
    row("§2 403 abilities exceed your current role",
        http(
            403,
            R"({"message":"This API token has permissions (write, deploy) that exceed your current role as a team member. Please ask a team admin."})"),
        json,
        {.kind = ErrorKind::Forbidden,
         .cause = ForbiddenCause::TeamRoleTooLow,
         .messageHas = u"read-only"_s});

    // §3 Validation and error shapes
    row("§3 422 map of arrays with unknown field",
        http(
            422,
            R"({"message":"Validation failed.","errors":{"name":["The name field must be a string."],"foo":["This field is not allowed."]}})"),
        json,
        {.kind = ErrorKind::Validation,
         .validation = fields({{u"name"_s, {u"The name field must be a string."_s}},
                               {u"foo"_s, {u"This field is not allowed."_s}}}),
         .serverMessage = u"Validation failed."_s,
         .messageHas = u"The name field must be a string."_s});
    row("§3 422 map of strings (ports_exposes)",
        http(
            422,
            R"({"message":"Validation failed.","errors":{"ports_exposes":"The ports_exposes should be a comma separated list of numbers."}})"),
        json,
        {.kind = ErrorKind::Validation,
         .validation =
             fields({{u"ports_exposes"_s,
                      {u"The ports_exposes should be a comma separated list of numbers."_s}}}),
         .messageHas = u"ports_exposes"_s});
    row("§3 422 plain list of messages (domains)",
        http(422, R"({"message":"Validation failed.","errors":["Invalid URL: foo"]})"), json,
        {.kind = ErrorKind::Validation,
         .validation = general({u"Invalid URL: foo"_s}),
         .messageHas = u"Invalid URL: foo"_s});
    row("§3 422 docker_compose_domains list under a field",
        http(422, R"({"errors":{"docker_compose_domains":["Invalid URL: a","Invalid URL: b"]}})"),
        json,
        {.kind = ErrorKind::Validation,
         .validation =
             fields({{u"docker_compose_domains"_s, {u"Invalid URL: a"_s, u"Invalid URL: b"_s}}}),
         .messageHas = u"Invalid URL: b"_s});
    row("§3 422 list of field names (database create with type)",
        http(422, R"({"message":"Validation failed.","errors":["type"]})"), json,
        {.kind = ErrorKind::Validation,
         .validation = fields({{u"type"_s, {u"This field is not accepted here."_s}}}),
         .messageHas = u"type"_s});
    row("§3 422 field with a string (moveResourceToEnvironment)",
        http(422, R"({"errors":{"field":"This field is not allowed."}})"), json,
        {.kind = ErrorKind::Validation,
         .validation = fields({{u"field"_s, {u"This field is not allowed."_s}}}),
         .messageHas = u"This field is not allowed."_s});
    row("§3 422 message only",
        http(
            422,
            R"({"message":"You need to provide at least one of environment_name or environment_uuid."})"),
        json,
        {.kind = ErrorKind::Validation,
         .validation = general(
             {u"You need to provide at least one of environment_name or environment_uuid."_s}),
         .messageHas = u"environment_name"_s});
    row("§3 422 Laravel-native skip/take",
        http(
            422,
            R"({"message":"The take field must be at least 1.","errors":{"take":["The take field must be at least 1."]}})"),
        json,
        {.kind = ErrorKind::Validation,
         .validation = fields({{u"take"_s, {u"The take field must be at least 1."_s}}}),
         .messageHas = u"at least 1"_s});
    row("§3 422 without a JSON body", http(422, htmlPage("Unprocessable"), "text/html"), json,
        {.kind = ErrorKind::Validation, .html = true, .messageHas = u"422"_s});
    row("§3 400 Content-Type must be application/json",
        http(400,
             R"({"message":"Invalid request.","error":"Content-Type must be application/json."})"),
        json,
        {.kind = ErrorKind::BadRequest,
         .serverMessage = u"Invalid request."_s,
         .messageHas = u"Content-Type must be application/json."_s});
    row("§3 400 Invalid JSON",
        http(400, R"({"message":"Invalid request.","error":"Invalid JSON."})"), json,
        {.kind = ErrorKind::BadRequest, .messageHas = u"Invalid JSON."_s});
    row("§3 400 Empty JSON", http(400, R"({"message":"Invalid request.","error":"Empty JSON."})"),
        json, {.kind = ErrorKind::BadRequest, .messageHas = u"Empty JSON."_s});
    row("§4 400 message only (uuid or tag)",
        http(400, R"({"message":"You must provide uuid or tag."})"), json,
        {.kind = ErrorKind::BadRequest, .messageHas = u"You must provide uuid or tag."_s});

    // §4 / §5 / §8
    row("§4 405 GET /deploy with Allow: POST",
        withHeader(http(405, R"({"message":"This endpoint has changed to a POST request."})"),
                   "Allow", "POST"),
        json,
        {.kind = ErrorKind::MethodNotAllowed,
         .serverMessage = u"This endpoint has changed to a POST request."_s,
         .messageHas = u"POST request"_s});
    row("§4 429 deployment queue full (Retry-After 60)",
        withHeader(
            http(
                429,
                R"({"message":"Deployment queue is full. Please wait for existing deployments to complete."})"),
            "Retry-After", "60"),
        json,
        {.kind = ErrorKind::RateLimited,
         .retryAfter = 60,
         .queueFull = true,
         .messageHas = u"queue"_s});
    row("§4 404 No resources found.", http(404, R"({"message":"No resources found."})"), json,
        {.kind = ErrorKind::NotFound,
         .serverMessage = u"No resources found."_s,
         .messageHas = u"No resources found."_s});
    row("§8 409 domain conflicts (list kept)",
        http(
            409,
            R"({"message":"Domain conflicts detected. Use force_domain_override=true to proceed.","conflicts":[{"domain":"a.example.com","resource_name":"web","resource_uuid":"u1","resource_type":"application","message":"in use"},{"domain":"b.example.com","resource_name":"Coolify","resource_uuid":null,"resource_type":"instance","message":"in use"}],"warning":"..."})"),
        json,
        {.kind = ErrorKind::Conflict, .conflicts = 2, .messageHas = u"force_domain_override"_s});

    // §7 Rate limiting and generic errors
    row("§7 429 Too Many Attempts, Retry-After seconds",
        withHeader(
            withHeader(http(429, R"({"message":"Too Many Attempts."})"), "Retry-After", "42"),
            "X-RateLimit-Remaining", "0"),
        json,
        {.kind = ErrorKind::RateLimited, .retryAfter = 42, .remaining = 0, .messageHas = u"42"_s});
    const QByteArray inTwoMinutes = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(120),
                                                  u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                        .toLatin1();
    row("§7 429 Retry-After as HTTP-date",
        withHeader(http(429, R"({"message":"Too Many Attempts."})"), "Retry-After", inTwoMinutes),
        json,
        {.kind = ErrorKind::RateLimited,
         .retryAfter = 120,
         .retryAfterSlack = 2,
         .messageHas = u"second"_s});
    row("§7 429 without Retry-After", http(429, R"({"message":"Too Many Attempts."})"), json,
        {.kind = ErrorKind::RateLimited, .messageHas = u"minute"_s});
    row("§7 429 HTML page (no JSON Accept)",
        withHeader(http(429, htmlPage("Too Many Requests"), "text/html"), "Retry-After", "7"), json,
        {.kind = ErrorKind::RateLimited, .retryAfter = 7, .html = true, .messageHas = u"7"_s});
    row("§7 404 catch-all Not found. with docs",
        http(404, R"({"message":"Not found.","docs":"https://coolify.io/docs"})"), json,
        {.kind = ErrorKind::NotFound, .serverMessage = u"Not found."_s, .messageHas = u"404"_s});
    row("§7 404 Application not found (no dot)",
        http(404, R"({"message":"Application not found"})"), json,
        {.kind = ErrorKind::NotFound,
         .serverMessage = u"Application not found"_s,
         .messageHas = u"Application not found"_s});
    row("§7 404 HTML page (abort(404))",
        http(404, htmlPage("Not Found"), "text/html; charset=UTF-8"), json,
        {.kind = ErrorKind::NotFound, .html = true, .messageHas = u"web page"_s});
    row("§7 500 Server Error JSON", http(500, R"({"message":"Server Error"})"), json,
        {.kind = ErrorKind::ServerError,
         .serverMessage = u"Server Error"_s,
         .messageHas = u"500"_s});
    row("§7 500 APP_DEBUG with trace",
        http(
            500,
            R"({"message":"Undefined array key \"uuid\"","exception":"ErrorException","file":"/var/www/html/app/Http/Controllers/Api/DeployController.php","line":12,"trace":[]})"),
        json,
        {.kind = ErrorKind::ServerError,
         .serverMessage = u"Undefined array key \"uuid\""_s,
         .messageHas = u"Undefined array key"_s});
    row("§7 500 HTML page", http(500, htmlPage("Server Error"), "text/html"), json,
        {.kind = ErrorKind::ServerError, .html = true, .messageHas = u"500"_s});
    row("§7 502 from the proxy", http(502, htmlPage("502 Bad Gateway"), "text/html"), json,
        {.kind = ErrorKind::ServerError, .html = true, .messageHas = u"502"_s});
    row("§7 503 maintenance", http(503, R"({"message":"Service Unavailable"})"), json,
        {.kind = ErrorKind::ServerError,
         .serverMessage = u"Service Unavailable"_s,
         .messageHas = u"503"_s});
    row("§7 504 gateway timeout", http(504, "", "text/plain"), json,
        {.kind = ErrorKind::ServerError, .messageHas = u"504"_s});
    row("§1 302 redirect (Laravel validation without JSON Accept)", http(302, "", "text/html"),
        json, {.kind = ErrorKind::UnexpectedStatus, .messageHas = u"302"_s});
    row("418 other status", http(418, R"({"message":"I'm a teapot"})"), json,
        {.kind = ErrorKind::UnexpectedStatus,
         .serverMessage = u"I'm a teapot"_s,
         .messageHas = u"418"_s});

    // Successful statuses and damaged bodies
    row("200 JSON list", withHeader(http(200, R"([{"uuid":"a"}])"), "X-RateLimit-Remaining", "199"),
        json, {.remaining = 199});
    row("201 JSON with decoder", http(201, R"({"uuid":"abc","domains":null})"), json, {}, true);
    row("204 empty body", http(204, ""), json, {});
    row("200 empty body", http(200, "", "application/json"), json, {});
    row("200 HTML page instead of JSON", http(200, htmlPage("Coolify"), "text/html"), json,
        {.kind = ErrorKind::NotJson, .html = true, .messageHas = u"web page"_s});
    row("200 HTML page without Content-Type", http(200, htmlPage("Login"), ""), json,
        {.kind = ErrorKind::NotJson, .html = true, .messageHas = u"web page"_s});
    row("200 truncated JSON", http(200, R"([{"uuid":"a"},{"uuid":)"), json,
        {.kind = ErrorKind::InvalidJson, .messageHas = u"ends after"_s});
    row("200 malformed JSON", http(200, R"({"uuid":"a",,})"), json,
        {.kind = ErrorKind::InvalidJson, .messageHas = u"byte"_s});
    row("200 version text where JSON expected", http(200, "4.3.11", "text/html"), json,
        {.kind = ErrorKind::InvalidJson, .messageHas = u"byte"_s});
    row("200 JSON the decoder rejects", http(200, R"({"name":"x"})"), json,
        {.kind = ErrorKind::UnexpectedShape, .messageHas = u"“uuid”"_s}, true);
    row("200 empty body the decoder rejects", http(200, ""), json,
        {.kind = ErrorKind::UnexpectedShape, .messageHas = u"“uuid”"_s}, true);

    // Transport failures
    row("transport connection refused",
        transport(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s), json,
        {.kind = ErrorKind::ConnectionRefused, .messageHas = u"refused"_s});
    row("transport host not found",
        transport(QNetworkReply::HostNotFoundError, u"Host coolify.invalid not found"_s), json,
        {.kind = ErrorKind::HostNotFound, .messageHas = u"host name"_s});
    row("transport remote closed before any answer",
        transport(QNetworkReply::RemoteHostClosedError, u"Connection closed"_s), json,
        {.kind = ErrorKind::ConnectionClosed, .messageHas = u"closed"_s});
    HttpOutcome closedMidBody = http(200, R"([{"uuid":)");
    closedMidBody.networkError = QNetworkReply::RemoteHostClosedError;
    row("transport remote closed mid-body", closedMidBody, json,
        {.kind = ErrorKind::ConnectionClosed, .messageHas = u"closed"_s});
    // Qt 6.4 may report no error for a body cut short (seen on CI): the announced length tells.
    HttpOutcome cutShort = http(200, R"([{"uuid":"a"},{"uuid":)");
    cutShort.announcedLength = 1000;
    row("200 body shorter than its Content-Length, no network error", cutShort, json,
        {.kind = ErrorKind::ConnectionClosed, .messageHas = u"closed"_s});
    HttpOutcome wholeShortList = http(200, R"([{"uuid":"a"}])");
    wholeShortList.announcedLength = 100;
    row("200 valid JSON shorter than its Content-Length", wholeShortList, json,
        {.kind = ErrorKind::ConnectionClosed, .messageHas = u"closed"_s});
    HttpOutcome exact = http(200, R"([])");
    exact.announcedLength = 2;
    row("200 body exactly its Content-Length", exact, json, {});
    HttpOutcome noContent = http(204, "");
    noContent.announcedLength = 10;
    row("204 with a stray Content-Length", noContent, json, {});
    HttpOutcome timedOut;
    timedOut.timedOut = true;
    row("transport timeout flag", timedOut, json,
        {.kind = ErrorKind::Timeout, .messageHas = u"in time"_s});
    row("transport TimeoutError", transport(QNetworkReply::TimeoutError, u"timeout"_s), json,
        {.kind = ErrorKind::Timeout, .messageHas = u"in time"_s});
    row("transport transfer timeout aborts (OperationCanceledError)",
        transport(QNetworkReply::OperationCanceledError, u"Operation canceled"_s), json,
        {.kind = ErrorKind::Timeout, .messageHas = u"in time"_s});
    HttpOutcome tls = transport(QNetworkReply::SslHandshakeFailedError, u"SSL handshake failed"_s);
    tls.sslErrors =
        QStringList{u"The certificate has expired"_s,
                    u"The host name did not match any of the valid hosts for this certificate"_s};
    row("transport TLS with ssl errors", tls, json,
        {.kind = ErrorKind::Tls, .messageHas = u"The certificate has expired"_s});
    row("transport TLS handshake failed",
        transport(QNetworkReply::SslHandshakeFailedError, u"SSL handshake failed: wrong version"_s),
        json, {.kind = ErrorKind::Tls, .messageHas = u"wrong version"_s});
    HttpOutcome cancelled =
        transport(QNetworkReply::OperationCanceledError, u"Operation canceled"_s);
    cancelled.cancelled = true;
    row("transport cancelled by us", cancelled, json,
        {.kind = ErrorKind::Cancelled, .messageHas = u"cancelled"_s});
    HttpOutcome redirect = http(302, "");
    redirect.networkError = QNetworkReply::OperationCanceledError;
    redirect.refusedRedirect = u"https://login.example.net/sso"_s;
    row("transport refused cross-origin redirect", redirect, json,
        {.kind = ErrorKind::RedirectRefused, .messageHas = u"https://login.example.net/sso"_s});
    row("transport insecure redirect (https to http)",
        transport(QNetworkReply::InsecureRedirectError, u"Insecure redirect"_s), json,
        {.kind = ErrorKind::RedirectRefused, .messageHas = u"redirect"_s});
    HttpOutcome tooLarge = http(200, "");
    tooLarge.networkError = QNetworkReply::OperationCanceledError;
    tooLarge.tooLarge = true;
    tooLarge.tooLargeLimit = u"256 MiB"_s;
    row("transport response too large", tooLarge, json,
        {.kind = ErrorKind::ResponseTooLarge, .messageHas = u"256 MiB"_s});
    row("transport proxy refused (other network error)",
        transport(QNetworkReply::ProxyConnectionRefusedError, u"Proxy refused the connection"_s),
        json, {.kind = ErrorKind::Network, .messageHas = u"Proxy refused the connection"_s});
    row("transport unknown network error",
        transport(QNetworkReply::UnknownNetworkError, u"Network unreachable"_s), json,
        {.kind = ErrorKind::Network, .messageHas = u"Network unreachable"_s});
}

void TestResponseInterpreter::interprets()
{
    QFETCH(HttpOutcome, outcome);
    QFETCH(ResponseFormat, format);
    QFETCH(bool, useDecoder);
    QFETCH(Expect, expect);

    const ApiResult result =
        interpretOutcome(outcome, format, useDecoder ? Decoder(decodeUuid) : Decoder());
    const ApiError &error = result.error;
    QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(expect.kind));
    QCOMPARE(result.ok(), expect.kind == ErrorKind::None);
    QCOMPARE(result.httpStatus, outcome.status);
    QCOMPARE(error.httpStatus, outcome.status);
    QCOMPARE(causeName(error.forbiddenCause), causeName(expect.cause));
    QCOMPARE(error.missingAbility, expect.ability);
    QCOMPARE(error.validation.fields, expect.validation.fields);
    QCOMPARE(error.validation.general, expect.validation.general);
    QCOMPARE(error.conflicts.size(), expect.conflicts);
    QVERIFY2(qAbs(error.retryAfterSeconds - expect.retryAfter) <= expect.retryAfterSlack,
             qPrintable(QString::number(error.retryAfterSeconds)));
    QCOMPARE(error.deploymentQueueFull, expect.queueFull);
    if (error.kind != ErrorKind::None && outcome.status != 0)
        QCOMPARE(error.htmlBody, expect.html);
    if (!expect.serverMessage.isEmpty())
        QCOMPARE(error.serverMessage, expect.serverMessage);
    QCOMPARE(result.text, expect.text);
    QCOMPARE(result.rateLimitRemaining, expect.remaining);
    QCOMPARE(result.allow, outcome.allow);

    const QString message = error.userMessage();
    if (expect.kind == ErrorKind::None) {
        QVERIFY(message.isEmpty());
    } else {
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(expect.messageHas),
                 qPrintable(message + u" lacks "_s + expect.messageHas));
        // No empty placeholders: "(%1)" left unfilled or filled with nothing.
        QVERIFY2(!message.contains(u"()"_s) && !message.contains(u'%'), qPrintable(message));
        QVERIFY2(!message.trimmed().endsWith(u':'), qPrintable(message));
    }

    if (result.ok() && format == ResponseFormat::Json && !outcome.body.isEmpty())
        QCOMPARE(result.json, QJsonDocument::fromJson(outcome.body));
    if (result.ok() && useDecoder)
        QCOMPARE(result.value.toString(), u"abc"_s);
    if (!result.ok())
        QVERIFY(!result.value.isValid());
}

void TestResponseInterpreter::decoderRunsOnlyOnSuccess()
{
    int calls = 0;
    const Decoder counting = [&calls](const QJsonDocument &doc, QString *error) {
        ++calls;
        return decodeUuid(doc, error);
    };
    interpretOutcome(http(404, R"({"message":"Not found."})"), ResponseFormat::Json, counting);
    interpretOutcome(http(200, "<html>"), ResponseFormat::Json, counting);
    interpretOutcome(transport(QNetworkReply::ConnectionRefusedError, {}), ResponseFormat::Json,
                     counting);
    QCOMPARE(calls, 0);
    const ApiResult ok =
        interpretOutcome(http(200, R"({"uuid":"abc"})"), ResponseFormat::Json, counting);
    QCOMPARE(calls, 1);
    QCOMPARE(ok.value.toString(), u"abc"_s);
}

void TestResponseInterpreter::bodyDecoder_data()
{
    QTest::addColumn<HttpOutcome>("outcome");
    QTest::addColumn<int>("kindValue");
    QTest::addColumn<QStringList>("uuids"); // the decoded value
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("calls"); // of the body decoder

    const auto row = [](const char *name, const HttpOutcome &outcome, ErrorKind kind,
                        const QStringList &uuids, const QString &detail, int calls) {
        QTest::newRow(name) << outcome << int(kind) << uuids << detail << calls;
    };
    row("200 list", http(200, R"([{"uuid":"a"},{"uuid":"b"}])"), ErrorKind::None, {u"a"_s, u"b"_s},
        {}, 1);
    row("200 index object", http(200, R"({"1":{"uuid":"b"},"0":{"uuid":"a"}})"), ErrorKind::None,
        {u"a"_s, u"b"_s}, {}, 1);
    row("200 truncated list", http(200, R"([{"uuid":"a"},{"uuid":)"), ErrorKind::InvalidJson, {},
        u"it ends after 22 byte(s) in the middle of the data"_s, 1);
    row("200 garbage after the list", http(200, R"([{"uuid":"a"}]x)"), ErrorKind::InvalidJson, {},
        u"garbage at the end of the document at byte 14"_s, 1);
    row("200 not a list", http(200, R"({"message":"hello"})"), ErrorKind::UnexpectedShape, {},
        u"expected a list"_s, 1);
    row("200 HTML page", http(200, htmlPage("Coolify"), "text/html"), ErrorKind::NotJson, {}, {},
        0);
    row("404 still interpreted", http(404, R"({"message":"Not found."})"), ErrorKind::NotFound, {},
        {}, 0);
    row("422 still interpreted", http(422, R"({"message":"x","errors":{"name":["Required."]}})"),
        ErrorKind::Validation, {}, {}, 0);
}

// A BodyDecoder like the models' decodeListBody: uuids element by element, no whole document.
void TestResponseInterpreter::bodyDecoder()
{
    QFETCH(HttpOutcome, outcome);
    QFETCH(int, kindValue);
    const auto kind = ErrorKind(kindValue);
    QFETCH(QStringList, uuids);
    QFETCH(QString, detail);
    QFETCH(int, calls);

    int called = 0;
    int documentCalls = 0;
    const BodyDecoder decodeBody = [&called](const QByteArray &body, QString *error,
                                             BodyFault *fault) -> QVariant {
        ++called;
        QStringList out;
        const JsonListWalk walk = walkJsonList(body, [&out](const QJsonObject &object) {
            out << object.value(QLatin1String("uuid")).toString();
        });
        if (walk.status == JsonListWalk::Malformed) {
            *fault = BodyFault::Malformed;
            *error = walk.detail;
            return {};
        }
        if (walk.status == JsonListWalk::NotAList) {
            *error = u"expected a list"_s;
            return {};
        }
        return out;
    };
    const Decoder decode = [&documentCalls](const QJsonDocument &, QString *) {
        ++documentCalls; // the body decoder takes precedence
        return QVariant();
    };

    const ApiResult result = interpretOutcome(outcome, ResponseFormat::Json, decode, decodeBody);
    QCOMPARE(ApiError::kindName(result.error.kind), ApiError::kindName(kind));
    QCOMPARE(called, calls);
    QCOMPARE(documentCalls, 0);
    QVERIFY(result.json.isNull()); // no whole-body document, whatever the outcome
    QCOMPARE(result.value.toStringList(), uuids);
    QCOMPARE(result.value.isValid(), kind == ErrorKind::None);
    if (!detail.isEmpty()) {
        QCOMPARE(result.error.detail, detail);
        QVERIFY2(result.error.userMessage().contains(detail),
                 qPrintable(result.error.userMessage()));
    }
    if (kind == ErrorKind::NotFound)
        QCOMPARE(result.error.serverMessage, u"Not found."_s);
    if (kind == ErrorKind::Validation)
        QCOMPARE(result.error.validation.fields.value(u"name"_s), QStringList{u"Required."_s});
}

void TestResponseInterpreter::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("slack");

    const auto date = [](int secs) {
        return QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(secs),
                      u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
            .toLatin1();
    };
    QTest::newRow("absent") << QByteArray() << -1 << 0;
    QTest::newRow("seconds") << QByteArray("60") << 60 << 0;
    QTest::newRow("seconds with spaces") << QByteArray(" 5 ") << 5 << 0;
    QTest::newRow("zero") << QByteArray("0") << 0 << 0;
    QTest::newRow("negative") << QByteArray("-3") << -1 << 0;
    QTest::newRow("garbage") << QByteArray("soon") << -1 << 0;
    QTest::newRow("HTTP-date in 90 s") << date(90) << 90 << 2;
    QTest::newRow("HTTP-date in the past") << date(-600) << 0 << 0;
    QTest::newRow("fixed HTTP-date long past")
        << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0 << 0;
    // A hostile or broken server cannot hold the instance back for days or overflow the wait.
    QTest::newRow("an hour and a second") << QByteArray("3601") << kMaxRetryAfterSeconds << 0;
    QTest::newRow("past INT_MAX") << QByteArray("2147483648") << kMaxRetryAfterSeconds << 0;
    QTest::newRow("ms of INT_MAX/1000+1") << QByteArray("2147484") << kMaxRetryAfterSeconds << 0;
    QTest::newRow("forty digits") << QByteArray(40, '9') << kMaxRetryAfterSeconds << 0;
    QTest::newRow("HTTP-date in ten years") << date(10 * 365 * 86400) << kMaxRetryAfterSeconds << 0;
    QTest::newRow("huge negative") << QByteArray("-99999999999999999999") << -1 << 0;
    QTest::newRow("plus sign") << QByteArray("+5") << -1 << 0;
}

void TestResponseInterpreter::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    QFETCH(int, slack);
    const int actual = parseRetryAfter(header);
    QVERIFY2(qAbs(actual - seconds) <= slack, qPrintable(QString::number(actual)));
}

void TestResponseInterpreter::userMessagesAreDistinct()
{
    QSet<QString> messages;
    QSet<QString> names;
    const auto add = [&messages](const ApiError &error, const QString &what) {
        const QString message = error.userMessage();
        QVERIFY2(!message.isEmpty(), qPrintable(what));
        QVERIFY2(!messages.contains(message), qPrintable(what + u": "_s + message));
        messages.insert(message);
    };
    for (const ErrorKind kind : kAllKinds) {
        ApiError error;
        error.kind = kind;
        error.httpStatus = kind == ErrorKind::UnexpectedStatus ? 302 : 500;
        if (kind == ErrorKind::Forbidden)
            error.forbiddenCause = ForbiddenCause::Other;
        add(error, ApiError::kindName(kind));
        const QString name = ApiError::kindName(kind);
        QVERIFY2(!name.isEmpty() && !names.contains(name), qPrintable(name));
        names.insert(name);
    }
    for (const ForbiddenCause cause :
         {ForbiddenCause::MissingAbility, ForbiddenCause::ApiDisabled, ForbiddenCause::IpNotAllowed,
          ForbiddenCause::TeamRoleTooLow, ForbiddenCause::PolicyDenied}) {
        ApiError error;
        error.kind = ErrorKind::Forbidden;
        error.httpStatus = 403;
        error.forbiddenCause = cause;
        error.missingAbility = u"write"_s;
        add(error, causeName(cause));
    }
    // The variants that tell the user something different for the same kind.
    ApiError variant;
    variant.kind = ErrorKind::NotFound;
    variant.httpStatus = 404;
    variant.htmlBody = true;
    add(variant, u"404 web page"_s);
    variant = {};
    variant.kind = ErrorKind::ServerError;
    variant.httpStatus = 502;
    add(variant, u"502"_s);
    variant = {};
    variant.kind = ErrorKind::RateLimited;
    variant.retryAfterSeconds = 30;
    add(variant, u"429 with Retry-After"_s);
    variant.deploymentQueueFull = true;
    add(variant, u"deployment queue full with Retry-After"_s);
    variant.retryAfterSeconds = -1;
    add(variant, u"deployment queue full"_s);
    variant = {};
    variant.kind = ErrorKind::BadRequest;
    variant.detail = u"Empty JSON."_s;
    add(variant, u"400 with error"_s);
}

QTEST_GUILESS_MAIN(TestResponseInterpreter)
#include "tst_responseinterpreter.moc"
