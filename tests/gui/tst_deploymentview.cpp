// DeploymentView end to end against the sandbox: deploy → queued → in progress → finished with
// the log growing in the viewer, a failing build, cancel (200, then 400 once finished), 403
// without the deploy ability, a phantom uuid (404) and logs redacted without read:sensitive.
// Screenshots (running, finished) go to $COOLIFY_SCREENSHOT_DIR when set.
#include "api/apiclient.h"
#include "api/families/applications.h"
#include "api/families/deployments.h"
#include "gui/deploymentview.h"
#include "gui/logviewer.h"
#include "models/application.h"
#include "models/deploymentfollower.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Coolify;
using Gui::DeploymentView;
using Models::DeploymentFollower;
using Status = Models::Deployment::Status;

class TestDeploymentView : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void followsToFinishedWithGrowingLog();
    void failedDeployment();
    void cancelThenCancelAgain();
    void cancelAfterItFinished();
    void cancelWithoutDeployAbility();
    void phantomUuid();
    void logsRedacted();

private:
    bool start(int stepMs);
    Api::ApiResult call(Api::ApiRequest request);
    QString deployApp(const QString &name);
    std::unique_ptr<DeploymentView> makeView(const QString &uuid,
                                             Api::TokenAbilities abilities = {});
    void screenshot(QWidget *w, const QString &name);

    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Api::ApiClient> m_client;
};

bool TestDeploymentView::start(int stepMs)
{
    Sandbox::SandboxConfig config = Sandbox::SandboxConfig::demo();
    config.rateLimitPerMinute = 0;
    config.deployStepMs = stepMs;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(config);
    if (!m_sandbox->listen())
        return false;
    m_client = std::make_unique<Api::ApiClient>(&m_network, m_sandbox->rootUrl(),
                                                Api::RequestScheduler::Limits{100000, 60000, 4});
    m_client->setToken(QStringLiteral("demo-root"));
    return true;
}

void TestDeploymentView::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

Api::ApiResult TestDeploymentView::call(Api::ApiRequest request)
{
    Api::ApiReply *reply = m_client->send(std::move(request));
    Api::ApiResult result;
    QSignalSpy spy(reply, &Api::ApiReply::finished);
    connect(reply, &Api::ApiReply::finished, this, [&result, reply] { result = reply->result(); });
    if (spy.isEmpty())
        spy.wait(10000);
    return result;
}

QString TestDeploymentView::deployApp(const QString &name)
{
    const auto apps = call(Api::Applications::list().withDecoder(&Models::Application::decodeList))
                          .value.value<QList<Models::Application>>();
    for (const Models::Application &a : apps) {
        if (a.name == name) {
            return call(Api::Deployments::deploy({a.uuid}).withDecoder(
                            &Models::DeployOutcome::decode))
                .value.value<Models::DeployOutcome>()
                .deploymentUuids()
                .value(0);
        }
    }
    return {};
}

std::unique_ptr<DeploymentView> TestDeploymentView::makeView(const QString &uuid,
                                                             Api::TokenAbilities abilities)
{
    auto view = std::make_unique<DeploymentView>(m_client.get(), uuid, QStringLiteral("Sandbox"),
                                                 abilities);
    view->follower()->setInterval(80);
    view->resize(900, 560);
    view->show();
    return view;
}

void TestDeploymentView::screenshot(QWidget *w, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("COOLIFY_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(dir + u'/' + name));
    }
}

void TestDeploymentView::followsToFinishedWithGrowingLog()
{
    QVERIFY(start(400));
    const QString uuid = deployApp(QStringLiteral("storefront-api"));
    QVERIFY(!uuid.isEmpty());
    auto view = makeView(uuid);
    QList<QString> statuses;
    connect(view->follower(), &DeploymentFollower::statusChanged, this,
            [&statuses, &view] { statuses << view->statusText(); });
    QTRY_COMPARE(view->statusText(), QStringLiteral("Queued"));
    QVERIFY(view->cancelButton()->isVisible());
    QVERIFY(view->cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), QStringLiteral("In progress"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(view->logViewer()->visibleRowCount() >= 2, 5000);
    const int running = view->logViewer()->visibleRowCount();
    screenshot(view.get(), QStringLiteral("deploymentview-running.png"));
    QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), QStringLiteral("Finished"), 10000);
    QVERIFY(view->logViewer()->visibleRowCount() > running);
    QCOMPARE(statuses,
             (QList<QString>{QStringLiteral("Queued"), QStringLiteral("In progress"),
                             QStringLiteral("Finished")}));
    QVERIFY(!view->cancelButton()->isVisible());
    QVERIFY(view->notice().isEmpty());
    QVERIFY(view->windowTitle().contains(QStringLiteral("storefront-api")));
    const QString text = view->logViewer()->text();
    QVERIFY(text.endsWith(QStringLiteral("Rolling update completed.")));
    QVERIFY(!text.contains(QStringLiteral("docker rm -f"))); // internal commands hidden
    view->logViewer()->setShowHidden(true);
    QVERIFY(view->logViewer()->text().contains(QStringLiteral("$ docker rm -f ") + uuid));
    view->logViewer()->setShowHidden(false);
    screenshot(view.get(), QStringLiteral("deploymentview-finished.png"));
}

