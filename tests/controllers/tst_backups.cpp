// DatabaseBackups against the sandbox (coolify-api.md §11): schedules and executions, "back up
// now" followed until the run ends (success and failure), the reasons it is not offered, deleting
// a backup, and the page in Coolify for what the API cannot do.
#include "fleetfixture.h"

#include "controllers/backuprunner.h"
#include "controllers/databasebackups.h"
#include "models/backupsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify;
using Controllers::DatabaseBackups;

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_fx = std::make_unique<FleetFixture>(); }
    void cleanup() { m_fx.reset(); }
    void backUpNowIsFollowedToTheEnd();
    void failedBackupIsSaid();
    void reasonsAndEmptyTexts_data();
    void reasonsAndEmptyTexts();
    void readOnlyTokenCannotBackUp();
    void deleteABackup();
    void runnerFollowsEachBackupToItsEnd();
    void tabBackupOutlivesTheTab();

private:
    bool setUp(int stepMs, const QString &token = u"demo-root"_s);
    bool open(DatabaseBackups &backups, const QString &name);

    std::unique_ptr<FleetFixture> m_fx;
    QString m_id;
};

bool TestBackups::setUp(int stepMs, const QString &token)
{
    if (m_fx->startSandbox(stepMs) < 0)
        return false;
    m_id = m_fx->addInstance(u"Production"_s, token);
    return QTest::qWaitFor([this] { return m_fx->ready(m_id); }, 15'000);
}

bool TestBackups::open(DatabaseBackups &backups, const QString &name)
{
    QSignalSpy loaded(&backups, &DatabaseBackups::loaded);
    backups.setDatabase(m_id, m_fx->uuidOf(m_id, u"databases"_s, name), name);
    return loaded.wait(10'000) && loaded.last().first().toBool();
}

void TestBackups::backUpNowIsFollowedToTheEnd()
{
    QVERIFY(setUp(100));
    DatabaseBackups backups(m_fx->fleet.get());
    QAbstractItemModelTester schedulesTester(
        backups.schedules(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester executionsTester(
        backups.executions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(open(backups, u"shop-postgres"_s));
    QCOMPARE(backups.schedules()->rowCount(), 1);
    QCOMPARE(backups.selectedSchedule(), backups.schedules()->at(0).uuid); // the first is picked
    QCOMPARE(backups.executions()->rowCount(), 3);
    QVERIFY(backups.emptyText().isEmpty());
    QVERIFY(backups.backUpNowUnavailableReason().isEmpty());

    QSignalSpy finished(&backups, &DatabaseBackups::backupFinished);
    QSignalSpy messages(&backups, &DatabaseBackups::message);
    QVERIFY(backups.backUpNow());
    QVERIFY(backups.isBackingUp());
    QVERIFY(!backups.backUpNow()); // one at a time
    QCOMPARE(backups.backUpNowUnavailableReason(), u"A backup of shop-postgres is running."_s);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.first().at(0).toString(), u"shop-postgres"_s);
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY2(finished.first().at(2).toString().startsWith(u"Backup of shop-postgres finished: "_s),
             qPrintable(finished.first().at(2).toString()));
    QCOMPARE(messages.first().first().toString(), u"Backup of shop-postgres started."_s);
    QVERIFY(!backups.isBackingUp());
    // The new run is the newest execution, and succeeded with a file.
    QCOMPARE(backups.executions()->rowCount(), 4);
    const Models::BackupConfig *config = backups.schedules()->find(backups.selectedSchedule());
    QCOMPARE(config->latest()->status, Models::BackupExecution::Status::Success);
    QVERIFY(config->latest()->filename.contains(u"pg-dump-shop-"_s));
    QCOMPARE(config->health(QDateTime::currentDateTimeUtc()), Models::BackupConfig::Health::Ok);

    // Open in Coolify: the schedule's page under the database's page.
    QTRY_VERIFY_WITH_TIMEOUT(backups.webPage(config->uuid).isValid(), 10'000);
    QVERIFY2(
        backups.webPage(config->uuid)
            .path()
            .endsWith(u"/database/"_s + backups.databaseUuid() + u"/backups/"_s + config->uuid),
        qPrintable(backups.webPage(config->uuid).toString()));
}

void TestBackups::failedBackupIsSaid()
{
    QVERIFY(setUp(100));
    DatabaseBackups backups(m_fx->fleet.get());
    QVERIFY(open(backups, u"tools-mariadb"_s));
    QCOMPARE(backups.schedules()->at(0).health(QDateTime::currentDateTimeUtc()),
             Models::BackupConfig::Health::Failed);
    QSignalSpy finished(&backups, &DatabaseBackups::backupFinished);
    QVERIFY(backups.backUpNow());
    QVERIFY(finished.wait(20'000));
    QVERIFY(!finished.first().at(1).toBool());
    QVERIFY2(finished.first().at(2).toString().startsWith(u"Backup of tools-mariadb failed: "_s),
             qPrintable(finished.first().at(2).toString()));
}

void TestBackups::reasonsAndEmptyTexts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("empty");
    QTest::addColumn<QString>("reason");
    QTest::newRow("stopped") << u"tools-mysql"_s << QString()
                             << u"tools-mysql is not running: Coolify records no backup of a "
                                "stopped database."_s;
    QTest::newRow("unsupported type")
        << u"cache-keydb"_s << u"Coolify does not make scheduled backups of KeyDB databases."_s
        << u"There is no backup schedule to run."_s;
    QTest::newRow("never backed up")
        << u"events-mongo"_s
        << u"events-mongo has no backup schedule: it has never been backed up by Coolify. Add a "
           "schedule to have it backed up."_s
        << u"There is no backup schedule to run."_s;
}

void TestBackups::reasonsAndEmptyTexts()
{
    QFETCH(QString, name);
    QFETCH(QString, empty);
    QFETCH(QString, reason);
    QVERIFY(setUp(60'000));
    DatabaseBackups backups(m_fx->fleet.get());
    QVERIFY(open(backups, name));
    QCOMPARE(backups.emptyText(), empty);
    QCOMPARE(backups.backUpNowUnavailableReason(), reason);
    QVERIFY(!backups.backUpNow());
}

void TestBackups::readOnlyTokenCannotBackUp()
{
    QVERIFY(setUp(60'000, u"demo-read"_s));
    DatabaseBackups backups(m_fx->fleet.get());
    QVERIFY(open(backups, u"shop-postgres"_s)); // reading is fine
    QCOMPARE(backups.executions()->rowCount(), 3);
    const QString reason = backups.backUpNowUnavailableReason();
    QVERIFY2(reason.startsWith(u"Cannot back up: "_s) && reason.contains(u"write"_s),
             qPrintable(reason));
    const QString execution = backups.executions()->at(0).uuid;
    QVERIFY(backups.deleteUnavailableReason(execution).startsWith(u"Cannot delete: "_s));
    QVERIFY(!backups.deleteExecution(execution, false));
}

void TestBackups::deleteABackup()
{
    QVERIFY(setUp(60'000));
    DatabaseBackups backups(m_fx->fleet.get());
    QVERIFY(open(backups, u"shop-postgres"_s));
    const Models::BackupExecution oldest = backups.executions()->rows().last();
    QCOMPARE(backups.deleteUnavailableReason(u"nope"_s), u"Select a backup to delete."_s);
    QSignalSpy messages(&backups, &DatabaseBackups::message);
    QSignalSpy loaded(&backups, &DatabaseBackups::loaded);
    QVERIFY(backups.deleteExecution(oldest.uuid, false));
    QVERIFY(messages.wait(10'000));
    QCOMPARE(messages.first().first().toString(),
             u"Backup %1 deleted."_s.arg(oldest.filename.section(u'/', -1)));
    QVERIFY(messages.first().at(1).toBool());
    QVERIFY(loaded.wait(10'000)); // reloaded after the change
    QCOMPARE(backups.executions()->rowCount(), 2);
    QCOMPARE(backups.executions()->rowOf(oldest.uuid), -1);
}

void TestBackups::runnerFollowsEachBackupToItsEnd()
{
    using Controllers::BackupRunner;
    QVERIFY(setUp(100));
    BackupRunner runner(m_fx->fleet.get());
    const auto target = [this](const QString &name) {
        DatabaseBackups probe(m_fx->fleet.get());
        const bool opened = open(probe, name);
        return BackupRunner::Target{m_id, m_fx->uuidOf(m_id, u"databases"_s, name), name,
                                    opened ? probe.selectedSchedule() : QString()};
    };
    const BackupRunner::Target shop = target(u"shop-postgres"_s);
    const BackupRunner::Target tools = target(u"tools-mariadb"_s);
    const BackupRunner::Target stopped = target(u"tools-mysql"_s);
    QSignalSpy finished(&runner, &BackupRunner::backupFinished);
    QSignalSpy messages(&runner, &BackupRunner::message);
    QSignalSpy asked(&runner, &BackupRunner::finished);
    runner.run({shop, tools, stopped});
    QVERIFY(runner.pending() > 0);
    QVERIFY(asked.wait(10'000));
    QCOMPARE(asked.first().at(0).toInt(), 2); // started
    QCOMPARE(asked.first().at(1).toInt(), 1); // the stopped one, with its reason
    QCOMPARE(messages.first().first().toString(),
             u"tools-mysql is not running: Coolify records no backup of a stopped database."_s);
    QCOMPARE(runner.following(), 2);
    QVERIFY(runner.isFollowing(m_id, shop.databaseUuid));
    // A second Back Up Now of a database being followed is refused, not sent twice.
    runner.run({shop});
    QCOMPARE(messages.last().first().toString(),
             u"A backup of shop-postgres is already running."_s);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20'000);
    QCOMPARE(runner.following(), 0);
    QMap<QString, bool> ended;
    for (const auto &f : finished) {
        QCOMPARE(f.at(0).toString(), m_id);
        ended.insert(f.at(1).toString(), f.at(2).toBool());
        const QString text = f.at(3).toString();
        QVERIFY2(text.startsWith(u"Backup of "_s + f.at(1).toString()
                                 + (f.at(2).toBool() ? u" finished: "_s : u" failed: "_s)),
                 qPrintable(text));
    }
    QCOMPARE(ended.value(u"shop-postgres"_s), true);
    QCOMPARE(ended.value(u"tools-mariadb"_s), false);
}

// With the window's runner, the tab's Back Up Now is followed by the runner: the tab shows the
// run while it exists, and the end is still reported once the tab is gone.
void TestBackups::tabBackupOutlivesTheTab()
{
    using Controllers::BackupRunner;
    QVERIFY(setUp(300));
    BackupRunner runner(m_fx->fleet.get());
    QSignalSpy finished(&runner, &BackupRunner::backupFinished);
    {
        DatabaseBackups backups(m_fx->fleet.get());
        backups.setRunner(&runner);
        QVERIFY(open(backups, u"shop-postgres"_s));
        QSignalSpy messages(&backups, &DatabaseBackups::message);
        QVERIFY(backups.backUpNow());
        QVERIFY(backups.isBackingUp());
        QCOMPARE(backups.backUpNowUnavailableReason(), u"A backup of shop-postgres is running."_s);
        QVERIFY(messages.wait(10'000));
        QCOMPARE(messages.first().first().toString(), u"Backup of shop-postgres started."_s);
        QVERIFY(runner.isFollowing(m_id, backups.databaseUuid()));
    } // the tab is gone
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.first().at(1).toString(), u"shop-postgres"_s);
    QVERIFY(finished.first().at(2).toBool());
}

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
