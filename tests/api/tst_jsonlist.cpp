// walkJsonList: arrays and Laravel index objects element by element, strict on damage (every
// truncation, garbage, invalid elements, nesting), and agreeing with QJsonDocument on the whole
// body for generated lists and for thousands of randomly damaged ones.
#include "api/jsonlist.h"
#include "api/responseinterpreter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Api;

namespace {

struct Walked
{
    JsonListWalk walk;
    QJsonArray objects;
};

Walked walk(const QByteArray &body)
{
    Walked out;
    out.walk =
        walkJsonList(body, [&out](const QJsonObject &object) { out.objects.append(object); });
    return out;
}

QString statusName(JsonListWalk::Status status)
{
    switch (status) {
    case JsonListWalk::Ok:
        return u"Ok"_s;
    case JsonListWalk::NotAList:
        return u"NotAList"_s;
    case JsonListWalk::Malformed:
        return u"Malformed"_s;
    }
    return {};
}

QJsonArray parsedArray(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.array();
}

QJsonArray objectsOf(const QJsonArray &array)
{
    QJsonArray out;
    for (const QJsonValue &value : array) {
        if (value.isObject())
            out.append(value);
    }
    return out;
}

// A varied element: nested containers, strings full of brackets, quotes, escapes and UTF-8.
QJsonValue randomValue(QRandomGenerator &rng, int depth)
{
    static const QStringList texts = {
        u""_s,
        u"plain"_s,
        u"with \"quotes\" and \\backslashes\\"_s,
        u"]}[{,:\""_s,
        u"\\\""_s,
        u"\\"_s,
        u"line\nbreak\ttab\r"_s,
        u"Grüße 🚀 日本語"_s,
        QString(QChar(0x01)) + u"control"_s,
        u"https://example.com/?a=[1]&b={2}"_s,
    };
    switch (rng.bounded(depth > 3 ? 5 : 7)) {
    case 0:
        return texts.at(rng.bounded(int(texts.size())));
    case 1:
        return qint64(rng.bounded(2000000)) - 1000000;
    case 2:
        return rng.generateDouble() * 1e6 - 5e5;
    case 3:
        return rng.bounded(2) == 0;
    case 4:
        return QJsonValue::Null;
    case 5: {
        QJsonArray array;
        for (int i = rng.bounded(4); i > 0; --i)
            array.append(randomValue(rng, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = rng.bounded(5); i > 0; --i)
            object.insert(texts.at(rng.bounded(int(texts.size()))) + QString::number(i),
                          randomValue(rng, depth + 1));
        return object;
    }
    }
}

QJsonObject randomObject(QRandomGenerator &rng, int index)
{
    QJsonObject object;
    object.insert(u"uuid"_s, u"uuid-%1"_s.arg(index));
    for (int i = rng.bounded(8); i > 0; --i)
        object.insert(u"key%1"_s.arg(i), randomValue(rng, 1));
    return object;
}

// A list of objects with a few scalars and arrays between them.
QJsonArray randomList(QRandomGenerator &rng, int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        if (rng.bounded(10) == 0)
            list.append(randomValue(rng, 4));
        list.append(randomObject(rng, i));
    }
    return list;
}

// The same list as Laravel's index object; QJsonObject writes its keys in string order
// ("0","1","10","100",…,"2"), so the walker has to put them back in numeric order.
QByteArray asIndexObject(const QJsonArray &list)
{
    QJsonObject object;
    for (qsizetype i = 0; i < list.size(); ++i)
        object.insert(QString::number(i), list.at(i));
    return QJsonDocument(object).toJson();
}

QByteArray nested(int depth)
{
    return "[" + QByteArray(depth, '[') + QByteArray(depth, ']') + "]";
}

QString truncatedText(qsizetype size)
{
    return describeParseError(QJsonParseError::UnterminatedArray, size, size);
}

} // namespace

