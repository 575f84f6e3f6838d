// DeploymentFollower against the sandbox: queued → in_progress → finished with the log growing,
// a failing build, a phantom uuid (404), logs redacted without read:sensitive, and poll errors
// that keep what was shown and back off.
#include "e2esandbox.h"
#include "models/deployment.h"
#include "models/deploymentfollower.h"
#include "models/deploymentlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

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
    QString deployApp(const QString &name);

    E2eSandbox m_e2e;
};

bool TestDeploymentFollower::start(int stepMs, double failureRate)
{
    Sandbox::SandboxConfig config = E2eSandbox::unthrottledDemo(stepMs);
    config.failureRate = failureRate;
    return m_e2e.start(config); // the client starts as demo-root
}

void TestDeploymentFollower::cleanup()
{
    m_e2e.reset();
}

QString TestDeploymentFollower::deployApp(const QString &name)
{
    return m_e2e.deployApplication<Models::DeployOutcome>(name);
}

void TestDeploymentFollower::followsToFinished()
{
    QVERIFY(start(250));
    const QString uuid = deployApp(u"storefront-api"_s);
    QVERIFY(!uuid.isEmpty());
    DeploymentFollower follower(m_e2e.client.get(), uuid);
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
    QCOMPARE(follower.logModel()->parser().fullParses(), 1);
    const int last = follower.logModel()->rowCount() - 1;
    QCOMPARE(follower.logModel()->index(last).data().toString(), u"Rolling update completed."_s);
    QCOMPARE(follower.logModel()->index(0).data().toString().left(23),
             u"Starting deployment of "_s);
    // Polling stopped.
    const int updates = rows.size();
    QTest::qWait(300);
    QCOMPARE(rows.size(), updates);
}

void TestDeploymentFollower::failedDeployment()
{
    QVERIFY(start(100));
    const QString uuid = deployApp(u"legacy-worker"_s);
    QVERIFY(!uuid.isEmpty());
    DeploymentFollower follower(m_e2e.client.get(), uuid);
    follower.setInterval(40);
    follower.start();
    QTRY_COMPARE_WITH_TIMEOUT(follower.state(), DeploymentFollower::State::Done, 15000);
    QCOMPARE(follower.deployment().status, Status::Failed);
    const auto *model = follower.logModel();
    bool npmErr = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r);
        if (i.data().toString() == u"npm ERR! code ELIFECYCLE"_s)
            npmErr = i.data(Models::DeploymentLogModel::StderrRole).toBool();
    }
    QVERIFY(npmErr);
}

void TestDeploymentFollower::phantomUuidIsNotFound()
{
    QVERIFY(start(100));
    DeploymentFollower follower(m_e2e.client.get(), u"phantom-uuid-never-stored"_s);
    QSignalSpy problem(&follower, &DeploymentFollower::problemChanged);
    follower.start();
    QTRY_COMPARE(follower.state(), DeploymentFollower::State::NotFound);
    QVERIFY(follower.problem().contains(u"was not found"_s));
    QVERIFY(follower.problem().contains(u"phantom-uuid-never-stored"_s));
    QVERIFY(follower.problem().contains(u"Deployment not found."_s));
    QCOMPARE(problem.size(), 1);
    QVERIFY(!follower.hasDeployment());
}

void TestDeploymentFollower::logsRedactedWithoutSensitive()
{
    QVERIFY(start(100));
    const QString uuid = deployApp(u"storefront-api"_s);
    m_e2e.client->setToken(u"demo-read"_s);
    DeploymentFollower follower(m_e2e.client.get(), uuid);
    follower.setInterval(40);
    QSignalSpy redacted(&follower, &DeploymentFollower::logsRedactedChanged);
    follower.start();
    QTRY_COMPARE_WITH_TIMEOUT(follower.state(), DeploymentFollower::State::Done, 15000);
    QVERIFY(follower.logsRedacted());
    QCOMPARE(redacted.size(), 1);
    QCOMPARE(follower.logModel()->rowCount(), 0);
    QCOMPARE(follower.deployment().status, Status::Finished);
    QVERIFY(DeploymentFollower::redactedMessage().contains(u"read:sensitive"_s));
}

void TestDeploymentFollower::errorsKeepWhatWasShownAndBackOff()
{
    QVERIFY(start(400));
    const QString uuid = deployApp(u"storefront-api"_s);
    DeploymentFollower follower(m_e2e.client.get(), uuid);
    follower.setInterval(30);
    follower.setMaxBackoff(100000);
    follower.start();
    QTRY_VERIFY_WITH_TIMEOUT(follower.logModel()->rowCount() > 0, 10000);
    const int shown = follower.logModel()->rowCount();
    m_e2e.server.reset(); // the server goes away mid-deployment
    QTRY_COMPARE_WITH_TIMEOUT(follower.state(), DeploymentFollower::State::Retrying, 10000);
    QVERIFY(!follower.problem().isEmpty());
    QVERIFY(follower.problem().contains(u"trying again"_s));
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
