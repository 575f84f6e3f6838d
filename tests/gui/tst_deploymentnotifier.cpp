// DeploymentNotifier against the sandbox: deployments started directly through the API (not
// through the app) are seen in the polled active list; when they leave it the notifier reads
// their result once and notifies "finished" / "failed" with the application's name; clicking
// the message opens the deployment; quiet mode (a QSettings key) silences it; the tray tooltip
// summarises what is running.
#include "fleetfixture.h"

#include "api/families/deployments.h"
#include "gui/deploymentnotifier.h"
#include "models/deployment.h"

#include <QAction>
#include <QSystemTrayIcon>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Gui::DeploymentNotifier;
using Status = Models::Deployment::Status;

class TestDeploymentNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void finishedElsewhereIsNotified();
    void failedIsNotified();
    void quietModeNotifiesNothing();
    void describeInWords();
    void backupsAreNotified();

private:
    QString startDeployment(const QString &appName); // through the API, as another client would
    QList<DeploymentNotifier::Notification> notesFor(const QString &uuid) const;

    std::unique_ptr<FleetFixture> m_fx;
    std::unique_ptr<DeploymentNotifier> m_notifier;
    QList<DeploymentNotifier::Notification> m_notes;
    QString m_id;
};

static const QString kQuietKey = u"notifications/quietDeployments"_s;

