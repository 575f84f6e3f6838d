#include "controllers/backuprunner.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/databases.h"
#include "controllers/backupfollow.h"
#include "models/databasesmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
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

struct BackupRunner::Follow
{
    Target target;
    QStringList before; // executions of the schedule before the run
    QDateTime startedAt;
    int delayMs = BackupFollow::kFirstDelayMs;
    QTimer timer;
};

bool BackupRunner::isFollowing(const QString &instanceId, const QString &databaseUuid) const
{
    return std::any_of(m_follows.cbegin(), m_follows.cend(), [&](const auto &f) {
        return f->target.instanceId == instanceId && f->target.databaseUuid == databaseUuid;
    });
}

bool BackupRunner::isBusyWith(const QString &instanceId, const QString &databaseUuid) const
{
    return m_starting.contains(instanceId + u'/' + databaseUuid)
        || isFollowing(instanceId, databaseUuid);
}

void BackupRunner::say(const Target &target, const QString &text, bool ok)
{
    emit message(text, ok);
    emit targetMessage(target.instanceId, target.databaseUuid, text, ok);
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
        QString reason = unavailableReason(target);
        if (reason.isEmpty() && isBusyWith(target.instanceId, target.databaseUuid))
            reason = tr("A backup of %1 is already running.").arg(target.databaseName);
        if (!reason.isEmpty()) {
            ++state->notStarted;
            say(target, reason, false);
            continue;
        }
        ++state->waiting;
        start(target, [state, target, done](bool started) {
            --state->waiting;
            if (started) {
                ++state->started;
                state->instances.insert(target.instanceId);
            } else {
                ++state->notStarted;
            }
            done();
        });
    }
    done();
}

// Learns which executions exist, asks for the backup, then follows the new ones.
void BackupRunner::start(const Target &target, const std::function<void(bool)> &answered)
{
    ++m_pending;
    const QString key = target.instanceId + u'/' + target.databaseUuid;
    m_starting.insert(key);
    Api::ApiClient *client = m_fleet->session(target.instanceId)->client();
    Api::ApiReply *list =
        client->send(Api::Databases::backupExecutions(target.databaseUuid, target.scheduleUuid)
                         .withDecoder(&Models::BackupExecution::decodeList));
    connect(list, &Api::ApiReply::finished, this, [this, list, target, answered] {
        const Api::ApiResult &known = list->result();
        Models::InstanceSession *session = m_fleet->session(target.instanceId);
        if (!known.ok() || !session) {
            --m_pending;
            m_starting.remove(target.instanceId + u'/' + target.databaseUuid);
            say(target,
                tr("The backup of %1 was not started: %2")
                    .arg(target.databaseName,
                         session ? known.error.userMessage()
                                 : tr("the instance is no longer configured")),
                false);
            answered(false);
            return;
        }
        auto follow = std::make_shared<Follow>();
        follow->target = target;
        for (const Models::BackupExecution &e : known.value.value<QList<Models::BackupExecution>>())
            follow->before << e.uuid;
        Api::ApiReply *reply = session->client()->send(
            Api::Databases::backUpNow(target.databaseUuid, target.scheduleUuid));
        connect(reply, &Api::ApiReply::finished, this, [this, reply, follow, answered] {
            --m_pending;
            m_starting.remove(follow->target.instanceId + u'/' + follow->target.databaseUuid);
            const Api::ApiResult &result = reply->result();
            const QString name = follow->target.databaseName;
            if (!result.ok()) {
                say(follow->target,
                    tr("The backup of %1 was not started: %2")
                        .arg(name, result.error.userMessage()),
                    false);
                answered(false);
                return;
            }
            follow->startedAt = QDateTime::currentDateTimeUtc();
            follow->timer.setSingleShot(true);
            connect(&follow->timer, &QTimer::timeout, this, [this, f = std::weak_ptr(follow)] {
                if (const auto alive = f.lock())
                    poll(alive);
            });
            m_follows << follow;
            follow->timer.start(follow->delayMs);
            say(follow->target, tr("Backup of %1 started.").arg(name), true);
            answered(true);
        });
    });
}

void BackupRunner::poll(const std::shared_ptr<Follow> &follow)
{
    Models::InstanceSession *session = m_fleet->session(follow->target.instanceId);
    if (!session) {
        end(follow, false,
            tr("The instance of %1 is no longer configured.").arg(follow->target.databaseName));
        return;
    }
    Api::ApiReply *reply = session->client()->send(
        Api::Databases::backupExecutions(follow->target.databaseUuid, follow->target.scheduleUuid)
            .withDecoder(&Models::BackupExecution::decodeList)
            .inBackground());
    connect(reply, &Api::ApiReply::finished, this, [this, reply, f = std::weak_ptr(follow)] {
        const auto alive = f.lock();
        if (!alive)
            return;
        const Api::ApiResult &result = reply->result();
        const QString name = alive->target.databaseName;
        if (result.error.kind == Api::ErrorKind::NotFound) {
            end(alive, false, tr("The backup schedule of %1 is gone.").arg(name));
            return;
        }
        // A failed look (the network, a rate limit) is just another look later.
        const QList<Models::BackupExecution> fresh = result.ok()
            ? BackupFollow::since(result.value.value<QList<Models::BackupExecution>>(),
                                  alive->before)
            : QList<Models::BackupExecution>();
        if (const auto done = BackupFollow::judge(fresh, alive->startedAt,
                                                  QDateTime::currentDateTimeUtc(), name)) {
            end(alive, done->ok, done->text);
            return;
        }
        alive->delayMs = BackupFollow::nextDelay(alive->delayMs);
        alive->timer.start(alive->delayMs);
    });
}

void BackupRunner::end(const std::shared_ptr<Follow> &follow, bool ok, const QString &text)
{
    m_follows.removeOne(follow);
    say(follow->target, text, ok);
    emit backupFinished(follow->target.instanceId, follow->target.databaseName, ok, text);
    if (Models::InstanceData *data = m_fleet->data(follow->target.instanceId))
        data->refresh(); // the overview shows the new state
}

} // namespace Coolify::Controllers
