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

using namespace Qt::StringLiterals;

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
    a.buildPack = u"nixpacks"_s;
    return a;
}

Models::Database database(const QString &uuid, const QString &name)
{
    Models::Database d;
    d.uuid = uuid;
    d.name = name;
    d.status = Models::ResourceStatus::parse(u"running:healthy"_s);
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
    s.status = Models::ResourceStatus::parse(u"running:healthy"_s);
    s.environmentId = 1;
    Models::ServiceComponent web;
    web.uuid = uuid + u"-web"_s;
    web.name = u"web"_s;
    web.fqdn = fqdn;
    s.components = QList<Models::ServiceComponent>{web};
    return s;
}

Models::Project project(const QString &environmentName)
{
    Models::Project p;
    p.uuid = u"p1"_s;
    p.id = 1;
    p.name = u"Shop"_s;
    Models::Environment e;
    e.id = 1;
    e.uuid = u"e1"_s;
    e.name = environmentName;
    e.projectId = 1;
    p.environments = QList<Models::Environment>{e};
    return p;
}

// One instance without a network: its models are fed by the test.
struct FakeInstance
{
    explicit FakeInstance(const QString &name, QNetworkAccessManager *network)
        : session(Instances::Instance::create(name, QUrl(u"https://c.example"_s)), network)
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
    FakeInstance one(u"One"_s, &m_network);
    FleetModel fleet;
    QAbstractItemModelTester tester(&fleet, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fleet.addInstance(&one.data);
    QCOMPARE(fleet.rowCount(), 0);

    one.data.applications()->apply(
        {app(u"a1"_s, u"web"_s, u"running:healthy"_s), app(u"a2"_s, u"api"_s, u"exited"_s)});
    one.data.databases()->apply({database(u"d1"_s, u"pg"_s)});
    one.data.services()->apply(
        {service(u"s1"_s, u"plausible"_s, u"https://stats.example,https://s.example"_s)});
    QCOMPARE(fleet.rowCount(), 4);
    const int web = rowOf(fleet, one, u"a1"_s);
    QVERIFY(web >= 0);
    QCOMPARE(fleet.at(web).name, u"web"_s);
    QCOMPARE(fleet.at(web).instanceName, u"One"_s);
    QCOMPARE(fleet.index(web, FleetModel::Kind).data().toString(), u"Application"_s);
    const int pg = rowOf(fleet, one, u"d1"_s);
    QCOMPARE(fleet.at(pg).endpoint, u"c.example:5433"_s);
    const int stats = rowOf(fleet, one, u"s1"_s);
    QCOMPARE(fleet.at(stats).endpoint, u"https://stats.example"_s);

    // One status changes: exactly that row changes, nothing is inserted or removed.
    QSignalSpy changed(&fleet, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&fleet, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&fleet, &QAbstractItemModel::rowsRemoved);
    QPersistentModelIndex selected = fleet.index(web, FleetModel::Name);
    one.data.applications()->apply(
        {app(u"a1"_s, u"web"_s, u"exited"_s), app(u"a2"_s, u"api"_s, u"exited"_s)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), web);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), web);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(fleet.index(web, FleetModel::Status).data().toString(), u"Exited"_s);
    QVERIFY(selected.isValid());

    // A container of the service changes its domain: the service's row follows.
    one.data.services()->apply({service(u"s1"_s, u"plausible"_s, u"https://new.example"_s)});
    QCOMPARE(fleet.at(rowOf(fleet, one, u"s1"_s)).endpoint, u"https://new.example"_s);

    // Resources vanish: their rows go, the selected one stays selected.
    one.data.applications()->apply({app(u"a1"_s, u"web"_s, u"exited"_s)});
    one.data.databases()->apply({});
    QCOMPARE(fleet.rowCount(), 2);
    QCOMPARE(rowOf(fleet, one, u"a2"_s), -1);
    QCOMPARE(rowOf(fleet, one, u"d1"_s), -1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data().toString(), u"web"_s);
}

void TestFleetModel::sharedTextsRebuildOnlyThatInstance()
{
    FakeInstance one(u"One"_s, &m_network);
    FakeInstance two(u"Two"_s, &m_network);
    FleetModel fleet;
    QAbstractItemModelTester tester(&fleet, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fleet.addInstance(&one.data);
    fleet.addInstance(&two.data);
    one.data.applications()->apply({app(u"a1"_s, u"web"_s, u"running"_s)});
    two.data.applications()->apply({app(u"b1"_s, u"blog"_s, u"running"_s)});
    QCOMPARE(fleet.rowCount(), 2);

    QSignalSpy changed(&fleet, &QAbstractItemModel::dataChanged);
    one.data.projects()->apply({project(u"production"_s)});
    // Coalesced: the environment names are applied on the next event-loop turn.
    QTRY_COMPARE(fleet.at(rowOf(fleet, one, u"a1"_s)).environment, u"Shop / production"_s);
    QCOMPARE(fleet.at(rowOf(fleet, two, u"b1"_s)).environment, QString());
    for (const QList<QVariant> &signal : std::as_const(changed))
        QCOMPARE(signal.at(0).value<QModelIndex>().row(), rowOf(fleet, one, u"a1"_s));

    // Renaming the instance renames its badge.
    Instances::Instance renamed = two.session.instance();
    renamed.name = u"Two (staging)"_s;
    two.session.setInstance(renamed);
    QTRY_COMPARE(fleet.index(rowOf(fleet, two, u"b1"_s), FleetModel::Instance).data().toString(),
                 u"Two (staging)"_s);
}

void TestFleetModel::pendingActionsShowUntilTheStatusMoves()
{
    FakeInstance one(u"One"_s, &m_network);
    FleetModel fleet;
    QAbstractItemModelTester tester(&fleet, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fleet.addInstance(&one.data);
    one.data.applications()->apply({app(u"a1"_s, u"web"_s, u"exited"_s)});
    const QModelIndex status = fleet.index(0, FleetModel::Status);
    QCOMPARE(status.data().toString(), u"Exited"_s);

    one.data.markPending(u"a1"_s, u"Start requested…"_s, u"exited"_s);
    QCOMPARE(status.data().toString(), u"Start requested…"_s);
    QVERIFY(status.data(Models::Roles::Transitional).toBool());

    one.data.applications()->apply({app(u"a1"_s, u"web"_s, u"starting"_s)});
    QCOMPARE(status.data().toString(), u"Starting"_s);
}

void TestFleetModel::instancesComeAndGo()
{
    auto one = std::make_unique<FakeInstance>(u"One"_s, &m_network);
    FakeInstance two(u"Two"_s, &m_network);
    one->data.applications()->apply(
        {app(u"a1"_s, u"web"_s, u"running"_s), app(u"a2"_s, u"api"_s, u"running"_s)});
    two.data.applications()->apply({app(u"b1"_s, u"blog"_s, u"running"_s)});
    FleetModel fleet;
    QAbstractItemModelTester tester(&fleet, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fleet.addInstance(&one->data); // rows already loaded come in at once
    fleet.addInstance(&two.data);
    QCOMPARE(fleet.rowCount(), 3);

    fleet.removeInstance(&one->data);
    QCOMPARE(fleet.rowCount(), 1);
    QCOMPARE(fleet.at(0).name, u"blog"_s);
    // The removed instance's models no longer reach the fleet.
    one->data.applications()->apply({});
    one.reset();
    QCOMPARE(fleet.rowCount(), 1);
    two.data.applications()->apply({});
    QCOMPARE(fleet.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestFleetModel)
#include "tst_fleetmodel.moc"
