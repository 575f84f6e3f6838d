#include "controllers/databasebackups.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/databases.h"
#include "controllers/backupfollow.h"
#include "controllers/backuprunner.h"
#include "models/backupsmodel.h"
#include "models/databasesmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/weblinks.h"

using namespace Qt::StringLiterals;

namespace Coolify::Controllers {

using Models::BackupConfig;
using Models::BackupExecution;

DatabaseBackups::DatabaseBackups(Models::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_schedules(new Models::BackupSchedulesModel(this))
    , m_executions(new Models::BackupExecutionsModel(this))
{
    m_followTimer.setSingleShot(true);
    // While following a backup started here: reload, then look at what came (followTick).
    connect(&m_followTimer, &QTimer::timeout, this, &DatabaseBackups::refresh);
}

Models::InstanceSession *DatabaseBackups::session() const
{
    return m_fleet->session(m_instanceId);
}

void DatabaseBackups::setDatabase(const QString &instanceId, const QString &uuid,
                                  const QString &name)
{
    m_load.cancel();
    m_action.cancel();
    m_followTimer.stop();
    m_following = false;
    m_instanceId = instanceId;
    m_uuid = uuid;
    m_name = name;
    m_selected.clear();
    m_loaded = false;
    m_error.clear();
    m_schedules->apply({});
    m_executions->apply({});
    if (!uuid.isEmpty())
        fetch();
    emit changed();
}

void DatabaseBackups::refresh()
{
    if (!m_uuid.isEmpty() && !m_load.isActive())
        fetch();
}

void DatabaseBackups::fetch()
{
    Models::InstanceSession *s = session();
    if (!s) {
        m_error = tr("This instance is no longer configured.");
        emit changed();
        emit loaded(false);
        return;
    }
    Api::ApiReply *reply =
        s->client()->send(Api::Databases::backups(m_uuid).withDecoder(&BackupConfig::decodeList));
    m_load.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (!m_load.release(reply))
            return;
        const Api::ApiResult &result = reply->result();
        if (!result.ok()) {
            m_error = result.error.kind == Api::ErrorKind::NotFound
                ? tr("%1 no longer exists on this instance.").arg(m_name)
                : tr("The backups could not be loaded: %1").arg(result.error.userMessage());
            emit changed();
            emit loaded(false);
            if (m_following)
                followTick(); // keep trying, with the back-off
            return;
        }
        m_error.clear();
        m_loaded = true;
        applyConfigs(result.value);
        emit changed();
        emit loaded(true);
        if (m_following)
            followTick();
    });
    emit changed();
}

void DatabaseBackups::applyConfigs(const QVariant &value)
{
    QList<BackupConfig> configs = value.value<QList<BackupConfig>>();
    // Coolify matches configurations on database_id alone: keep this database's type only.
    if (const Models::InstanceData *data = m_fleet->data(m_instanceId)) {
        if (const Models::Database *db = data->databases()->find(m_uuid); db && db->type) {
            const QString own = BackupConfig::modelClassOf(Api::databaseTypeString(*db->type));
            configs.removeIf([&own](const BackupConfig &c) {
                return !c.databaseType.isEmpty() && c.databaseType != own;
            });
        }
    }
    m_schedules->apply(configs);
    if (m_schedules->rowOf(m_selected) < 0)
        m_selected = configs.isEmpty() ? QString() : configs.first().uuid;
    const BackupConfig *selected = m_schedules->find(m_selected);
    m_executions->apply(selected ? selected->executions : QList<BackupExecution>());
}

void DatabaseBackups::selectSchedule(const QString &backupUuid)
{
    if (backupUuid == m_selected || m_schedules->rowOf(backupUuid) < 0)
        return;
    m_selected = backupUuid;
    m_executions->apply(m_schedules->find(backupUuid)->executions);
    emit changed();
}