class TestJsonList : public QObject
{
    Q_OBJECT

private slots:
    void walks_data();
    void walks();
    void malformed_data();
    void malformed();
    void everyTruncationIsMalformed_data();
    void everyTruncationIsMalformed();
    void matchesWholeDocument();
    void nestingLimitMatchesQt();
    void damageAgreesWithQt();
};

void TestJsonList::walks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("objects"); // what the visitor saw, as a JSON array

    const auto row = [](const char *name, const QByteArray &body, JsonListWalk::Status status,
                        const QByteArray &objects = "[]") {
        QTest::newRow(name) << body << int(status) << objects;
    };
    row("array", R"([{"a":1},{"b":2}])", JsonListWalk::Ok, R"([{"a":1},{"b":2}])");
    row("empty array", "[]", JsonListWalk::Ok);
    row("empty array with spaces", " [ \n ] \n", JsonListWalk::Ok);
    row("whitespace everywhere", "\r\n\t[ {\"a\" : 1} ,\n\t{ } ]\n", JsonListWalk::Ok,
        R"([{"a":1},{}])");
    row("byte order mark", "\xEF\xBB\xBF[{\"a\":1}]", JsonListWalk::Ok, R"([{"a":1}])");
    row("Laravel index object", R"({"0":{"a":1},"1":{"b":2}})", JsonListWalk::Ok,
        R"([{"a":1},{"b":2}])");
    row("index object with gaps", R"({"0":{"a":1},"3":{"b":2},"17":{"c":3}})", JsonListWalk::Ok,
        R"([{"a":1},{"b":2},{"c":3}])");
    row("index object out of order", R"({"2":{"c":3},"0":{"a":1},"10":{"d":4},"1":{"b":2}})",
        JsonListWalk::Ok, R"([{"a":1},{"b":2},{"c":3},{"d":4}])");
    row("index object repeated key (last wins)", R"({"0":{"a":1},"1":{"b":2},"0":{"c":3}})",
        JsonListWalk::Ok, R"([{"c":3},{"b":2}])");
    row("empty object", "{}", JsonListWalk::Ok);
    row("non-object elements skipped", R"([1,"two",null,true,false,-1.5e3,[1,{"x":2}],{"a":1},[]])",
        JsonListWalk::Ok, R"([{"a":1}])");
    row("non-object elements in index object", R"({"0":"x","1":{"a":1},"2":null})",
        JsonListWalk::Ok, R"([{"a":1}])");
    row("strings with brackets and quotes",
        R"([{"s":"]}[{\",","t":"\\\\","u":"\\"},{"v":"\\\"]}"}])", JsonListWalk::Ok,
        R"([{"s":"]}[{\",","t":"\\\\","u":"\\"},{"v":"\\\"]}"}])");
    row("nested containers", R"([{"a":{"b":[{"c":[]},{"d":{}}]}},{"e":[[[]]]}])", JsonListWalk::Ok,
        R"([{"a":{"b":[{"c":[]},{"d":{}}]}},{"e":[[[]]]}])");
    row("UTF-8 and escapes", "[{\"name\":\"Grüße 🚀\",\"k\":\"\\u00e9\\n\"}]", JsonListWalk::Ok,
        "[{\"name\":\"Grüße 🚀\",\"k\":\"\\u00e9\\n\"}]");
    row("NUL byte inside a string (Qt accepts it)", QByteArray("[{\"a\":\"x\0y\"}]", 13),
        JsonListWalk::Ok,
        QJsonDocument(parsedArray(QByteArray("[{\"a\":\"x\0y\"}]", 13)))
            .toJson(QJsonDocument::Compact));

    row("Laravel error object", R"({"message":"Unauthenticated."})", JsonListWalk::NotAList);
    row("numeric key then another", R"({"0":{},"data":[]})", JsonListWalk::NotAList);
    row("key with a leading zero", R"({"01":{}})", JsonListWalk::NotAList);
    row("negative key", R"({"-1":{}})", JsonListWalk::NotAList);
    row("escaped digit key", R"({"\u0030":{}})", JsonListWalk::NotAList);
    row("key of 10 digits", R"({"4294967296":{}})", JsonListWalk::NotAList);
    row("empty body", "", JsonListWalk::NotAList);
    row("whitespace only", " \n\t\r ", JsonListWalk::NotAList);
    row("number", "42", JsonListWalk::NotAList);
    row("string", R"("text")", JsonListWalk::NotAList);
    row("null", "null", JsonListWalk::NotAList);
    row("lone quote", "\"", JsonListWalk::NotAList);
    row("closing brackets only", "]]}}", JsonListWalk::NotAList);
    row("HTML", "<!DOCTYPE html><html></html>", JsonListWalk::NotAList);
}

