// The fleet table follows the instances' models row by row: a status change in one
// application's row changes that fleet row only; rows appear and vanish with their resources;
// what all of an instance's rows share (environment names, name, colour) rebuilds only that
// instance — all under QAbstractItemModelTester. No network: the instances' models are fed
// directly, as their loaders would.
#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/projectsmodel.h"
#include "models/roles.h"
#include "models/servicesmodel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace Coolify;
using Models::FleetModel;

namespace {
Models::Application app(const QString &uuid, const QString &name, const QString &status,
                        qint64 environmentId = 1)
{
    Models::Application a;
    a.uuid = uuid;
    a.name = name;
    a.status = Models::ResourceStatus::parse(status);
    a.environmentId = environmentId;
    a.buildPack = QStringLiteral("nixpacks");
    return a;
}

Models::Database database(const QString &uuid, const QString &name)
{
    Models::Database d;
    d.uuid = uuid;
    d.name = name;
    d.status = Models::ResourceStatus::parse(QStringLiteral("running:healthy"));
    d.environmentId = 1;
    d.isPublic = true;
    d.publicPort = 5433;
    return d;
}

Models::Service service(const QString &uuid, const QString &name, const QString &fqdn)
{
    Models::Service s;
    s.uuid = uuid;
    s.name = name;
    s.status = Models::ResourceStatus::parse(QStringLiteral("running:healthy"));
    s.environmentId = 1;
    Models::ServiceComponent web;
    web.uuid = uuid + QStringLiteral("-web");
    web.name = QStringLiteral("web");
    web.fqdn = fqdn;
    s.components = QList<Models::ServiceComponent>{web};
    return s;
}

Models::Project project(const QString &environmentName)
{
    Models::Project p;
    p.uuid = QStringLiteral("p1");
    p.id = 1;
    p.name = QStringLiteral("Shop");
    Models::Environment e;
    e.id = 1;
    e.uuid = QStringLiteral("e1");
    e.name = environmentName;
    e.projectId = 1;
    p.environments = QList<Models::Environment>{e};
    return p;
}

// One instance without a network: its models are fed by the test.
struct FakeInstance
{
    explicit FakeInstance(const QString &name, QNetworkAccessManager *network)
        : session(Instances::Instance::create(name, QUrl(QStringLiteral("https://c.example"))),
                  network)
        , data(&session)
    { }
    Models::InstanceSession session;
    Models::InstanceData data;
};

int rowOf(const FleetModel &fleet, const FakeInstance &instance, const QString &uuid)
{
    return fleet.rowOf(instance.session.instance().id + u'/' + uuid);
}
} // namespace

class TestFleetModel : public QObject
{
    Q_OBJECT

private slots:
    void followsRowByRow();
    void sharedTextsRebuildOnlyThatInstance();
    void pendingActionsShowUntilTheStatusMoves();
    void instancesComeAndGo();

private:
    QNetworkAccessManager m_network;
};

void TestFleetModel::followsRowByRow()
{
    FakeInstance one(QStringLiteral("One"), &m_network);
    FleetModel fleet;
    QAbstractItemModelTester tester(&fleet, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fleet.addInstance(&one.data);
    QCOMPARE(fleet.rowCount(), 0);

    one.data.applications()->apply(
        {app(QStringLiteral("a1"), QStringLiteral("web"), QStringLiteral("running:healthy")),
         app(QStringLiteral("a2"), QStringLiteral("api"), QStringLiteral("exited"))});
    one.data.databases()->apply({database(QStringLiteral("d1"), QStringLiteral("pg"))});
    one.data.services()->apply(
        {service(QStringLiteral("s1"), QStringLiteral("plausible"),
                 QStringLiteral("https://stats.example,https://s.example"))});
    QCOMPARE(fleet.rowCount(), 4);
    const int web = rowOf(fleet, one, QStringLiteral("a1"));
    QVERIFY(web >= 0);
    QCOMPARE(fleet.at(web).name, QStringLiteral("web"));
    QCOMPARE(fleet.at(web).instanceName, QStringLiteral("One"));
    QCOMPARE(fleet.index(web, FleetModel::Kind).data().toString(), QStringLiteral("Application"));
    const int pg = rowOf(fleet, one, QStringLiteral("d1"));
    QCOMPARE(fleet.at(pg).endpoint, QStringLiteral("c.example:5433"));
    const int stats = rowOf(fleet, one, QStringLiteral("s1"));
    QCOMPARE(fleet.at(stats).endpoint, QStringLiteral("https://stats.example"));

    // One status changes: exactly that row changes, nothing is inserted or removed.
    QSignalSpy changed(&fleet, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&fleet, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&fleet, &QAbstractItemModel::rowsRemoved);
    QPersistentModelIndex selected = fleet.index(web, FleetModel::Name);
    one.data.applications()->apply(
        {app(QStringLiteral("a1"), QStringLiteral("web"), QStringLiteral("exited")),
         app(QStringLiteral("a2"), QStringLiteral("api"), QStringLiteral("exited"))});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), web);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), web);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(fleet.index(web, FleetModel::Status).data().toString(), QStringLiteral("Exited"));
    QVERIFY(selected.isValid());

    // A container of the service changes its domain: the service's row follows.
    one.data.services()->apply({service(QStringLiteral("s1"), QStringLiteral("plausible"),
                                        QStringLiteral("https://new.example"))});
    QCOMPARE(fleet.at(rowOf(fleet, one, QStringLiteral("s1"))).endpoint,
             QStringLiteral("https://new.example"));

    // Resources vanish: their rows go, the selected one stays selected.
    one.data.applications()->apply(
        {app(QStringLiteral("a1"), QStringLiteral("web"), QStringLiteral("exited"))});
    one.data.databases()->apply({});
    QCOMPARE(fleet.rowCount(), 2);
    QCOMPARE(rowOf(fleet, one, QStringLiteral("a2")), -1);
    QCOMPARE(rowOf(fleet, one, QStringLiteral("d1")), -1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data().toString(), QStringLiteral("web"));
}

