#include "controllers/backupscheduleeditor.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "models/backuprules.h"
#include "models/databasesmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

using namespace Qt::StringLiterals;

namespace Coolify::Controllers {

using Models::BackupRules;

namespace {

constexpr int kMinTimeout = 60; // the create/update rules (coolify-api.md §11)
constexpr int kMaxTimeout = 36000;

} // namespace

BackupScheduleDraft BackupScheduleDraft::from(const Models::BackupConfig &config)
{
    BackupScheduleDraft d;
    d.frequency = config.frequency;
    d.enabled = config.enabled;
    d.databases = config.databasesToBackup;
    d.dumpAll = config.dumpAll;
    d.timeoutSeconds = config.timeoutSeconds;
    d.keepLocally = config.keepLocally;
    d.keepDaysLocally = config.keepDaysLocally;
    d.maxGbLocally = config.maxGbLocally;
    d.saveS3 = config.saveS3;
    d.keepS3 = config.keepS3;
    d.keepDaysS3 = config.keepDaysS3;
    d.maxGbS3 = config.maxGbS3;
    return d;
}

BackupScheduleEditor::BackupScheduleEditor(Models::Fleet *fleet, const QString &instanceId,
                                           const QString &databaseUuid, const QString &databaseName,
                                           const Models::BackupConfig *existing, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_instanceId(instanceId)
    , m_databaseUuid(databaseUuid)
    , m_databaseName(databaseName)
{
    if (existing) {
        m_scheduleUuid = existing->uuid;
        m_original = BackupScheduleDraft::from(*existing);
    }
}

Models::InstanceSession *BackupScheduleEditor::session() const
{
    return m_fleet->session(m_instanceId);
}

std::optional<Api::DatabaseType> BackupScheduleEditor::databaseType() const
{
    if (const Models::InstanceData *data = m_fleet->data(m_instanceId)) {
        if (const Models::Database *db = data->databases()->find(m_databaseUuid))
            return db->type;
    }
    return std::nullopt;
}

QString BackupScheduleEditor::unavailableReason() const
{
    const Models::InstanceSession *s = session();
    if (!s)
        return tr("This instance is no longer configured.");
    if (s->abilities().isKnownMissing(Api::Ability::Write))
        return tr("Cannot change backup schedules: %1.")
            .arg(s->abilities().missingReason(Api::Ability::Write));
    if (const auto type = databaseType(); isNew() && type
        && (*type == Api::DatabaseType::Redis || *type == Api::DatabaseType::KeyDB
            || *type == Api::DatabaseType::Dragonfly))
        return tr("Coolify does not make scheduled backups of %1 databases.")
            .arg(Models::Database::typeName(type));
    return {};
}

bool BackupScheduleEditor::supportsDumpAll() const
{
    const auto type = databaseType();
    return type
        && (*type == Api::DatabaseType::PostgreSQL || *type == Api::DatabaseType::MySQL
            || *type == Api::DatabaseType::MariaDB);
}

QString BackupScheduleEditor::databasesHint() const
{
    if (databaseType() == Api::DatabaseType::MongoDB)
        return tr("Separate databases with |; leave out collections with db:coll1,coll2. Empty "
                  "backs up every database.");
    return tr("Separate databases with commas. Empty backs up the database Coolify created.");
}

void BackupScheduleEditor::loadStorages()
{
    Models::InstanceSession *s = session();
    if (!s)
        return;
    Api::ApiReply *reply =
        s->client()->send(Api::Databases::s3Storages().withDecoder(&Models::S3Storage::decodeList));
    m_storageLoad.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (!m_storageLoad.release(reply))
            return;
        const Api::ApiResult &result = reply->result();
        if (result.ok()) {
            m_storages = result.value.value<QList<Models::S3Storage>>();
            m_storagesError.clear();
        } else {
            m_storagesError =
                tr("The S3 storages could not be loaded: %1").arg(result.error.userMessage());
        }
        emit storagesChanged();
    });
    emit storagesChanged();
}

QMap<QString, QString> BackupScheduleEditor::check(const BackupScheduleDraft &draft) const
{
    QMap<QString, QString> problems;
    if (const QString p = BackupRules::frequencyProblem(draft.frequency); !p.isEmpty())
        problems.insert(u"frequency"_s, p);
    if (const QString p = BackupRules::databasesProblem(draft.databases); !p.isEmpty())
        problems.insert(u"databases_to_backup"_s, p);
    else if (!isNew() && draft.databases.trimmed().isEmpty() && !m_original.databases.isEmpty()
             && !draft.dumpAll)
        problems.insert(u"databases_to_backup"_s,
                        tr("Name the databases to back up: Coolify fills in the default only "
                           "when a schedule is created."));
    if (draft.timeoutSeconds < kMinTimeout || draft.timeoutSeconds > kMaxTimeout)
        problems.insert(
            u"timeout"_s,
            tr("The timeout must be between %1 and %2 seconds.").arg(kMinTimeout).arg(kMaxTimeout));
    if (draft.saveS3 && draft.s3StorageUuid.isEmpty() && !hasUnnamedStorage())
        problems.insert(u"s3_storage_uuid"_s, tr("Choose the S3 storage to upload to."));
    const auto negative = [&problems](const char *key, double value) {
        if (value < 0)
            problems.insert(QLatin1String(key), tr("Use 0 for no limit; it cannot be negative."));
    };
    negative("database_backup_retention_amount_locally", draft.keepLocally);
    negative("database_backup_retention_days_locally", draft.keepDaysLocally);
    negative("database_backup_retention_max_storage_locally", draft.maxGbLocally);
    negative("database_backup_retention_amount_s3", draft.keepS3);
    negative("database_backup_retention_days_s3", draft.keepDaysS3);
    negative("database_backup_retention_max_storage_s3", draft.maxGbS3);
    return problems;
}

