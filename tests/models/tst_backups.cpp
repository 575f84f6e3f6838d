// Database backups (coolify-api.md §11): schedules and executions decoded tolerantly, how a
// schedule is doing (failed, overdue, never ran), and the two tables under
// QAbstractItemModelTester.
#include "models/backup.h"
#include "models/backuprules.h"
#include "models/backupsmodel.h"
#include "models/database.h"
#include "models/fleetbackupsmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify::Models;

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void decodeList();
    void decodeRefusesOtherShapes();
    void retentionAndStorage();
    void s3Storages();
    void frequencyRules_data();
    void frequencyRules();
    void databaseNameRules_data();
    void databaseNameRules();
    void listItemShape();
    void interval_data();
    void interval();
    void health_data();
    void health();
    void frequencyText_data();
    void frequencyText();
    void modelClass();
    void schedulesModel();
    void executionsModel();
    void overallOfADatabase();
    void databaseListItemKeepsItsOwnType();
};

namespace {
const QDateTime kNow(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);

QList<BackupConfig> decode(const QByteArray &json, QString *error = nullptr)
{
    QString e;
    const QVariant v = BackupConfig::decodeList(QJsonDocument::fromJson(json), &e);
    if (error)
        *error = e;
    return v.value<QList<BackupConfig>>();
}

BackupExecution execution(const QString &uuid, BackupExecution::Status status, int hoursAgo)
{
    BackupExecution e;
    e.uuid = uuid;
    e.status = status;
    e.createdAt = kNow.addSecs(-3600LL * hoursAgo);
    e.finishedAt = e.createdAt.addSecs(30);
    return e;
}

BackupConfig config(const QString &frequency, QList<BackupExecution> executions,
                    bool enabled = true)
{
    BackupConfig c;
    c.uuid = u"cfg"_s;
    c.frequency = frequency;
    c.enabled = enabled;
    c.executions = executions;
    return c;
}
} // namespace

void TestBackups::decodeList()
{
    const QByteArray json =
        R"([{"id":7,"uuid":"b1","enabled":1,"save_s3":false,"frequency":"0 3 * * *",
        "database_type":"App\\Models\\StandalonePostgresql","database_id":"3","databases_to_backup":"shop",
        "dump_all":false,"timeout":"3600","database_backup_retention_amount_locally":7,
        "executions":[
          {"uuid":"e1","status":"success","size":"1234567","filename":"/data/x/pg-dump-shop-1.dmp",
           "database_name":"shop","created_at":"2026-12-02T03:00:00.000000Z","finished_at":"2026-12-02T03:00:42.000000Z"},
          {"uuid":"e2","status":"failed","size":0,"filename":null,"message":"pg_dump: error\nmore",
           "created_at":"2026-12-03T03:00:00.000000Z"},
          {"status":"success"}, 17, "x"]},
      {"uuid":"","frequency":"daily"}, "junk"])";
    QString error;
    const QList<BackupConfig> configs = decode(json, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(configs.size(), 1); // the one without uuid and the junk are dropped
    const BackupConfig &c = configs.first();
    QCOMPARE(c.uuid, u"b1"_s);
    QVERIFY(c.enabled);
    QCOMPARE(c.databaseId, 3);
    QCOMPARE(c.timeoutSeconds, 3600);
    QCOMPARE(c.keepLocally, 7);
    QCOMPARE(c.databaseType, u"App\\Models\\StandalonePostgresql"_s);
    // Executions with a uuid, newest first whatever the order sent.
    QCOMPARE(c.executions.size(), 2);
    QCOMPARE(c.executions.first().uuid, u"e2"_s);
    QCOMPARE(c.executions.first().status, BackupExecution::Status::Failed);
    QVERIFY(c.executions.first().filename.isEmpty());
    QCOMPARE(c.executions.at(1).size, 1234567);
    QCOMPARE(c.latestSuccess()->uuid, u"e1"_s);
}

