#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coolify::Journal {

// One change the app made on an instance, as the journal keeps it. Never a token or a value:
// an edit names the fields it changed, an environment variable its key.
struct Entry
{
    // What was done. Stored as text (actionKey()), so the numbers may change between versions.
    enum class Action {
        Other, // a change the journal has no better word for (method and path in `detail`)
        Create,
        Edit,
        Delete,
        Deploy,
        Redeploy, // deploy without cache (force)
        Restart,
        Stop,
        Start,
        Cancel, // a deployment
        Rollback,
        EnvCreate,
        EnvEdit,
        EnvDelete,
        EnvBulk, // several variables in one request
        BackupNow,
        ScheduleCreate,
        ScheduleEdit,
        ScheduleDelete,
        BackupDelete, // one backup (execution)
    };
    enum class Outcome { Succeeded, Failed };

    qint64 id = 0; // the journal's row id; 0 before it is stored
    QDateTime time; // UTC
    QString instanceId;
    QString instanceName;
    QString kind; // "application", "database", "service", "deployment", or empty
    QString uuid; // the resource acted on
    QString name; // its name when known
    Action action = Action::Other;
    QStringList fields; // changed field names, variable keys; never values
    Outcome outcome = Outcome::Succeeded;
    QString detail; // why it failed, or what the server said (plain text)
    QString deploymentUuid; // the deployment this started, when there is one

    static QString actionKey(Action action);
    static Action actionFromKey(const QString &key); // Other for unknown keys
    // Translated, for the user: "Deploy", "Redeploy without cache", "Edit settings", …
    static QString actionText(Action action);
    static QList<Action> allActions();

    friend bool operator==(const Entry &, const Entry &) = default;
};

// Which entries to list: every condition that is set must hold.
struct Filter
{
    QString text; // in the instance, resource name or uuid, fields, detail or deployment uuid
    QString instanceId;
    QString uuid; // one resource
    QList<Entry::Action> actions; // any of these; empty: all
    std::optional<Entry::Outcome> outcome;
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to; // exclusive; invalid: no upper bound
    int limit = 1000; // newest first
};

} // namespace Coolify::Journal

Q_DECLARE_METATYPE(Coolify::Journal::Entry)
