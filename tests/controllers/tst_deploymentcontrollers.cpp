// The deployment controllers against the sandbox (coolify-api.md §4, §5): DeploymentHistory pages
// an application's history into its model; FirstDeployment finds what "deploy right after
// creating" queued; DeploymentCanceller sends one POST however often it
// is asked and words each answer; DeploymentWatch reports how a deployment that left the active
// list ended; RuntimeLogs fetches container logs and explains a stopped container.
#include "fleetfixture.h"

#include "api/families/deployments.h"
#include "controllers/deploymentcanceller.h"
#include "controllers/deploymenthistory.h"
#include "controllers/deploymentwatch.h"
#include "controllers/firstdeployment.h"
#include "controllers/runtimelogs.h"
#include "models/deployment.h"
#include "models/deploymenthistorymodel.h"
#include "models/fleetdeploymentsmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Models::Deployment;

class TestDeploymentControllers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void historyPagesAndRefreshes();
    void historyOfUnknownApplication();
    void historyFollowsItsDeployments();
    void cancelOnceThenTooLate();
    void cancelUnknownDeployment();
    void watchReportsTheEnd();
    void runtimeLogs();
    void firstDeploymentOfANewApplication();

private:
    bool setUp(int stepMs = 60'000);
    // Queues a deployment of `app` and returns its uuid.
    QString deploy(const QString &app);

    std::unique_ptr<FleetFixture> m_fx;
    QString m_id;
};

void TestDeploymentControllers::init()
{
    m_fx = std::make_unique<FleetFixture>();
}

void TestDeploymentControllers::cleanup()
{
    m_fx.reset();
}

