#pragma once

#include "forms/formstate.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Coolify::Forms {

// A problem found before sending; `field` is the table key it belongs to.
struct PreflightIssue
{
    QString field;
    QString message;
    bool operator==(const PreflightIssue &) const = default;
};

// The PATCH body for the dirty fields, in the JSON types the server expects, plus the issues that
// must be fixed before sending (e.g. an empty value for a field that does not accept null).
struct PatchPlan
{
    QJsonObject body;
    QStringList keys; // dirty fields in the body, table order
    QList<PreflightIssue> blocking;
    bool canSend() const { return blocking.isEmpty() && !body.isEmpty(); }
};

struct PatchOptions
{
    bool forceDomainOverride = false; // "save anyway" after a 409 domain conflict
};

class PatchBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Forms::PatchBuilder)

public:
    static PatchPlan build(const FormState &state, const PatchOptions &options = {});
    // One form value as PATCH expects it. Sets *problem (translated) when it cannot be sent.
    static QJsonValue encode(const FieldSpec &field, const QJsonValue &formValue, QString *problem);
    // "https://A.example.com, https://b.example.com" -> "https://A.example.com,https://b..."
    static QString joinDomains(const QString &text);
    static QStringList splitDomains(const QString &text);
    // Advisory checks mirroring the server's rules (coolify-api.md §3): shown while typing, never
    // block.
    static QStringList hints(const FieldSpec &field, const QJsonValue &formValue);
};

} // namespace Coolify::Forms