void TestBackups::retentionAndStorage()
{
    const QByteArray json =
        R"([{"uuid":"b1","frequency":"daily","save_s3":true,"s3_storage_id":4,
        "database_backup_retention_max_storage_locally":"2.5","database_backup_retention_amount_s3":"14",
        "database_backup_retention_days_s3":30,"database_backup_retention_max_storage_s3":-3},
      {"uuid":"b2","frequency":"daily","s3_storage_id":null,
        "database_backup_retention_max_storage_locally":"lots","database_backup_retention_max_storage_s3":"nan"}])";
    QString error;
    const QList<BackupConfig> configs = decode(json, &error);
    QCOMPARE(configs.size(), 2);
    QCOMPARE(configs.at(0).s3StorageId, 4);
    QCOMPARE(configs.at(0).maxGbLocally, 2.5);
    QCOMPARE(configs.at(0).keepS3, 14);
    QCOMPARE(configs.at(0).keepDaysS3, 30);
    QCOMPARE(configs.at(0).maxGbS3, 0.0); // negative: no limit, not a negative limit
    QCOMPARE(configs.at(1).s3StorageId, -1);
    QCOMPARE(configs.at(1).maxGbLocally, 0.0);
    QCOMPARE(configs.at(1).maxGbS3, 0.0);
}

void TestBackups::s3Storages()
{
    QString error;
    const QVariant value = S3Storage::decodeList(
        QJsonDocument::fromJson(R"([{"name":"backups-eu","uuid":"s1","bucket":"acme","endpoint":
        "https://s3.example","is_usable":false},{"name":"no uuid"},7,null])"),
        &error);
    const auto storages = value.value<QList<S3Storage>>();
    QCOMPARE(storages.size(), 1);
    QCOMPARE(storages.first().name, u"backups-eu"_s);
    QCOMPARE(storages.first().bucket, u"acme"_s);
    QVERIFY(!storages.first().usable);
    QVERIFY(!S3Storage::decodeList(QJsonDocument::fromJson(R"({"data":[]})"), &error).isValid());
    QVERIFY(!error.isEmpty());
}

void TestBackups::frequencyRules_data()
{
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<QString>("problemMentions"); // empty: accepted
    QTest::newRow("alias") << u"daily"_s << QString();
    QTest::newRow("at alias") << u"@weekly"_s << QString();
    QTest::newRow("every minute") << u"every_minute"_s << QString();
    QTest::newRow("five fields") << u"0 3 * * *"_s << QString();
    QTest::newRow("spaces around") << u"  */15 * * * 1-5 "_s << QString();
    QTest::newRow("lists ranges steps") << u"0,30 8-18/2 1,15 1-6 0-7"_s << QString();
    QTest::newRow("month name") << u"0 0 1 jan *"_s << QString();
    QTest::newRow("weekday name") << u"0 0 * * SUN"_s << QString();
    QTest::newRow("29 February") << u"0 0 29 2 *"_s << QString();
    QTest::newRow("31st with weekday") << u"0 0 31 4 1"_s << QString(); // either matches
    QTest::newRow("empty") << u"  "_s << u"cron expression"_s;
    QTest::newRow("midnight") << u"@midnight"_s << u"@midnight"_s;
    QTest::newRow("reboot") << u"@reboot"_s << u"@reboot"_s;
    QTest::newRow("six fields") << u"0 0 3 * * *"_s << u"has 6"_s;
    QTest::newRow("words") << u"every day"_s << u"has 2"_s;
    QTest::newRow("question mark") << u"0 0 ? * *"_s << u"“?”"_s;
    QTest::newRow("L") << u"0 0 L * *"_s << u"“L”"_s;
    QTest::newRow("hash") << u"0 0 * * 1#2"_s << u"“1#2”"_s;
    QTest::newRow("name in a list") << u"0 0 * jan,feb *"_s << u"“jan”"_s;
    QTest::newRow("minute 60") << u"60 * * * *"_s << u"0 to 59"_s;
    QTest::newRow("hour 24") << u"0 24 * * *"_s << u"0 to 23"_s;
    QTest::newRow("day 0") << u"0 0 0 * *"_s << u"1 to 31"_s;
    QTest::newRow("weekday 8") << u"0 0 * * 8"_s << u"0 to 7"_s;
    QTest::newRow("backwards") << u"0 5-1 * * *"_s << u"backwards"_s;
    QTest::newRow("step 0") << u"*/0 * * * *"_s << u"step of 0"_s;
    QTest::newRow("30 February") << u"0 0 30 2 *"_s << u"never comes"_s;
    QTest::newRow("31 in short months") << u"0 0 31 4,6,9,11 *"_s << u"day 31"_s;
}

