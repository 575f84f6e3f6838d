#pragma once

#include "controllers/pendingreply.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace Coolify::Models {
class BackupExecutionsModel;
class BackupSchedulesModel;
class InstanceSession;
class Fleet;
} // namespace Coolify::Models

namespace Coolify::Controllers {

class BackupRunner;

// One standalone database's scheduled backups (coolify-api.md §11): the schedules with how each
// is doing, the executions of the selected one, "back up now" followed until the run ends
// (polling with back-off: Coolify returns no execution id), deleting an execution or a schedule.
// Creating and editing schedules: BackupScheduleEditor.
// Downloading and restoring are web-UI only: webPage() names the page for them.
//
//     auto *backups = new DatabaseBackups(fleet, this);
//     backups->setDatabase(instanceId, dbUuid, u"shop-postgres"_s);
//     schedulesView->setModel(backups->schedules());
class DatabaseBackups : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseBackups(Models::Fleet *fleet, QObject *parent = nullptr);
    // Back Up Now goes through `runner` (which outlives this view and notifies when the run
    // ends); without one, this follows the run itself while it exists and emits backupFinished.
    void setRunner(BackupRunner *runner);

    // Configurations of other database types that share the numeric id are left out (the type
    // comes from the instance's databases). An empty uuid clears everything.
    void setDatabase(const QString &instanceId, const QString &uuid, const QString &name);
    QString instanceId() const { return m_instanceId; }
    QString databaseUuid() const { return m_uuid; }
    QString databaseName() const { return m_name; }
    Models::Fleet *fleet() const { return m_fleet; }

    Models::BackupSchedulesModel *schedules() const { return m_schedules; }
    Models::BackupExecutionsModel *executions() const { return m_executions; }
    void selectSchedule(const QString &backupUuid); // fills executions()
    QString selectedSchedule() const { return m_selected; }

    bool isLoading() const { return m_load.isActive(); }
    bool hasLoaded() const { return m_loaded; }
    QString errorText() const { return m_error; } // empty when the last load worked
    // What the tab says when there is nothing to list (unsupported type, no schedule).
    QString emptyText() const;

    // Empty when "Back Up Now" can be sent for the selected schedule; otherwise why not.
    QString backUpNowUnavailableReason() const;
    bool isBackingUp() const;
    bool backUpNow(); // false (nothing sent) when unavailable
    // Empty when the execution can be deleted; otherwise why not.
    QString deleteUnavailableReason(const QString &executionUuid) const;
    bool deleteExecution(const QString &executionUuid, bool fromS3);
    // Empty when the schedule (and all its backups) can be deleted; otherwise why not.
    QString deleteScheduleUnavailableReason(const QString &backupUuid) const;
    bool deleteSchedule(const QString &backupUuid, bool fromS3);

    // The database's backups page in Coolify (download, restore and editing live there); with
    // a schedule, that schedule's page. Invalid until the projects are known.
    QUrl webPage(const QString &backupUuid = {}, QString *reason = nullptr) const;

public slots:
    void refresh();

signals:
    void changed(); // loading, error, selection, backing-up state
    void loaded(bool ok);
    // One sentence per outcome of an action (backup started, finished, failed; deleted).
    void message(const QString &text, bool ok);
    // A backup started here ended (ok: every execution of the run succeeded).
    void backupFinished(const QString &databaseName, bool ok, const QString &text);

private:
    void fetch();
    void applyConfigs(const QVariant &value);
    void followTick();
    Models::InstanceSession *session() const;

    Models::Fleet *m_fleet;
    QPointer<BackupRunner> m_runner;
    QString m_instanceId;
    QString m_uuid;
    QString m_name;
    QString m_selected;
    bool m_loaded = false;
    QString m_error;
    PendingReply m_load;
    PendingReply m_action;
    Models::BackupSchedulesModel *m_schedules;
    Models::BackupExecutionsModel *m_executions;
    // Following a backup started here: the executions known before it, the back-off timer.
    bool m_following = false;
    QString m_followSchedule;
    QStringList m_knownBefore;
    QDateTime m_followStarted;
    int m_followDelayMs = 1000;
    QTimer m_followTimer;
};

} // namespace Coolify::Controllers
