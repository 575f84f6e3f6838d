#include "forms/errormapping.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coolify::Forms {

QString ErrorReport::firstField(const FieldTable &table) const
{
    for (const FieldSpec &f : table.fields()) {
        if (fieldErrors.contains(f.key))
            return f.key;
    }
    return {};
}

QString ErrorMapper::inferField(const QString &message, const FieldTable &table)
{
    static const QRegularExpression domainWords(u"\\b(invalid url|domains?|fqdn)\\b"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    if (domainWords.match(message).hasMatch()) {
        for (const FieldSpec &f : table.fields()) {
            if (f.type == FieldType::Domains)
                return f.key;
        }
    }
    // A message naming a field ("The git_branch field format is invalid."). Longest key first so
    // "health_check_port" wins over a shorter key it contains.
    QString best;
    for (const FieldSpec &f : table.fields()) {
        const QRegularExpression word(u"(?<![a-z0-9_])"_s + QRegularExpression::escape(f.key)
                                      + u"(?![a-z0-9_])"_s);
        if (f.key.size() > best.size() && word.match(message).hasMatch())
            best = f.key;
    }
    return best;
}

ErrorReport ErrorMapper::map(const Api::ValidationErrors &errors, const FieldTable &table)
{
    ErrorReport report;
    for (auto it = errors.fields.cbegin(); it != errors.fields.cend(); ++it) {
        const FieldSpec *f = table.field(it.key());
        if (!f)
            f = table.fieldByReadPath(it.key()); // e.g. an error keyed "fqdn"
        if (f && !f->readOnly) {
            report.fieldErrors[f->key] += it.value();
            continue;
        }
        // Not a field of this form (e.g. "foo": "This field is not allowed.").
        for (const QString &message : it.value())
            report.summary.append({tr("%1: %2").arg(it.key(), message), f ? f->key : QString()});
    }
    for (const QString &message : errors.general) {
        const QString field = inferField(message, table);
        report.summary.append({message, field});
        if (!field.isEmpty())
            report.fieldErrors[field] << message;
    }
    return report;
}

} // namespace Coolify::Forms
