#include "controllers/backuprunner.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/databases.h"
#include "models/databasesmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Coolify::Controllers {

BackupRunner::BackupRunner(Models::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
{ }

QString BackupRunner::unavailableReason(const Target &target) const
{
    const Models::InstanceSession *session = m_fleet->session(target.instanceId);
    const Models::InstanceData *data = m_fleet->data(target.instanceId);
    if (!session || !data)
        return tr("The instance of %1 is no longer configured.").arg(target.databaseName);
    if (session->abilities().isKnownMissing(Api::Ability::Write))
        return tr("Cannot back up %1: %2.")
            .arg(target.databaseName, session->abilities().missingReason(Api::Ability::Write));
    if (target.scheduleUuid.isEmpty())
        return tr("%1 has no enabled backup schedule.").arg(target.databaseName);
    const Models::Database *db = data->databases()->find(target.databaseUuid);
    if (db && db->status.state != Models::ResourceStatus::State::Running)
        return tr("%1 is not running: Coolify records no backup of a stopped database.")
            .arg(target.databaseName);
    return {};
}

void BackupRunner::run(const QList<Target> &targets)
{
    struct Run
    {
        int started = 0;
        int notStarted = 0;
        int waiting = 0;
        QSet<QString> instances;
    };
    auto state = std::make_shared<Run>();
    const auto done = [this, state] {
        if (state->waiting > 0)
            return;
        emit finished(state->started, state->notStarted);
        // The new runs show in the database lists: reload them now and once more later.
        for (const QString &id : std::as_const(state->instances)) {
            QPointer<Models::InstanceData> data = m_fleet->data(id);
            if (!data)
                continue;
            data->refresh();
            QTimer::singleShot(5000, data, [data] {
                if (data && !data->isRefreshing())
                    data->refresh();
            });
        }
    };
    for (const Target &target : targets) {
        if (const QString reason = unavailableReason(target); !reason.isEmpty()) {
            ++state->notStarted;
            emit message(reason, false);
            continue;
        }
        ++state->waiting;
        ++m_pending;
        Api::ApiReply *reply =
            m_fleet->session(target.instanceId)
                ->client()
                ->send(Api::Databases::backUpNow(target.databaseUuid, target.scheduleUuid));
        connect(reply, &Api::ApiReply::finished, this, [this, reply, target, state, done] {
            --m_pending;
            --state->waiting;
            const Api::ApiResult &result = reply->result();
            if (result.ok()) {
                ++state->started;
                state->instances.insert(target.instanceId);
                emit message(tr("Backup of %1 started.").arg(target.databaseName), true);
            } else {
                ++state->notStarted;
                emit message(tr("The backup of %1 was not started: %2")
                                 .arg(target.databaseName, result.error.userMessage()),
                             false);
            }
            done();
        });
    }
    done();
}

} // namespace Coolify::Controllers