void TestJsonList::walks()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, objects);

    const Walked walked = walk(body);
    QCOMPARE(statusName(walked.walk.status), statusName(JsonListWalk::Status(status)));
    QCOMPARE(walked.objects, parsedArray(objects));
    if (status != JsonListWalk::Malformed) {
        QVERIFY(walked.walk.detail.isEmpty());
        QCOMPARE(walked.walk.offset, qsizetype(-1));
    }
}

void TestJsonList::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("detail");

    const auto at = [](QJsonParseError::ParseError error, qsizetype offset) {
        return describeParseError(error, offset, offset + 1);
    };
    const auto row = [](const char *name, const QByteArray &body, qsizetype offset,
                        const QString &detail) {
        QTest::newRow(name) << body << offset << detail;
    };
    const auto cut = [&row](const char *name, const QByteArray &body) {
        row(name, body, body.size(), truncatedText(body.size()));
    };
    row("missing comma", R"([{"a":1} {"b":2}])", 9, at(QJsonParseError::MissingValueSeparator, 9));
    row("garbage between elements", R"([{"a":1},x,{"b":2}])", 9,
        at(QJsonParseError::IllegalNumber, 9));
    row("garbage after an element", R"([{"a":1}x,{"b":2}])", 8,
        at(QJsonParseError::MissingValueSeparator, 8));
    row("trailing garbage", R"([{"a":1}]x)", 9, at(QJsonParseError::GarbageAtEnd, 9));
    row("two lists", "[][]", 2, at(QJsonParseError::GarbageAtEnd, 2));
    row("NUL after the list", QByteArray("[{}]\0", 5), 4, at(QJsonParseError::GarbageAtEnd, 4));
    row("trailing comma", R"([{"a":1},])", 9, at(QJsonParseError::MissingObject, 9));
    row("leading comma", R"([,{"a":1}])", 1, at(QJsonParseError::IllegalValue, 1));
    row("invalid element", R"([{"a":1},{"b":}])", 14, at(QJsonParseError::MissingObject, 14));
    row("unquoted key in element", R"([{a:1}])", 3, at(QJsonParseError::UnterminatedObject, 3));
    row("mismatched brackets", R"([{"a":[1}],{}])", 9,
        at(QJsonParseError::MissingValueSeparator, 9));
    row("closer for an element", "[}]", 1, at(QJsonParseError::IllegalValue, 1));
    row("invalid scalar", "[tru]", 2, at(QJsonParseError::IllegalValue, 2));
    row("invalid UTF-8 in a string", "[{\"a\":\"\xFF\"}]", 7,
        at(QJsonParseError::IllegalUTF8String, 7));
    row("index object missing colon", R"({"0" {}})", 5,
        at(QJsonParseError::MissingNameSeparator, 5));
    row("index object trailing comma", R"({"0":{},})", 8, at(QJsonParseError::MissingObject, 8));
    row("index object unquoted key", R"({0:{}})", 1, at(QJsonParseError::UnterminatedObject, 1));
    row("index object invalid element", R"({"0":{},"1":{"a":}})", 17,
        at(QJsonParseError::MissingObject, 17));
    row("index object trailing garbage", R"({"0":{}} x)", 9, at(QJsonParseError::GarbageAtEnd, 9));
    row("too deep", nested(1024), 1025, at(QJsonParseError::DeepNesting, 1025));

    cut("open bracket", "[");
    cut("open brace", "{");
    cut("missing final bracket", R"([{"a":1})");
    cut("after a comma", R"([{"a":1},)");
    cut("mid-element", R"([{"a":1},{"b":)");
    cut("mid-string", R"([{"a":"text)");
    cut("backslash at the end", R"([{"a":"text\)");
    cut("escaped quote at the end", R"([{"a":"text\")");
    cut("lone quote in a list", "[\"");
    cut("mid-number", "[{}, 12");
    cut("mid-literal", "[tru");
    cut("unbalanced opening brackets", "[[[[{{{{");
    cut("mid-UTF-8 character", "[{\"a\":\"\xF0\x9F");
    cut("index object mid-key", R"({"0":{},"1)");
    cut("index object after key", R"({"0":{},"1")");
    cut("index object after colon", R"({"0":{},"1":)");
    cut("index object missing final brace", R"({"0":{},"1":{})");
}

