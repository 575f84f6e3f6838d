// LifecycleController against the sandbox (coolify-api.md §5): start/stop/restart/delete of each
// resource kind through Api::Resources, the server's "already running" 400 in its own words,
// rows marked pending after an accepted request, and the reasons an operation is unavailable
// (no selection, a token without `deploy` or `write`, services' delete, a gone instance).
#include "fleetfixture.h"

#include "controllers/lifecyclecontroller.h"
#include "models/fleetmodel.h"

#include <QDeadlineTimer>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Api::ResourceKind;
using Controllers::LifecycleController;
using Controllers::ResourceRef;
using Operation = LifecycleController::Operation;

class TestLifecycleController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void restartEachKind();
    void stopAndStartDatabaseWithServerWords();
    void deleteApplication();
    void unavailableReasons();
    void actionsFitTheStatus();

private:
    bool setUp(const QString &token = u"demo-root"_s, int stepMs = 60'000);
    ResourceRef ref(ResourceKind kind, const QString &name);
    // Runs and waits for every ref's `finished`; returns the ok flags in order.
    QList<bool> run(Operation op, const QList<ResourceRef> &refs);

    std::unique_ptr<FleetFixture> m_fx;
    std::unique_ptr<LifecycleController> m_lifecycle;
    QString m_id;
};

void TestLifecycleController::init()
{
    m_fx = std::make_unique<FleetFixture>();
}

void TestLifecycleController::cleanup()
{
    m_lifecycle.reset();
    m_fx.reset();
}

