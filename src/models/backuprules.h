#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Coolify::Models {

// What Coolify refuses in a backup schedule (coolify-api.md §11), checked before sending so the
// user reads why next to the field instead of a terse 422. Every text is translated; an empty
// text means Coolify accepts the value.
class BackupRules
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::BackupRules)

public:
    // The aliases validate_cron_expression accepts besides five-field expressions.
    static const QStringList &frequencyAliases();
    // A frequency: an alias, or minute hour day month weekday with *, lists, ranges and steps.
    static QString frequencyProblem(const QString &frequency);
    // databases_to_backup: entries split on '|', "db:coll,coll" or "a,b"; no name may hold a
    // shell metacharacter (validateShellSafePath).
    static QString databasesProblem(const QString &databases);
};

} // namespace Coolify::Models
