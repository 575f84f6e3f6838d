#pragma once

#include "models/backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Coolify::Controllers {

// When a backup started from the app has ended. Coolify returns no execution id (coolify-api.md
// §11), so a run is the executions that appeared since it was started; the caller polls with a
// back-off from kFirstDelayMs to kMaxDelayMs and asks judge() after each look.
class BackupFollow
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Controllers::BackupFollow)

public:
    static constexpr int kFirstDelayMs = 1000;
    static constexpr int kMaxDelayMs = 30'000;
    // A run not recorded by then never will be (the job skips a database that is not running).
    static constexpr qint64 kNoRunSeconds = 120;
    // Coolify's default timeout is an hour and a run usually takes seconds.
    static constexpr qint64 kGiveUpSeconds = 2 * 3600;

    struct End
    {
        bool ok = false; // every execution of the run succeeded
        QString text;
    };

    // nullopt while the run has not appeared or still runs and there is time left.
    static std::optional<End> judge(const QList<Models::BackupExecution> &fresh,
                                    const QDateTime &startedAt, const QDateTime &now,
                                    const QString &databaseName);
    // The executions of `all` whose uuid is not in `before`.
    static QList<Models::BackupExecution> since(const QList<Models::BackupExecution> &all,
                                                const QStringList &before);
    static int nextDelay(int delayMs) { return qMin(kMaxDelayMs, delayMs * 2); }
};

} // namespace Coolify::Controllers