void TestDeploymentView::failedDeployment()
{
    QVERIFY(start(100));
    const QString uuid = deployApp(QStringLiteral("legacy-worker"));
    auto view = makeView(uuid);
    QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), QStringLiteral("Failed"), 10000);
    QVERIFY(view->logViewer()->text().contains(QStringLiteral("stderr: npm ERR! code ELIFECYCLE")));
    QVERIFY(!view->cancelButton()->isVisible());
    screenshot(view.get(), QStringLiteral("deploymentview-failed.png"));
}

void TestDeploymentView::cancelThenCancelAgain()
{
    QVERIFY(start(800));
    const QString uuid = deployApp(QStringLiteral("storefront-api"));
    auto view = makeView(uuid);
    QTRY_VERIFY(view->cancelButton()->isEnabled());
    QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(view->cancelMessage(), QStringLiteral("Deployment cancelled."));
    QTRY_COMPARE(view->statusText(), QStringLiteral("Cancelled"));
    QCOMPARE(view->follower()->state(), DeploymentFollower::State::Done);
    QVERIFY(!view->cancelButton()->isVisible());
    QTRY_VERIFY(
        view->logViewer()->text().contains(QStringLiteral("Deployment cancelled by user.")));
    // Asking again (e.g. from a stale button) answers 400: said in words.
    view->cancelDeployment();
    QTRY_COMPARE(view->cancelMessage(),
                 QStringLiteral("The deployment cannot be cancelled any more: its status is "
                                "already \"Cancelled\"."));
}

void TestDeploymentView::cancelAfterItFinished()
{
    QVERIFY(start(60));
    const QString uuid = deployApp(QStringLiteral("storefront-api"));
    auto view = makeView(uuid);
    QTRY_VERIFY(view->cancelButton()->isEnabled());
    view->follower()->setInterval(600000); // the view will not see the end by itself
    QTRY_VERIFY_WITH_TIMEOUT(
        call(Api::Deployments::get(uuid)).json.object().value(QStringLiteral("status"))
            == QStringLiteral("finished"),
        10000);
    QVERIFY(view->cancelButton()->isEnabled()); // still thinks it runs
    QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(view->cancelMessage(),
                 QStringLiteral("The deployment cannot be cancelled any more: its status is "
                                "already \"Finished\"."));
    // …and the view refreshed itself.
    QTRY_COMPARE(view->statusText(), QStringLiteral("Finished"));
    QVERIFY(!view->cancelButton()->isVisible());
}

void TestDeploymentView::cancelWithoutDeployAbility()
{
    QVERIFY(start(1000));
    const QString uuid = deployApp(QStringLiteral("storefront-api"));
    // Known missing: disabled, with the reason.
    Api::TokenAbilities noDeploy;
    noDeploy.set(Api::Ability::Deploy, Api::TokenAbilities::State::Missing);
    auto view = makeView(uuid, noDeploy);
    QTRY_COMPARE(view->statusText(), QStringLiteral("Queued"));
    QVERIFY(view->cancelButton()->isVisible());
    QVERIFY(!view->cancelButton()->isEnabled());
    QVERIFY(view->cancelButton()->toolTip().contains(QStringLiteral("deploy")));
    view.reset();
    // Unknown abilities, read-only token: the server answers 403.
    m_client->setToken(QStringLiteral("demo-read"));
    auto view2 = makeView(uuid);
    QTRY_VERIFY(view2->cancelButton()->isEnabled());
    view2->cancelButton()->click();
    QTRY_VERIFY(!view2->cancelMessage().isEmpty());
    QCOMPARE(view2->cancelMessage(),
             QStringLiteral("This token may not cancel deployments: it lacks the \"deploy\" "
                            "ability."));
    QVERIFY(!view2->cancelButton()->isEnabled());
}

void TestDeploymentView::phantomUuid()
{
    QVERIFY(start(100));
    auto view = makeView(QStringLiteral("phantom-0000"));
    QTRY_COMPARE(view->statusText(), QStringLiteral("Not found"));
    QVERIFY(view->notice().contains(QStringLiteral("phantom-0000 was not found")));
    QVERIFY(view->notice().contains(QStringLiteral("never stored")));
    QVERIFY(!view->cancelButton()->isEnabled());
    QCOMPARE(view->logViewer()->visibleRowCount(), 0);
}

void TestDeploymentView::logsRedacted()
{
    QVERIFY(start(100));
    const QString uuid = deployApp(QStringLiteral("storefront-api"));
    m_client->setToken(QStringLiteral("demo-read"));
    auto view = makeView(uuid);
    QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), QStringLiteral("Finished"), 10000);
    QVERIFY(view->notice().contains(QStringLiteral("lacks the read:sensitive ability")));
    QCOMPARE(view->logViewer()->visibleRowCount(), 0);
    screenshot(view.get(), QStringLiteral("deploymentview-redacted.png"));
}

QTEST_MAIN(TestDeploymentView)
#include "tst_deploymentview.moc"
