// BackupScheduleEditor and schedule deletion against the sandbox (coolify-api.md §11): problems
// found before anything is sent, a new schedule with every field (save_s3 always), an edit that
// sends only what changed, Coolify's 422 sorted onto the field, the reasons nothing can be saved.
#include "fleetfixture.h"

#include "controllers/backupscheduleeditor.h"
#include "controllers/databasebackups.h"
#include "models/backupsmodel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify;
using Controllers::BackupScheduleDraft;
using Controllers::BackupScheduleEditor;
using Controllers::DatabaseBackups;

class TestBackupSchedule : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_fx = std::make_unique<FleetFixture>(); }
    void cleanup() { m_fx.reset(); }
    void problemsAreFoundBeforeSending();
    void createSendsEveryField();
    void editSendsOnlyWhatChanged();
    void serverRejectionLandsOnItsField();
    void storagesAreListed();
    void reasonsNothingCanBeSaved();
    void deleteASchedule();

private:
    bool setUp(const QString &token = u"demo-root"_s);
    bool open(DatabaseBackups &backups, const QString &name);
    QString uuidOf(const QString &name) const { return m_fx->uuidOf(m_id, u"databases"_s, name); }
    int changesSent() const; // POST/PATCH/DELETE the sandbox answered

    std::unique_ptr<FleetFixture> m_fx;
    QString m_id;
    std::unique_ptr<QSignalSpy> m_served;
};

