// The controllers behind the create dialogs and the instance dialog, against the sandbox
// (coolify-api.md §1, §8): CreateTargets loads projects, servers and a project's environments;
// CreateResource creates an application or a database and hands 422s over field by field;
// ConnectionCheck tests an address and token that are not saved yet.
#include "e2esandbox.h"

#include "controllers/connectioncheck.h"
#include "controllers/createresource.h"
#include "controllers/createtargets.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Controllers::CreateResource;
using Controllers::CreateTargets;

class TestCreateControllers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void targets();
    void targetsFail();
    void createApplicationThenValidation();
    void createDatabase();
    void connectionCheck();

private:
    QJsonObject applicationBody(const QString &name);
    E2eSandbox m_e2e;
    QList<Models::Project> m_projects;
    QList<Models::Server> m_servers;
};

void TestCreateControllers::init()
{
    QVERIFY(m_e2e.start(Sandbox::SandboxConfig::demo()));
    m_e2e.client->setToken(u"demo-root"_s);
    CreateTargets targets(m_e2e.client.get());
    QSignalSpy projects(&targets, &CreateTargets::projectsLoaded);
    QSignalSpy servers(&targets, &CreateTargets::serversLoaded);
    targets.load();
    QTRY_VERIFY_WITH_TIMEOUT(!projects.isEmpty() && !servers.isEmpty(), 10'000);
    m_projects = projects.first().first().value<QList<Models::Project>>();
    m_servers = servers.first().first().value<QList<Models::Server>>();
}

QJsonObject TestCreateControllers::applicationBody(const QString &name)
{
    return {{u"project_uuid"_s, m_projects.first().uuid},
            {u"server_uuid"_s, m_servers.first().uuid},
            {u"environment_name"_s, u"production"_s},
            {u"git_repository"_s, QString(u"https://github.com/acme/"_s + name)},
            {u"git_branch"_s, u"main"_s},
            {u"build_pack"_s, u"nixpacks"_s},
            {u"ports_exposes"_s, u"3000"_s},
            {u"name"_s, name}};
}

void TestCreateControllers::targets()
{
    QVERIFY(!m_projects.isEmpty());
    QVERIFY(!m_servers.isEmpty());
    CreateTargets targets(m_e2e.client.get());
    QSignalSpy environments(&targets, &CreateTargets::environmentsLoaded);
    targets.loadEnvironments(m_projects.first().uuid);
    QVERIFY(environments.wait(10'000));
    QCOMPARE(environments.first().at(0).toString(), m_projects.first().uuid);
    const auto list = environments.first().at(1).value<QList<Models::Environment>>();
    QVERIFY(!list.isEmpty());
    // Only the newest load() answers: an earlier one is dropped.
    QSignalSpy projects(&targets, &CreateTargets::projectsLoaded);
    targets.load();
    targets.load();
    QVERIFY(projects.wait(10'000));
    QTest::qWait(200);
    QCOMPARE(projects.size(), 1);
}

void TestCreateControllers::targetsFail()
{
    CreateTargets targets(m_e2e.client.get());
    QSignalSpy failed(&targets, &CreateTargets::environmentsFailed);
    targets.loadEnvironments(u"no-such-project"_s);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().at(0).toString(), u"no-such-project"_s);
    QVERIFY(failed.first().at(1).toString().startsWith(
        u"The environments of this project could not be loaded."_s));
    // A token that may not read: both lists fail, with the reason.
    m_e2e.client->setToken(u"not-a-token"_s);
    QSignalSpy projectsFailed(&targets, &CreateTargets::projectsFailed);
    QSignalSpy serversFailed(&targets, &CreateTargets::serversFailed);
    targets.load();
    QTRY_VERIFY_WITH_TIMEOUT(!projectsFailed.isEmpty() && !serversFailed.isEmpty(), 10'000);
    QVERIFY(projectsFailed.first().first().toString().startsWith(
        u"The projects could not be loaded."_s));
}

void TestCreateControllers::createApplicationThenValidation()
{
    CreateResource create(m_e2e.client.get());
    QSignalSpy finished(&create, &CreateResource::finished);
    QSignalSpy busy(&create, &CreateResource::busyChanged);
    create.createPublicApplication(applicationBody(u"hello-controller"_s));
    QVERIFY(create.isBusy());
    create.createPublicApplication(applicationBody(u"twice"_s)); // ignored while busy
    QVERIFY(finished.wait(10'000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(busy.size(), 2);
    auto result = finished.first().first().value<CreateResource::Result>();
    QVERIFY2(result.ok, qPrintable(result.error.userMessage()));
    QVERIFY(!result.uuid.isEmpty());
    QVERIFY(m_e2e.call(Api::ApiRequest::get(u"applications/"_s + result.uuid)).ok());

    QJsonObject bad = applicationBody(u"bad"_s);
    bad.insert(u"ports_exposes"_s, u"three thousand"_s);
    create.createPublicApplication(bad);
    QVERIFY(finished.wait(10'000));
    result = finished.last().first().value<CreateResource::Result>();
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, Api::ErrorKind::Validation);
    QVERIFY(result.error.validation.fields.contains(u"ports_exposes"_s));
}

void TestCreateControllers::createDatabase()
{
    CreateResource create(m_e2e.client.get());
    QSignalSpy finished(&create, &CreateResource::finished);
    create.createDatabase(Api::DatabaseType::PostgreSQL,
                          {{u"project_uuid"_s, m_projects.first().uuid},
                           {u"server_uuid"_s, m_servers.first().uuid},
                           {u"environment_name"_s, u"production"_s},
                           {u"name"_s, u"controller-db"_s}});
    QVERIFY(finished.wait(10'000));
    const auto result = finished.first().first().value<CreateResource::Result>();
    QVERIFY2(result.ok, qPrintable(result.error.userMessage()));
    const auto got = m_e2e.call(Api::ApiRequest::get(u"databases/"_s + result.uuid));
    QCOMPARE(got.json.object().value(u"name"_s).toString(), u"controller-db"_s);
    // Dropping the controller mid-request cancels it: no answer arrives at a dead object.
    auto *dropped = new CreateResource(m_e2e.client.get());
    dropped->createDatabase(Api::DatabaseType::PostgreSQL, {});
    delete dropped;
    QTest::qWait(100);
}

void TestCreateControllers::connectionCheck()
{
    QNetworkAccessManager network;
    Controllers::ConnectionCheck check(&network);
    QSignalSpy finished(&check, &Controllers::ConnectionCheck::finished);
    QSignalSpy steps(&check, &Controllers::ConnectionCheck::stepChanged);
    check.start(m_e2e.server->rootUrl().toString(), u"demo-read"_s);
    QVERIFY(check.isRunning());
    QVERIFY(finished.wait(15'000));
    QVERIFY(!steps.isEmpty());
    auto report = finished.first().first().value<Api::ConnectionTester::Report>();
    QVERIFY2(report.ok, qPrintable(report.summary));
    QCOMPARE(report.version, u"4.3.11"_s);
    QCOMPARE(check.report().version, u"4.3.11"_s);
    // The same address with a wrong token: the check says the token was refused.
    check.start(m_e2e.server->rootUrl().toString(), u"wrong"_s);
    QVERIFY(finished.wait(15'000));
    report = finished.last().first().value<Api::ConnectionTester::Report>();
    QVERIFY(!report.ok);
    QCOMPARE(report.failure, Api::ErrorKind::Unauthenticated);

    // https against the sandbox's plain-http port: said exactly, with the http address to use.
    QUrl https = m_e2e.server->rootUrl();
    https.setScheme(u"https"_s);
    check.start(https.toString(), u"demo-read"_s);
    QVERIFY(finished.wait(30'000));
    report = finished.last().first().value<Api::ConnectionTester::Report>();
    QVERIFY(!report.ok);
    QVERIFY2(report.summary.contains(u"does not speak https"_s), qPrintable(report.summary));
    QVERIFY2(report.summary.contains(m_e2e.server->rootUrl().toDisplayString()),
             qPrintable(report.summary));
}

QTEST_GUILESS_MAIN(TestCreateControllers)
#include "tst_createcontrollers.moc"
