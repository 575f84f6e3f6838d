// Each change request the app sends, turned into journal entries: the action, the resource, the
// changed field names and variable keys (never a value), the outcome and the deployment started.
#include "api/apiresult.h"
#include "api/families/applications.h"
#include "api/families/databases.h"
#include "api/families/deployments.h"
#include "api/families/envs.h"
#include "api/families/resources.h"
#include "journal/describe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify;
using Journal::Entry;
using Action = Entry::Action;

Q_DECLARE_METATYPE(Coolify::Api::ApiRequest)

class TestDescribe : public QObject
{
    Q_OBJECT

private slots:
    void oneEntry_data();
    void oneEntry();
    void deployOfSeveralGivesOneEntryEach();
    void deployByTag();
    void failuresKeepTheReason();
    void valuesNeverReachTheJournal();
};

namespace {
Api::ApiResult okWith(const QByteArray &json = {})
{
    Api::ApiResult result;
    result.httpStatus = 200;
    result.json = QJsonDocument::fromJson(json);
    return result;
}
} // namespace

void TestDescribe::oneEntry_data()
{
    QTest::addColumn<Api::ApiRequest>("request");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("deployment");

    const auto app = Api::ResourceKind::Application;
    const auto db = Api::ResourceKind::Database;
    const auto service = Api::ResourceKind::Service;
    QTest::newRow("edit settings")
        << Api::Applications::update(u"a1"_s,
                                     {{u"name"_s, u"web"_s}, {u"ports_exposes"_s, u"80"_s}})
        << QByteArray() << int(Action::Edit) << u"application"_s << u"a1"_s
        << QStringList{u"name"_s, u"ports_exposes"_s} << QString();
    QTest::newRow("delete") << Api::Resources::remove(db, u"d1"_s) << QByteArray()
                            << int(Action::Delete) << u"database"_s << u"d1"_s << QStringList()
                            << QString();
    QTest::newRow("restart app") << Api::Resources::restart(
        app, u"a1"_s) << R"({"message":"Restart request queued.","deployment_uuid":"dep9"})"_ba
                                 << int(Action::Restart) << u"application"_s << u"a1"_s
                                 << QStringList() << u"dep9"_s;
    QTest::newRow("stop service") << Api::Resources::stop(service, u"s1"_s) << QByteArray()
                                  << int(Action::Stop) << u"service"_s << u"s1"_s << QStringList()
                                  << QString();
    QTest::newRow("start database")
        << Api::Resources::start(db, u"d1"_s) << QByteArray() << int(Action::Start) << u"database"_s
        << u"d1"_s << QStringList() << QString();
    QTest::newRow("cancel") << Api::Deployments::cancel(u"dep1"_s) << QByteArray()
                            << int(Action::Cancel) << u"deployment"_s << u"dep1"_s << QStringList()
                            << u"dep1"_s;
    QTest::newRow("rollback") << Api::Applications::rollback(u"a1"_s, u"abc123"_s)
                              << R"({"deployment_uuid":"dep7"})"_ba << int(Action::Rollback)
                              << u"application"_s << u"a1"_s << QStringList() << u"dep7"_s;
    QTest::newRow("create application")
        << Api::Applications::createPublic({{u"name"_s, u"blog"_s}, {u"git_repository"_s, u"x"_s}})
        << R"({"uuid":"new1"})"_ba << int(Action::Create) << u"application"_s << u"new1"_s
        << QStringList() << QString();
    QTest::newRow("env create") << Api::Envs::create(
        app, u"a1"_s, {{u"key"_s, u"API_URL"_s}, {u"value"_s, u"x"_s}})
                                << QByteArray() << int(Action::EnvCreate) << u"application"_s
                                << u"a1"_s << QStringList{u"API_URL"_s} << QString();
    QTest::newRow("env edit") << Api::Envs::update(service, u"s1"_s,
                                                   {{u"key"_s, u"TOKEN"_s}, {u"value"_s, u"x"_s}})
                              << QByteArray() << int(Action::EnvEdit) << u"service"_s << u"s1"_s
                              << QStringList{u"TOKEN"_s} << QString();
    QTest::newRow("env bulk") << Api::Envs::bulk(
        app, u"a1"_s,
        QJsonArray{QJsonObject{{u"key"_s, u"A"_s}, {u"value"_s, u"1"_s}},
                   QJsonObject{{u"key"_s, u"B"_s}, {u"value"_s, u"2"_s}}})
                              << QByteArray() << int(Action::EnvBulk) << u"application"_s << u"a1"_s
                              << QStringList{u"A"_s, u"B"_s} << QString();
    QTest::newRow("env delete") << Api::Envs::remove(app, u"a1"_s, u"e1"_s, u"API_URL"_s)
                                << QByteArray() << int(Action::EnvDelete) << u"application"_s
                                << u"a1"_s << QStringList{u"API_URL"_s} << QString();
    QTest::newRow("env delete, key unknown")
        << Api::Envs::remove(app, u"a1"_s, u"e1"_s) << QByteArray() << int(Action::EnvDelete)
        << u"application"_s << u"a1"_s << QStringList() << QString();
    QTest::newRow("back up now") << Api::Databases::backUpNow(u"d1"_s, u"b1"_s) << QByteArray()
                                 << int(Action::BackupNow) << u"database"_s << u"d1"_s
                                 << QStringList() << QString();
    QTest::newRow("schedule create")
        << Api::Databases::createBackup(u"d1"_s, {{u"frequency"_s, u"daily"_s}}) << QByteArray()
        << int(Action::ScheduleCreate) << u"database"_s << u"d1"_s << QStringList{u"frequency"_s}
        << QString();
    QTest::newRow("schedule edit")
        << Api::Databases::updateBackup(u"d1"_s, u"b1"_s, {{u"enabled"_s, false}}) << QByteArray()
        << int(Action::ScheduleEdit) << u"database"_s << u"d1"_s << QStringList{u"enabled"_s}
        << QString();
    QTest::newRow("schedule delete")
        << Api::Databases::deleteBackup(u"d1"_s, u"b1"_s, true) << QByteArray()
        << int(Action::ScheduleDelete) << u"database"_s << u"d1"_s << QStringList() << QString();
    QTest::newRow("backup delete")
        << Api::Databases::deleteBackupExecution(u"d1"_s, u"b1"_s, u"x1"_s, false) << QByteArray()
        << int(Action::BackupDelete) << u"database"_s << u"d1"_s << QStringList() << QString();
    QTest::newRow("something new")
        << Api::ApiRequest::post(u"servers/srv1/validate"_s) << QByteArray() << int(Action::Other)
        << QString() << QString() << QStringList() << QString();
}

