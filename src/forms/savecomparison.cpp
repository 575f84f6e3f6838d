#include "forms/savecomparison.h"

#include "forms/patchbuilder.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coolify::Forms {

QString SaveComparison::normaliseDomains(const QString &domains)
{
    static const QRegularExpression hostEnd(u"[:/]"_s);
    QStringList out;
    for (const QString &d : PatchBuilder::splitDomains(domains)) {
        const qsizetype schemeEnd = d.indexOf(QLatin1String("://"));
        const qsizetype end = schemeEnd < 0 ? -1 : d.indexOf(hostEnd, schemeEnd + 3);
        out << (end < 0 ? d.toLower() : d.left(end).toLower() + d.mid(end));
    }
    return out.join(u',');
}

QString SaveComparison::stripTags(const QString &text)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    return QString(text).remove(tags);
}

QString SaveComparison::reasonText(DiffReason reason)
{
    switch (reason) {
    case DiffReason::Trimmed:
        return tr("Coolify removes spaces at the start and end of values.");
    case DiffReason::EmptyBecameNull:
        return tr("Coolify stores an empty value as “no value”.");
    case DiffReason::DomainNormalised:
        return tr("Coolify lower-cases the scheme and host of domains.");
    case DiffReason::DomainsIgnored:
        return tr("Coolify ignored the domains: the application's server has no proxy (or is a "
                  "build server), so domains cannot be set there.");
    case DiffReason::TagsStripped:
        return tr("Coolify removes HTML tags from this field.");
    case DiffReason::Unknown:
        break;
    }
    return tr("The server stored a different value; the reason is not known.");
}

QString SaveDifference::explanation() const
{
    return SaveComparison::reasonText(reason);
}

namespace {

QString asText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

DiffReason explain(const FieldSpec &f, const QString &typed, const QString &stored,
                   const QString &before)
{
    if (f.type == FieldType::Domains) {
        const QString normalised = SaveComparison::normaliseDomains(typed);
        if (normalised == stored) // typed != stored is known, so normalising made the difference
            return DiffReason::DomainNormalised;
        if (stored == before)
            return DiffReason::DomainsIgnored;
        return DiffReason::Unknown;
    }
    if (typed.trimmed().isEmpty() && stored.isEmpty())
        return DiffReason::EmptyBecameNull;
    if (typed.trimmed() == stored)
        return DiffReason::Trimmed;
    if (f.stripsTags && SaveComparison::stripTags(typed).trimmed() == stored)
        return DiffReason::TagsStripped;
    return DiffReason::Unknown;
}

} // namespace

QList<SaveDifference> SaveComparison::compare(const FieldTable &table,
                                              const QHash<QString, QJsonValue> &typed,
                                              const QHash<QString, QJsonValue> &before,
                                              const QJsonObject &reloaded)
{
    QList<SaveDifference> out;
    for (const FieldSpec &f : table.fields()) {
        if (!typed.contains(f.key) || f.isWriteOnlyByDesign())
            continue;
        const QJsonValue raw = FormState::readPath(reloaded, f.readPath);
        if (raw.isUndefined())
            continue; // redacted: nothing to compare with
        const QJsonValue stored = FormState::toFormValue(f, raw);
        QJsonValue mine = typed.value(f.key);
        if (f.type == FieldType::Domains)
            mine = PatchBuilder::joinDomains(mine.toString());
        if (mine == stored)
            continue;
        SaveDifference d{f.key, typed.value(f.key), stored, DiffReason::Unknown};
        if (stored.isString() || stored.isNull())
            d.reason = explain(f, mine.toString(), asText(stored), asText(before.value(f.key)));
        out.append(d);
    }
    return out;
}

} // namespace Coolify::Forms
