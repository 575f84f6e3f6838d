#include "sandbox/routeutil.h"

#include <QRegularExpression>

namespace Coolify::Sandbox::Routes {

QString stripTags(const QString &value)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
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
    const int id = state.nextId(S("envs"));
    const QString now = state.now();
    const QJsonValue value = fields.value(S("value"));
    const auto flag = [&fields](const char *key, bool fallback) {
        const QJsonValue v = fields.value(S(key));
        return v.isUndefined() || v.isNull() ? fallback : truthy(v);
    };
    return QJsonObject{
        {S("id"), id},
        {S("uuid"), state.newUuid()},
        {S("key"), fields.value(S("key")).toString()},
        {S("value"), value.isUndefined() ? QJsonValue(QJsonValue::Null) : value},
        {S("real_value"), value.isUndefined() ? QJsonValue(QJsonValue::Null) : value},
        {S("is_preview"), preview},
        {S("is_literal"), flag("is_literal", false)},
        {S("is_multiline"), flag("is_multiline", false)},
        {S("is_runtime"), flag("is_runtime", true)},
        {S("is_buildtime"), flag("is_buildtime", true)},
        {S("is_shown_once"), flag("is_shown_once", false)},
        {S("is_shared"), false},
        {S("is_required"), false},
        {S("is_really_required"), false},
        {S("is_buildpack_control"), false},
        {S("is_coolify"), false},
        {S("comment"),
         fields.value(S("comment")).isString() ? fields.value(S("comment"))
                                               : QJsonValue(QJsonValue::Null)},
        {S("version"), S("4.3.11")},
        {S("order"), id},
        {S("created_at"), now},
        {S("updated_at"), now},
        {S("_owner"), owner},
        {S("_owner_type"), ownerType}};
}

} // namespace Coolify::Sandbox::Routes