void TestFleetModel::sharedTextsRebuildOnlyThatInstance()
{
    FakeInstance one(QStringLiteral("One"), &m_network);
    FakeInstance two(QStringLiteral("Two"), &m_network);
    FleetModel fleet;
    QAbstractItemModelTester tester(&fleet, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fleet.addInstance(&one.data);
    fleet.addInstance(&two.data);
    one.data.applications()->apply(
        {app(QStringLiteral("a1"), QStringLiteral("web"), QStringLiteral("running"))});
    two.data.applications()->apply(
        {app(QStringLiteral("b1"), QStringLiteral("blog"), QStringLiteral("running"))});
    QCOMPARE(fleet.rowCount(), 2);

    QSignalSpy changed(&fleet, &QAbstractItemModel::dataChanged);
    one.data.projects()->apply({project(QStringLiteral("production"))});
    // Coalesced: the environment names are applied on the next event-loop turn.
    QTRY_COMPARE(fleet.at(rowOf(fleet, one, QStringLiteral("a1"))).environment,
                 QStringLiteral("Shop / production"));
    QCOMPARE(fleet.at(rowOf(fleet, two, QStringLiteral("b1"))).environment, QString());
    for (const QList<QVariant> &signal : std::as_const(changed))
        QCOMPARE(signal.at(0).value<QModelIndex>().row(), rowOf(fleet, one, QStringLiteral("a1")));

    // Renaming the instance renames its badge.
    Instances::Instance renamed = two.session.instance();
    renamed.name = QStringLiteral("Two (staging)");
    two.session.setInstance(renamed);
    QTRY_COMPARE(fleet.index(rowOf(fleet, two, QStringLiteral("b1")), FleetModel::Instance)
                     .data()
                     .toString(),
                 QStringLiteral("Two (staging)"));
}

void TestFleetModel::pendingActionsShowUntilTheStatusMoves()
{
    FakeInstance one(QStringLiteral("One"), &m_network);
    FleetModel fleet;
    QAbstractItemModelTester tester(&fleet, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fleet.addInstance(&one.data);
    one.data.applications()->apply(
        {app(QStringLiteral("a1"), QStringLiteral("web"), QStringLiteral("exited"))});
    const QModelIndex status = fleet.index(0, FleetModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Exited"));

    one.data.markPending(QStringLiteral("a1"), QStringLiteral("Start requested…"),
                         QStringLiteral("exited"));
    QCOMPARE(status.data().toString(), QStringLiteral("Start requested…"));
    QVERIFY(status.data(Models::Roles::Transitional).toBool());

    one.data.applications()->apply(
        {app(QStringLiteral("a1"), QStringLiteral("web"), QStringLiteral("starting"))});
    QCOMPARE(status.data().toString(), QStringLiteral("Starting"));
}

void TestFleetModel::instancesComeAndGo()
{
    auto one = std::make_unique<FakeInstance>(QStringLiteral("One"), &m_network);
    FakeInstance two(QStringLiteral("Two"), &m_network);
    one->data.applications()->apply(
        {app(QStringLiteral("a1"), QStringLiteral("web"), QStringLiteral("running")),
         app(QStringLiteral("a2"), QStringLiteral("api"), QStringLiteral("running"))});
    two.data.applications()->apply(
        {app(QStringLiteral("b1"), QStringLiteral("blog"), QStringLiteral("running"))});
    FleetModel fleet;
    QAbstractItemModelTester tester(&fleet, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fleet.addInstance(&one->data); // rows already loaded come in at once
    fleet.addInstance(&two.data);
    QCOMPARE(fleet.rowCount(), 3);

    fleet.removeInstance(&one->data);
    QCOMPARE(fleet.rowCount(), 1);
    QCOMPARE(fleet.at(0).name, QStringLiteral("blog"));
    // The removed instance's models no longer reach the fleet.
    one->data.applications()->apply({});
    one.reset();
    QCOMPARE(fleet.rowCount(), 1);
    two.data.applications()->apply({});
    QCOMPARE(fleet.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestFleetModel)
#include "tst_fleetmodel.moc"
