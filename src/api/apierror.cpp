#include "api/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coolify::Api {

namespace {
QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            out += toStringList(item);
    } else if (value.isString()) {
        out << value.toString();
    } else if (!value.isNull() && !value.isUndefined()) {
        const QJsonDocument doc =
            value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(QJsonArray{value});
        out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    return out;
}

// Database create answers a list of offending field *names*, e.g. ["type"].
bool looksLikeFieldName(const QString &text)
{
    static const QRegularExpression fieldName(u"^[a-z_][a-z0-9_.]*$"_s);
    return fieldName.match(text).hasMatch();
}
} // namespace

ValidationErrors parseValidationErrors(const QJsonObject &body)
{
    ValidationErrors result;
    const QJsonValue errors = body.value(QLatin1String("errors"));
    if (errors.isObject()) {
        const QJsonObject map = errors.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QStringList messages = toStringList(it.value());
            if (!messages.isEmpty())
                result.fields[it.key()] += messages;
        }
    } else if (errors.isArray()) {
        const QJsonArray list = errors.toArray();
        for (const QJsonValue &item : list) {
            const QString text = item.toString();
            if (looksLikeFieldName(text))
                result.fields[text] << ApiError::tr("This field is not accepted here.");
            else
                result.general += toStringList(item);
        }
    } else if (errors.isString()) {
        result.general << errors.toString();
    }
    const QString message = body.value(QLatin1String("message")).toString();
    if (result.isEmpty() && !message.isEmpty())
        result.general << message;
    return result;
}