void TestDescribe::oneEntry()
{
    QFETCH(Api::ApiRequest, request);
    QFETCH(QByteArray, answer);
    QFETCH(int, action);
    QFETCH(QString, kind);
    QFETCH(QString, uuid);
    QFETCH(QStringList, fields);
    QFETCH(QString, deployment);

    const QList<Entry> entries = Journal::describeChange(request, okWith(answer));
    QCOMPARE(entries.size(), 1);
    const Entry &e = entries.first();
    QCOMPARE(int(e.action), action);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.uuid, uuid);
    QStringList sorted = e.fields;
    sorted.sort();
    QCOMPARE(sorted, fields);
    QCOMPARE(e.deploymentUuid, deployment);
    QCOMPARE(e.outcome, Entry::Outcome::Succeeded);
    if (e.action == Action::Other)
        QCOMPARE(e.detail, u"POST /servers/srv1/validate"_s);
    if (e.action == Action::Create)
        QCOMPARE(e.name, u"blog"_s);
}

void TestDescribe::deployOfSeveralGivesOneEntryEach()
{
    const QList<Entry> entries = Journal::describeChange(
        Api::Deployments::deploy({u"a1"_s, u"s1"_s}, true),
        okWith(R"({"deployments":[{"message":"queued","resource_uuid":"a1","deployment_uuid":"d-a"},
                                  {"message":"queued","resource_uuid":"s1","deployment_uuid":"d-s"}]})"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].action, Action::Redeploy);
    QCOMPARE(entries[0].uuid, u"a1"_s);
    QCOMPARE(entries[0].deploymentUuid, u"d-a"_s);
    QCOMPARE(entries[1].uuid, u"s1"_s);
    QCOMPARE(entries[1].deploymentUuid, u"d-s"_s);
    QVERIFY(entries[0].kind.isEmpty()); // the recorder looks it up

    const QList<Entry> plain =
        Journal::describeChange(Api::Deployments::deploy({u"a1"_s}), okWith());
    QCOMPARE(plain.size(), 1);
    QCOMPARE(plain[0].action, Action::Deploy);
    QVERIFY(plain[0].deploymentUuid.isEmpty());
}

void TestDescribe::deployByTag()
{
    const QList<Entry> entries = Journal::describeChange(
        Api::Deployments::deployTag({u"prod"_s}),
        okWith(R"({"deployments":[{"resource_uuid":"a1","deployment_uuid":"d1"}]})"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].uuid, u"a1"_s);
    QCOMPARE(entries[0].deploymentUuid, u"d1"_s);
    QVERIFY(entries[0].detail.contains(u"prod"_s));

    Api::ApiResult failed;
    failed.httpStatus = 404;
    failed.error.kind = Api::ErrorKind::NotFound;
    const QList<Entry> none =
        Journal::describeChange(Api::Deployments::deployTag({u"x"_s}), failed);
    QCOMPARE(none.size(), 1);
    QCOMPARE(none[0].outcome, Entry::Outcome::Failed);
    QVERIFY(none[0].uuid.isEmpty());
}

void TestDescribe::failuresKeepTheReason()
{
    Api::ApiResult result;
    result.httpStatus = 409;
    result.error.kind = Api::ErrorKind::Conflict;
    result.error.serverMessage = u"Application is already stopped."_s;
    const QList<Entry> entries = Journal::describeChange(
        Api::Resources::stop(Api::ResourceKind::Application, u"a1"_s), result);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].outcome, Entry::Outcome::Failed);
    QCOMPARE(entries[0].detail, result.error.userMessage());
    QVERIFY(!entries[0].detail.isEmpty());
}

void TestDescribe::valuesNeverReachTheJournal()
{
    const QString secret = u"hunter2-s3cr3t"_s;
    const QList<Api::ApiRequest> requests = {
        Api::Envs::create(Api::ResourceKind::Application, u"a1"_s,
                          {{u"key"_s, u"DB_PASSWORD"_s}, {u"value"_s, secret}}),
        Api::Envs::bulk(Api::ResourceKind::Service, u"s1"_s,
                        QJsonArray{QJsonObject{{u"key"_s, u"K"_s}, {u"value"_s, secret}}}),
        Api::Applications::update(u"a1"_s, {{u"health_check_path"_s, secret}}),
    };
    for (const Api::ApiRequest &request : requests) {
        for (const Entry &e : Journal::describeChange(request, okWith())) {
            const QString all =
                e.kind + e.uuid + e.name + e.fields.join(u' ') + e.detail + e.deploymentUuid;
            QVERIFY2(!all.contains(secret), qPrintable(all));
        }
    }
}

QTEST_GUILESS_MAIN(TestDescribe)
#include "tst_describe.moc"
