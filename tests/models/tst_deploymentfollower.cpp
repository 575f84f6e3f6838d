// DeploymentFollower against the sandbox: queued → in_progress → finished with the log growing,
// a failing build, a phantom uuid (404), logs redacted without read:sensitive, and poll errors
// that keep what was shown and back off.
#include "api/apiclient.h"
#include "api/families/applications.h"
#include "api/families/deployments.h"
#include "models/application.h"
#include "models/deploymentfollower.h"
#include "models/deploymentlogmodel.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Coolify;
using Models::Deployment;
using Models::DeploymentFollower;
using Status = Models::Deployment::Status;

class TestDeploymentFollower : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void followsToFinished();
    void failedDeployment();
    void phantomUuidIsNotFound();
    void logsRedactedWithoutSensitive();
    void errorsKeepWhatWasShownAndBackOff();

private:
    bool start(int stepMs, double failureRate = 0);
    Api::ApiResult call(Api::ApiRequest request);
    QString deployApp(const QString &name);

    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Api::ApiClient> m_client;
};

bool TestDeploymentFollower::start(int stepMs, double failureRate)
{
    Sandbox::SandboxConfig config = Sandbox::SandboxConfig::demo();
    config.rateLimitPerMinute = 0;
    config.deployStepMs = stepMs;
    config.failureRate = failureRate;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(config);
    if (!m_sandbox->listen())
        return false;
    m_client = std::make_unique<Api::ApiClient>(&m_network, m_sandbox->rootUrl(),
                                                Api::RequestScheduler::Limits{100000, 60000, 4});
    m_client->setToken(QStringLiteral("demo-root"));
    return true;
}

void TestDeploymentFollower::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

Api::ApiResult TestDeploymentFollower::call(Api::ApiRequest request)
{
    Api::ApiReply *reply = m_client->send(std::move(request));
    Api::ApiResult result;
    QSignalSpy spy(reply, &Api::ApiReply::finished);
    connect(reply, &Api::ApiReply::finished, this, [&result, reply] { result = reply->result(); });
    if (spy.isEmpty())
        spy.wait(10000);
    return result;
}

QString TestDeploymentFollower::deployApp(const QString &name)
{
    const auto apps = call(Api::Applications::list().withDecoder(&Models::Application::decodeList))
                          .value.value<QList<Models::Application>>();
    for (const Models::Application &a : apps) {
        if (a.name == name) {
            const auto outcome =
                call(Api::Deployments::deploy({a.uuid}).withDecoder(&Models::DeployOutcome::decode))
                    .value.value<Models::DeployOutcome>();
            return outcome.deploymentUuids().value(0);
        }
    }
    return {};
}

void TestDeploymentFollower::followsToFinished()
{
    QVERIFY(start(250));
    const QString uuid = deployApp(QStringLiteral("storefront-api"));
    QVERIFY(!uuid.isEmpty());
    DeploymentFollower follower(m_client.get(), uuid);
    follower.setInterval(60);
    QAbstractItemModelTester tester(follower.logModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Status> statuses;
    QList<int> rows;
    connect(&follower, &DeploymentFollower::statusChanged, this,
            [&statuses](Status s) { statuses << s; });
    connect(&follower, &DeploymentFollower::updated, this,
            [&rows, &follower] { rows << follower.logModel()->rowCount(); });
    follower.start();
    QCOMPARE(follower.state(), DeploymentFollower::State::Following);
    QTRY_COMPARE_WITH_TIMEOUT(follower.state(), DeploymentFollower::State::Done, 15000);
    QCOMPARE(statuses, (QList<Status>{Status::Queued, Status::InProgress, Status::Finished}));
    QVERIFY(!follower.logsRedacted());
    QVERIFY(follower.problem().isEmpty());
    // The log grew over several polls and was never re-parsed from scratch.
    QVERIFY(rows.size() >= 3);
    QVERIFY(std::is_sorted(rows.cbegin(), rows.cend()));
    QVERIFY(rows.first() < rows.last());
    QCOMPARE(follower.logModel()->log().fullParses(), 1);
    const int last = follower.logModel()->rowCount() - 1;
    QCOMPARE(follower.logModel()->index(last).data().toString(),
             QStringLiteral("Rolling update completed."));
    QCOMPARE(follower.logModel()->index(0).data().toString().left(23),
             QStringLiteral("Starting deployment of "));
    // Polling stopped.
    const int updates = rows.size();
    QTest::qWait(300);
    QCOMPARE(rows.size(), updates);
}

void TestDeploymentFollower::failedDeployment()
{
    QVERIFY(start(100));
    const QString uuid = deployApp(QStringLiteral("legacy-worker"));
    QVERIFY(!uuid.isEmpty());
    DeploymentFollower follower(m_client.get(), uuid);
    follower.setInterval(40);
    follower.start();
    QTRY_COMPARE_WITH_TIMEOUT(follower.state(), DeploymentFollower::State::Done, 15000);
    QCOMPARE(follower.deployment().status, Status::Failed);
    const auto *model = follower.logModel();
    bool npmErr = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r);
        if (i.data().toString() == QStringLiteral("npm ERR! code ELIFECYCLE"))
            npmErr = i.data(Models::DeploymentLogModel::StderrRole).toBool();
    }
    QVERIFY(npmErr);
}

