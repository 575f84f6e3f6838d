#pragma once

#include "api/apirequest.h"
#include "api/apiresult.h"
#include "api/certificate.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStringList>

namespace Coolify::Api {

// Everything the network layer observed about one exchange, as plain data.
struct HttpOutcome
{
    int status = 0; // 0: no HTTP response at all
    QByteArray contentType;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray rateLimitRemaining;
    QByteArray allow;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QStringList sslErrors;
    CertificateInfo certificate; // the refused peer certificate, with sslErrors
    bool timedOut = false; // nothing arrived for ApiRequest::timeoutMs
    bool deadlineExceeded = false; // the whole exchange took longer than ApiRequest::deadlineMs
    int timeoutSeconds = -1; // the limit that was hit (either one)
    bool tooManyRedirects = false; // a redirect loop
    bool cancelled = false;
    bool tooLarge = false;
    // Content-Length of an answer that was not compressed; -1 when unknown (see bodyCutShort).
    qint64 announcedLength = -1;
    bool compressionBomb = false; // a compressed body that unpacks out of all proportion
    QString tooLargeLimit; // human size, e.g. "256 MiB"
    QString refusedRedirect; // the target of a redirect we refused
    bool refusedRedirectSameOrigin = false; // refused because a change must not become a GET

    // Fewer bytes than announced: the connection closed early, even when Qt reports no error
    // (Qt 6.4 can end a reply that way once every received byte was read). 204 and 304 have no
    // body whatever their Content-Length says.
    bool bodyCutShort() const
    {
        return announcedLength > body.size() && status != 204 && status != 304;
    }
};

// Pure and thread-safe: maps an outcome to a typed result (status → kind, 403 cause, 422 shapes,
// 409 conflicts, Retry-After, HTML and damaged bodies) and runs the request's decoder.
ApiResult interpretOutcome(const HttpOutcome &outcome, ResponseFormat format,
                           const Decoder &decode = {}, const BodyDecoder &decodeBody = {});

// The words for a JSON parse error found at byte `offset` of a body of `size` bytes: "it ends
// after N bytes in the middle of the data" when the error is at the end (a truncated body), else
// "<Qt's error text> at byte N". Shared by the interpreter and walkJsonList().
QString describeParseError(QJsonParseError::ParseError error, qsizetype offset, qsizetype size);

// The longest wait a Retry-After may ask for: an hour. A larger value (or one that would overflow
// an int of milliseconds) is read as this, so no server can hold an instance back for days.
inline constexpr int kMaxRetryAfterSeconds = 3600;

// Seconds from a Retry-After header (delta-seconds or HTTP-date), at most kMaxRetryAfterSeconds;
// -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value);

} // namespace Coolify::Api
