#include "models/json.h"

#include "api/responseinterpreter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Models::Json {

QString string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
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
    if (value.isDouble())
        return qint64(value.toDouble());
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
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            bool aNumeric = false, bNumeric = false;
            const qint64 x = a.toLongLong(&aNumeric), y = b.toLongLong(&bNumeric);
            return aNumeric && bNumeric ? x < y : a < b;
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

QVariant decodeWholeBody(const QByteArray &body, QString *error, bool *malformed,
                         DocumentDecoder decodeList)
{
    if (body.trimmed().isEmpty())
        return decodeList(QJsonDocument(), error);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (malformed)
            *malformed = true;
        *error = Api::describeParseError(parseError.error, parseError.offset, body.size());
        return {};
    }
    return decodeList(document, error);
}

} // namespace Coolify::Models::Json