void TestDeploymentFollower::phantomUuidIsNotFound()
{
    QVERIFY(start(100));
    DeploymentFollower follower(m_client.get(), QStringLiteral("phantom-uuid-never-stored"));
    QSignalSpy problem(&follower, &DeploymentFollower::problemChanged);
    follower.start();
    QTRY_COMPARE(follower.state(), DeploymentFollower::State::NotFound);
    QVERIFY(follower.problem().contains(QStringLiteral("was not found")));
    QVERIFY(follower.problem().contains(QStringLiteral("phantom-uuid-never-stored")));
    QVERIFY(follower.problem().contains(QStringLiteral("Deployment not found.")));
    QCOMPARE(problem.size(), 1);
    QVERIFY(!follower.hasDeployment());
}

void TestDeploymentFollower::logsRedactedWithoutSensitive()
{
    QVERIFY(start(100));
    const QString uuid = deployApp(QStringLiteral("storefront-api"));
    m_client->setToken(QStringLiteral("demo-read"));
    DeploymentFollower follower(m_client.get(), uuid);
    follower.setInterval(40);
    QSignalSpy redacted(&follower, &DeploymentFollower::logsRedactedChanged);
    follower.start();
    QTRY_COMPARE_WITH_TIMEOUT(follower.state(), DeploymentFollower::State::Done, 15000);
    QVERIFY(follower.logsRedacted());
    QCOMPARE(redacted.size(), 1);
    QCOMPARE(follower.logModel()->rowCount(), 0);
    QCOMPARE(follower.deployment().status, Status::Finished);
    QVERIFY(DeploymentFollower::redactedMessage().contains(QStringLiteral("read:sensitive")));
}

void TestDeploymentFollower::errorsKeepWhatWasShownAndBackOff()
{
    QVERIFY(start(400));
    const QString uuid = deployApp(QStringLiteral("storefront-api"));
    DeploymentFollower follower(m_client.get(), uuid);
    follower.setInterval(30);
    follower.setMaxBackoff(100000);
    follower.start();
    QTRY_VERIFY_WITH_TIMEOUT(follower.logModel()->rowCount() > 0, 10000);
    const int shown = follower.logModel()->rowCount();
    m_sandbox.reset(); // the server goes away mid-deployment
    QTRY_COMPARE_WITH_TIMEOUT(follower.state(), DeploymentFollower::State::Retrying, 10000);
    QVERIFY(!follower.problem().isEmpty());
    QVERIFY(follower.problem().contains(QStringLiteral("trying again")));
    QCOMPARE(follower.logModel()->rowCount(), shown);
    QCOMPARE(follower.deployment().uuid, uuid);
    const int first = follower.nextDelay();
    QVERIFY(first > 30);
    QTRY_VERIFY_WITH_TIMEOUT(follower.nextDelay() > first, 5000);
    follower.stop();
    QCOMPARE(follower.state(), DeploymentFollower::State::Stopped);
}

QTEST_MAIN(TestDeploymentFollower)
#include "tst_deploymentfollower.moc"
