#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Coolify::Api {

// How walkJsonList() ended.
struct JsonListWalk
{
    enum Status {
        Ok, // every element was checked; the visitor saw each object element
        NotAList, // not a list (a scalar, {"message":…}, empty): parse the body whole instead
        Malformed, // broken JSON (truncated, garbage, invalid element): see detail and offset
    };
    Status status = Ok;
    QString detail; // Malformed: describeParseError()'s text ("… at byte N", "it ends after …")
    qsizetype offset = -1; // Malformed: the byte of the whole body the error was found at
};

// Walks the top-level list of a JSON body and calls `visit` with each object element, parsing one
// element at a time: a byte scanner finds each element's span and only that span becomes a
// QJsonDocument, so no document of the whole body ever exists (a big list costs ~1 element).
//
// A list is an array `[{…},{…}]` or Laravel's index object `{"0":{…},"1":{…}}` (coolify-api.md §4),
// whose keys must all be canonical integers below 10^9 ("0", "17"; not "01", "-1", "a"). Index
// objects are visited in ascending key order and a repeated key keeps its last value, exactly like
// QJsonDocument + Models::Json::list(). Elements that are not objects are checked but not visited.
// An empty or whitespace-only body, a scalar, and an object with another key are NotAList: the
// walk stops at the first sign of it, so the rest of such a body is not checked.
//
// As strict as QJsonDocument::fromJson on the whole body: truncation anywhere, garbage, missing
// separators, trailing garbage, an invalid element or nesting deeper than Qt allows is Malformed.
// On Malformed the visitor may already have seen earlier elements; discard what it collected.
// Safe on any input (no reads out of bounds, no recursion).
JsonListWalk walkJsonList(const QByteArray &body,
                          const std::function<void(const QJsonObject &)> &visit);

} // namespace Coolify::Api
