#include "models/envvar.h"

#include "models/json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

using namespace Json;

EnvVar EnvVar::fromJson(const QJsonObject &o)
{
    EnvVar v;
    v.uuid = string(o, QLatin1String("uuid"));
    v.key = string(o, QLatin1String("key"));
    // The value is kept exactly as sent (no bidi reveal: it is data that is copied and compared);
    // views reveal controls when they show it.
    const QJsonValue value = o.value(QLatin1String("value"));
    v.readable = !value.isUndefined();
    if (value.isString())
        v.value = value.toString();
    else if (value.isDouble() || value.isBool())
        v.value = string(o, QLatin1String("value"));
    v.preview = boolean(o, QLatin1String("is_preview")).value_or(false);
    v.literal = boolean(o, QLatin1String("is_literal")).value_or(false);
    v.multiline = boolean(o, QLatin1String("is_multiline")).value_or(false);
    v.runtime = boolean(o, QLatin1String("is_runtime")).value_or(true);
    v.buildtime = boolean(o, QLatin1String("is_buildtime")).value_or(true);
    v.locked = boolean(o, QLatin1String("is_shown_once")).value_or(false);
    v.shared = boolean(o, QLatin1String("is_shared")).value_or(false);
    v.required = boolean(o, QLatin1String("is_really_required")).value_or(false);
    v.coolify = boolean(o, QLatin1String("is_coolify")).value_or(false);
    v.comment = string(o, QLatin1String("comment"));
    v.updatedAt = timestamp(o, QLatin1String("updated_at"));
    // Some answers have no uuid; the key (+ preview) identifies a variable. One without a key
    // is nothing to show or write: an empty uuid drops it from the list.
    if (v.key.isEmpty())
        v.uuid.clear();
    else if (v.uuid.isEmpty())
        v.uuid = (v.preview ? u"preview:"_s : u"key:"_s) + v.key;
    return v;
}

QVariant EnvVar::decodeList(const QJsonDocument &document, QString *error)
{
    bool ok = false;
    const QJsonArray array = list(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &ok);
    if (!ok || document.isNull()) {
        *error = QCoreApplication::translate("Coolify::Models",
                                             "expected a list of environment variables");
        return {};
    }
    QList<EnvVar> vars;
    vars.reserve(array.size());
    for (const QJsonValue &value : array) {
        const EnvVar var = fromJson(value.toObject());
        if (!var.uuid.isEmpty())
            vars.append(var);
    }
    return QVariant::fromValue(vars);
}

QVariant EnvVar::decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault)
{
    return Json::decodeListBody<EnvVar>(body, error, fault, &EnvVar::decodeList);
}

QVariant EnvVar::decodeOne(const QJsonDocument &document, QString *error)
{
    if (!document.isObject() || string(document.object(), QLatin1String("key")).isEmpty()) {
        *error = QCoreApplication::translate("Coolify::Models", "expected an environment variable");
        return {};
    }
    return QVariant::fromValue(fromJson(document.object()));
}

QJsonObject EnvVar::toJson() const
{
    return QJsonObject{{u"key"_s, key},
                       {u"value"_s, value},
                       {u"is_preview"_s, preview},
                       {u"is_literal"_s, literal},
                       {u"is_multiline"_s, multiline || value.contains(u'\n')},
                       {u"is_shown_once"_s, locked},
                       {u"is_runtime"_s, runtime},
                       {u"is_buildtime"_s, buildtime},
                       {u"comment"_s, comment.isEmpty() ? QJsonValue() : QJsonValue(comment)}};
}

} // namespace Coolify::Models
