#pragma once

#include "api/certificate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Coolify::Api {

// What went wrong, kept distinct so callers can react (re-ask for a token, show a field error,
// wait for Retry-After) instead of showing a generic "error".
enum class ErrorKind {
    None,
    Unauthenticated, // 401 (also "Invalid token.")
    Forbidden, // 403, see ForbiddenCause
    NotFound, // 404
    MethodNotAllowed, // 405
    Conflict, // 409, see ApiError::conflicts
    Validation, // 422, see ApiError::validation
    BadRequest, // 400, see ApiError::detail (the body's "error" key)
    RateLimited, // 429, see ApiError::retryAfterSeconds
    ServerError, // 5xx
    UnexpectedStatus, // any other HTTP status
    NotJson, // an HTML page or other non-JSON body where JSON was expected
    InvalidJson, // truncated or malformed JSON
    UnexpectedShape, // valid JSON of the wrong shape or types
    ResponseTooLarge, // more than ApiClient::kMaxBodyBytes
    Timeout,
    Tls,
    ConnectionRefused,
    HostNotFound,
    ConnectionClosed, // the server dropped the connection, possibly mid-body
    RedirectRefused, // a redirect to another origin (the token must not follow it)
    RedirectLoop, // more same-origin redirects than any real setup needs
    Network, // any other transport failure
    Cancelled,
};

// The four reasons Coolify gives for a 403, told apart by the server's message.
enum class ForbiddenCause {
    None,
    MissingAbility, // "Missing required permissions: <ability>"
    ApiDisabled, // {"success":true,"message":"API is disabled."}
    IpNotAllowed, // "You are not allowed to access the API."
    TeamRoleTooLow, // "Missing required team role." / "... exceed your current role ..."
    PolicyDenied, // a Laravel policy: {"message":..., "error":"Unauthorized"}
    Other,
};

// 422 errors normalised from the three shapes Coolify sends (map of arrays, map of strings,
// plain list) into field -> messages plus messages that belong to no field.
struct ValidationErrors
{
    QMap<QString, QStringList> fields;
    QStringList general;
    bool isEmpty() const { return fields.isEmpty() && general.isEmpty(); }
    bool operator==(const ValidationErrors &) const = default;
};

ValidationErrors parseValidationErrors(const QJsonObject &body);

struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Api::ApiError)

public:
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString serverMessage; // the body's "message", when there was one
    QString detail; // 400 "error", transport error text, TLS errors, JSON parse error
    ForbiddenCause forbiddenCause = ForbiddenCause::None;
    QString missingAbility; // with ForbiddenCause::MissingAbility
    ValidationErrors validation; // with ErrorKind::Validation
    QJsonArray conflicts; // with ErrorKind::Conflict
    int retryAfterSeconds = -1; // with ErrorKind::RateLimited, -1 when the server gave none
    int timeoutSeconds = -1; // with ErrorKind::Timeout: the limit that was reached
    bool deadlineExceeded = false; // with ErrorKind::Timeout: too slow overall, not silent
    bool answerStarted = false; // with ErrorKind::Timeout: the status line and headers had come
    bool certificateRejected = false; // with ErrorKind::Tls: TLS was spoken, the certificate failed
    CertificateInfo certificate; // with certificateRejected: what the server presented
    bool deploymentQueueFull = false; // a 429 from POST /deploy, not the rate limiter
    bool redirectSameOrigin = false; // with RedirectRefused: a change redirected on its own origin
    bool htmlBody = false; // the body was an HTML page

    bool isError() const { return kind != ErrorKind::None; }
    // One clear, translated sentence (or two) for the user.
    QString userMessage() const;
    // Short translated name of the kind, e.g. "Timed out".
    static QString kindName(ErrorKind kind);
};

} // namespace Coolify::Api
