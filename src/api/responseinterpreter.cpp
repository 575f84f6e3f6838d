#include "api/responseinterpreter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Api {

namespace {
bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.contains("text/html")) {
        // Coolify serves /version as text/html, so judge by the body too.
        const QByteArray head = body.left(512).trimmed().toLower();
        return head.startsWith("<!doctype") || head.startsWith("<html") || head.contains("<body");
    }
    const QByteArray head = body.left(256).trimmed().toLower();
    return head.startsWith("<!doctype") || head.startsWith("<html");
}

QString messageOf(const QJsonObject &object)
{
    const QJsonValue message = object.value(QLatin1String("message"));
    if (message.isString())
        return message.toString();
    if (message.isArray()) { // POST /deploy by tag answers a list of messages
        QStringList parts;
        const QJsonArray array = message.toArray();
        for (const QJsonValue &part : array)
            parts << part.toString();
        return parts.join(u' ');
    }
    return {};
}

ForbiddenCause forbiddenCauseOf(const QString &message, const QJsonObject &body, QString *ability)
{
    static const QLatin1String missing("Missing required permissions:");
    if (message.startsWith(missing)) {
        *ability = message.mid(missing.size()).trimmed();
        return ForbiddenCause::MissingAbility;
    }
    if (message == QLatin1String("API is disabled."))
        return ForbiddenCause::ApiDisabled;
    if (message == QLatin1String("You are not allowed to access the API."))
        return ForbiddenCause::IpNotAllowed;
    if (message == QLatin1String("Missing required team role.")
        || message.contains(QLatin1String("exceed your current role")))
        return ForbiddenCause::TeamRoleTooLow;
    if (body.value(QLatin1String("error")).toString() == QLatin1String("Unauthorized"))
        return ForbiddenCause::PolicyDenied;
    return ForbiddenCause::Other;
}

void interpretTransportError(const HttpOutcome &outcome, ApiError &error)
{
    error.detail = outcome.networkErrorString;
    if (outcome.cancelled) {
        error.kind = ErrorKind::Cancelled;
    } else if (outcome.tooLarge) {
        error.kind = ErrorKind::ResponseTooLarge;
        error.detail = ApiError::tr("it is larger than %1").arg(outcome.tooLargeLimit);
    } else if (outcome.compressionBomb) {
        error.kind = ErrorKind::ResponseTooLarge;
        error.detail = ApiError::tr("it is compressed and would unpack to far more data than any "
                                    "API answer (a compression bomb)");
    } else if (outcome.deadlineExceeded) {
        error.kind = ErrorKind::Timeout;
        error.deadlineExceeded = true;
        error.timeoutSeconds = outcome.timeoutSeconds;
    } else if (outcome.timedOut || outcome.networkError == QNetworkReply::TimeoutError) {
        error.kind = ErrorKind::Timeout;
        error.timeoutSeconds = outcome.timeoutSeconds;
        error.answerStarted = outcome.status > 0;
    } else if (outcome.tooManyRedirects
               || outcome.networkError == QNetworkReply::TooManyRedirectsError) {
        error.kind = ErrorKind::RedirectLoop;
    } else if (!outcome.refusedRedirect.isEmpty()) {
        error.kind = ErrorKind::RedirectRefused;
        error.detail = outcome.refusedRedirect;
        error.redirectSameOrigin = outcome.refusedRedirectSameOrigin;
    } else if (!outcome.sslErrors.isEmpty()
               || outcome.networkError == QNetworkReply::SslHandshakeFailedError) {
        error.kind = ErrorKind::Tls;
        error.certificateRejected = !outcome.sslErrors.isEmpty();
        error.certificate = outcome.certificate;
        if (!outcome.sslErrors.isEmpty())
            error.detail = outcome.sslErrors.join(QLatin1String("; "));
    } else if (outcome.networkError == QNetworkReply::NoError && outcome.bodyCutShort()) {
        error.kind = ErrorKind::ConnectionClosed;
    } else {
        switch (outcome.networkError) {
        case QNetworkReply::ConnectionRefusedError:
            error.kind = ErrorKind::ConnectionRefused;
            break;
        case QNetworkReply::HostNotFoundError:
            error.kind = ErrorKind::HostNotFound;
            break;
        case QNetworkReply::RemoteHostClosedError:
            error.kind = ErrorKind::ConnectionClosed;
            break;
        case QNetworkReply::OperationCanceledError:
            // Not cancelled by us: Qt aborts this way when the transfer timeout fires.
            error.kind = ErrorKind::Timeout;
            error.timeoutSeconds = outcome.timeoutSeconds;
            error.answerStarted = outcome.status > 0;
            break;
        case QNetworkReply::InsecureRedirectError:
            error.kind = ErrorKind::RedirectRefused;
            break;
        default:
            error.kind = ErrorKind::Network;
            break;
        }
    }
}

