#pragma once

#include "api/apirequest.h"
#include "api/apiresult.h"

#include <QByteArray>
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
    bool timedOut = false;
    bool cancelled = false;
    bool tooLarge = false;
    QString tooLargeLimit; // human size, e.g. "256 MiB"
    QString refusedRedirect; // the target of a cross-origin redirect we refused
};

// Pure and thread-safe: maps an outcome to a typed result (status → kind, 403 cause, 422 shapes,
// 409 conflicts, Retry-After, HTML and damaged bodies) and runs the request's decoder.
ApiResult interpretOutcome(const HttpOutcome &outcome, ResponseFormat format,
                           const Decoder &decode = {});

// Seconds from a Retry-After header (delta-seconds or HTTP-date); -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value);

} // namespace Coolify::Api
