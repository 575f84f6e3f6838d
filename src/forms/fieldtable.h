#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coolify::Forms {

// What a field's value means; decides how it is read, compared and shown.
enum class FieldType { String, Command, Text, Integer, Boolean, Enum, Domains, Secret };
// Which editor the form builder creates.
enum class EditorKind { Line, MultiLine, Spin, Check, Combo, Domains, Password };
// The JSON type PATCH expects (coolify-api.md §3: limits_* as strings, ports as integers).
enum class SendAs { String, Int, Bool };

struct Category
{
    QString id;
    QString label; // untranslated source text, see FieldTable::tr()
};

// One row of the updatable-field table (resources/forms/application-fields.json).
struct FieldSpec
{
    QString key; // sent in the PATCH body
    QString category;
    QString readPath; // where GET returns it, e.g. "fqdn" or "settings.is_static"; empty: never
    FieldType type = FieldType::String;
    EditorKind editor = EditorKind::Line;
    SendAs sendAs = SendAs::String;
    bool nullable = false; // the server accepts null (and therefore "", which becomes null)
    int maxLength = -1;
    std::optional<qint64> minimum;
    std::optional<qint64> maximum;
    QString patternSource; // full-value regex for the whole value
    // The server stores any text here, so a value that misses the pattern is refused before
    // sending (a hint otherwise: the server's own check answers 422).
    bool patternBlocks = false;
    // The build packs the field applies to ("dockerfile", …); empty: every build pack. The form
    // tucks the others away for the application's build pack.
    QStringList buildPacks;
    QString itemPatternSource; // per-item regex (domains)
    QStringList enumValues;
    bool sensitive = false; // readable only with read:sensitive (coolify-api.md §2)
    bool readOnly = false;
    bool action = false; // write-only action flag such as instant_deploy: never read back
    bool stripsTags = false; // the server strips HTML tags on save
    QString suffix;
    QString label; // untranslated source texts
    QString help;
    QString readOnlyReason;
    QString patternMessage;

    QRegularExpression pattern() const { return QRegularExpression(patternSource); }
    QRegularExpression itemPattern() const { return QRegularExpression(itemPatternSource); }
    bool isWriteOnlyByDesign() const { return action || readPath.isEmpty(); }
};

// The field table as data, loaded and checked once. Texts stay in their source language and are
// translated at display time in the "Coolify::Forms::Fields" context (see fieldtexts.cpp).
class FieldTable
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Forms::FieldTable)

public:
    static constexpr const char *kTextContext = "Coolify::Forms::Fields";

    // Parses and validates a table; on failure returns nullopt and sets *error.
    static std::optional<FieldTable> fromJson(const QByteArray &json, QString *error);
    static std::optional<FieldTable> fromFile(const QString &path, QString *error);
    // The embedded application table (":/forms/application-fields.json"). Aborts with a clear
    // message if the embedded resource is broken: that is a build error, not a runtime state.
    static const FieldTable &applications();

    const QList<Category> &categories() const { return m_categories; }
    const QList<FieldSpec> &fields() const { return m_fields; }
    QList<FieldSpec> fieldsIn(const QString &categoryId) const;
    const FieldSpec *field(const QString &key) const;
    // The field whose read path is `path` (e.g. "fqdn" -> domains), or nullptr.
    const FieldSpec *fieldByReadPath(const QString &path) const;
    QString endpoint() const { return m_endpoint; } // "applications/{uuid}"

    // Every translatable source text of the table (labels, help, reasons, messages).
    QStringList sourceTexts() const;
    // Runtime translation of a source text of the table.
    static QString translate(const QString &sourceText);

private:
    QList<Category> m_categories;
    QList<FieldSpec> m_fields;
    QString m_endpoint;
};

QString fieldTypeName(FieldType type);

} // namespace Coolify::Forms
