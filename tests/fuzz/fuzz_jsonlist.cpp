// walkJsonList() against QJsonDocument: the element-by-element walker must accept exactly the
// lists Qt's whole-document parser accepts, visit the same objects in the same order, and
// never read out of bounds (coolify-api.md §4: lists arrive as arrays or as index objects).
#include "api/jsonlist.h"
#include "models/json.h"

#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<QJsonObject> visited;
    const Coolify::Api::JsonListWalk walk = Coolify::Api::walkJsonList(
        body, [&visited](const QJsonObject &object) { visited.append(object); });

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const bool parsed = error.error == QJsonParseError::NoError;

    switch (walk.status) {
    case Coolify::Api::JsonListWalk::Ok: {
        FUZZ_CHECK(parsed);
        FUZZ_CHECK(document.isArray() || document.isObject());
        const QJsonArray elements =
            document.isArray() ? document.array() : Coolify::Models::Json::list(document.object());
        QList<QJsonObject> expected;
        for (const QJsonValue &element : elements) {
            if (element.isObject())
                expected.append(element.toObject());
        }
        FUZZ_CHECK(visited == expected);
        break;
    }
    case Coolify::Api::JsonListWalk::Malformed:
        FUZZ_CHECK(!parsed);
        FUZZ_CHECK(!walk.detail.isEmpty());
        FUZZ_CHECK(walk.offset >= 0 && walk.offset <= body.size());
        break;
    case Coolify::Api::JsonListWalk::NotAList:
        // Stops at the first sign; a list that Qt parses is never called "not a list".
        FUZZ_CHECK(!parsed || !document.isArray());
        break;
    }
    return 0;
}