bool TestDeploymentControllers::setUp(int stepMs)
{
    if (m_fx->startSandbox(stepMs) < 0)
        return false;
    m_id = m_fx->addInstance(u"Production"_s, u"demo-root"_s);
    return QTest::qWaitFor([this] { return m_fx->ready(m_id); }, 15'000);
}

QString TestDeploymentControllers::deploy(const QString &app)
{
    const auto r = m_fx->call(
        m_id, Api::Deployments::deploy({app}, false).withDecoder(&Models::DeployOutcome::decode));
    const auto uuids = r.value.value<Models::DeployOutcome>().deploymentUuids();
    return uuids.isEmpty() ? QString() : uuids.first();
}

void TestDeploymentControllers::historyPagesAndRefreshes()
{
    QVERIFY(setUp());
    const QString app = m_fx->uuidOf(m_id, u"applications"_s, u"storefront-web"_s);
    Controllers::DeploymentHistory history(m_fx->fleet.get());
    QAbstractItemModelTester tester(history.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&history, &Controllers::DeploymentHistory::loaded);
    history.setPageSize(5);
    history.setApplication(m_id, app, u"storefront-web"_s);
    QVERIFY(history.isLoading());
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(loaded.last().first().toBool(), true);
    QCOMPARE(history.totalCount(), 12); // the seed's history of storefront-web
    QCOMPARE(history.loadedCount(), 5);
    QVERIFY(history.canLoadMore());
    history.loadMore();
    QVERIFY(loaded.wait(10'000));
    history.loadMore();
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(history.loadedCount(), 12);
    QVERIFY(!history.canLoadMore());
    QCOMPARE(history.model()->rowCount(), 12);
    // A new deployment shows after refresh(), which reloads as many rows as are shown.
    const QString queued = deploy(app);
    QVERIFY(!queued.isEmpty());
    history.refresh();
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(history.totalCount(), 13);
    QCOMPARE(history.loadedCount(), 12); // as many as were shown, the new one among them
    QVERIFY(history.model()->rowOf(queued) >= 0);
    QVERIFY(history.canLoadMore());
    // Another application: the old rows go at once, the new ones follow.
    history.setApplication(m_id, m_fx->uuidOf(m_id, u"applications"_s, u"docs-site"_s),
                           u"docs-site"_s);
    QCOMPARE(history.model()->rowCount(), 0);
    QVERIFY(loaded.wait(10'000));
    QVERIFY(history.errorText().isEmpty());
}

void TestDeploymentControllers::historyOfUnknownApplication()
{
    QVERIFY(setUp());
    Controllers::DeploymentHistory history(m_fx->fleet.get());
    QSignalSpy loaded(&history, &Controllers::DeploymentHistory::loaded);
    history.setApplication(m_id, u"no-such-app"_s, u"ghost"_s);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(loaded.last().first().toBool(), false);
    QVERIFY2(history.errorText().contains(u"Application not found"_s),
             qPrintable(history.errorText()));
    // An instance that is gone says so without a request.
    history.setApplication(u"gone"_s, u"x"_s, u"x"_s);
    QCOMPARE(history.errorText(), u"This instance is no longer configured."_s);
}

void TestDeploymentControllers::cancelOnceThenTooLate()
{
    QVERIFY(setUp());
    const QString uuid = deploy(m_fx->uuidOf(m_id, u"applications"_s, u"storefront-web"_s));
    QVERIFY(!uuid.isEmpty());
    Api::ApiClient *client = m_fx->fleet->session(m_id)->client();
    Controllers::DeploymentCanceller canceller(client, uuid);
    QSignalSpy finished(&canceller, &Controllers::DeploymentCanceller::finished);
    canceller.cancel();
    canceller.cancel(); // a double click: still one request
    QVERIFY(canceller.isCancelling());
    QVERIFY(finished.wait(10'000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    auto outcome = finished.first().first().value<Controllers::DeploymentCanceller::Outcome>();
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.text, u"Deployment cancelled."_s);
    canceller.cancel();
    QVERIFY(finished.wait(10'000));
    outcome = finished.last().first().value<Controllers::DeploymentCanceller::Outcome>();
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.text,
             u"The deployment cannot be cancelled any more: its status is already "
             u"\"Cancelled\"."_s);
}

void TestDeploymentControllers::cancelUnknownDeployment()
{
    QVERIFY(setUp());
    Controllers::DeploymentCanceller canceller(m_fx->fleet->session(m_id)->client(),
                                               u"no-such-deployment"_s);
    QSignalSpy finished(&canceller, &Controllers::DeploymentCanceller::finished);
    canceller.cancel();
    QVERIFY(finished.wait(10'000));
    const auto outcome =
        finished.first().first().value<Controllers::DeploymentCanceller::Outcome>();
    QCOMPARE(outcome.text,
             u"The deployment no longer exists on the server, so it cannot be "
             u"cancelled."_s);
}

void TestDeploymentControllers::historyFollowsItsDeployments()
{
    QVERIFY(setUp(40)); // deployments move fast
    const QString app = m_fx->uuidOf(m_id, u"applications"_s, u"docs-site"_s);
    Controllers::DeploymentHistory history(m_fx->fleet.get());
    QAbstractItemModelTester tester(history.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&history, &Controllers::DeploymentHistory::loaded);
    history.setApplication(m_id, app, u"docs-site"_s);
    QVERIFY(loaded.wait(10'000));
    const int before = history.totalCount();

    // Started and finished elsewhere (here: straight through the API); no refresh() is called.
    const QString uuid = deploy(app);
    QVERIFY(!uuid.isEmpty());
    const auto polled = [this](const std::function<bool()> &done) {
        if (!m_fx->fleet->data(m_id)->isRefreshing())
            m_fx->fleet->data(m_id)->refresh();
        return done();
    };
    QTRY_VERIFY_WITH_TIMEOUT(polled([&] { return history.model()->rowOf(uuid) >= 0; }), 15'000);
    QCOMPARE(history.totalCount(), before + 1);
    // …and once it has ended, the history shows how.
    QTRY_VERIFY_WITH_TIMEOUT(polled([&] {
                                 const Deployment *d = history.model()->find(uuid);
                                 return d && !d->isActive();
                             }),
                             30'000);
}

void TestDeploymentControllers::watchReportsTheEnd()
{
    QVERIFY(setUp(40)); // deployments move fast
    Controllers::DeploymentWatch watch(m_fx->fleet.get());
    QSignalSpy ended(&watch, &Controllers::DeploymentWatch::deploymentEnded);
    const QString uuid = deploy(m_fx->uuidOf(m_id, u"applications"_s, u"docs-site"_s));
    QVERIFY(!uuid.isEmpty());
    // The fixture's fleet does not poll by itself: poll as InstanceData would.
    const auto polled = [this](const std::function<bool()> &done) {
        if (!m_fx->fleet->data(m_id)->isRefreshing())
            m_fx->fleet->data(m_id)->refresh();
        return done();
    };
    QTRY_VERIFY_WITH_TIMEOUT(polled([&] { return watch.active()->rowCount() > 0; }), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(polled([&] { return !ended.isEmpty(); }), 30'000);
    QCOMPARE(ended.first().at(0).toString(), m_id);
    const auto d = ended.first().at(1).value<Deployment>();
    QCOMPARE(d.uuid, uuid);
    QVERIFY(!d.isActive());
    QVERIFY(d.status == Deployment::Status::Finished || d.status == Deployment::Status::Failed);
}

void TestDeploymentControllers::runtimeLogs()
{
    QVERIFY(setUp());
    Api::ApiClient *client = m_fx->fleet->session(m_id)->client();
    Controllers::RuntimeLogs app(client, Api::ResourceKind::Application,
                                 m_fx->uuidOf(m_id, u"applications"_s, u"storefront-web"_s),
                                 u"storefront-web"_s);
    QSignalSpy loaded(&app, &Controllers::RuntimeLogs::loaded);
    app.refresh();
    QVERIFY(app.isLoading());
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(app.text().split(u'\n').size(), 100);
    QVERIFY(app.message().isEmpty());
    QVERIFY(app.updated().isValid());
    app.setLines(500); // refetches by itself
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(app.text().split(u'\n').size(), 250); // all the container wrote

    Controllers::RuntimeLogs stopped(client, Api::ResourceKind::Database,
                                     m_fx->uuidOf(m_id, u"databases"_s, u"tools-mysql"_s),
                                     u"tools-mysql"_s);
    QVERIFY(!stopped.supportsTimestamps());
    QSignalSpy stoppedLoaded(&stopped, &Controllers::RuntimeLogs::loaded);
    stopped.refresh();
    QVERIFY(stoppedLoaded.wait(10'000));
    QVERIFY(stopped.text().isEmpty());
    QCOMPARE(stopped.message(),
             u"The database tools-mysql is not running, so it has no "
             u"container logs to show. Start it, then refresh."_s);

    Controllers::RuntimeLogs service(client, Api::ResourceKind::Service, u"s"_s, u"n8n"_s);
    QSignalSpy serviceLoaded(&service, &Controllers::RuntimeLogs::loaded);
    service.refresh(); // no route of its own: said at once, nothing sent
    QCOMPARE(serviceLoaded.size(), 1);
    QVERIFY(!service.message().isEmpty());
}

// Coolify's create answer names only the application: the deployment that instant_deploy queued
// is found in its history; an application created without one is reported as not found.
void TestDeploymentControllers::firstDeploymentOfANewApplication()
{
    QVERIFY(setUp());
    const auto create = [this](const QString &name, bool deploy) {
        QJsonObject body{
            {u"project_uuid"_s, m_fx->uuidOf(m_id, u"projects"_s, u"Acme Storefront"_s)},
            {u"server_uuid"_s, m_fx->uuidOf(m_id, u"servers"_s, u"localhost"_s)},
            {u"environment_name"_s, u"production"_s},
            {u"git_repository"_s, QString(u"https://github.com/acme/"_s + name)},
            {u"git_branch"_s, u"main"_s},
            {u"build_pack"_s, u"nixpacks"_s},
            {u"ports_exposes"_s, u"3000"_s},
            {u"name"_s, name}};
        if (deploy)
            body.insert(u"instant_deploy"_s, true);
        const auto r =
            m_fx->call(m_id, Api::ApiRequest::post(u"applications/public"_s, QJsonDocument(body)));
        return r.json.object().value(u"uuid"_s).toString();
    };
    const QString deployed = create(u"first-deploy"_s, true);
    QVERIFY(!deployed.isEmpty());
    auto *finder = new Controllers::FirstDeployment(m_fx->fleet.get(), m_id, deployed,
                                                    u"first-deploy"_s, this, 50, 40);
    QSignalSpy found(finder, &Controllers::FirstDeployment::found);
    QVERIFY(found.wait(10'000));
    QCOMPARE(found.first().at(0).toString(), m_id);
    const QString deployment = found.first().at(1).toString();
    const auto detail = m_fx->call(m_id, Api::ApiRequest::get(u"deployments/"_s + deployment));
    QVERIFY2(detail.ok(), qPrintable(detail.error.userMessage()));
    QCOMPARE(detail.json.object().value(u"application_name"_s).toString(), u"first-deploy"_s);

    const QString quiet = create(u"no-deploy"_s, false);
    QVERIFY(!quiet.isEmpty());
    auto *none = new Controllers::FirstDeployment(m_fx->fleet.get(), m_id, quiet, u"no-deploy"_s,
                                                  this, 20, 3);
    QSignalSpy notFound(none, &Controllers::FirstDeployment::notFound);
    QSignalSpy noneFound(none, &Controllers::FirstDeployment::found);
    QVERIFY(notFound.wait(10'000));
    QCOMPARE(notFound.first().first().toString(), u"no-deploy"_s);
    QVERIFY(noneFound.isEmpty());
}

QTEST_MAIN(TestDeploymentControllers)
#include "tst_deploymentcontrollers.moc"
