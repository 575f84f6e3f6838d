#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Controllers {

// "Back Up Now" for many databases on many instances (the fleet backup overview): one
// PATCH …/backups/{schedule} {"backup_now":true} per database (coolify-api.md §11), each
// outcome in words, then the instances' database lists are reloaded so the new runs show. Each
// run is followed (its executions polled with back-off, BackupFollow) until it ends.
//
//     auto *runner = new BackupRunner(fleet, this);
//     connect(runner, &BackupRunner::message, statusBar, &QStatusBar::showMessage);
//     runner->run({{instanceId, dbUuid, u"shop-postgres"_s, scheduleUuid}});
class BackupRunner : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString instanceId;
        QString databaseUuid;
        QString databaseName;
        QString scheduleUuid; // the schedule to run; "" when the database has none enabled
    };

    explicit BackupRunner(Models::Fleet *fleet, QObject *parent = nullptr);

    // Empty when a backup of `target` can be started now; otherwise why not.
    QString unavailableReason(const Target &target) const;
    // Starts every target that can be started; the others are reported with their reason.
    void run(const QList<Target> &targets);
    int pending() const { return m_pending; } // requests to start backups in flight
    int following() const { return int(m_follows.size()); } // started runs not ended yet
    bool isFollowing(const QString &instanceId, const QString &databaseUuid) const;
    // Being started or followed.
    bool isBusyWith(const QString &instanceId, const QString &databaseUuid) const;

signals:
    void message(const QString &text, bool ok); // one per database
    // The same, naming the database (for a view of that database alone).
    void targetMessage(const QString &instanceId, const QString &databaseUuid, const QString &text,
                       bool ok);
    void finished(int started, int notStarted); // once per run(), when all were asked
    // A run started here ended (ok: every execution of it succeeded).
    void backupFinished(const QString &instanceId, const QString &databaseName, bool ok,
                        const QString &text);

private:
    struct Follow;
    void start(const Target &target, const std::function<void(bool)> &answered);
    void poll(const std::shared_ptr<Follow> &follow);
    void end(const std::shared_ptr<Follow> &follow, bool ok, const QString &text);
    void say(const Target &target, const QString &text, bool ok);

    Models::Fleet *m_fleet;
    int m_pending = 0;
    QList<std::shared_ptr<Follow>> m_follows;
    QSet<QString> m_starting; // "<instance>/<database uuid>" asked but not answered yet
};

} // namespace Coolify::Controllers
