#pragma once

#include "forms/formstate.h"

#include <QCoreApplication>
#include <QHash>

namespace Coolify::Forms {

// Why the server stored something else than what was typed (coolify-api.md §3 input normalisation).
enum class DiffReason {
    Unknown,
    Trimmed, // TrimStrings
    EmptyBecameNull, // ConvertEmptyStringsToNull
    DomainNormalised, // scheme and host lower-cased, spaces removed
    DomainsIgnored, // the app's server has no proxy (or is a build server): not saved, still 200
    TagsStripped, // name/description lose HTML tags
};

struct SaveDifference
{
    QString field;
    QJsonValue typed; // form shape
    QJsonValue stored; // form shape
    DiffReason reason = DiffReason::Unknown;
    QString explanation() const; // translated sentence
};

// After a successful PATCH and reload: per sent field, "what you typed" vs "what was stored".
class SaveComparison
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Forms::SaveComparison)

public:
    // typed: form values of the fields that were sent; before: their values before the save;
    // reloaded: the GET detail after the save. Fields the reload omits are skipped.
    static QList<SaveDifference> compare(const FieldTable &table,
                                         const QHash<QString, QJsonValue> &typed,
                                         const QHash<QString, QJsonValue> &before,
                                         const QJsonObject &reloaded);
    // What Coolify does to a domain list: trims entries, lower-cases scheme and host.
    static QString normaliseDomains(const QString &domains);
    static QString stripTags(const QString &text);
    static QString reasonText(DiffReason reason);
};

} // namespace Coolify::Forms
