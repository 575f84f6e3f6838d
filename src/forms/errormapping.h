#pragma once

#include "api/apierror.h"
#include "forms/fieldtable.h"

#include <QCoreApplication>
#include <QMap>

namespace Coolify::Forms {

// A message for the summary banner; `field` is the table key it was inferred to belong to
// (empty when none), so the banner can link to that field.
struct SummaryItem
{
    QString message;
    QString field;
    bool operator==(const SummaryItem &) const = default;
};

// A 422 answer sorted onto the form: messages under fields, the rest in a summary.
struct ErrorReport
{
    QMap<QString, QStringList> fieldErrors; // table key -> messages
    QList<SummaryItem> summary;
    bool isEmpty() const { return fieldErrors.isEmpty() && summary.isEmpty(); }
    // The first field with an error, in table order (focus goes there).
    QString firstField(const FieldTable &table) const;
};

class ErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Forms::ErrorMapper)

public:
    // Uses the normalised 422 (all three shapes, Api::parseValidationErrors).
    static ErrorReport map(const Api::ValidationErrors &errors, const FieldTable &table);
    // The field a general message is about: "Invalid URL: foo" -> domains, a message naming a
    // table key -> that key; empty when nothing fits.
    static QString inferField(const QString &message, const FieldTable &table);
};

} // namespace Coolify::Forms
