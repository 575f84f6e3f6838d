#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Coolify::Models {
struct BackupConfig;
}

namespace Coolify::Controllers {
class DatabaseBackups;
}
namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Gui {

// A database's Backups tab (Controllers::DatabaseBackups loads it): its schedules with how each
// is doing, the backups of the selected one, Back Up Now (followed to the end), Delete Backup…,
// new/edit/delete schedule, and Open in Coolify for what the API cannot do (download, restore).
//
//     auto *backups = new DatabaseBackupsView(fleet);
//     backups->setDatabase(instanceId, dbUuid, dbName);
class DatabaseBackupsView : public QWidget
{
    Q_OBJECT

public:
    explicit DatabaseBackupsView(Models::Fleet *fleet, QWidget *parent = nullptr);

    void setDatabase(const QString &instanceId, const QString &uuid, const QString &name);
    Controllers::DatabaseBackups *backups() const { return m_backups; }
    QTableView *schedulesTable() const { return m_schedules; }
    QTableView *executionsTable() const { return m_executions; }

public slots:
    void backUpNow();
    void deleteSelected(); // asks first
    void openInCoolify();
    void newSchedule();
    void editSchedule(); // the selected one
    void deleteSchedule(); // asks first

signals:
    // A backup started here ended: for a desktop notification.
    void backupFinished(const QString &instanceId, const QString &databaseName, bool ok,
                        const QString &text);

private:
    void updateControls();
    QString selectedExecution() const;
    void openScheduleDialog(const Models::BackupConfig *config); // null: a new schedule

    Controllers::DatabaseBackups *m_backups;
    QLabel *m_title;
    QLabel *m_note;
    QLabel *m_message;
    QTableView *m_schedules;
    QTableView *m_executions;
    QPushButton *m_backUpNow;
    QPushButton *m_refresh;
    QPushButton *m_open;
    QPushButton *m_delete;
    QPushButton *m_newSchedule;
    QPushButton *m_editSchedule;
    QPushButton *m_deleteSchedule;
    QString m_pendingSelection; // a schedule just saved: select it once it is listed
};

} // namespace Coolify::Gui
