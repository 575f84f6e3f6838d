#pragma once

#include "api/families/databases.h"
#include "controllers/pendingreply.h"
#include "models/backup.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coolify::Models {
class Fleet;
class InstanceSession;
} // namespace Coolify::Models

namespace Coolify::Controllers {

// What the schedule dialog edits: the fields of POST/PATCH /databases/{uuid}/backups.
struct BackupScheduleDraft
{
    QString frequency = QStringLiteral("daily");
    bool enabled = true;
    QString databases; // empty: the type's main database (all databases for MongoDB)
    bool dumpAll = false;
    int timeoutSeconds = 3600;
    int keepLocally = 0; // 0 = no limit, for all six
    int keepDaysLocally = 0;
    double maxGbLocally = 0;
    bool saveS3 = false;
    QString s3StorageUuid; // empty with saveS3 on an existing schedule: the storage it has
    int keepS3 = 0;
    int keepDaysS3 = 0;
    double maxGbS3 = 0;

    static BackupScheduleDraft from(const Models::BackupConfig &config);
    bool operator==(const BackupScheduleDraft &) const = default;
};

// Creates or edits one backup schedule of a standalone database (coolify-api.md §11): checks a
// draft the way Coolify would (so problems show beside their field before anything is sent),
// sends only what changed, and sorts a 422 onto the same fields. Field keys are the API's.
//
//     BackupScheduleEditor editor(fleet, instanceId, dbUuid, u"shop-postgres"_s, nullptr);
//     connect(&editor, &BackupScheduleEditor::rejected, form, &Form::showErrors);
//     editor.save(draft, /*backUpNow=*/true);
class BackupScheduleEditor : public QObject
{
    Q_OBJECT

public:
    // `existing` null: a new schedule.
    BackupScheduleEditor(Models::Fleet *fleet, const QString &instanceId,
                         const QString &databaseUuid, const QString &databaseName,
                         const Models::BackupConfig *existing, QObject *parent = nullptr);

    bool isNew() const { return m_scheduleUuid.isEmpty(); }
    QString scheduleUuid() const { return m_scheduleUuid; }
    QString databaseName() const { return m_databaseName; }
    const BackupScheduleDraft &original() const { return m_original; }

    // Empty when the schedule can be saved; otherwise why not (no write ability, a type
    // Coolify makes no scheduled backups of, the instance gone).
    QString unavailableReason() const;
    bool supportsDumpAll() const; // PostgreSQL, MySQL, MariaDB
    QString databasesHint() const; // what to write in "Databases", and what empty means
    // The schedule uploads to a storage the API cannot name (ids are hidden in the list).
    bool hasUnnamedStorage() const { return !isNew() && m_original.saveS3; }

    void loadStorages();
    const QList<Models::S3Storage> &storages() const { return m_storages; }
    bool storagesLoading() const { return m_storageLoad.isActive(); }
    QString storagesError() const { return m_storagesError; }

    // API key -> why Coolify would refuse the value; empty when the draft can be sent.
    QMap<QString, QString> check(const BackupScheduleDraft &draft) const;
    // The request body: every field for a new schedule (save_s3 always), the changed ones for
    // an existing one.
    QJsonObject body(const BackupScheduleDraft &draft, bool backUpNow) const;
    bool hasChanges(const BackupScheduleDraft &draft) const;
    // Sends the draft; false when nothing was sent (rejected() said why, or nothing changed).
    bool save(const BackupScheduleDraft &draft, bool backUpNow = false);
    bool isSaving() const { return m_save.isActive(); }

signals:
    void storagesChanged();
    void savingChanged(bool saving);
    // Problems by API field, and those that belong to no field: before sending, or Coolify's 422.
    void rejected(const QMap<QString, QStringList> &fields, const QStringList &general);
    void failed(const QString &text); // anything else; the schedule is unchanged
    void saved(const QString &scheduleUuid, const QString &text);

private:
    Models::InstanceSession *session() const;
    std::optional<Api::DatabaseType> databaseType() const;

    Models::Fleet *m_fleet;
    QString m_instanceId;
    QString m_databaseUuid;
    QString m_databaseName;
    QString m_scheduleUuid;
    BackupScheduleDraft m_original;
    QList<Models::S3Storage> m_storages;
    QString m_storagesError;
    PendingReply m_storageLoad;
    PendingReply m_save;
};

} // namespace Coolify::Controllers