void TestJsonList::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(qsizetype, offset);
    QFETCH(QString, detail);

    const Walked walked = walk(body);
    QCOMPARE(statusName(walked.walk.status), statusName(JsonListWalk::Malformed));
    QCOMPARE(walked.walk.offset, offset);
    QCOMPARE(walked.walk.detail, detail);
    // QJsonDocument refuses the whole body too.
    QJsonParseError error{};
    QJsonDocument::fromJson(body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestJsonList::everyTruncationIsMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("one object") << QByteArray(R"([{"a":1}])");
    QTest::newRow("varied array") << QByteArray(
        "  [ {\"s\":\"]}[{\\\",\\\\\",\"n\":-1.5e+3,\"u\":\"Grüße 🚀\\u00e9\"},\n"
        "  [1,{\"x\":[true,false,null]}], \"str\\\"ing\", 12345, true, null, {} ]  \n");
    QTest::newRow("index object") << QByteArray(
        R"({"1":{"b":"}\"{"},"0":{"a":[1,2]}, "10" : null ,"2":"x"})");
}

void TestJsonList::everyTruncationIsMalformed()
{
    QFETCH(QByteArray, body);
    QCOMPARE(walk(body).walk.status, JsonListWalk::Ok);
    const qsizetype first = body.indexOf(body.trimmed().at(0)) + 1;
    const qsizetype last = body.lastIndexOf(body.trimmed().back()); // the closing bracket
    for (qsizetype size = first; size <= last; ++size) {
        const QByteArray prefix = body.left(size);
        const Walked walked = walk(prefix);
        QVERIFY2(walked.walk.status == JsonListWalk::Malformed,
                 qPrintable(statusName(walked.walk.status) + u": "_s + QString::fromUtf8(prefix)));
        QCOMPARE(walked.walk.offset, size);
        QCOMPARE(walked.walk.detail, truncatedText(size));
    }
}

void TestJsonList::matchesWholeDocument()
{
    QRandomGenerator rng(20260822);
    const QJsonArray list = randomList(rng, 400);
    const QJsonArray expected = objectsOf(list);
    QVERIFY(expected.size() == 400);
    for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
        const QByteArray body = QJsonDocument(list).toJson(format);
        QCOMPARE(objectsOf(QJsonDocument::fromJson(body).array()), expected);
        const Walked walked = walk(body);
        QCOMPARE(statusName(walked.walk.status), statusName(JsonListWalk::Ok));
        QCOMPARE(walked.objects, expected);
    }
    const Walked indexed = walk(asIndexObject(list));
    QCOMPARE(statusName(indexed.walk.status), statusName(JsonListWalk::Ok));
    QCOMPARE(indexed.objects, expected);
}

