#pragma once

#include "api/apierror.h"

#include <QJsonDocument>
#include <QVariant>

namespace Coolify::Api {

// The typed outcome of one request: either ok() with the parsed JSON (and decoded value), or a
// distinct error kind with a human message.
struct ApiResult
{
    ApiError error;
    int httpStatus = 0;
    QJsonDocument json; // ResponseFormat::Json
    QString text; // ResponseFormat::Text (e.g. /version, /health)
    QVariant value; // what ApiRequest::decode produced
    int rateLimitRemaining = -1; // X-RateLimit-Remaining, -1 when absent
    QByteArray allow; // the Allow header (405)

    bool ok() const { return !error.isError(); }
};

} // namespace Coolify::Api
