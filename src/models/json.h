#pragma once

#include "api/apirequest.h"
#include "api/jsonlist.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// Tolerant readers for Coolify's JSON: numbers that arrive as strings (coolify-api.md §6, §9),
// booleans as 0/1, absent keys (redaction) told apart from null. They never throw and never crash
// on a wrong type; they fall back to "no value".
namespace Coolify::Models::Json {

// A string; numbers and booleans are turned into text, null/absent/objects give "".
// Bidi embedding, override and isolate controls are shown (revealBidiOverrides()).
QString string(const QJsonObject &object, QLatin1String key);
// A right-to-left override makes "gpj.exe" read as "exe.jpg": names and addresses with such
// controls (U+202A–U+202E, U+2066–U+2069) show each as a visible "⟦U+202E⟧" instead. Marks
// that do not reorder (LRM, RLM) stay, as real right-to-left text uses them.
QString revealBidiOverrides(const QString &text);
// An integer from a number or a numeric string ("3000"); std::nullopt otherwise.
std::optional<qint64> integer(const QJsonObject &object, QLatin1String key);
// true/false, 1/0, "1"/"0", "true"/"false"; std::nullopt otherwise.
std::optional<bool> boolean(const QJsonObject &object, QLatin1String key);
// ISO-8601 with microseconds ("2026-08-22T15:22:50.000000Z"), as UTC; invalid when absent.
QDateTime timestamp(const QJsonObject &object, QLatin1String key);
// Whether the key is present at all: redacted fields are absent, not null (coolify-api.md §2).
inline bool has(const QJsonObject &object, QLatin1String key)
{
    return object.contains(key);
}
// A list that may arrive as an array or as an object keyed "0","1",… (coolify-api.md §4).
QJsonArray list(const QJsonValue &value, bool *ok = nullptr);

// A document decoder such as Application::decodeList.
using DocumentDecoder = QVariant (*)(const QJsonDocument &document, QString *error);

// decodeList(QJsonDocument::fromJson(body)) as ResponseInterpreter would run it: an empty body is
// an empty document (a wrong shape), a parse error sets *fault to Malformed and describes it.
QVariant decodeWholeBody(const QByteArray &body, QString *error, Api::BodyFault *fault,
                         DocumentDecoder decodeList);

// The most items one list answer may have. Far beyond any real instance (the fleet benchmark's
// largest is 10,000 applications), small enough to keep memory and work bounded.
inline constexpr qsizetype kMaxListItems = 100'000;
// "The list has N items; this app reads at most 100,000." for a refused list.
QString tooManyItemsText(qsizetype items);

// An Api::BodyDecoder for a list of T, parsed element by element (Api::walkJsonList), so a big
// list never exists as one document. Each object element goes through T::fromJson and is kept
// when it has a uuid, as every T::decodeList does (`Make` replaces T::fromJson where a list row
// keeps less than a detail); a body that is not a list (an error object, a
// scalar, empty) goes to decodeList whole. The result and error texts are therefore exactly
// decodeList(QJsonDocument::fromJson(body))'s; a broken body sets *fault to Malformed.
//
// A list longer than kMaxListItems is refused (TooManyItems) without keeping its items: a hostile
// or broken server must not make the app hold millions of rows (coolify-api.md §4).
template<typename T, T (*Make)(const QJsonObject &) = nullptr>
QVariant decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault,
                        DocumentDecoder decodeList)
{
    QList<T> items;
    qsizetype seen = 0;
    const Api::JsonListWalk walk = Api::walkJsonList(body, [&](const QJsonObject &object) {
        if (++seen > kMaxListItems) {
            items.clear();
            return;
        }
        T item = [&object] {
            if constexpr (Make != nullptr)
                return Make(object);
            else
                return T::fromJson(object);
        }();
        if (!item.uuid.isEmpty())
            items.append(std::move(item));
    });
    switch (walk.status) {
    case Api::JsonListWalk::Ok:
        if (seen > kMaxListItems) {
            if (fault)
                *fault = Api::BodyFault::TooManyItems;
            *error = tooManyItemsText(seen);
            return {};
        }
        return QVariant::fromValue(items);
    case Api::JsonListWalk::Malformed:
        if (fault)
            *fault = Api::BodyFault::Malformed;
        *error = walk.detail;
        return {};
    case Api::JsonListWalk::NotAList:
        break;
    }
    return decodeWholeBody(body, error, fault, decodeList);
}

} // namespace Coolify::Models::Json