bool TestLifecycleController::setUp(const QString &token, int stepMs)
{
    if (m_fx->startSandbox(stepMs) < 0)
        return false;
    m_id = m_fx->addInstance(u"Production"_s, token);
    if (!QTest::qWaitFor([this] { return m_fx->ready(m_id); }, 15'000))
        return false;
    m_lifecycle = std::make_unique<LifecycleController>(m_fx->fleet.get());
    return true;
}

// As a view hands it over: with the row's status when selected.
ResourceRef TestLifecycleController::ref(ResourceKind kind, const QString &name)
{
    const QString uuid = m_fx->uuidOf(m_id, Api::routeSegment(kind), name);
    const int row = m_fx->fleet->resources()->rowOf(m_id + u'/' + uuid);
    const QString status = row < 0 ? QString() : m_fx->fleet->resources()->at(row).status.raw;
    return {m_id, kind, uuid, name, status};
}

QList<bool> TestLifecycleController::run(Operation op, const QList<ResourceRef> &refs)
{
    QSignalSpy finished(m_lifecycle.get(), &LifecycleController::finished);
    m_lifecycle->run(op, refs);
    if (!QTest::qWaitFor([&] { return finished.size() >= refs.size(); }, 15'000))
        return {};
    QList<bool> ok;
    for (const auto &args : finished)
        ok << args.at(2).toBool();
    return ok;
}

void TestLifecycleController::restartEachKind()
{
    QVERIFY(setUp());
    const QList<ResourceRef> refs{ref(ResourceKind::Application, u"storefront-web"_s),
                                  ref(ResourceKind::Database, u"shop-postgres"_s),
                                  ref(ResourceKind::Service, u"plausible-analytics"_s)};
    for (const ResourceRef &r : refs)
        QVERIFY2(!r.uuid.isEmpty(), qPrintable(r.name));
    QVERIFY(m_lifecycle->unavailableReason(Operation::Restart, refs).isEmpty());
    QSignalSpy messages(m_lifecycle.get(), &LifecycleController::message);
    QCOMPARE(run(Operation::Restart, refs), (QList<bool>{true, true, true}));
    QCOMPARE(m_lifecycle->pendingRequests(), 0);
    // Each row waits for its status to move, with the words of the request.
    for (const ResourceRef &r : refs) {
        const int row = m_fx->fleet->resources()->rowOf(m_id + u'/' + r.uuid);
        QVERIFY(row >= 0);
        QCOMPARE(m_fx->fleet->resources()->at(row).pending, u"Restart requested…"_s);
    }
    QCOMPARE(messages.size(), 3);
    QVERIFY(messages.at(1).first().toString().startsWith(u"shop-postgres: "_s));
}

void TestLifecycleController::stopAndStartDatabaseWithServerWords()
{
    QVERIFY(setUp(u"demo-root"_s, 50)); // the server applies queued actions after one step
    const ResourceRef running = ref(ResourceKind::Database, u"shop-postgres"_s);
    QSignalSpy messages(m_lifecycle.get(), &LifecycleController::message);
    // Starting a database that runs although the view did not know (no status yet): Coolify's
    // 400 sentence, not a generic error.
    ResourceRef stale = running;
    stale.status.clear();
    QCOMPARE(run(Operation::Start, {stale}), QList<bool>{false});
    QCOMPARE(messages.last().first().toString(), u"shop-postgres: Database is already running."_s);
    QCOMPARE(run(Operation::Stop, {running}), QList<bool>{true});
    // The stop is queued; the server's status follows shortly.
    const auto status = [&] {
        return m_fx->call(m_id, Api::ApiRequest::get(u"databases/"_s + running.uuid))
            .json.object()
            .value(u"status"_s)
            .toString();
    };
    // Asked a few times a second at most: the client keeps to the rate limit.
    QDeadlineTimer deadline(15'000);
    while (!status().startsWith(u"exited"_s) && !deadline.hasExpired())
        QTest::qWait(300);
    QVERIFY(status().startsWith(u"exited"_s));
}

void TestLifecycleController::deleteApplication()
{
    QVERIFY(setUp());
    const ResourceRef app = ref(ResourceKind::Application, u"legacy-worker"_s);
    QVERIFY(!app.uuid.isEmpty());
    Api::Resources::DeleteOptions keepVolumes;
    keepVolumes.deleteVolumes = false;
    QSignalSpy messages(m_lifecycle.get(), &LifecycleController::message);
    QSignalSpy finished(m_lifecycle.get(), &LifecycleController::finished);
    m_lifecycle->run(Operation::Remove, {app}, keepVolumes);
    QVERIFY(finished.wait(15'000));
    QCOMPARE(finished.first().at(2).toBool(), true);
    QCOMPARE(messages.last().first().toString(), u"Deletion of legacy-worker requested."_s);
    const auto gone = m_fx->call(m_id, Api::ApiRequest::get(u"applications/"_s + app.uuid));
    QCOMPARE(gone.error.kind, Api::ErrorKind::NotFound);
    // A second delete of the same uuid: the server's 404 in the message, nothing pending.
    QCOMPARE(run(Operation::Remove, {app}), QList<bool>{false});
    QVERIFY(messages.last().first().toString().startsWith(u"legacy-worker was not deleted: "_s));
}

void TestLifecycleController::unavailableReasons()
{
    QVERIFY(setUp(u"demo-read"_s));
    const ResourceRef app = ref(ResourceKind::Application, u"storefront-web"_s);
    const ResourceRef service = ref(ResourceKind::Service, u"plausible-analytics"_s);
    QCOMPARE(m_lifecycle->unavailableReason(Operation::Start, {}), u"Select a resource first."_s);
    QCOMPARE(m_lifecycle->unavailableReason(Operation::Remove, {app, app}),
             u"Select exactly one resource."_s);
    // A read-only token: the sentence names the resource and the missing ability.
    const QString noDeploy = m_lifecycle->unavailableReason(Operation::Stop, {app});
    QVERIFY2(noDeploy.startsWith(u"storefront-web: "_s) && noDeploy.contains(u"deploy"_s),
             qPrintable(noDeploy));
    const QString noWrite = m_lifecycle->unavailableReason(Operation::Remove, {app});
    QVERIFY2(noWrite.contains(u"write"_s), qPrintable(noWrite));
    // What the token may not do is said first, whatever else applies.
    QVERIFY(m_lifecycle->unavailableReason(Operation::Remove, {service}).contains(u"write"_s));
    ResourceRef elsewhere = app;
    elsewhere.instanceId = u"no-such-instance"_s;
    QCOMPARE(m_lifecycle->unavailableReason(Operation::Restart, {elsewhere}),
             u"The instance is gone."_s);
    // run() refuses what is unavailable: nothing is sent.
    QSignalSpy finished(m_lifecycle.get(), &LifecycleController::finished);
    m_lifecycle->run(Operation::Stop, {app});
    QCOMPARE(m_lifecycle->pendingRequests(), 0);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
}

// As in Coolify's web UI: Start for what is stopped, Stop and Restart for what runs.
void TestLifecycleController::actionsFitTheStatus()
{
    QVERIFY(setUp());
    const ResourceRef running = ref(ResourceKind::Application, u"storefront-web"_s);
    const ResourceRef stopped = ref(ResourceKind::Application, u"uptime-probe"_s);
    const ResourceRef exitedDb = ref(ResourceKind::Database, u"tools-mysql"_s);
    QCOMPARE(m_lifecycle->unavailableReason(Operation::Start, {running}),
             u"storefront-web is already running: restart or redeploy it instead."_s);
    QVERIFY(m_lifecycle->unavailableReason(Operation::Stop, {running}).isEmpty());
    QVERIFY(m_lifecycle->unavailableReason(Operation::Restart, {running}).isEmpty());
    QVERIFY(m_lifecycle->unavailableReason(Operation::Start, {stopped, exitedDb}).isEmpty());
    QCOMPARE(m_lifecycle->unavailableReason(Operation::Stop, {exitedDb}),
             u"tools-mysql is not running: start it instead."_s);
    QVERIFY(!m_lifecycle->unavailableReason(Operation::Restart, {running, stopped}).isEmpty());
    QCOMPARE(m_lifecycle->unavailableReason(Operation::Remove,
                                            {ref(ResourceKind::Service, u"plausible-analytics"_s)}),
             u"Services are deleted in Coolify's web interface."_s);
    // Deleting does not depend on the status; an unknown status allows everything.
    QVERIFY(m_lifecycle->unavailableReason(Operation::Remove, {running}).isEmpty());
    ResourceRef unknown = running;
    unknown.status.clear();
    QVERIFY(m_lifecycle->unavailableReason(Operation::Start, {unknown}).isEmpty());
    // run() refuses what the status rules out: no deployment is started behind the user's back.
    QSignalSpy finished(m_lifecycle.get(), &LifecycleController::finished);
    m_lifecycle->run(Operation::Start, {running});
    QCOMPARE(m_lifecycle->pendingRequests(), 0);
}

QTEST_MAIN(TestLifecycleController)
#include "tst_lifecyclecontroller.moc"
