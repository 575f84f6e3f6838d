#include "forms/fieldtable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coolify::Forms {

namespace {

template<typename E> struct Named
{
    const char *name;
    E value;
};

constexpr Named<FieldType> kTypes[] = {
    {"string", FieldType::String},   {"command", FieldType::Command}, {"text", FieldType::Text},
    {"integer", FieldType::Integer}, {"boolean", FieldType::Boolean}, {"enum", FieldType::Enum},
    {"domains", FieldType::Domains}, {"secret", FieldType::Secret},
};
constexpr Named<EditorKind> kEditors[] = {
    {"line", EditorKind::Line},         {"multiline", EditorKind::MultiLine},
    {"spin", EditorKind::Spin},         {"check", EditorKind::Check},
    {"combo", EditorKind::Combo},       {"domains", EditorKind::Domains},
    {"password", EditorKind::Password},
};
constexpr Named<SendAs> kSends[] = {
    {"string", SendAs::String},
    {"int", SendAs::Int},
    {"bool", SendAs::Bool},
};

template<typename E, size_t N>
std::optional<E> lookup(const Named<E> (&table)[N], const QString &name)
{
    for (const auto &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

// Which editors and JSON types make sense for a value type.
bool editorFits(FieldType type, EditorKind editor)
{
    switch (type) {
    case FieldType::String:
        return editor == EditorKind::Line || editor == EditorKind::MultiLine;
    case FieldType::Command:
    case FieldType::Text:
        return editor == EditorKind::MultiLine || editor == EditorKind::Line;
    case FieldType::Integer:
        return editor == EditorKind::Spin;
    case FieldType::Boolean:
        return editor == EditorKind::Check;
    case FieldType::Enum:
        return editor == EditorKind::Combo;
    case FieldType::Domains:
        return editor == EditorKind::Domains;
    case FieldType::Secret:
        return editor == EditorKind::Password;
    }
    return false;
}

SendAs expectedSend(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return SendAs::Int;
    case FieldType::Boolean:
        return SendAs::Bool;
    default:
        return SendAs::String;
    }
}

QString resolvePattern(const QJsonObject &patterns, const QString &raw, QString *problem)
{
    if (!raw.startsWith(u'@'))
        return raw;
    const QJsonValue named = patterns.value(raw.mid(1));
    if (!named.isString())
        *problem = u"unknown named pattern %1"_s.arg(raw);
    return named.toString();
}

std::optional<FieldSpec> parseField(const QJsonObject &o, const QJsonObject &patterns,
                                    QString *problem)
{
    FieldSpec f;
    f.key = o.value(QLatin1String("key")).toString();
    static const QRegularExpression keyShape(u"^[a-z][a-z0-9_]*$"_s);
    if (!keyShape.match(f.key).hasMatch()) {
        *problem = u"field key \"%1\" is not a snake_case name"_s.arg(f.key);
        return std::nullopt;
    }
    const auto fail = [&](const QString &what) {
        *problem = u"field %1: %2"_s.arg(f.key, what);
        return std::nullopt;
    };
    f.category = o.value(QLatin1String("category")).toString();
    f.readPath = o.value(QLatin1String("read")).toString();
    const auto type = lookup(kTypes, o.value(QLatin1String("type")).toString());
    const auto editor = lookup(kEditors, o.value(QLatin1String("editor")).toString());
    const auto send = lookup(kSends, o.value(QLatin1String("send")).toString());
    if (!type || !editor || !send)
        return fail(u"unknown type, editor or send"_s);
    f.type = *type;
    f.editor = *editor;
    f.sendAs = *send;
    if (!editorFits(f.type, f.editor))
        return fail(u"editor does not fit the type"_s);
    if (f.sendAs != expectedSend(f.type))
        return fail(u"JSON type to send does not fit the type"_s);
    if (!o.value(QLatin1String("nullable")).isBool())
        return fail(u"\"nullable\" must be given as true or false"_s);
    f.nullable = o.value(QLatin1String("nullable")).toBool();
    f.maxLength = o.value(QLatin1String("maxLength")).toInt(-1);
    if (o.contains(QLatin1String("minimum")))
        f.minimum = o.value(QLatin1String("minimum")).toInteger();
    if (o.contains(QLatin1String("maximum")))
        f.maximum = o.value(QLatin1String("maximum")).toInteger();
    if (f.type == FieldType::Integer && (!f.minimum || !f.maximum || *f.minimum > *f.maximum))
        return fail(u"integer fields need minimum <= maximum"_s);
    f.patternSource =
        resolvePattern(patterns, o.value(QLatin1String("pattern")).toString(), problem);
    f.itemPatternSource =
        resolvePattern(patterns, o.value(QLatin1String("itemPattern")).toString(), problem);
    if (!problem->isEmpty())
        return fail(*problem);
    for (const QString &source : {f.patternSource, f.itemPatternSource}) {
        if (!source.isEmpty()
            && (!QRegularExpression(source).isValid() || !source.startsWith(u'^')
                || !source.endsWith(u'$')))
            return fail(u"pattern %1 is invalid or not anchored"_s.arg(source));
    }
    const QJsonArray values = o.value(QLatin1String("enum")).toArray();
    for (const QJsonValue &v : values)
        f.enumValues << v.toString();
    if ((f.type == FieldType::Enum) != !f.enumValues.isEmpty())
        return fail(u"enum values belong to enum fields only"_s);
    f.sensitive = o.value(QLatin1String("sensitive")).toBool();
    f.readOnly = o.value(QLatin1String("readOnly")).toBool();
    f.action = o.value(QLatin1String("action")).toBool();
    f.stripsTags = o.value(QLatin1String("stripsTags")).toBool();
    f.suffix = o.value(QLatin1String("suffix")).toString();
    f.label = o.value(QLatin1String("label")).toString();
    f.help = o.value(QLatin1String("help")).toString();
    f.readOnlyReason = o.value(QLatin1String("readOnlyReason")).toString();
    f.patternMessage = o.value(QLatin1String("patternMessage")).toString();
    f.patternBlocks = o.value(QLatin1String("patternBlocks")).toBool();
    for (const QJsonValue &pack : o.value(QLatin1String("buildPacks")).toArray())
        f.buildPacks << pack.toString();
    if (f.label.isEmpty() || f.help.isEmpty())
        return fail(u"label and help are required"_s);
    if (f.readOnly && f.readOnlyReason.isEmpty())
        return fail(u"a read-only field needs a readOnlyReason"_s);
    if (f.readPath.isEmpty() != f.action)
        return fail(u"only action fields have no read path"_s);
    if ((!f.patternSource.isEmpty() || !f.itemPatternSource.isEmpty())
        && f.patternMessage.isEmpty())
        return fail(u"a pattern needs a patternMessage"_s);
    return f;
}

} // namespace

std::optional<FieldTable> FieldTable::fromJson(const QByteArray &json, QString *error)
{
    QString ignored;
    QString &problem = error ? *error : ignored;
    problem.clear();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        problem = u"not a JSON object: %1"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schema")).toInt() != 1) {
        problem = u"unsupported table schema"_s;
        return std::nullopt;
    }
    FieldTable table;
    table.m_endpoint = root.value(QLatin1String("endpoint")).toString();
    QSet<QString> categoryIds;
    const QJsonArray categories = root.value(QLatin1String("categories")).toArray();
    for (const QJsonValue &v : categories) {
        const Category c{v[QLatin1String("id")].toString(), v[QLatin1String("label")].toString()};
        if (c.id.isEmpty() || c.label.isEmpty() || categoryIds.contains(c.id)) {
            problem = u"category \"%1\" is empty or duplicated"_s.arg(c.id);
            return std::nullopt;
        }
        categoryIds.insert(c.id);
        table.m_categories.append(c);
    }
    const QJsonObject patterns = root.value(QLatin1String("patterns")).toObject();
    QSet<QString> keys;
    QSet<QString> usedCategories;
    const QJsonArray fields = root.value(QLatin1String("fields")).toArray();
    for (const QJsonValue &v : fields) {
        auto field = parseField(v.toObject(), patterns, &problem);
        if (!field)
            return std::nullopt;
        if (keys.contains(field->key) || !categoryIds.contains(field->category)) {
            problem = u"field %1 is duplicated or has an unknown category"_s.arg(field->key);
            return std::nullopt;
        }
        keys.insert(field->key);
        usedCategories.insert(field->category);
        table.m_fields.append(*field);
    }
    if (table.m_fields.isEmpty() || usedCategories != categoryIds) {
        problem = u"every category needs at least one field"_s;
        return std::nullopt;
    }
    return table;
}

