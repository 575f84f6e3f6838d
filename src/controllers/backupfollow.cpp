#include "controllers/backupfollow.h"

#include "models/backupsmodel.h"

#include <algorithm>

namespace Coolify::Controllers {

using Models::BackupExecution;

std::optional<BackupFollow::End> BackupFollow::judge(const QList<BackupExecution> &fresh,
                                                     const QDateTime &startedAt,
                                                     const QDateTime &now,
                                                     const QString &databaseName)
{
    const bool running = std::any_of(fresh.cbegin(), fresh.cend(), [](const BackupExecution &e) {
        return e.status == BackupExecution::Status::Running;
    });
    if (!fresh.isEmpty() && !running) {
        const auto failed =
            std::find_if(fresh.cbegin(), fresh.cend(), [](const BackupExecution &e) {
                return e.status == BackupExecution::Status::Failed;
            });
        if (failed == fresh.cend())
            return End{
                true,
                tr("Backup of %1 finished: %2.")
                    .arg(databaseName, Models::BackupSchedulesModel::sizeText(fresh.first().size))};
        return End{
            false,
            tr("Backup of %1 failed: %2").arg(databaseName, failed->message.section(u'\n', 0, 0))};
    }
    const qint64 elapsed = startedAt.secsTo(now);
    if (fresh.isEmpty() && elapsed > kNoRunSeconds)
        return End{false,
                   tr("Coolify recorded no backup of %1 within two minutes. It records "
                      "nothing when the database is not running.")
                       .arg(databaseName)};
    if (elapsed > kGiveUpSeconds)
        return End{false,
                   tr("The backup of %1 did not finish within two hours; look at it in "
                      "Coolify.")
                       .arg(databaseName)};
    return std::nullopt;
}

QList<BackupExecution> BackupFollow::since(const QList<BackupExecution> &all,
                                           const QStringList &before)
{
    QList<BackupExecution> out;
    for (const BackupExecution &e : all) {
        if (!before.contains(e.uuid))
            out << e;
    }
    return out;
}

} // namespace Coolify::Controllers
