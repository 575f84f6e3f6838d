#include "sandbox/routeutil.h"

#include <QJsonDocument>
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
    QJsonObject row{{u"id"_s, id},
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
    refreshRealValue(row);
    return row;
}

void refreshRealValue(QJsonObject &row)
{
    const QJsonValue value = row.value(QLatin1String("value"));
    if (!value.isString()) {
        row.insert(u"real_value"_s, QJsonValue(QJsonValue::Null));
        return;
    }
    const QString v = value.toString();
    if (row.value(QLatin1String("is_literal")).toBool()
        || row.value(QLatin1String("is_multiline")).toBool()) {
        row.insert(u"real_value"_s, QString(u'\'' + v + u'\''));
        return;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(v.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        row.insert(u"real_value"_s, v);
        return;
    }
    QString escaped;
    escaped.reserve(v.size());
    for (const QChar ch : v) {
        switch (ch.unicode()) {
        case u'\\':
            escaped += u"\\\\"_s;
            break;
        case u'\r':
            escaped += u"\\r"_s;
            break;
        case u'\t':
            escaped += u"\\t"_s;
            break;
        case 0:
            escaped += u"\\0"_s;
            break;
        case u'"':
            escaped += u"\\\""_s;
            break;
        case u'\'':
            escaped += u"\\'"_s;
            break;
        default:
            escaped += ch;
        }
    }
    row.insert(u"real_value"_s, escaped);
}

void applyEnvSeed(QJsonObject &row, const EnvSeed &seed, bool preview)
{
    if (seed.value.isEmpty())
        row.insert(u"value"_s, QJsonValue(QJsonValue::Null)); // "" is stored as null (§16)
    row.insert(u"is_shown_once"_s, !preview && (seed.flags & EnvSeed::Locked) != 0);
    row.insert(u"is_literal"_s, (seed.flags & EnvSeed::Literal) != 0);
    row.insert(u"is_multiline"_s, (seed.flags & EnvSeed::Multiline) != 0);
    row.insert(u"is_runtime"_s, (seed.flags & EnvSeed::BuildOnly) == 0);
    row.insert(u"is_buildtime"_s, (seed.flags & EnvSeed::RuntimeOnly) == 0);
    row.insert(u"comment"_s,
               seed.comment ? QJsonValue(QString::fromUtf8(seed.comment))
                            : QJsonValue(QJsonValue::Null));
    refreshRealValue(row);
}

} // namespace Coolify::Sandbox::Routes