QString DatabaseBackups::emptyText() const
{
    if (m_uuid.isEmpty())
        return tr("No database selected.");
    if (!m_loaded || m_schedules->rowCount() > 0)
        return {};
    if (const Models::InstanceData *data = m_fleet->data(m_instanceId)) {
        if (const Models::Database *db = data->databases()->find(m_uuid); db && db->type) {
            switch (*db->type) {
            case Api::DatabaseType::Redis:
            case Api::DatabaseType::KeyDB:
            case Api::DatabaseType::Dragonfly:
                return tr("Coolify does not make scheduled backups of %1 databases.")
                    .arg(db->typeName());
            default:
                break;
            }
        }
    }
    return tr("%1 has no backup schedule: it has never been backed up by Coolify. Add a "
              "schedule to have it backed up.")
        .arg(m_name);
}

QString DatabaseBackups::backUpNowUnavailableReason() const
{
    if (m_uuid.isEmpty())
        return tr("No database selected.");
    if (isBackingUp())
        return tr("A backup of %1 is running.").arg(m_name);
    const Models::InstanceSession *s = session();
    if (!s)
        return tr("This instance is no longer configured.");
    if (s->abilities().isKnownMissing(Api::Ability::Write))
        return tr("Cannot back up: %1.").arg(s->abilities().missingReason(Api::Ability::Write));
    if (m_selected.isEmpty())
        return tr("There is no backup schedule to run.");
    if (const Models::InstanceData *data = m_fleet->data(m_instanceId)) {
        const Models::Database *db = data->databases()->find(m_uuid);
        if (db && db->status.state != Models::ResourceStatus::State::Running)
            return tr("%1 is not running: Coolify records no backup of a stopped database.")
                .arg(m_name);
    }
    return {};
}

void DatabaseBackups::setRunner(BackupRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (!runner)
        return;
    connect(runner, &BackupRunner::targetMessage, this,
            [this](const QString &instanceId, const QString &uuid, const QString &text, bool ok) {
                if (instanceId != m_instanceId || uuid != m_uuid)
                    return;
                emit message(text, ok);
                emit changed();
                refresh(); // the new run, or its end
            });
}

bool DatabaseBackups::isBackingUp() const
{
    if (m_runner)
        return m_runner->isBusyWith(m_instanceId, m_uuid);
    return m_following || m_action.isActive();
}

bool DatabaseBackups::backUpNow()
{
    if (!backUpNowUnavailableReason().isEmpty())
        return false;
    if (m_runner) {
        m_runner->run({{m_instanceId, m_uuid, m_name, m_selected}});
        emit changed();
        return true;
    }
    QStringList known;
    for (const BackupExecution &e : m_executions->rows())
        known << e.uuid;
    Api::ApiReply *reply = session()->client()->send(Api::Databases::backUpNow(m_uuid, m_selected));
    m_action.set(reply);
    const QString schedule = m_selected;
    connect(reply, &Api::ApiReply::finished, this, [this, reply, schedule, known] {
        if (!m_action.release(reply))
            return;
        const Api::ApiResult &result = reply->result();
        if (!result.ok()) {
            emit message(
                tr("The backup of %1 was not started: %2").arg(m_name, result.error.userMessage()),
                false);
            emit changed();
            return;
        }
        // No execution id comes back: poll until a new execution shows up and ends.
        m_following = true;
        m_followSchedule = schedule;
        m_knownBefore = known;
        m_followStarted = QDateTime::currentDateTimeUtc();
        m_followDelayMs = BackupFollow::kFirstDelayMs;
        emit message(tr("Backup of %1 started.").arg(m_name), true);
        emit changed();
        m_followTimer.start(m_followDelayMs);
    });
    emit changed();
    return true;
}

void DatabaseBackups::followTick()
{
    if (!m_following)
        return;
    const BackupConfig *config = m_schedules->find(m_followSchedule);
    const QList<BackupExecution> fresh =
        BackupFollow::since(config ? config->executions : QList<BackupExecution>(), m_knownBefore);
    std::optional<BackupFollow::End> end =
        BackupFollow::judge(fresh, m_followStarted, QDateTime::currentDateTimeUtc(), m_name);
    if (!end && m_loaded && !config)
        end = BackupFollow::End{false, tr("The backup schedule of %1 is gone.").arg(m_name)};
    if (!end) {
        // Not there yet, or still running: look again a little later each time.
        m_followTimer.start(m_followDelayMs);
        m_followDelayMs = BackupFollow::nextDelay(m_followDelayMs);
        return;
    }
    m_following = false;
    m_followTimer.stop();
    emit message(end->text, end->ok);
    emit backupFinished(m_name, end->ok, end->text);
    emit changed();
}

