#pragma once

#include "sandbox/http.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coolify::Sandbox {

// Laravel's throttle:api (fixed one-minute window per key, like the cache-based limiter).
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 retryAfter = 0; // seconds
        qint64 resetAt = 0; // epoch seconds
    };
    // `limit` requests per `windowMs` (Coolify's limiter: per minute).
    Decision hit(const QString &key, int limit, qint64 nowMs, int windowMs = 60'000);

private:
    struct Bucket
    {
        qint64 windowStartMs = 0;
        int hits = 0;
    };
    QHash<QString, Bucket> m_buckets;
};

// Ability checks of app/Http/Middleware/ApiAbility.php (+ Sanctum's "*").
namespace Abilities {
bool can(const QStringList &abilities, const QString &ability);
bool canReadSensitive(const QStringList &abilities);
// 403 {"message":"Missing required permissions: <x>"} or nothing.
std::optional<Response> require(const QStringList &abilities, const QString &ability);
} // namespace Abilities

// Bearer token from the Authorization header (empty if absent/malformed).
QString bearerToken(const Request &request);

} // namespace Coolify::Sandbox
