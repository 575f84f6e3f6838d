#include "sandbox/routeutil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox::Routes {

QString stripTags(const QString &value)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    return QString(value).remove(tags);
}

bool hasTag(const QJsonObject &row, const QString &tag)
{
    const QJsonArray tags = row.value(QLatin1String("_tags")).toArray();
    return tags.contains(QJsonValue(tag));
}

QJsonObject newEnvRow(SandboxState &state, const QString &owner, const QString &ownerType,
                      const QJsonObject &fields, bool preview)
{
    const int id = state.nextId(u"envs"_s);
    const QString now = state.now();
    const QJsonValue value = fields.value(u"value"_s);
    const auto flag = [&fields](const char *key, bool fallback) {
        const QJsonValue v = fields.value(QString::fromUtf8(key));
        return v.isUndefined() || v.isNull() ? fallback : truthy(v);
    };
    return QJsonObject{
        {u"id"_s, id},
        {u"uuid"_s, state.newUuid()},
        {u"key"_s, fields.value(u"key"_s).toString()},
        {u"value"_s, value.isUndefined() ? QJsonValue(QJsonValue::Null) : value},
        {u"real_value"_s, value.isUndefined() ? QJsonValue(QJsonValue::Null) : value},
        {u"is_preview"_s, preview},
        {u"is_literal"_s, flag("is_literal", false)},
        {u"is_multiline"_s, flag("is_multiline", false)},
        {u"is_runtime"_s, flag("is_runtime", true)},
        {u"is_buildtime"_s, flag("is_buildtime", true)},
        {u"is_shown_once"_s, flag("is_shown_once", false)},
        {u"is_shared"_s, false},
        {u"is_required"_s, false},
        {u"is_really_required"_s, false},
        {u"is_buildpack_control"_s, false},
        {u"is_coolify"_s, false},
        {u"comment"_s,
         fields.value(u"comment"_s).isString() ? fields.value(u"comment"_s)
                                               : QJsonValue(QJsonValue::Null)},
        {u"version"_s, u"4.3.11"_s},
        {u"order"_s, id},
        {u"created_at"_s, now},
        {u"updated_at"_s, now},
        {u"_owner"_s, owner},
        {u"_owner_type"_s, ownerType}};
}

} // namespace Coolify::Sandbox::Routes