bool TestBackupSchedule::setUp(const QString &token)
{
    if (m_fx->startSandbox(100) < 0)
        return false;
    m_served = std::make_unique<QSignalSpy>(m_fx->sandboxes.front().get(),
                                            &Sandbox::SandboxServer::requestServed);
    m_id = m_fx->addInstance(u"Production"_s, token);
    return QTest::qWaitFor([this] { return m_fx->ready(m_id); }, 15'000);
}

bool TestBackupSchedule::open(DatabaseBackups &backups, const QString &name)
{
    QSignalSpy loaded(&backups, &DatabaseBackups::loaded);
    backups.setDatabase(m_id, uuidOf(name), name);
    return loaded.wait(10'000) && loaded.last().first().toBool();
}

int TestBackupSchedule::changesSent() const
{
    int n = 0;
    for (const QList<QVariant> &call : *m_served) {
        if (call.first().toByteArray() != "GET")
            ++n;
    }
    return n;
}

void TestBackupSchedule::problemsAreFoundBeforeSending()
{
    QVERIFY(setUp());
    BackupScheduleEditor editor(m_fx->fleet.get(), m_id, uuidOf(u"events-mongo"_s),
                                u"events-mongo"_s, nullptr);
    QVERIFY(editor.isNew());
    QVERIFY(editor.unavailableReason().isEmpty());
    QVERIFY(!editor.supportsDumpAll()); // MongoDB
    QVERIFY(editor.databasesHint().contains(u"every database"_s));
    BackupScheduleDraft draft;
    draft.frequency = u"0 0 30 2 *"_s;
    draft.databases = u"crm;drop"_s;
    draft.timeoutSeconds = 30;
    draft.saveS3 = true;
    QSignalSpy rejected(&editor, &BackupScheduleEditor::rejected);
    QVERIFY(!editor.save(draft));
    QCOMPARE(rejected.size(), 1);
    const auto fields = rejected.first().at(0).value<QMap<QString, QStringList>>();
    QCOMPARE(fields.keys(),
             (QStringList{u"databases_to_backup"_s, u"frequency"_s, u"s3_storage_uuid"_s,
                          u"timeout"_s}));
    QVERIFY(fields.value(u"frequency"_s).first().contains(u"never comes"_s));
    QCOMPARE(fields.value(u"s3_storage_uuid"_s).first(), u"Choose the S3 storage to upload to."_s);

    BackupScheduleEditor keydb(m_fx->fleet.get(), m_id, uuidOf(u"cache-keydb"_s), u"cache-keydb"_s,
                               nullptr);
    QCOMPARE(keydb.unavailableReason(),
             u"Coolify does not make scheduled backups of KeyDB databases."_s);
    QVERIFY(!keydb.save(BackupScheduleDraft{}));
    QCOMPARE(changesSent(), 0);
}

void TestBackupSchedule::createSendsEveryField()
{
    QVERIFY(setUp());
    DatabaseBackups backups(m_fx->fleet.get());
    QVERIFY(open(backups, u"events-mongo"_s));
    QCOMPARE(backups.schedules()->rowCount(), 0);
    BackupScheduleEditor editor(m_fx->fleet.get(), m_id, uuidOf(u"events-mongo"_s),
                                u"events-mongo"_s, nullptr);
    BackupScheduleDraft draft;
    draft.frequency = u" 0 2 * * * "_s;
    draft.keepLocally = 5;
    const QJsonObject body = editor.body(draft, true);
    QCOMPARE(body.value("frequency"_L1).toString(), u"0 2 * * *"_s);
    QCOMPARE(body.value("save_s3"_L1), QJsonValue(false)); // always: left out it is true
    QVERIFY(!body.contains("databases_to_backup"_L1)); // empty: Coolify's default
    QVERIFY(!body.contains("dump_all"_L1)); // not a MongoDB option
    QVERIFY(!body.contains("s3_storage_uuid"_L1));
    QCOMPARE(body.value("database_backup_retention_amount_locally"_L1).toInt(), 5);
    QCOMPARE(body.value("timeout"_L1).toInt(), 3600);
    QCOMPARE(body.value("backup_now"_L1), QJsonValue(true));

    QSignalSpy saved(&editor, &BackupScheduleEditor::saved);
    QVERIFY(editor.save(draft, true));
    QVERIFY(editor.isSaving());
    QVERIFY(!editor.save(draft)); // one at a time
    QVERIFY(saved.wait(10'000));
    const QString uuid = saved.first().at(0).toString();
    QCOMPARE(uuid.size(), 24);
    QCOMPARE(saved.first().at(1).toString(),
             u"Backup schedule for events-mongo created. A backup is starting."_s);
    QCOMPARE(editor.scheduleUuid(), uuid); // a second save edits it

    QSignalSpy loaded(&backups, &DatabaseBackups::loaded);
    backups.refresh();
    QVERIFY(loaded.wait(10'000));
    const Models::BackupConfig *config = backups.schedules()->find(uuid);
    QVERIFY(config);
    QCOMPARE(config->frequency, u"0 2 * * *"_s);
    QVERIFY(!config->saveS3);
    QCOMPARE(config->keepLocally, 5);
    QVERIFY(config->databasesToBackup.isEmpty()); // null: every MongoDB database
    QCOMPARE(config->executions.size(), 1); // backup_now ran it
}

void TestBackupSchedule::editSendsOnlyWhatChanged()
{
    QVERIFY(setUp());
    DatabaseBackups backups(m_fx->fleet.get());
    QVERIFY(open(backups, u"shop-postgres"_s));
    const Models::BackupConfig before = backups.schedules()->at(0);
    QVERIFY(before.saveS3);
    BackupScheduleEditor editor(m_fx->fleet.get(), m_id, uuidOf(u"shop-postgres"_s),
                                u"shop-postgres"_s, &before);
    QVERIFY(!editor.isNew());
    QVERIFY(editor.supportsDumpAll());
    QVERIFY(editor.hasUnnamedStorage()); // ids are hidden in GET /s3-storages
    BackupScheduleDraft draft = editor.original();
    QVERIFY(!editor.hasChanges(draft));
    QVERIFY(editor.check(draft).isEmpty()); // S3 without naming the storage again is fine

    draft.keepLocally = 3;
    draft.maxGbLocally = 1.5;
    QCOMPARE(editor.body(draft, false),
             (QJsonObject{{u"database_backup_retention_amount_locally"_s, 3},
                          {u"database_backup_retention_max_storage_locally"_s, 1.5}}));
    QSignalSpy saved(&editor, &BackupScheduleEditor::saved);
    QVERIFY(editor.save(draft));
    QVERIFY(saved.wait(10'000));
    QCOMPARE(saved.first().at(1).toString(), u"Backup schedule for shop-postgres saved."_s);
    QVERIFY(!editor.hasChanges(draft)); // what was saved is the new starting point

    // Clearing the names is refused: Coolify fills in the default only on create.
    draft.databases.clear();
    QVERIFY(editor.check(draft).contains(u"databases_to_backup"_s));
    draft.databases = u"shop"_s;
    // Turning S3 off sends just that.
    draft.saveS3 = false;
    QCOMPARE(editor.body(draft, false), (QJsonObject{{u"save_s3"_s, false}}));
    QVERIFY(editor.save(draft));
    QVERIFY(saved.wait(10'000));

    QSignalSpy loaded(&backups, &DatabaseBackups::loaded);
    backups.refresh();
    QVERIFY(loaded.wait(10'000));
    const Models::BackupConfig *after = backups.schedules()->find(before.uuid);
    QCOMPARE(after->keepLocally, 3);
    QCOMPARE(after->maxGbLocally, 1.5);
    QVERIFY(!after->saveS3);
    QCOMPARE(after->frequency, before.frequency); // untouched fields stay
    QCOMPARE(after->keepDaysS3, before.keepDaysS3);
}

void TestBackupSchedule::serverRejectionLandsOnItsField()
{
    QVERIFY(setUp());
    BackupScheduleEditor editor(m_fx->fleet.get(), m_id, uuidOf(u"tools-mysql"_s), u"tools-mysql"_s,
                                nullptr);
    BackupScheduleDraft draft;
    draft.saveS3 = true;
    // A storage of another team: nothing here can tell, Coolify's team check does.
    draft.s3StorageUuid = u"pk8w2partnerr2storage00q"_s;
    QVERIFY(editor.check(draft).isEmpty());
    QSignalSpy rejected(&editor, &BackupScheduleEditor::rejected);
    QVERIFY(editor.save(draft));
    QVERIFY(rejected.wait(10'000));
    const auto fields = rejected.first().at(0).value<QMap<QString, QStringList>>();
    QCOMPARE(fields.value(u"s3_storage_uuid"_s),
             QStringList{u"The selected S3 storage is invalid for this team."_s});
    QVERIFY(!editor.isSaving());
    QVERIFY(editor.isNew()); // nothing was created
}

void TestBackupSchedule::storagesAreListed()
{
    QVERIFY(setUp());
    BackupScheduleEditor editor(m_fx->fleet.get(), m_id, uuidOf(u"tools-mysql"_s), u"tools-mysql"_s,
                                nullptr);
    QSignalSpy changed(&editor, &BackupScheduleEditor::storagesChanged);
    editor.loadStorages();
    QVERIFY(editor.storagesLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!editor.storagesLoading(), 10'000);
    QVERIFY(editor.storagesError().isEmpty());
    QCOMPARE(editor.storages().size(), 2); // the other team's is not listed
    QCOMPARE(editor.storages().at(0).name, u"backups-eu"_s);
    QVERIFY(!editor.storages().at(1).usable);

    BackupScheduleDraft draft;
    draft.frequency = u"@weekly"_s;
    draft.saveS3 = true;
    draft.s3StorageUuid = editor.storages().at(0).uuid;
    QSignalSpy saved(&editor, &BackupScheduleEditor::saved);
    QVERIFY(editor.save(draft));
    QVERIFY(saved.wait(10'000));
    QVERIFY(editor.hasUnnamedStorage()); // from now on it is "the storage set in Coolify"
}

void TestBackupSchedule::reasonsNothingCanBeSaved()
{
    QVERIFY(setUp(u"demo-read"_s));
    BackupScheduleEditor readOnly(m_fx->fleet.get(), m_id, uuidOf(u"shop-postgres"_s),
                                  u"shop-postgres"_s, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!readOnly.unavailableReason().isEmpty(), 10'000);
    QVERIFY2(readOnly.unavailableReason().startsWith(u"Cannot change backup schedules: "_s),
             qPrintable(readOnly.unavailableReason()));
    QSignalSpy failed(&readOnly, &BackupScheduleEditor::failed);
    QVERIFY(!readOnly.save(BackupScheduleDraft{}));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(changesSent(), 0);
}

void TestBackupSchedule::deleteASchedule()
{
    QVERIFY(setUp());
    DatabaseBackups backups(m_fx->fleet.get());
    QVERIFY(open(backups, u"shop-postgres"_s));
    const QString uuid = backups.selectedSchedule();
    QVERIFY(backups.deleteScheduleUnavailableReason(uuid).isEmpty());
    QVERIFY(!backups.deleteScheduleUnavailableReason(u"nope"_s).isEmpty());
    QSignalSpy messages(&backups, &DatabaseBackups::message);
    QSignalSpy loaded(&backups, &DatabaseBackups::loaded);
    QVERIFY(backups.deleteSchedule(uuid, true));
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(messages.first().first().toString(),
             u"The backup schedule of shop-postgres and its backups were deleted."_s);
    QCOMPARE(backups.schedules()->rowCount(), 0);
    QVERIFY(backups.selectedSchedule().isEmpty());
    QVERIFY(backups.emptyText().contains(u"never been backed up"_s));
}

QTEST_GUILESS_MAIN(TestBackupSchedule)
#include "tst_backupschedule.moc"
