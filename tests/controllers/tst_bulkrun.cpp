// Bulk actions across instances against sandbox servers (real HTTP on 127.0.0.1): the plan's
// blast radius (groups, environments, production, rows the token cannot act on), one deploy
// request per instance, a full deployment queue and a tight rate limit both waited out with
// Retry-After while the other instances go on, cancelling, and the progress model under
// QAbstractItemModelTester.
#include "fleetfixture.h"

#include "controllers/bulkplan.h"
#include "controllers/bulkrun.h"
#include "controllers/tagcatalog.h"
#include "models/bulkprogressmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Controllers::BulkAction;
using Controllers::BulkPlan;
using Controllers::BulkRun;
using Controllers::ResourceRef;
using State = Models::BulkProgressModel::State;

class TestBulkRun : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void planGroupsByInstanceAndCallsOutProduction();
    void planLeavesOutWhatTheTokenCannotDo();
    void planBlocksActionsARowDoesNotAllow();
    void stoppingManyAsksForTheCount();
    void deployIsOneRequestPerInstance();
    void fullQueueIsWaitedOutWhileOthersGoOn();
    void rateLimitIsWaitedOut();
    void cancelKeepsUnsentRowsUnsent();
    void preparedRunSendsNothingUntilSend();
    void deployByTagIsOneRequestPerInstance();

private:
    // Starts a sandbox (tweaked by `tweak`), adds an instance on it and waits until it loaded.
    QString addInstance(const QString &name, const QString &token,
                        const std::function<void(Sandbox::SandboxConfig &)> &tweak = {});
    QList<ResourceRef> apps(const QString &id, const QStringList &names) const;
    // Requests that sandbox `index` acted on (not refused with 429) with `method` under `pathPart`.
    int served(int index, const QByteArray &method, const QString &pathPart) const;
    bool runToEnd(BulkRun &run, const BulkPlan &plan, int timeoutMs = 20'000);

    std::unique_ptr<FleetFixture> m_fx;
    QList<QList<QPair<QByteArray, QString>>> m_served; // per sandbox: method, path
};

void TestBulkRun::init()
{
    m_fx = std::make_unique<FleetFixture>();
    m_served.clear();
}

void TestBulkRun::cleanup()
{
    m_fx.reset();
}

