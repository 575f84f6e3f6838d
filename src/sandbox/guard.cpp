#include "sandbox/guard.h"

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

RateLimiter::Decision RateLimiter::hit(const QString &key, int limit, qint64 nowMs, int windowMs)
{
    Decision d;
    d.limit = limit;
    if (limit <= 0) {
        d.remaining = 0;
        return d;
    }
    Bucket &b = m_buckets[key];
    if (b.hits == 0 || nowMs - b.windowStartMs >= windowMs) {
        b.windowStartMs = nowMs;
        b.hits = 0;
    }
    const qint64 resetMs = b.windowStartMs + windowMs;
    d.resetAt = (resetMs + 999) / 1000;
    d.retryAfter = qMax<qint64>(1, (resetMs - nowMs + 999) / 1000);
    if (b.hits >= limit) {
        d.allowed = false;
        d.remaining = 0;
        return d;
    }
    ++b.hits;
    d.remaining = limit - b.hits;
    return d;
}

namespace Abilities {

bool can(const QStringList &abilities, const QString &ability)
{
    if (abilities.contains(QLatin1String("root")) || abilities.contains(QLatin1String("*")))
        return true;
    return abilities.contains(ability);
}

bool canReadSensitive(const QStringList &abilities)
{
    return can(abilities, u"read:sensitive"_s);
}

std::optional<Response> require(const QStringList &abilities, const QString &ability)
{
    if (ability.isEmpty() || can(abilities, ability))
        return std::nullopt;
    return Response::message(403, QLatin1String("Missing required permissions: ") + ability);
}

} // namespace Abilities

QString bearerToken(const Request &request)
{
    const QByteArray header = request.header("authorization").trimmed();
    if (header.size() < 8 || header.left(7).toLower() != "bearer ")
        return QString();
    return QString::fromUtf8(header.mid(7).trimmed());
}

} // namespace Coolify::Sandbox