QJsonObject BackupScheduleEditor::body(const BackupScheduleDraft &draft, bool backUpNow) const
{
    QJsonObject out;
    const bool all = isNew();
    const BackupScheduleDraft &was = m_original;
    const auto put = [&](const char *key, const QJsonValue &value, bool changed) {
        if (all || changed)
            out.insert(QLatin1String(key), value);
    };
    put("frequency", draft.frequency.trimmed(), draft.frequency.trimmed() != was.frequency);
    put("enabled", draft.enabled, draft.enabled != was.enabled);
    const QString names = draft.databases.trimmed();
    if (!names.isEmpty() || !all)
        put("databases_to_backup", names, names != was.databases);
    if (supportsDumpAll())
        put("dump_all", draft.dumpAll, draft.dumpAll != was.dumpAll);
    put("timeout", draft.timeoutSeconds, draft.timeoutSeconds != was.timeoutSeconds);
    put("database_backup_retention_amount_locally", draft.keepLocally,
        draft.keepLocally != was.keepLocally);
    put("database_backup_retention_days_locally", draft.keepDaysLocally,
        draft.keepDaysLocally != was.keepDaysLocally);
    put("database_backup_retention_max_storage_locally", draft.maxGbLocally,
        !qFuzzyCompare(1 + draft.maxGbLocally, 1 + was.maxGbLocally));
    // save_s3 always on create: left out, Coolify stores true. Turning S3 on (or choosing
    // another storage) needs the storage in the same request.
    put("save_s3", draft.saveS3, draft.saveS3 != was.saveS3 || !draft.s3StorageUuid.isEmpty());
    if (draft.saveS3 && !draft.s3StorageUuid.isEmpty())
        out.insert(u"s3_storage_uuid"_s, draft.s3StorageUuid);
    put("database_backup_retention_amount_s3", draft.keepS3, draft.keepS3 != was.keepS3);
    put("database_backup_retention_days_s3", draft.keepDaysS3, draft.keepDaysS3 != was.keepDaysS3);
    put("database_backup_retention_max_storage_s3", draft.maxGbS3,
        !qFuzzyCompare(1 + draft.maxGbS3, 1 + was.maxGbS3));
    if (backUpNow)
        out.insert(u"backup_now"_s, true);
    return out;
}

bool BackupScheduleEditor::hasChanges(const BackupScheduleDraft &draft) const
{
    return isNew() || !body(draft, false).isEmpty();
}

bool BackupScheduleEditor::save(const BackupScheduleDraft &draft, bool backUpNow)
{
    if (isSaving())
        return false;
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        emit failed(reason);
        return false;
    }
    if (const QMap<QString, QString> problems = check(draft); !problems.isEmpty()) {
        QMap<QString, QStringList> fields;
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            fields.insert(it.key(), {it.value()});
        emit rejected(fields, {});
        return false;
    }
    const QJsonObject payload = body(draft, backUpNow);
    if (payload.isEmpty())
        return false;
    Api::ApiReply *reply = session()->client()->send(
        isNew() ? Api::Databases::createBackup(m_databaseUuid, payload)
                : Api::Databases::updateBackup(m_databaseUuid, m_scheduleUuid, payload));
    m_save.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply, draft, backUpNow] {
        if (!m_save.release(reply))
            return;
        emit savingChanged(false);
        const Api::ApiResult &result = reply->result();
        if (result.error.kind == Api::ErrorKind::Validation) {
            emit rejected(result.error.validation.fields, result.error.validation.general);
            return;
        }
        if (!result.ok()) {
            emit failed(result.error.kind == Api::ErrorKind::NotFound
                            ? tr("%1 or this schedule no longer exists: %2")
                                  .arg(m_databaseName, result.error.userMessage())
                            : tr("The schedule was not saved: %1").arg(result.error.userMessage()));
            return;
        }
        const bool created = isNew();
        if (created)
            m_scheduleUuid = result.json.object().value("uuid"_L1).toString();
        m_original = draft;
        m_original.databases = draft.databases.trimmed();
        m_original.frequency = draft.frequency.trimmed();
        m_original.s3StorageUuid.clear(); // from now on "the storage it has"
        const QString text = created ? tr("Backup schedule for %1 created.").arg(m_databaseName)
                                     : tr("Backup schedule for %1 saved.").arg(m_databaseName);
        emit saved(m_scheduleUuid, backUpNow ? tr("%1 A backup is starting.").arg(text) : text);
    });
    emit savingChanged(true);
    return true;
}

} // namespace Coolify::Controllers