void TestBackups::frequencyRules()
{
    QFETCH(QString, frequency);
    QFETCH(QString, problemMentions);
    const QString problem = BackupRules::frequencyProblem(frequency);
    if (problemMentions.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
}

void TestBackups::databaseNameRules_data()
{
    QTest::addColumn<QString>("databases");
    QTest::addColumn<QString>("problemMentions");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("list") << u"shop, analytics"_s << QString();
    QTest::newRow("mongo entries") << u"shop:sessions,logs|crm"_s << QString();
    QTest::newRow("all") << u"all"_s << QString();
    QTest::newRow("pipe separates") << u"a|b"_s << QString();
    QTest::newRow("semicolon") << u"shop;drop"_s << u"“shop;drop” may not contain ;"_s;
    QTest::newRow("substitution") << u"shop,$(id)"_s << u"“$(id)” may not contain $("_s;
    QTest::newRow("collection") << u"shop:a,b>c"_s << u"“b>c” may not contain >"_s;
    QTest::newRow("database of a mongo entry") << u"sh`op:a"_s << u"`"_s;
    QTest::newRow("ampersand") << u"a&b"_s << u"&"_s;
    QTest::newRow("newline") << u"a\nb"_s << u"↵"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"⇥"_s;
}

void TestBackups::databaseNameRules()
{
    QFETCH(QString, databases);
    QFETCH(QString, problemMentions);
    const QString problem = BackupRules::databasesProblem(databases);
    if (problemMentions.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
}

void TestBackups::decodeRefusesOtherShapes()
{
    QString error;
    QVERIFY(decode(R"({"message":"Database not found."})", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(decode("[]", &error).isEmpty());
    QVERIFY(error.isEmpty()); // no schedule is a valid answer
}

void TestBackups::listItemShape()
{
    // The items of GET /databases carry each configuration with only its latest_log.
    const BackupConfig withLog = BackupConfig::fromJson(
        QJsonDocument::fromJson(
            R"({"uuid":"b1","frequency":"@daily","latest_log":{"uuid":"e9","status":"running"}})")
            .object());
    QCOMPARE(withLog.executions.size(), 1);
    QCOMPARE(withLog.latest()->status, BackupExecution::Status::Running);
    const BackupConfig noLog = BackupConfig::fromJson(
        QJsonDocument::fromJson(R"({"uuid":"b1","frequency":"@daily","latest_log":null})")
            .object());
    QVERIFY(noLog.executions.isEmpty());
}

void TestBackups::interval_data()
{
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<qint64>("seconds"); // -1: not understood
    QTest::newRow("alias daily") << u"daily"_s << qint64(86400);
    QTest::newRow("alias @hourly") << u"@hourly"_s << qint64(3600);
    QTest::newRow("every minute") << u"* * * * *"_s << qint64(60);
    QTest::newRow("every 15 minutes") << u"*/15 * * * *"_s << qint64(900);
    QTest::newRow("every 6 hours") << u"0 */6 * * *"_s << qint64(6 * 3600);
    QTest::newRow("daily at 3") << u"0 3 * * *"_s << qint64(86400);
    QTest::newRow("sundays") << u"0 2 * * 0"_s << qint64(7 * 86400);
    QTest::newRow("monthly") << u"0 2 1 * *"_s << qint64(31 * 86400);
    QTest::newRow("yearly") << u"0 2 1 1 *"_s << qint64(366 * 86400);
    QTest::newRow("garbage") << u"when it rains"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestBackups::interval()
{
    QFETCH(QString, frequency);
    QFETCH(qint64, seconds);
    QCOMPARE(BackupConfig::intervalSeconds(frequency).value_or(-1), seconds);
}

void TestBackups::health_data()
{
    using S = BackupExecution::Status;
    using H = BackupConfig::Health;
    QTest::addColumn<BackupConfig>("config");
    QTest::addColumn<int>("health");
    QTest::newRow("daily, 20 h ago")
        << config(u"daily"_s, {execution(u"a"_s, S::Success, 20)}) << int(H::Ok);
    QTest::newRow("daily, 3 days ago")
        << config(u"daily"_s, {execution(u"a"_s, S::Success, 72)}) << int(H::Overdue);
    QTest::newRow("weekly, 3 days ago")
        << config(u"0 2 * * 0"_s, {execution(u"a"_s, S::Success, 72)}) << int(H::Ok);
    QTest::newRow("last failed") << config(
        u"daily"_s, {execution(u"b"_s, S::Failed, 2), execution(u"a"_s, S::Success, 26)})
                                 << int(H::Failed);
    QTest::newRow("running") << config(u"daily"_s, {execution(u"b"_s, S::Running, 0)})
                             << int(H::Running);
    QTest::newRow("never ran") << config(u"daily"_s, {}) << int(H::NeverRan);
    QTest::newRow("only failures ran")
        << config(u"daily"_s, {execution(u"b"_s, S::Failed, 2)}) << int(H::Failed);
    QTest::newRow("disabled") << config(u"daily"_s, {execution(u"a"_s, S::Success, 720)}, false)
                              << int(H::Disabled);
    QTest::newRow("unreadable schedule, old backup")
        << config(u"when it rains"_s, {execution(u"a"_s, S::Success, 720)}) << int(H::Ok);
}

void TestBackups::health()
{
    QFETCH(BackupConfig, config);
    QFETCH(int, health);
    QCOMPARE(int(config.health(kNow)), health);
    QVERIFY(!BackupConfig::healthText(BackupConfig::Health(health)).isEmpty());
}

void TestBackups::frequencyText_data()
{
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<QString>("text");
    QTest::newRow("daily at") << u"0 3 * * *"_s << u"Daily at 03:00"_s;
    QTest::newRow("daily at 23:30") << u"30 23 * * *"_s << u"Daily at 23:30"_s;
    QTest::newRow("alias") << u"@hourly"_s << u"Every hour"_s;
    QTest::newRow("other cron stays") << u"0 2 * * 0"_s << u"0 2 * * 0"_s;
}

void TestBackups::frequencyText()
{
    QFETCH(QString, frequency);
    QFETCH(QString, text);
    QCOMPARE(config(frequency, {}).frequencyText(), text);
}

void TestBackups::modelClass()
{
    QCOMPARE(BackupConfig::modelClassOf(u"standalone-postgresql"_s),
             u"App\\Models\\StandalonePostgresql"_s);
    QCOMPARE(BackupConfig::modelClassOf(u"standalone-clickhouse"_s),
             u"App\\Models\\StandaloneClickhouse"_s);
}

void TestBackups::schedulesModel()
{
    using S = BackupExecution::Status;
    BackupSchedulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setClock([] { return kNow; });
    BackupConfig daily = config(u"0 3 * * *"_s, {execution(u"a"_s, S::Success, 3)});
    daily.uuid = u"d"_s;
    daily.keepLocally = 7;
    BackupConfig failing = config(u"@daily"_s, {execution(u"b"_s, S::Failed, 2)});
    failing.uuid = u"f"_s;
    failing.saveS3 = true;
    failing.executions.first().message = u"Access denied\nsecond line"_s;
    model.apply({daily, failing});
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, BackupSchedulesModel::Schedule).toString(), u"Daily at 03:00"_s);
    QCOMPARE(cell(0, BackupSchedulesModel::State).toString(), u"OK"_s);
    QCOMPARE(cell(0, BackupSchedulesModel::LastBackup).toString(), u"Succeeded · 3 h ago"_s);
    QCOMPARE(cell(0, BackupSchedulesModel::Storage).toString(), u"Server"_s);
    QCOMPARE(cell(0, BackupSchedulesModel::Keeps).toString(), u"last 7 backup(s)"_s);
    QCOMPARE(cell(1, BackupSchedulesModel::State).toString(), u"Last backup failed"_s);
    QCOMPARE(cell(1, BackupSchedulesModel::State, Qt::ToolTipRole).toString(),
             u"Access denied\nsecond line"_s);
    QCOMPARE(cell(1, BackupSchedulesModel::Storage).toString(), u"Server and S3"_s);
    QCOMPARE(cell(1, BackupSchedulesModel::Keeps).toString(), u"all"_s);
    // The failing schedule sorts before the healthy one.
    QVERIFY(cell(1, BackupSchedulesModel::State, Roles::Sort).toInt()
            < cell(0, BackupSchedulesModel::State, Roles::Sort).toInt());
    QCOMPARE(cell(0, 0, Roles::Uuid).toString(), u"d"_s);
    QCOMPARE(cell(1, 0, BackupSchedulesModel::HealthRole).toInt(),
             int(BackupConfig::Health::Failed));
    QCOMPARE(model.headerData(BackupSchedulesModel::LastBackup, Qt::Horizontal).toString(),
             u"Last backup"_s);
}

void TestBackups::executionsModel()
{
    using S = BackupExecution::Status;
    BackupExecutionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    BackupExecution ok = execution(u"a"_s, S::Success, 3);
    ok.size = 3'300'000;
    ok.filename = u"/data/coolify/backups/databases/t/db/pg-dump-shop-1.dmp"_s;
    ok.databaseName = u"shop"_s;
    BackupExecution gone = ok;
    gone.uuid = u"g"_s;
    gone.localDeleted = true;
    BackupExecution failed = execution(u"b"_s, S::Failed, 1);
    failed.message = u"Access denied\nsecond line"_s;
    BackupExecution running = execution(u"r"_s, S::Running, 0);
    running.finishedAt = {};
    model.apply({ok, gone, failed, running});
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, BackupExecutionsModel::Status).toString(), u"Succeeded"_s);
    QCOMPARE(cell(0, BackupExecutionsModel::Duration).toString(), u"30s"_s);
    QCOMPARE(cell(0, BackupExecutionsModel::Size).toString(), u"3.3 MB"_s);
    QCOMPARE(cell(0, BackupExecutionsModel::File).toString(), u"pg-dump-shop-1.dmp"_s);
    QCOMPARE(cell(0, BackupExecutionsModel::File, Qt::ToolTipRole).toString(), ok.filename);
    QCOMPARE(cell(1, BackupExecutionsModel::File).toString(),
             u"pg-dump-shop-1.dmp (removed by retention)"_s);
    QCOMPARE(cell(2, BackupExecutionsModel::Size).toString(), QString()); // nothing was written
    QCOMPARE(cell(2, BackupExecutionsModel::Message).toString(), u"Access denied"_s);
    QCOMPARE(cell(2, BackupExecutionsModel::Message, Qt::ToolTipRole).toString(), failed.message);
    QCOMPARE(cell(3, BackupExecutionsModel::Duration).toString(), QString());
    QVERIFY(cell(3, 0, Roles::Transitional).toBool());
    QVERIFY(!cell(0, 0, Roles::Transitional).toBool());
}

void TestBackups::overallOfADatabase()
{
    using S = BackupExecution::Status;
    using O = FleetBackupsModel::Overall;
    Database db;
    db.type = Coolify::Api::DatabaseType::PostgreSQL;
    QCOMPARE(FleetBackupsModel::overall(db, kNow), O::NeverRan); // no schedule at all
    db.backupConfigs = {config(u"daily"_s, {execution(u"a"_s, S::Success, 3)}),
                        config(u"hourly"_s, {execution(u"b"_s, S::Success, 30)})};
    QCOMPARE(FleetBackupsModel::overall(db, kNow), O::Overdue); // the worst schedule counts
    db.backupConfigs.first().executions.prepend(execution(u"c"_s, S::Failed, 1));
    QCOMPARE(FleetBackupsModel::overall(db, kNow), O::Failed);
    QVERIFY(FleetBackupsModel::needsAttention(O::Failed));
    QVERIFY(!FleetBackupsModel::needsAttention(O::Ok));
    db.type = Coolify::Api::DatabaseType::KeyDB;
    QCOMPARE(FleetBackupsModel::overall(db, kNow), O::Unsupported);
    QCOMPARE(FleetBackupsModel::overallText(O::Unsupported), u"Not backed up by Coolify"_s);
}

void TestBackups::databaseListItemKeepsItsOwnType()
{
    // Coolify matches schedules on database_id alone: a MySQL schedule with the same id shows up
    // in a PostgreSQL item and must be left out.
    const Database db = Database::fromJson(QJsonDocument::fromJson(R"({"uuid":"d1",
        "name":"shop","database_type":"standalone-postgresql","postgres_db":"shop",
        "backup_configs":[
          {"uuid":"own","frequency":"@daily","database_type":"App\\Models\\StandalonePostgresql",
           "latest_log":{"uuid":"e1","status":"success","created_at":"2026-12-04T03:00:00.000000Z"}},
          {"uuid":"other","frequency":"@daily","database_type":"App\\Models\\StandaloneMysql",
           "latest_log":null}]})")
                                               .object());
    QCOMPARE(db.backupConfigs.size(), 1);
    QCOMPARE(db.backupConfigs.first().uuid, u"own"_s);
    QCOMPARE(db.backupConfigs.first().latest()->uuid, u"e1"_s);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