void interpretHttpError(int status, const QJsonObject &body, const HttpOutcome &outcome,
                        ApiError &error)
{
    error.serverMessage = messageOf(body);
    if (status == 400 && error.serverMessage == QLatin1String("Invalid token.")) {
        // getTeamIdFromToken() failing is a token problem (coolify-api.md §1), not a malformed
        // request.
        error.kind = ErrorKind::Unauthenticated;
    } else if (status == 400) {
        error.kind = ErrorKind::BadRequest;
        error.detail = body.value(QLatin1String("error")).toString();
        if (error.detail.isEmpty())
            error.detail = error.serverMessage;
    } else if (status == 401) {
        error.kind = ErrorKind::Unauthenticated;
    } else if (status == 403) {
        error.kind = ErrorKind::Forbidden;
        error.forbiddenCause = forbiddenCauseOf(error.serverMessage, body, &error.missingAbility);
    } else if (status == 404) {
        error.kind = ErrorKind::NotFound;
    } else if (status == 405) {
        error.kind = ErrorKind::MethodNotAllowed;
    } else if (status == 409) {
        error.kind = ErrorKind::Conflict;
        error.conflicts = body.value(QLatin1String("conflicts")).toArray();
    } else if (status == 422) {
        error.kind = ErrorKind::Validation;
        error.validation = parseValidationErrors(body);
    } else if (status == 429) {
        error.kind = ErrorKind::RateLimited;
        error.retryAfterSeconds = parseRetryAfter(outcome.retryAfter);
        error.deploymentQueueFull = error.serverMessage.contains(QLatin1String("queue is full"));
    } else if (status >= 500 && status <= 599) {
        error.kind = ErrorKind::ServerError;
    } else {
        error.kind = ErrorKind::UnexpectedStatus;
    }
}

} // namespace

QString describeParseError(QJsonParseError::ParseError error, qsizetype offset, qsizetype size)
{
    if (offset >= size)
        return ApiError::tr("it ends after %n byte(s) in the middle of the data", nullptr,
                            int(size));
    QJsonParseError parseError;
    parseError.error = error;
    return ApiError::tr("%1 at byte %2").arg(parseError.errorString()).arg(offset);
}

int parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    if (std::all_of(trimmed.cbegin(), trimmed.cend(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
        // Digits only: any length, so "99999999999999999999" is a (very) long wait, not garbage.
        bool fits = false;
        const qulonglong seconds = trimmed.toULongLong(&fits);
        return fits ? int(std::min<qulonglong>(seconds, kMaxRetryAfterSeconds))
                    : kMaxRetryAfterSeconds;
    }
    if (trimmed.startsWith('-'))
        return -1;
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(utc);
    return int(std::clamp<qint64>(seconds, 0, kMaxRetryAfterSeconds));
}

ApiResult interpretOutcome(const HttpOutcome &outcome, ResponseFormat format, const Decoder &decode,
                           const BodyDecoder &decodeBody)
{
    ApiResult result;
    result.httpStatus = outcome.status;
    result.allow = outcome.allow;
    bool remainingOk = false;
    const int remaining = outcome.rateLimitRemaining.toInt(&remainingOk);
    result.rateLimitRemaining = remainingOk ? remaining : -1;
    ApiError &error = result.error;
    error.httpStatus = outcome.status;

    const bool transportFailed = outcome.bodyCutShort() || outcome.cancelled || outcome.timedOut
        || outcome.deadlineExceeded || outcome.tooManyRedirects || outcome.tooLarge
        || outcome.compressionBomb || !outcome.refusedRedirect.isEmpty()
        || !outcome.sslErrors.isEmpty()
        || (outcome.networkError != QNetworkReply::NoError
            && outcome.networkError >= QNetworkReply::ConnectionRefusedError
            && outcome.networkError < QNetworkReply::ContentAccessDenied);
    if (outcome.status == 0 || transportFailed) {
        interpretTransportError(outcome, error);
        return result;
    }

    error.htmlBody = looksLikeHtml(outcome.contentType, outcome.body);
    const bool success = outcome.status >= 200 && outcome.status < 300;
    if (success && format == ResponseFormat::Text) {
        if (error.htmlBody) {
            error.kind = ErrorKind::NotJson;
            return result;
        }
        result.text = QString::fromUtf8(outcome.body).trimmed();
        return result;
    }

    if (success && decodeBody && !error.htmlBody) {
        // The decoder parses the body itself (element by element): no document of the whole body.
        QString why;
        BodyFault fault = BodyFault::None;
        result.value = decodeBody(outcome.body, &why, &fault);
        if (!result.value.isValid()) {
            switch (fault) {
            case BodyFault::None:
                error.kind = ErrorKind::UnexpectedShape;
                break;
            case BodyFault::Malformed:
                error.kind = ErrorKind::InvalidJson;
                break;
            case BodyFault::TooManyItems:
                error.kind = ErrorKind::ResponseTooLarge;
                break;
            }
            error.detail = why.isEmpty() ? ApiError::tr("unexpected JSON structure") : why;
        }
        return result;
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = outcome.body.trimmed().isEmpty()
        ? QJsonDocument()
        : QJsonDocument::fromJson(outcome.body, &parseError);
    const bool parsed = parseError.error == QJsonParseError::NoError;

    if (!success) {
        interpretHttpError(outcome.status, parsed ? doc.object() : QJsonObject(), outcome, error);
        return result;
    }
    if (!parsed) {
        error.kind = error.htmlBody ? ErrorKind::NotJson : ErrorKind::InvalidJson;
        error.detail = describeParseError(parseError.error, parseError.offset, outcome.body.size());
        return result;
    }
    result.json = doc;
    if (decode) {
        QString why;
        result.value = decode(doc, &why);
        if (!result.value.isValid()) {
            error.kind = ErrorKind::UnexpectedShape;
            error.detail = why.isEmpty() ? ApiError::tr("unexpected JSON structure") : why;
        }
    }
    return result;
}

} // namespace Coolify::Api