void TestDeploymentNotifier::init()
{
    m_fx = std::make_unique<FleetFixture>();
    QVERIFY(m_fx->startSandbox(250) >= 0); // a deployment takes about 1.5 s
    m_id = m_fx->addInstance(u"Production"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_fx->ready(m_id), 15'000);
    m_notifier =
        std::make_unique<DeploymentNotifier>(m_fx->fleet.get(), &m_fx->settings, kQuietKey);
    m_notes.clear();
    m_notifier->setSink([this](const DeploymentNotifier::Notification &n) { m_notes.append(n); });
    // The instance polls its active deployments quickly, as it does while something deploys.
    Models::InstanceData *data = m_fx->fleet->data(m_id);
    data->setIntervals({150, 150, 150, 150, 1000});
    data->setPolling(true);
}

void TestDeploymentNotifier::cleanup()
{
    m_notifier.reset();
    m_fx.reset();
}

QString TestDeploymentNotifier::startDeployment(const QString &appName)
{
    const QString app = m_fx->uuidOf(m_id, u"applications"_s, appName);
    const auto result = m_fx->call(
        m_id, Api::Deployments::deploy({app}).withDecoder(&Models::DeployOutcome::decode));
    return result.value.value<Models::DeployOutcome>().deploymentUuids().value(0);
}

QList<DeploymentNotifier::Notification> TestDeploymentNotifier::notesFor(const QString &uuid) const
{
    QList<DeploymentNotifier::Notification> out;
    for (const auto &n : m_notes) {
        if (n.deploymentUuid == uuid)
            out.append(n);
    }
    return out;
}

void TestDeploymentNotifier::finishedElsewhereIsNotified()
{
    QVERIFY(m_notifier->trayIcon());
    QVERIFY(m_notifier->trayIcon()->toolTip().contains(QLatin1String("No deployments running")));
    const QString uuid = startDeployment(u"storefront-web"_s);
    QVERIFY(!uuid.isEmpty());
    // Seen running by the poll: the tray says so.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_notifier->statusSummary() == QLatin1String("1 deployment running on 1 instance"), 5'000);
    QVERIFY(m_notifier->trayIcon()->toolTip().contains(
        QLatin1String("1 deployment running on 1 instance")));
    QVERIFY(notesFor(uuid).isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(notesFor(uuid).size(), 1, 15'000);
    const auto n = notesFor(uuid).first();
    QCOMPARE(n.status, Status::Finished);
    QCOMPARE(n.title, u"Deployment finished"_s);
    QVERIFY2(n.body.contains(QLatin1String("storefront-web on Production finished deploying")),
             qPrintable(n.body));
    QCOMPARE(n.instanceId, m_id);
    QCOMPARE(m_notifier->statusSummary(), u"No deployments running"_s);

    // Clicking the message opens that deployment.
    QSignalSpy open(m_notifier.get(), &DeploymentNotifier::openDeployment);
    emit m_notifier->trayIcon()->messageClicked();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), m_id);
    QCOMPARE(open.first().at(1).toString(), uuid);

    // Only once, however often the instance polls afterwards.
    QSignalSpy polls(m_fx->fleet->data(m_id), &Models::InstanceData::refreshFinished);
    QTRY_VERIFY_WITH_TIMEOUT(polls.size() >= 3, 10'000);
    QCOMPARE(notesFor(uuid).size(), 1);
}

void TestDeploymentNotifier::failedIsNotified()
{
    const QString uuid = startDeployment(u"legacy-worker"_s); // its builds fail
    QVERIFY(!uuid.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(notesFor(uuid).size(), 1, 15'000);
    const auto n = notesFor(uuid).first();
    QCOMPARE(n.status, Status::Failed);
    QCOMPARE(n.title, u"Deployment failed"_s);
    QVERIFY2(n.body.contains(QLatin1String("legacy-worker on Production failed to deploy")),
             qPrintable(n.body));
}

void TestDeploymentNotifier::quietModeNotifiesNothing()
{
    m_notifier->quietAction()->trigger(); // the user turns notifications off
    QVERIFY(m_notifier->isQuiet());
    QCOMPARE(m_fx->settings.value(kQuietKey).toBool(), true);
    QSignalSpy ended(m_notifier.get(), &DeploymentNotifier::deploymentEnded);
    const QString uuid = startDeployment(u"docs-site"_s);
    QVERIFY(!uuid.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 15'000); // it did end and was noticed…
    QCOMPARE(ended.first().at(1).value<Models::Deployment>().uuid, uuid);
    QCOMPARE(ended.first().at(1).value<Models::Deployment>().status, Status::Finished);
    QVERIFY(m_notes.isEmpty()); // …but nothing was shown
    QVERIFY(m_notifier->trayIcon()->toolTip().contains(QLatin1String("Quiet mode")));

    // A new notifier reads the setting.
    DeploymentNotifier again(m_fx->fleet.get(), &m_fx->settings, kQuietKey);
    QVERIFY(again.isQuiet());
    QVERIFY(again.quietAction()->isChecked());
}

void TestDeploymentNotifier::backupsAreNotified()
{
    // A backup the app followed to its end: shown like a deployment, but a click opens nothing.
    m_notifier->notifyBackup(m_id, u"shop-postgres"_s, false,
                             u"Backup of shop-postgres failed: x"_s);
    QCOMPARE(m_notes.size(), 1);
    QCOMPARE(m_notes.first().title, u"Backup failed"_s);
    QCOMPARE(m_notes.first().body, u"Backup of shop-postgres failed: x"_s);
    QCOMPARE(m_notes.first().status, Status::Failed);
    QVERIFY(m_notes.first().deploymentUuid.isEmpty());
    m_notifier->notifyBackup(m_id, u"shop-postgres"_s, true, u"done"_s);
    QCOMPARE(m_notes.last().title, u"Backup finished"_s);
    m_notifier->setQuiet(true);
    m_notifier->notifyBackup(m_id, u"shop-postgres"_s, true, u"done"_s);
    QCOMPARE(m_notes.size(), 2); // quiet mode silences backups too
}

void TestDeploymentNotifier::describeInWords()
{
    Models::Deployment d;
    d.uuid = u"dep1"_s;
    d.applicationName = u"api"_s;
    d.commit = u"0123456789abcdef"_s;
    d.createdAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0, 0), Qt::UTC);
    d.finishedAt = d.createdAt.addSecs(125);
    d.status = Status::Cancelled;
    const auto n = DeploymentNotifier::describe(u"i1"_s, u"Prod"_s, d);
    QCOMPARE(n.title, u"Deployment cancelled"_s);
    QVERIFY2(n.body.startsWith(QLatin1String("The deployment of api on Prod was cancelled. "
                                             "(commit 0123456)")),
             qPrintable(n.body));
    d.status = Status::Failed;
    QVERIFY(DeploymentNotifier::describe(u"i1"_s, u"Prod"_s, d)
                .body.startsWith(QLatin1String("api on Prod failed to deploy after 2m 05s.")));
}

QTEST_MAIN(TestDeploymentNotifier)
#include "tst_deploymentnotifier.moc"
