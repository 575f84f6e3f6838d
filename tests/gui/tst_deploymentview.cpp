// DeploymentView end to end against the sandbox: deploy → queued → in progress → finished with
// the log growing in the viewer, a failing build, cancel (200, then 400 once finished), 403
// without the deploy ability, a phantom uuid (404) and logs redacted without read:sensitive.
// Screenshots (running, finished) go to $COOLIFY_SCREENSHOT_DIR when set.
#include "api/families/deployments.h"
#include "e2esandbox.h"
#include "gui/deploymentview.h"
#include "gui/logviewer.h"
#include "models/deployment.h"
#include "models/deploymentfollower.h"

#include <QDir>
#include <QPushButton>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

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
    QString deployApp(const QString &name);
    std::unique_ptr<DeploymentView> makeView(const QString &uuid,
                                             Api::TokenAbilities abilities = {});
    void screenshot(QWidget *w, const QString &name);

    E2eSandbox m_e2e;
};

bool TestDeploymentView::start(int stepMs)
{
    return m_e2e.start(E2eSandbox::unthrottledDemo(stepMs)); // the client starts as demo-root
}

void TestDeploymentView::cleanup()
{
    m_e2e.reset();
}

QString TestDeploymentView::deployApp(const QString &name)
{
    return m_e2e.deployApplication<Models::DeployOutcome>(name);
}

std::unique_ptr<DeploymentView> TestDeploymentView::makeView(const QString &uuid,
                                                             Api::TokenAbilities abilities)
{
    auto view = std::make_unique<DeploymentView>(m_e2e.client.get(), uuid, u"Sandbox"_s, abilities);
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
    const QString uuid = deployApp(u"storefront-api"_s);
    QVERIFY(!uuid.isEmpty());
    auto view = makeView(uuid);
    QList<QString> statuses;
    connect(view->follower(), &DeploymentFollower::statusChanged, this,
            [&statuses, &view] { statuses << view->statusText(); });
    QTRY_COMPARE(view->statusText(), u"Queued"_s);
    QVERIFY(view->cancelButton()->isVisible());
    QVERIFY(view->cancelButton()->isEnabled());
    QCOMPARE(view->windowTitle(), u"Deploying storefront-api"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), u"In progress"_s, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(view->logViewer()->visibleRowCount() >= 2, 5000);
    const int running = view->logViewer()->visibleRowCount();
    screenshot(view.get(), u"deploymentview-running.png"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), u"Finished"_s, 10000);
    QVERIFY(view->logViewer()->visibleRowCount() > running);
    QCOMPARE(statuses, (QList<QString>{u"Queued"_s, u"In progress"_s, u"Finished"_s}));
    QVERIFY(!view->cancelButton()->isVisible());
    QVERIFY(view->notice().isEmpty());
    // Once it ended, the title no longer says "Deploying".
    QCOMPARE(view->windowTitle(), u"Deployment of storefront-api — Finished"_s);
    const QString text = view->logViewer()->text();
    QVERIFY(text.endsWith(u"Rolling update completed."_s));
    QVERIFY(!text.contains(u"docker rm -f"_s)); // internal commands hidden
    view->logViewer()->setShowHidden(true);
    QVERIFY(view->logViewer()->text().contains(u"$ docker rm -f "_s + uuid));
    view->logViewer()->setShowHidden(false);
    screenshot(view.get(), u"deploymentview-finished.png"_s);
}

void TestDeploymentView::failedDeployment()
{
    QVERIFY(start(100));
    const QString uuid = deployApp(u"legacy-worker"_s);
    auto view = makeView(uuid);
    QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), u"Failed"_s, 10000);
    QCOMPARE(view->windowTitle(), u"Deployment of legacy-worker — Failed"_s);
    QVERIFY(view->logViewer()->text().contains(u"stderr: npm ERR! code ELIFECYCLE"_s));
    QVERIFY(!view->cancelButton()->isVisible());
    screenshot(view.get(), u"deploymentview-failed.png"_s);
}