QString DatabaseBackups::deleteUnavailableReason(const QString &executionUuid) const
{
    const Models::InstanceSession *s = session();
    if (!s)
        return tr("This instance is no longer configured.");
    if (s->abilities().isKnownMissing(Api::Ability::Write))
        return tr("Cannot delete: %1.").arg(s->abilities().missingReason(Api::Ability::Write));
    const BackupExecution *e = m_executions->find(executionUuid);
    if (!e)
        return tr("Select a backup to delete.");
    if (e->status == BackupExecution::Status::Running)
        return tr("This backup is still running.");
    if (m_action.isActive())
        return tr("Another change is being sent.");
    return {};
}

bool DatabaseBackups::deleteExecution(const QString &executionUuid, bool fromS3)
{
    if (!deleteUnavailableReason(executionUuid).isEmpty())
        return false;
    Api::ApiReply *reply = session()->client()->send(
        Api::Databases::deleteBackupExecution(m_uuid, m_selected, executionUuid, fromS3));
    m_action.set(reply);
    const QString file = m_executions->find(executionUuid)->filename.section(u'/', -1);
    connect(reply, &Api::ApiReply::finished, this, [this, reply, file] {
        if (!m_action.release(reply))
            return;
        const Api::ApiResult &result = reply->result();
        if (result.ok())
            emit message(tr("Backup %1 deleted.").arg(file), true);
        else
            emit message(tr("Backup %1 was not deleted: %2").arg(file, result.error.userMessage()),
                         false);
        refresh();
    });
    emit changed();
    return true;
}

QString DatabaseBackups::deleteScheduleUnavailableReason(const QString &backupUuid) const
{
    const Models::InstanceSession *s = session();
    if (!s)
        return tr("This instance is no longer configured.");
    if (s->abilities().isKnownMissing(Api::Ability::Write))
        return tr("Cannot delete: %1.").arg(s->abilities().missingReason(Api::Ability::Write));
    if (!m_schedules->find(backupUuid))
        return tr("Select a schedule to delete.");
    if (isBackingUp() || m_action.isActive())
        return tr("Wait until the backup or change in progress ends.");
    return {};
}

bool DatabaseBackups::deleteSchedule(const QString &backupUuid, bool fromS3)
{
    if (!deleteScheduleUnavailableReason(backupUuid).isEmpty())
        return false;
    Api::ApiReply *reply =
        session()->client()->send(Api::Databases::deleteBackup(m_uuid, backupUuid, fromS3));
    m_action.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (!m_action.release(reply))
            return;
        const Api::ApiResult &result = reply->result();
        if (result.ok())
            emit message(tr("The backup schedule of %1 and its backups were deleted.").arg(m_name),
                         true);
        else
            emit message(tr("The backup schedule of %1 was not deleted: %2")
                             .arg(m_name, result.error.userMessage()),
                         false);
        refresh();
    });
    emit changed();
    return true;
}

QUrl DatabaseBackups::webPage(const QString &backupUuid, QString *reason) const
{
    const Models::InstanceSession *s = session();
    const Models::InstanceData *data = m_fleet->data(m_instanceId);
    if (!s || !data)
        return {};
    QUrl page = Models::WebLinks::resourcePage(*data, s->instance().rootUrl,
                                               Api::ResourceKind::Database, m_uuid, reason);
    if (!page.isValid())
        return {};
    // routes/web.php: …/database/<uuid>/backups[/<backup uuid>] (coolify-api.md §11).
    page.setPath(page.path() + u"/backups"_s
                 + (backupUuid.isEmpty() ? QString() : u'/' + backupUuid));
    return page;
}

} // namespace Coolify::Controllers
