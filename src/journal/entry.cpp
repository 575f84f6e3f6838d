#include "journal/entry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coolify::Journal {

namespace {

struct ActionName
{
    Entry::Action action;
    QLatin1StringView key;
    const char *text;
};

// The keys are stored in journals on disk: never rename one.
constexpr ActionName kActions[] = {
    {Entry::Action::Other, "other"_L1, QT_TRANSLATE_NOOP("Journal", "Other change")},
    {Entry::Action::Create, "create"_L1, QT_TRANSLATE_NOOP("Journal", "Create")},
    {Entry::Action::Edit, "edit"_L1, QT_TRANSLATE_NOOP("Journal", "Edit settings")},
    {Entry::Action::Delete, "delete"_L1, QT_TRANSLATE_NOOP("Journal", "Delete")},
    {Entry::Action::Deploy, "deploy"_L1, QT_TRANSLATE_NOOP("Journal", "Deploy")},
    {Entry::Action::Redeploy, "redeploy"_L1,
     QT_TRANSLATE_NOOP("Journal", "Redeploy without cache")},
    {Entry::Action::Restart, "restart"_L1, QT_TRANSLATE_NOOP("Journal", "Restart")},
    {Entry::Action::Stop, "stop"_L1, QT_TRANSLATE_NOOP("Journal", "Stop")},
    {Entry::Action::Start, "start"_L1, QT_TRANSLATE_NOOP("Journal", "Start")},
    {Entry::Action::Cancel, "cancel"_L1, QT_TRANSLATE_NOOP("Journal", "Cancel deployment")},
    {Entry::Action::Rollback, "rollback"_L1, QT_TRANSLATE_NOOP("Journal", "Roll back")},
    {Entry::Action::EnvCreate, "env-create"_L1,
     QT_TRANSLATE_NOOP("Journal", "Add environment variable")},
    {Entry::Action::EnvEdit, "env-edit"_L1,
     QT_TRANSLATE_NOOP("Journal", "Change environment variable")},
    {Entry::Action::EnvDelete, "env-delete"_L1,
     QT_TRANSLATE_NOOP("Journal", "Delete environment variable")},
    {Entry::Action::EnvBulk, "env-bulk"_L1,
     QT_TRANSLATE_NOOP("Journal", "Save environment variables")},
    {Entry::Action::BackupNow, "backup-now"_L1, QT_TRANSLATE_NOOP("Journal", "Back up now")},
    {Entry::Action::ScheduleCreate, "schedule-create"_L1,
     QT_TRANSLATE_NOOP("Journal", "Create backup schedule")},
    {Entry::Action::ScheduleEdit, "schedule-edit"_L1,
     QT_TRANSLATE_NOOP("Journal", "Edit backup schedule")},
    {Entry::Action::ScheduleDelete, "schedule-delete"_L1,
     QT_TRANSLATE_NOOP("Journal", "Delete backup schedule")},
    {Entry::Action::BackupDelete, "backup-delete"_L1,
     QT_TRANSLATE_NOOP("Journal", "Delete backup")},
};

} // namespace

QString Entry::actionKey(Action action)
{
    for (const ActionName &a : kActions) {
        if (a.action == action)
            return a.key;
    }
    return u"other"_s;
}

Entry::Action Entry::actionFromKey(const QString &key)
{
    for (const ActionName &a : kActions) {
        if (a.key == key)
            return a.action;
    }
    return Action::Other;
}

QString Entry::actionText(Action action)
{
    for (const ActionName &a : kActions) {
        if (a.action == action)
            return QCoreApplication::translate("Journal", a.text);
    }
    return {};
}

QList<Entry::Action> Entry::allActions()
{
    QList<Action> actions;
    for (const ActionName &a : kActions)
        actions << a.action;
    return actions;
}

} // namespace Coolify::Journal