std::optional<FieldTable> FieldTable::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

const FieldTable &FieldTable::applications()
{
    static const FieldTable table = [] {
        QString error;
        auto loaded = fromFile(u":/forms/application-fields.json"_s, &error);
        if (!loaded)
            qFatal("The embedded application field table is broken: %s", qPrintable(error));
        return *loaded;
    }();
    return table;
}

QList<FieldSpec> FieldTable::fieldsIn(const QString &categoryId) const
{
    QList<FieldSpec> out;
    for (const FieldSpec &f : m_fields) {
        if (f.category == categoryId)
            out.append(f);
    }
    return out;
}

const FieldSpec *FieldTable::field(const QString &key) const
{
    for (const FieldSpec &f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

const FieldSpec *FieldTable::fieldByReadPath(const QString &path) const
{
    for (const FieldSpec &f : m_fields) {
        if (!f.readPath.isEmpty() && f.readPath == path)
            return &f;
    }
    return nullptr;
}

QStringList FieldTable::sourceTexts() const
{
    QStringList texts;
    for (const Category &c : m_categories)
        texts << c.label;
    for (const FieldSpec &f : m_fields) {
        texts << f.label << f.help;
        if (!f.readOnlyReason.isEmpty())
            texts << f.readOnlyReason;
        if (!f.patternMessage.isEmpty())
            texts << f.patternMessage;
    }
    texts.removeDuplicates();
    return texts;
}

QString FieldTable::translate(const QString &sourceText)
{
    return QCoreApplication::translate(kTextContext, sourceText.toUtf8().constData());
}

QString fieldTypeName(FieldType type)
{
    for (const auto &entry : kTypes) {
        if (entry.value == type)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

} // namespace Coolify::Forms
