#include "forms/patchbuilder.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coolify::Forms {

QStringList PatchBuilder::splitDomains(const QString &text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString PatchBuilder::joinDomains(const QString &text)
{
    return splitDomains(text).join(u',');
}

QJsonValue PatchBuilder::encode(const FieldSpec &field, const QJsonValue &formValue,
                                QString *problem)
{
    const QString label = FieldTable::translate(field.label);
    switch (field.sendAs) {
    case SendAs::Bool:
        return formValue.toBool();
    case SendAs::Int:
        if (formValue.isDouble())
            return QJsonValue(formValue.toInteger());
        if (field.nullable)
            return QJsonValue(QJsonValue::Null);
        *problem = tr("%1 needs a number.").arg(label);
        return {};
    case SendAs::String:
        break;
    }
    const QString text =
        field.type == FieldType::Domains ? joinDomains(formValue.toString()) : formValue.toString();
    if (!text.trimmed().isEmpty()) {
        if (field.patternBlocks && !field.pattern().match(text.trimmed()).hasMatch()) {
            *problem = tr("%1: %2").arg(label, FieldTable::translate(field.patternMessage));
            return {};
        }
        return text;
    }
    // Coolify trims strings and turns "" into null before validating (coolify-api.md §3).
    if (field.nullable)
        return QJsonValue(QJsonValue::Null);
    *problem = tr("%1 cannot be empty: Coolify turns an empty value into “no value”, which this "
                  "field does not accept.")
                   .arg(label);
    return {};
}

PatchPlan PatchBuilder::build(const FormState &state, const PatchOptions &options)
{
    PatchPlan plan;
    for (const QString &key : state.dirtyKeys()) {
        const FieldSpec *field = state.table().field(key);
        QString problem;
        const QJsonValue encoded = encode(*field, state.value(key), &problem);
        if (!problem.isEmpty()) {
            plan.blocking.append({key, problem});
            continue;
        }
        plan.body.insert(key, encoded);
        plan.keys << key;
    }
    if (options.forceDomainOverride && plan.body.contains(QLatin1String("domains")))
        plan.body.insert(u"force_domain_override"_s, true);
    return plan;
}

QStringList PatchBuilder::hints(const FieldSpec &field, const QJsonValue &formValue)
{
    QStringList out;
    if (field.readOnly)
        return out;
    if (field.type == FieldType::Integer) {
        if (formValue.isDouble()) {
            const qint64 n = formValue.toInteger();
            if ((field.minimum && n < *field.minimum) || (field.maximum && n > *field.maximum))
                out << tr("Use a number from %1 to %2.")
                           .arg(field.minimum.value_or(0))
                           .arg(field.maximum.value_or(0));
        }
        return out;
    }
    if (!formValue.isString())
        return out;
    const QString text = formValue.toString();
    const QString sent = field.type == FieldType::Domains ? joinDomains(text) : text.trimmed();
    if (sent.isEmpty())
        return out; // empty values are handled (blocking) by encode()
    if (field.maxLength >= 0 && sent.size() > field.maxLength)
        out << tr("At most %n character(s).", nullptr, field.maxLength);
    if (!field.patternSource.isEmpty() && !field.pattern().match(sent).hasMatch())
        out << FieldTable::translate(field.patternMessage);
    if (!field.itemPatternSource.isEmpty()) {
        const QRegularExpression item = field.itemPattern();
        for (const QString &part : splitDomains(text)) {
            if (!item.match(part).hasMatch()) {
                out << FieldTable::translate(field.patternMessage);
                break;
            }
        }
    }
    return out;
}

} // namespace Coolify::Forms
