#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Tolerant readers for Coolify's JSON: numbers that arrive as strings (FACTS §6, §9), booleans
// as 0/1, absent keys (redaction) told apart from null. They never throw and never crash on a
// wrong type; they fall back to "no value".
namespace Coolify::Models::Json {

// A string; numbers and booleans are turned into text, null/absent/objects give "".
QString string(const QJsonObject &object, QLatin1String key);
// An integer from a number or a numeric string ("3000"); std::nullopt otherwise.
std::optional<qint64> integer(const QJsonObject &object, QLatin1String key);
// true/false, 1/0, "1"/"0", "true"/"false"; std::nullopt otherwise.
std::optional<bool> boolean(const QJsonObject &object, QLatin1String key);
// ISO-8601 with microseconds ("2026-08-22T15:22:50.000000Z"), as UTC; invalid when absent.
QDateTime timestamp(const QJsonObject &object, QLatin1String key);
// Whether the key is present at all: redacted fields are absent, not null (FACTS §2).
inline bool has(const QJsonObject &object, QLatin1String key)
{
    return object.contains(key);
}
// A list that may arrive as an array or as an object keyed "0","1",… (FACTS §4).
QJsonArray list(const QJsonValue &value, bool *ok = nullptr);

} // namespace Coolify::Models::Json