void TestDeploymentView::cancelThenCancelAgain()
{
    QVERIFY(start(800));
    const QString uuid = deployApp(u"storefront-api"_s);
    auto view = makeView(uuid);
    QTRY_VERIFY(view->cancelButton()->isEnabled());
    QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(view->cancelMessage(), u"Deployment cancelled."_s);
    QTRY_COMPARE(view->statusText(), u"Cancelled"_s);
    QCOMPARE(view->follower()->state(), DeploymentFollower::State::Done);
    QVERIFY(!view->cancelButton()->isVisible());
    QTRY_VERIFY(view->logViewer()->text().contains(u"Deployment cancelled by user."_s));
    // Asking again (e.g. from a stale button) answers 400: said in words.
    view->cancelDeployment();
    QTRY_COMPARE(view->cancelMessage(),
                 u"The deployment cannot be cancelled any more: its status is "
                 "already \"Cancelled\"."_s);
}

void TestDeploymentView::cancelAfterItFinished()
{
    QVERIFY(start(60));
    const QString uuid = deployApp(u"storefront-api"_s);
    auto view = makeView(uuid);
    QTRY_VERIFY(view->cancelButton()->isEnabled());
    view->follower()->setInterval(600000); // the view will not see the end by itself
    QTRY_VERIFY_WITH_TIMEOUT(
        m_e2e.call(Api::Deployments::get(uuid)).json.object().value(u"status"_s) == u"finished"_s,
        10000);
    QVERIFY(view->cancelButton()->isEnabled()); // still thinks it runs
    QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(view->cancelMessage(),
                 u"The deployment cannot be cancelled any more: its status is "
                 "already \"Finished\"."_s);
    // …and the view refreshed itself.
    QTRY_COMPARE(view->statusText(), u"Finished"_s);
    QVERIFY(!view->cancelButton()->isVisible());
}

void TestDeploymentView::cancelWithoutDeployAbility()
{
    QVERIFY(start(1000));
    const QString uuid = deployApp(u"storefront-api"_s);
    // Known missing: disabled, with the reason.
    Api::TokenAbilities noDeploy;
    noDeploy.set(Api::Ability::Deploy, Api::TokenAbilities::State::Missing);
    auto view = makeView(uuid, noDeploy);
    QTRY_COMPARE(view->statusText(), u"Queued"_s);
    QVERIFY(view->cancelButton()->isVisible());
    QVERIFY(!view->cancelButton()->isEnabled());
    QVERIFY(view->cancelButton()->toolTip().contains(u"deploy"_s));
    view.reset();
    // Unknown abilities, read-only token: the server answers 403.
    m_e2e.client->setToken(u"demo-read"_s);
    auto view2 = makeView(uuid);
    QTRY_VERIFY(view2->cancelButton()->isEnabled());
    view2->cancelButton()->click();
    QTRY_VERIFY(!view2->cancelMessage().isEmpty());
    QCOMPARE(view2->cancelMessage(),
             u"This token may not cancel deployments: it lacks the \"deploy\" "
             "ability."_s);
    QVERIFY(!view2->cancelButton()->isEnabled());
}

void TestDeploymentView::phantomUuid()
{
    QVERIFY(start(100));
    auto view = makeView(u"phantom-0000"_s);
    QTRY_COMPARE(view->statusText(), u"Not found"_s);
    QVERIFY(view->notice().contains(u"phantom-0000 was not found"_s));
    QVERIFY(view->notice().contains(u"never stored"_s));
    QVERIFY(!view->cancelButton()->isEnabled());
    QCOMPARE(view->logViewer()->visibleRowCount(), 0);
}

void TestDeploymentView::logsRedacted()
{
    QVERIFY(start(100));
    const QString uuid = deployApp(u"storefront-api"_s);
    m_e2e.client->setToken(u"demo-read"_s);
    auto view = makeView(uuid);
    QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), u"Finished"_s, 10000);
    QVERIFY(view->notice().contains(u"lacks the read:sensitive ability"_s));
    QCOMPARE(view->logViewer()->visibleRowCount(), 0);
    screenshot(view.get(), u"deploymentview-redacted.png"_s);
}

QTEST_MAIN(TestDeploymentView)
#include "tst_deploymentview.moc"