void TestJsonList::nestingLimitMatchesQt()
{
    for (const int depth : {1, 1022, 1023, 1024, 1025, 5000}) {
        const QByteArray inIndexObject =
            "{\"0\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
        for (const QByteArray &body : {nested(depth), inIndexObject}) {
            QJsonParseError error{};
            QJsonDocument::fromJson(body, &error);
            const Walked walked = walk(body);
            QCOMPARE(walked.walk.status == JsonListWalk::Ok,
                     error.error == QJsonParseError::NoError);
        }
    }
}

// Random damage to valid lists (bytes dropped, replaced, inserted, cut): the walker never
// crashes, is Ok exactly when QJsonDocument accepts the body as a list, and then sees the same
// objects.
void TestJsonList::damageAgreesWithQt()
{
    QRandomGenerator rng(4311);
    const QList<QByteArray> seeds = {
        QJsonDocument(randomList(rng, 6)).toJson(QJsonDocument::Compact),
        QJsonDocument(randomList(rng, 4)).toJson(QJsonDocument::Indented),
        asIndexObject(randomList(rng, 12)),
        QByteArray(R"({"0":{"a":"\\\""},"1":[{"b":"]"}],"2":"}"})"),
    };
    static const QByteArray alphabet = QByteArray("[]{}\",:\\ 0a-.eE\n\x01\xC3\xFF") + '\0';
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray body = seeds.at(rng.bounded(int(seeds.size())));
        for (int edits = 1 + rng.bounded(3); edits > 0 && !body.isEmpty(); --edits) {
            const int at = rng.bounded(int(body.size()));
            const char byte = alphabet.at(rng.bounded(int(alphabet.size())));
            switch (rng.bounded(4)) {
            case 0:
                body.remove(at, 1);
                break;
            case 1:
                body[at] = byte;
                break;
            case 2:
                body.insert(at, byte);
                break;
            default:
                body.truncate(at);
                break;
            }
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        const bool qtOk = error.error == QJsonParseError::NoError;
        const Walked walked = walk(body);
        const QString what = statusName(walked.walk.status) + u" / "_s + error.errorString()
            + u": "_s + QString::fromLatin1(body.toPercentEncoding("[]{}\",:"));
        switch (walked.walk.status) {
        case JsonListWalk::Ok: {
            QVERIFY2(qtOk, qPrintable(what));
            QJsonArray expected;
            if (document.isArray()) {
                expected = objectsOf(document.array());
            } else {
                // Index object: values in numeric key order (the keys are all canonical here).
                QList<std::pair<qint64, QJsonValue>> values;
                const QJsonObject object = document.object();
                for (auto it = object.begin(); it != object.end(); ++it)
                    values.append({it.key().toLongLong(), it.value()});
                std::sort(values.begin(), values.end(),
                          [](const auto &a, const auto &b) { return a.first < b.first; });
                for (const auto &[key, value] : values) {
                    if (value.isObject())
                        expected.append(value);
                }
            }
            QVERIFY2(walked.objects == expected, qPrintable(what));
            ++accepted;
            break;
        }
        case JsonListWalk::Malformed:
            QVERIFY2(!qtOk, qPrintable(what));
            QVERIFY(walked.walk.offset >= 0 && walked.walk.offset <= body.size());
            QVERIFY(!walked.walk.detail.isEmpty());
            break;
        case JsonListWalk::NotAList: {
            // Not a list: arrays never are; objects only with a key that is not an index (keys
            // are judged by their raw text: Qt reads "\2" as "2", the walker does not).
            QVERIFY2(!qtOk || document.isObject(), qPrintable(what));
            static const QRegularExpression index(u"^(0|[1-9][0-9]{0,8})$"_s);
            const QStringList keys = document.object().keys();
            QVERIFY2(
                !qtOk || body.contains('\\')
                    || !std::all_of(keys.cbegin(), keys.cend(),
                                    [](const QString &key) { return index.match(key).hasMatch(); }),
                qPrintable(what));
            break;
        }
        }
    }
    QVERIFY2(accepted > 100, qPrintable(QString::number(accepted)));
}

QTEST_GUILESS_MAIN(TestJsonList)
#include "tst_jsonlist.moc"