QString TestBulkRun::addInstance(const QString &name, const QString &token,
                                 const std::function<void(Sandbox::SandboxConfig &)> &tweak)
{
    const int index = m_fx->startSandbox(60'000, 25, tweak);
    if (index < 0)
        return {};
    m_served.append(QList<QPair<QByteArray, QString>>());
    connect(m_fx->sandboxes.at(index).get(), &Sandbox::SandboxServer::requestServed, this,
            [this, index](const QByteArray &method, const QUrl &url, int status) {
                if (status != 429) // what the server acted on
                    m_served[index].append({method, url.path()});
            });
    const QString id = m_fx->addInstance(name, token, index);
    if (!QTest::qWaitFor([this, id] { return m_fx->ready(id); }, 15'000))
        return {};
    return id;
}

QList<ResourceRef> TestBulkRun::apps(const QString &id, const QStringList &names) const
{
    QList<ResourceRef> out;
    const Models::ApplicationsModel *model = m_fx->fleet->data(id)->applications();
    for (const QString &name : names) {
        for (const auto &app : model->rows()) {
            if (app.name == name)
                out.append(
                    {id, Api::ResourceKind::Application, app.uuid, app.name, app.status.raw});
        }
    }
    return out;
}

int TestBulkRun::served(int index, const QByteArray &method, const QString &pathPart) const
{
    int n = 0;
    for (const auto &[m, path] : m_served.at(index))
        n += (m == method && path.contains(pathPart)) ? 1 : 0;
    return n;
}

bool TestBulkRun::runToEnd(BulkRun &run, const BulkPlan &plan, int timeoutMs)
{
    QSignalSpy finished(&run, &BulkRun::finished);
    run.start(plan);
    return !finished.isEmpty() || finished.wait(timeoutMs);
}

void TestBulkRun::planGroupsByInstanceAndCallsOutProduction()
{
    const QString eu = addInstance(u"EU"_s, u"demo-root"_s);
    const QString us = addInstance(u"US"_s, u"demo-root"_s);
    QVERIFY(!eu.isEmpty() && !us.isEmpty());
    const QList<ResourceRef> refs =
        apps(eu, {u"storefront-web"_s, u"storefront-web-staging"_s, u"docs-site"_s})
        + apps(us, {u"storefront-api"_s});
    QCOMPARE(refs.size(), 4);

    // The environments arrive after the resources.
    QVERIFY(QTest::qWaitFor([&] {
        return BulkPlan::make(m_fx->fleet.get(), BulkAction::Restart, refs).productionCount() == 3;
    }));
    const BulkPlan plan = BulkPlan::make(m_fx->fleet.get(), BulkAction::Restart, refs + refs);
    QCOMPARE(plan.blockedReason, QString());
    QCOMPARE(plan.items.size(), 4); // duplicates dropped
    QCOMPARE(plan.includedCount(), 4);
    QCOMPARE(plan.productionCount(), 3);
    const QList<BulkPlan::Group> groups = plan.groups();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).instanceName, u"EU"_s);
    QCOMPARE(groups.at(0).count, 3);
    QCOMPARE(groups.at(0).production, 2);
    QCOMPARE(groups.at(0).environments,
             (QStringList{u"Acme Storefront / production"_s, u"Acme Storefront / staging"_s,
                          u"Internal Tools / production"_s}));
    QCOMPARE(groups.at(1).instanceName, u"US"_s);
    QCOMPARE(groups.at(1).count, 1);
    QVERIFY(!plan.needsTypedConfirmation());

    QVERIFY(BulkPlan::isProduction(u"production"_s));
    QVERIFY(BulkPlan::isProduction(u"Prod-EU"_s));
    QVERIFY(!BulkPlan::isProduction(u"product-catalog"_s));
    QVERIFY(!BulkPlan::isProduction(u"staging"_s));
}

void TestBulkRun::planLeavesOutWhatTheTokenCannotDo()
{
    const QString root = addInstance(u"Root"_s, u"demo-root"_s);
    const QString reader = addInstance(u"Reader"_s, u"demo-read"_s);
    QVERIFY(!root.isEmpty() && !reader.isEmpty());
    const QList<ResourceRef> refs =
        apps(reader, {u"storefront-web"_s, u"docs-site"_s}) + apps(root, {u"storefront-web"_s});

    const BulkPlan plan = BulkPlan::make(m_fx->fleet.get(), BulkAction::Deploy, refs);
    QCOMPARE(plan.blockedReason, QString());
    QCOMPARE(plan.includedCount(), 1);
    const QList<BulkPlan::Item> left = plan.excluded();
    QCOMPARE(left.size(), 2);
    QVERIFY2(left.at(0).excludedReason.contains(u"deploy"_s),
             qPrintable(left.at(0).excludedReason));
    QCOMPARE(plan.groups().size(), 1);

    // Run it: the left-out rows are listed as skipped, with the reason, and never sent.
    BulkRun run(m_fx->fleet.get());
    QVERIFY(runToEnd(run, plan));
    QCOMPARE(run.progress()->countIn(State::Skipped), 2);
    QCOMPARE(run.progress()->countIn(State::DeploymentStarted), 1);
    QCOMPARE(served(1, "POST", u"/deploy"_s), 0);
    QVERIFY2(run.summary().contains(u"2 skipped"_s), qPrintable(run.summary()));

    // Nothing the token may do: the action itself is unavailable, saying why.
    const BulkPlan none =
        BulkPlan::make(m_fx->fleet.get(), BulkAction::Deploy, apps(reader, {u"storefront-web"_s}));
    QVERIFY(none.blockedReason.contains(u"deploy"_s));
}

void TestBulkRun::planBlocksActionsARowDoesNotAllow()
{
    const QString id = addInstance(u"EU"_s, u"demo-root"_s);
    QVERIFY(!id.isEmpty());
    // uptime-probe has exited: it can be started, not restarted or stopped.
    const QList<ResourceRef> refs = apps(id, {u"storefront-web"_s, u"uptime-probe"_s});
    const BulkPlan restart = BulkPlan::make(m_fx->fleet.get(), BulkAction::Restart, refs);
    QVERIFY2(restart.blockedReason.contains(u"uptime-probe"_s), qPrintable(restart.blockedReason));
    const BulkPlan start = BulkPlan::make(m_fx->fleet.get(), BulkAction::Start, refs);
    QVERIFY(start.blockedReason.contains(u"storefront-web"_s));
    QCOMPARE(BulkPlan::make(m_fx->fleet.get(), BulkAction::Deploy, refs).blockedReason, QString());

    ResourceRef database{id, Api::ResourceKind::Database, u"db1"_s, u"orders-db"_s, {}};
    const BulkPlan deploy =
        BulkPlan::make(m_fx->fleet.get(), BulkAction::Deploy, refs + QList{database});
    QVERIFY(deploy.blockedReason.contains(u"orders-db"_s));
    QCOMPARE(BulkPlan::make(m_fx->fleet.get(), BulkAction::Deploy, {}).blockedReason.isEmpty(),
             false);
}

void TestBulkRun::stoppingManyAsksForTheCount()
{
    const QString id = addInstance(u"EU"_s, u"demo-root"_s);
    QVERIFY(!id.isEmpty());
    const QStringList running{u"storefront-web"_s, u"storefront-api"_s, u"storefront-web-staging"_s,
                              u"docs-site"_s};
    const QList<ResourceRef> refs = apps(id, running);
    QVERIFY(BulkPlan::make(m_fx->fleet.get(), BulkAction::Stop, refs).needsTypedConfirmation());
    QVERIFY(!BulkPlan::make(m_fx->fleet.get(), BulkAction::Stop, refs.mid(0, 3))
                 .needsTypedConfirmation());
    QVERIFY(!BulkPlan::make(m_fx->fleet.get(), BulkAction::Restart, refs).needsTypedConfirmation());
}

void TestBulkRun::deployIsOneRequestPerInstance()
{
    QStringList ids;
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s})
        ids << addInstance(name, u"demo-root"_s);
    QVERIFY(!ids.contains(QString()));
    QList<ResourceRef> refs;
    for (const QString &id : std::as_const(ids))
        refs += apps(id, {u"storefront-web"_s, u"docs-site"_s});
    QCOMPARE(refs.size(), 6);

    BulkRun run(m_fx->fleet.get());
    QAbstractItemModelTester tester(run.progress(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy started(&run, &BulkRun::deploymentStarted);
    QVERIFY(runToEnd(run, BulkPlan::make(m_fx->fleet.get(), BulkAction::Deploy, refs)));
    QCOMPARE(run.progress()->countIn(State::DeploymentStarted), 6);
    QCOMPARE(started.size(), 6);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(served(i, "POST", u"/api/v1/deploy"_s), 1);
    // Every row names a deployment that exists on its instance.
    for (const auto &row : run.progress()->rows()) {
        QVERIFY(!row.deploymentUuid.isEmpty());
        const auto result = m_fx->call(
            row.instanceId, Api::ApiRequest::get(u"deployments/"_s + row.deploymentUuid));
        QVERIFY2(result.ok(), qPrintable(row.name));
    }
    QCOMPARE(run.summary(), u"6 deployment(s) started."_s);

    // Again at once: the same commits are queued already.
    BulkRun again(m_fx->fleet.get());
    QVERIFY(runToEnd(again, BulkPlan::make(m_fx->fleet.get(), BulkAction::Deploy, refs)));
    QCOMPARE(again.progress()->countIn(State::AlreadyQueued), 6);
    QCOMPARE(again.summary(), u"6 already queued."_s);
}

void TestBulkRun::fullQueueIsWaitedOutWhileOthersGoOn()
{
    // Two deployments fit in this instance's queue; it says "wait 1 s" when full, and its
    // deployments move on quickly so the queue empties.
    const QString tight = addInstance(u"Tight"_s, u"demo-root"_s, [](Sandbox::SandboxConfig &c) {
        c.deploymentQueueLimit = 2;
        c.queueRetryAfterSeconds = 1;
        c.deployStepMs = 150;
    });
    const QString roomy = addInstance(u"Roomy"_s, u"demo-root"_s);
    QVERIFY(!tight.isEmpty() && !roomy.isEmpty());
    const QStringList names{u"storefront-web"_s, u"storefront-api"_s, u"storefront-web-staging"_s,
                            u"docs-site"_s, u"grafana-stack"_s};
    const QList<ResourceRef> refs = apps(tight, names) + apps(roomy, names);

    int refusedDeploys = 0;
    connect(m_fx->sandboxes.at(0).get(), &Sandbox::SandboxServer::requestServed, this,
            [&](const QByteArray &, const QUrl &url, int status) {
                refusedDeploys += url.path().endsWith(u"/deploy"_s) && status == 429 ? 1 : 0;
            });
    BulkRun run(m_fx->fleet.get());
    QStringList waitingTexts;
    connect(run.progress(), &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &topLeft) {
                const auto &row = run.progress()->row(topLeft.row());
                if (row.state == State::Waiting)
                    waitingTexts << row.message;
            });
    const bool ended =
        runToEnd(run, BulkPlan::make(m_fx->fleet.get(), BulkAction::Deploy, refs), 30'000);
    QVERIFY(ended);
    const auto *model = run.progress();
    for (const auto &row : model->rows()) {
        QVERIFY2(Models::BulkProgressModel::isSuccess(row.state),
                 qPrintable(row.instanceName + u": "_s + row.name + u": "_s + row.message));
    }
    QVERIFY(!waitingTexts.isEmpty());
    QVERIFY2(waitingTexts.first().contains(u"queue is full"_s), qPrintable(waitingTexts.first()));
    QVERIFY(served(0, "POST", u"/api/v1/deploy"_s) >= 1);
    QVERIFY(refusedDeploys >= 1); // sent again after the wait
    QCOMPARE(served(1, "POST", u"/api/v1/deploy"_s), 1); // the other instance was not held
}

void TestBulkRun::rateLimitIsWaitedOut()
{
    // Five requests per 1.5 s for everything this user does.
    const QString id = addInstance(u"Limited"_s, u"demo-root"_s);
    QVERIFY(!id.isEmpty());
    m_fx->sandboxes.at(0)->setRateLimit(5, 1500);
    const QList<ResourceRef> refs =
        apps(id,
             {u"storefront-web"_s, u"storefront-api"_s, u"storefront-web-staging"_s, u"docs-site"_s,
              u"grafana-stack"_s, u"etl-runner"_s});
    QCOMPARE(refs.size(), 6);

    BulkRun run(m_fx->fleet.get());
    int waits = 0;
    connect(run.progress(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &i) {
        waits += run.progress()->row(i.row()).state == State::Waiting ? 1 : 0;
    });
    QVERIFY(runToEnd(run, BulkPlan::make(m_fx->fleet.get(), BulkAction::Restart, refs), 30'000));
    for (const auto &row : run.progress()->rows())
        QVERIFY2(Models::BulkProgressModel::isSuccess(row.state), qPrintable(row.message));
    QCOMPARE(served(0, "POST", u"/restart"_s), 6);
    // Applications restart through a restart-only deployment, which the row names.
    QCOMPARE(run.progress()->countIn(State::DeploymentStarted), 6);
    QVERIFY(waits > 0); // six restarts do not fit in five per window
}

void TestBulkRun::cancelKeepsUnsentRowsUnsent()
{
    const QString id = addInstance(u"Limited"_s, u"demo-root"_s);
    QVERIFY(!id.isEmpty());
    m_fx->sandboxes.at(0)->setRateLimit(3, 60'000); // a long wait: only cancelling ends it soon
    const QList<ResourceRef> refs =
        apps(id,
             {u"storefront-web"_s, u"storefront-api"_s, u"storefront-web-staging"_s, u"docs-site"_s,
              u"grafana-stack"_s});
    BulkRun run(m_fx->fleet.get());
    QSignalSpy finished(&run, &BulkRun::finished);
    run.start(BulkPlan::make(m_fx->fleet.get(), BulkAction::Restart, refs));
    QVERIFY(QTest::qWaitFor([&] { return run.progress()->countIn(State::Waiting) > 0; }, 10'000));
    QVERIFY(run.isRunning());
    QVERIFY(finished.isEmpty());
    const int restartsBefore = served(0, "POST", u"/restart"_s);

    run.cancel();
    QVERIFY(finished.wait(10'000) || !finished.isEmpty());
    QVERIFY(!run.isRunning());
    QVERIFY(run.wasCancelled());
    QVERIFY(run.progress()->countIn(State::Cancelled) > 0);
    QCOMPARE(run.progress()->countIn(State::Waiting), 0);
    QCOMPARE(run.progress()->countIn(State::Queued), 0);
    QVERIFY2(run.summary().contains(u"cancelled before sending"_s), qPrintable(run.summary()));
    QTest::qWait(300);
    QCOMPARE(served(0, "POST", u"/restart"_s), restartsBefore);
}

// What the progress window relies on to paint before any request is made.
void TestBulkRun::preparedRunSendsNothingUntilSend()
{
    const QString id = addInstance(u"Root"_s, u"demo-root"_s);
    QVERIFY(!id.isEmpty());
    const QList<ResourceRef> refs = apps(id, {u"storefront-web"_s, u"docs-site"_s});
    BulkRun run(m_fx->fleet.get());
    QSignalSpy finished(&run, &BulkRun::finished);
    run.prepare(BulkPlan::make(m_fx->fleet.get(), BulkAction::Restart, refs));
    QVERIFY(run.isRunning());
    QCOMPARE(run.progress()->countIn(State::Queued), 2);
    QTest::qWait(300);
    QCOMPARE(served(0, "POST", u"/restart"_s), 0);
    QCOMPARE(run.progress()->countIn(State::Queued), 2);

    run.send();
    QVERIFY(finished.wait(10'000) || !finished.isEmpty());
    QCOMPARE(served(0, "POST", u"/restart"_s), 2);
    QCOMPARE(run.progress()->countIn(State::Queued), 0);
}

void TestBulkRun::deployByTagIsOneRequestPerInstance()
{
    const QString eu = addInstance(u"EU"_s, u"demo-root"_s);
    const QString us = addInstance(u"US"_s, u"demo-read"_s);
    QVERIFY(!eu.isEmpty() && !us.isEmpty());

    Controllers::TagCatalog catalog(m_fx->fleet.get());
    QSignalSpy loaded(&catalog, &Controllers::TagCatalog::loaded);
    catalog.load();
    QVERIFY(catalog.isLoading());
    QVERIFY(loaded.wait(10'000));
    QStringList names;
    for (const auto &entry : catalog.tags())
        names << entry.name;
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    QVERIFY(names.contains(u"web"_s) && names.contains(u"monitoring"_s));
    const auto web = catalog.tags().at(int(names.indexOf(u"web"_s)));
    QCOMPARE(web.instanceIds, (QStringList{eu, us}));
    QCOMPARE(catalog.instanceNames(web), u"EU, US"_s);
    QVERIFY(catalog.problems().isEmpty());

    QList<ResourceRef> refs;
    QStringList problems;
    connect(&catalog, &Controllers::TagCatalog::resolved, this,
            [&](const QString &, const QList<ResourceRef> &found, const QStringList &why) {
                refs = found;
                problems = why;
            });
    QSignalSpy resolved(&catalog, &Controllers::TagCatalog::resolved);
    catalog.resolve(u"web"_s);
    QVERIFY(resolved.wait(10'000));
    QVERIFY(problems.isEmpty());
    QStringList tagged;
    for (const ResourceRef &ref : std::as_const(refs)) {
        if (ref.instanceId == eu)
            tagged << ref.name;
    }
    tagged.sort();
    QCOMPARE(tagged,
             (QStringList{u"analytics-ui"_s, u"storefront-web"_s, u"storefront-web-staging"_s}));
    QCOMPARE(refs.size(), 6);

    // The read-only instance's applications are left out; the other gets one POST /deploy
    // {"tag":"web"}.
    const BulkPlan plan = BulkPlan::forTag(m_fx->fleet.get(), u"web"_s, refs, false);
    QCOMPARE(plan.tag, u"web"_s);
    QCOMPARE(plan.includedCount(), 3);
    BulkRun run(m_fx->fleet.get());
    QVERIFY(runToEnd(run, plan));
    QCOMPARE(run.progress()->countIn(State::DeploymentStarted), 3);
    QCOMPARE(run.progress()->countIn(State::Skipped), 3);
    QCOMPARE(served(0, "POST", u"/api/v1/deploy"_s), 1); // the root instance's, by tag
    QCOMPARE(served(1, "POST", u"/api/v1/deploy"_s), 0);

    // A tag no instance has says so.
    catalog.resolve(u"nope"_s);
    QVERIFY(resolved.wait(5'000) || resolved.size() == 2);
    QVERIFY(refs.isEmpty());
    QVERIFY(problems.value(0).contains(u"nope"_s));
    QVERIFY(!BulkPlan::forTag(m_fx->fleet.get(), u"nope"_s, {}, false).blockedReason.isEmpty());
}

QTEST_GUILESS_MAIN(TestBulkRun)
#include "tst_bulkrun.moc"