QString ApiError::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return tr("No error");
    case ErrorKind::Unauthenticated:
        return tr("Not signed in");
    case ErrorKind::Forbidden:
        return tr("Not allowed");
    case ErrorKind::NotFound:
        return tr("Not found");
    case ErrorKind::MethodNotAllowed:
        return tr("Method not allowed");
    case ErrorKind::Conflict:
        return tr("Conflict");
    case ErrorKind::Validation:
        return tr("Invalid values");
    case ErrorKind::BadRequest:
        return tr("Bad request");
    case ErrorKind::RateLimited:
        return tr("Rate limited");
    case ErrorKind::ServerError:
        return tr("Server error");
    case ErrorKind::UnexpectedStatus:
        return tr("Unexpected answer");
    case ErrorKind::NotJson:
        return tr("Not an API answer");
    case ErrorKind::InvalidJson:
        return tr("Damaged answer");
    case ErrorKind::UnexpectedShape:
        return tr("Unexpected data");
    case ErrorKind::ResponseTooLarge:
        return tr("Answer too large");
    case ErrorKind::Timeout:
        return tr("Timed out");
    case ErrorKind::Tls:
        return tr("Certificate problem");
    case ErrorKind::ConnectionRefused:
        return tr("Connection refused");
    case ErrorKind::HostNotFound:
        return tr("Host not found");
    case ErrorKind::ConnectionClosed:
        return tr("Connection dropped");
    case ErrorKind::RedirectRefused:
        return tr("Redirect refused");
    case ErrorKind::RedirectLoop:
        return tr("Too many redirects");
    case ErrorKind::Network:
        return tr("Network error");
    case ErrorKind::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ApiError::userMessage() const
{
    const QString server =
        serverMessage.isEmpty() ? QString() : u' ' + tr("The server said: “%1”").arg(serverMessage);
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Unauthenticated:
        return tr("The API token was not accepted (%1). It may be wrong, revoked or expired: "
                  "create a new one in Coolify under Keys & Tokens → API tokens.")
            .arg(httpStatus > 0 ? httpStatus : 401);
    case ErrorKind::Forbidden:
        switch (forbiddenCause) {
        case ForbiddenCause::MissingAbility:
            return tr("The API token lacks the “%1” permission needed for this. Create a token "
                      "with “%1” in Coolify under Keys & Tokens → API tokens.")
                .arg(missingAbility);
        case ForbiddenCause::ApiDisabled:
            return tr("The API is disabled on this Coolify instance (it is off by default). An "
                      "administrator can enable it in Coolify under Settings → Advanced → API.");
        case ForbiddenCause::IpNotAllowed:
            return tr("This computer's IP address is not on the instance's API allow-list "
                      "(Settings → Advanced → Allowed IPs).");
        case ForbiddenCause::TeamRoleTooLow:
            return tr(
                "The token's owner is not an admin or owner of its team, so the token may only "
                "read. Ask a team admin, or use a read-only token.");
        case ForbiddenCause::PolicyDenied:
            return tr("Coolify does not allow this action for this token's team.") + server;
        case ForbiddenCause::None:
        case ForbiddenCause::Other:
            break;
        }
        return tr("Coolify refused the request (403).") + server;
    case ErrorKind::NotFound:
        if (htmlBody)
            return tr("The server answered “404 Not Found” with a web page. Check that the "
                      "address points at a Coolify instance.");
        return tr("Not found on the server (404): it may have been deleted or belong to another "
                  "team.")
            + server;
    case ErrorKind::MethodNotAllowed:
        return tr("The server does not accept this request method here (405).") + server;
    case ErrorKind::Conflict:
        return tr("The change conflicts with existing resources (409).") + server;
    case ErrorKind::Validation: {
        QStringList lines;
        for (auto it = validation.fields.begin(); it != validation.fields.end(); ++it)
            lines << tr("%1: %2").arg(it.key(), it.value().join(u' '));
        lines += validation.general;
        if (lines.isEmpty()) // e.g. a proxy's page: nothing to list after a colon
            return tr("The server rejected some values (422).") + server;
        return tr("The server rejected some values (422): %1").arg(lines.join(QLatin1String("; ")));
    }
    case ErrorKind::BadRequest:
        if (!detail.isEmpty())
            return tr("The server rejected the request (400): %1").arg(detail);
        return tr("The server rejected the request (400).") + server;
    case ErrorKind::RateLimited:
        if (deploymentQueueFull)
            return retryAfterSeconds >= 0
                ? tr("The deployment queue is full; try again in %n second(s).", nullptr,
                     retryAfterSeconds)
                : tr("The deployment queue is full; try again when running deployments finish.");
        return retryAfterSeconds >= 0
            ? tr("Too many requests to this instance; it asks to wait %n second(s).", nullptr,
                 retryAfterSeconds)
            : tr("Too many requests to this instance; please wait a minute.");
    case ErrorKind::ServerError:
        if (httpStatus == 502 || httpStatus == 503 || httpStatus == 504)
            return tr("The server or a proxy in front of it is unavailable (%1). Try again in a "
                      "moment.")
                .arg(httpStatus);
        return tr("The server failed with an internal error (%1).").arg(httpStatus) + server;
    case ErrorKind::UnexpectedStatus:
        return tr("The server answered with an unexpected status %1.").arg(httpStatus) + server;
    case ErrorKind::NotJson:
        return tr("The server answered with a web page instead of API data. Check that the "
                  "address points at a Coolify instance and not at a login page or proxy.");
    case ErrorKind::InvalidJson:
        return tr("The server's answer was cut off or damaged (%1).").arg(detail);
    case ErrorKind::UnexpectedShape:
        return tr("The server's answer has data this app does not understand (%1). Is this a "
                  "supported Coolify version?")
            .arg(detail);
    case ErrorKind::ResponseTooLarge:
        return tr("The server's answer was too large and was not read: %1.").arg(detail);
    case ErrorKind::Timeout:
        if (deadlineExceeded)
            return tr("The server kept sending its answer but did not finish within %n second(s), "
                      "so the request was stopped. The server or the network is very slow.",
                      nullptr, timeoutSeconds);
        // Qt's inactivity timer counts only the body: headers that trickle in do not reset it,
        // so before they are complete "sent nothing" could be untrue.
        if (timeoutSeconds > 0 && answerStarted)
            return tr("The server stopped in the middle of its answer: nothing more came for %n "
                      "second(s). It may be overloaded or the connection unreliable.",
                      nullptr, timeoutSeconds);
        if (timeoutSeconds > 0)
            return tr("The server did not answer within %n second(s). It may be overloaded or "
                      "unreachable.",
                      nullptr, timeoutSeconds);
        return tr("The server did not answer in time. It may be overloaded or unreachable.");
    case ErrorKind::Tls:
        if (certificate.changedFromPin)
            return tr("The server presented a different certificate than the one you trusted for "
                      "this instance (now SHA-256 %1). The connection was refused: someone may be "
                      "intercepting it. If the certificate was renewed on purpose, check the new "
                      "fingerprint with the server's administrator and trust it again.")
                .arg(certificate.fingerprint());
        if (certificateRejected && certificate.pinnable)
            return tr("The server's TLS certificate is not trusted (%1). If this instance uses a "
                      "self-signed or internal certificate, compare its fingerprint with the "
                      "server's and trust exactly that certificate in the instance settings.")
                .arg(detail);
        return tr("The server's TLS certificate is not trusted, so the connection was not made "
                  "(%1). Fix the certificate or use an address whose certificate is valid.")
            .arg(detail);
    case ErrorKind::ConnectionRefused:
        return tr("The connection was refused: nothing is listening at that address and port.");
    case ErrorKind::HostNotFound:
        return tr("The host name could not be found. Check the address and your network.");
    case ErrorKind::ConnectionClosed:
        return tr("The server closed the connection before the whole answer arrived.");
    case ErrorKind::RedirectRefused:
        if (redirectSameOrigin)
            return tr("The server answered this change with a redirect (to %1) that would repeat "
                      "it as a different request, so it was not repeated. A proxy in front of "
                      "Coolify may be rewriting API requests; check its configuration.")
                .arg(detail);
        return tr("The server redirected to another address (%1). The token is not sent there; "
                  "enter the final address of the instance instead.")
            .arg(detail);
    case ErrorKind::RedirectLoop:
        return tr("The server kept redirecting the request (more than 10 times), probably in a "
                  "loop. Check the instance's proxy configuration, or enter its final address.");
    case ErrorKind::Network:
        return tr("A network error occurred: %1").arg(detail);
    case ErrorKind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

} // namespace Coolify::Api
