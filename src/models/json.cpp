#include "models/json.h"

#include "api/responseinterpreter.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Coolify::Models::Json {

namespace {
// A JSON number as a whole qint64, or nothing when it is fractional, not finite or out of range
// (casting 1e50 to qint64 is undefined behaviour, not INT64_MIN).
std::optional<qint64> wholeNumber(double d)
{
    constexpr double kLimit = 9223372036854775808.0; // 2^63
    if (!std::isfinite(d) || d >= kLimit || d < -kLimit || d != std::trunc(d))
        return std::nullopt;
    return qint64(d);
}
} // namespace

bool isBidiOverride(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString revealBidiOverrides(const QString &text)
{
    const auto found =
        std::find_if(text.begin(), text.end(), [](QChar c) { return isBidiOverride(c.unicode()); });
    if (found == text.end())
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isBidiOverride(c.unicode()))
            out += u"⟦U+"_s + QString::number(c.unicode(), 16).toUpper() + u"⟧"_s;
        else
            out += c;
    }
    return out;
}

QString string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    switch (value.type()) {
    case QJsonValue::String:
        return revealBidiOverrides(value.toString());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const std::optional<qint64> whole = wholeNumber(d);
        return whole ? QString::number(*whole) : QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

std::optional<qint64> integer(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        // Fractions are cut as before (2.9 → 2); numbers no qint64 can hold are absent.
        const double d = value.toDouble();
        return std::isfinite(d) ? wholeNumber(std::trunc(d)) : std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<bool> boolean(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("1") || text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("0") || text == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

QDateTime timestamp(const QJsonObject &object, QLatin1String key)
{
    const QString text = string(object, key);
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) // "2026-08-22 15:22:50" (database default format)
        when = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (when.isValid())
        when = when.toUTC();
    return when;
}

QJsonArray list(const QJsonValue &value, bool *ok)
{
    if (ok)
        *ok = true;
    if (value.isArray())
        return value.toArray();
    if (value.isObject()) {
        // Laravel serialises a collection with gaps in its keys as an object: keep key order.
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // Numeric keys first, by value; any others after them, by text. (Mixing the two
        // comparisons for mixed pairs was not a strict weak ordering.)
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            bool aNumeric = false, bNumeric = false;
            const qint64 x = a.toLongLong(&aNumeric), y = b.toLongLong(&bNumeric);
            if (aNumeric != bNumeric)
                return aNumeric;
            return aNumeric ? x < y : a < b;
        });
        QJsonArray out;
        for (const QString &key : std::as_const(keys))
            out.append(object.value(key));
        return out;
    }
    if (ok)
        *ok = false;
    return {};
}

QString tooManyItemsText(qsizetype items)
{
    return QCoreApplication::translate("Coolify::Models::Json",
                                       "the list has %1 items; this app reads at most %2")
        .arg(QLocale().toString(items), QLocale().toString(kMaxListItems));
}

QVariant decodeWholeBody(const QByteArray &body, QString *error, Api::BodyFault *fault,
                         DocumentDecoder decodeList)
{
    if (body.trimmed().isEmpty())
        return decodeList(QJsonDocument(), error);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (fault)
            *fault = Api::BodyFault::Malformed;
        *error = Api::describeParseError(parseError.error, parseError.offset, body.size());
        return {};
    }
    return decodeList(document, error);
}

} // namespace Coolify::Models::Json
