// The live fleet against the sandbox over HTTP: sessions connect and learn their token's
// abilities, each instance's resources load into its models and the fleet table, the navigation
// tree follows incrementally under QAbstractItemModelTester, and an unreachable instance keeps
// its last known data, marked stale.
#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "instances/tokenvault.h"
#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/navigationmodel.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Coolify;
using State = Models::InstanceSession::State;
using Nav = Models::NavigationModel;

class TestNavigationModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsFollowTheStore();
    void sessionsConnectAndReportAbilities();
    void resourcesLoadIntoFleetAndTree();
    void unreachableKeepsWhatWasKnown();
    void pollingAdapts();

private:
    QString addSession(const QString &name, const QString &token);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Instances::InstanceStore> m_store;
    std::unique_ptr<Instances::TokenVault> m_vault;
    std::unique_ptr<Instances::InstanceManager> m_manager;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
};

void TestNavigationModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("app.ini")),
                                             QSettings::IniFormat);
    m_store = std::make_unique<Instances::InstanceStore>(m_settings.get());
    m_vault = std::make_unique<Instances::TokenVault>(QStringLiteral("coolify-desktop-test"));
    m_manager = std::make_unique<Instances::InstanceManager>(m_store.get(), m_vault.get());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxConfig::demo());
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->lastError()));
}

void TestNavigationModel::cleanup()
{
    m_sandbox.reset();
    m_manager.reset();
    m_vault.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestNavigationModel::addSession(const QString &name, const QString &token)
{
    Instances::Instance instance = Instances::Instance::create(name, m_sandbox->rootUrl());
    instance.sessionOnly = true;
    return m_manager->add(instance, token, Instances::TokenStorage::SessionOnly, this,
                          [](const Instances::VaultResult &) {});
}

void TestNavigationModel::rowsFollowTheStore()
{
    Models::Fleet fleet(m_manager.get(), m_network.get());
    fleet.setAutoRefresh(false);
    Models::NavigationModel model(&fleet);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 2); // "All Instances", "Active Deployments"

    const QString a = addSession(QStringLiteral("Alpha"), QStringLiteral("demo-root"));
    const QString b = addSession(QStringLiteral("Beta"), QStringLiteral("demo-read"));
    QTRY_COMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(model.instanceIndex(b).row(), 3);
    QCOMPARE(model.rowCount(model.instanceIndex(a)),
             6); // apps, dbs, services, projects, servers, deployments

    auto renamed = *m_store->find(a);
    renamed.name = QStringLiteral("Alpha prime");
    QVERIFY(m_store->update(renamed));
    QTRY_COMPARE(model.instanceIndex(a).data().toString(), QStringLiteral("Alpha prime"));

    QPersistentModelIndex keep = model.instanceIndex(b);
    QVERIFY(m_store->remove(a));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(keep.row(), 2); // selection survives: no reset
    QCOMPARE(keep.data().toString(), QStringLiteral("Beta"));
}

void TestNavigationModel::sessionsConnectAndReportAbilities()
{
    Models::Fleet fleet(m_manager.get(), m_network.get());
    fleet.setAutoRefresh(false);
    const QString root = addSession(QStringLiteral("Root"), QStringLiteral("demo-root"));
    const QString read = addSession(QStringLiteral("Read"), QStringLiteral("demo-read"));
    const QString bad = addSession(QStringLiteral("Bad"), QStringLiteral("wrong"));

    QTRY_VERIFY(fleet.session(root) && fleet.session(read) && fleet.session(bad));
    QTRY_COMPARE_WITH_TIMEOUT(fleet.session(root)->state(), State::Online, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(fleet.session(read)->state(), State::Online, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(fleet.session(bad)->state(), State::Rejected, 10000);

    const auto *rootSession = fleet.session(root);
    QCOMPARE(rootSession->version(), QStringLiteral("4.3.11"));
    QCOMPARE(rootSession->stateText(), QStringLiteral("Online — Coolify 4.3.11"));
    using A = Api::Ability;
    using S = Api::TokenAbilities::State;
    for (const A ability : Api::TokenAbilities::all())
        QCOMPARE(rootSession->abilities().state(ability), S::Granted);
    const auto &readAbilities = fleet.session(read)->abilities();
    QCOMPARE(readAbilities.state(A::Read), S::Granted);
    QCOMPARE(readAbilities.state(A::Write), S::Missing);
    QCOMPARE(readAbilities.state(A::Deploy), S::Missing);
    QCOMPARE(readAbilities.state(A::ReadSensitive), S::Missing);
    QVERIFY(readAbilities.missingReason(A::Deploy).contains(QLatin1String("deploy")));
    QVERIFY2(fleet.session(bad)->problem().contains(QLatin1String("401")),
             qPrintable(fleet.session(bad)->problem()));
}

void TestNavigationModel::resourcesLoadIntoFleetAndTree()
{
    Models::Fleet fleet(m_manager.get(), m_network.get());
    fleet.setAutoRefresh(false);
    Models::NavigationModel nav(&fleet);
    QAbstractItemModelTester navTester(&nav, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester fleetTester(fleet.resources(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString a = addSession(QStringLiteral("A"), QStringLiteral("demo-root"));
    const QString b = addSession(QStringLiteral("B"), QStringLiteral("demo-read"));
    QTRY_VERIFY(fleet.data(a) && fleet.data(b));
    Models::InstanceData *dataA = fleet.data(a);
    QTRY_VERIFY_WITH_TIMEOUT(dataA->hasData() && fleet.data(b)->hasData(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!dataA->isRefreshing(), 15000);

    const int apps = dataA->applications()->rowCount();
    QVERIFY(apps > 3);
    // Both instances talk to the same sandbox: the fleet has every resource twice, one per
    // instance, each with its instance's name.
    Models::FleetModel *resources = fleet.resources();
    QTRY_COMPARE(resources->rowCount() % 2, 0);
    int fromA = 0;
    for (const auto &row : resources->rows())
        fromA += row.instanceId == a;
    QCOMPARE(resources->rowCount(), 2 * fromA);
    QVERIFY(fromA >= apps + dataA->databases()->rowCount());

    // The tree counts them and lists projects → environments → resources.
    const QModelIndex appsNode = nav.find(a, Nav::Node::Applications);
    QTRY_COMPARE(appsNode.data().toString(), QStringLiteral("Applications (%1)").arg(apps));
    QTRY_VERIFY_WITH_TIMEOUT(nav.find(a, Nav::Node::Environment).isValid(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(nav.find(a, Nav::Node::Resource).isValid(), 10000);
    const QModelIndex resource = nav.find(a, Nav::Node::Resource);
    QVERIFY(!resource.data(Nav::ResourceKindRole).toString().isEmpty());

    // A refresh that changes nothing keeps every row (no reset, no churn).
    QSignalSpy removed(resources, &QAbstractItemModel::rowsRemoved);
    dataA->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!dataA->isRefreshing(), 15000);
    QCOMPARE(removed.count(), 0);
}

void TestNavigationModel::unreachableKeepsWhatWasKnown()
{
    Models::Fleet fleet(m_manager.get(), m_network.get());
    fleet.setAutoRefresh(false);
    const QString id = addSession(QStringLiteral("Root"), QStringLiteral("demo-root"));
    QTRY_VERIFY(fleet.session(id));
    QTRY_COMPARE_WITH_TIMEOUT(fleet.session(id)->state(), State::Online, 10000);
    Models::InstanceData *data = fleet.data(id);
    QTRY_VERIFY_WITH_TIMEOUT(data->hasData() && !data->isRefreshing(), 15000);
    const auto known = fleet.session(id)->abilities();
    const int rows = fleet.resources()->rowCount();
    QVERIFY(rows > 0);

    m_sandbox.reset(); // the server goes away
    fleet.session(id)->check();
    data->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(fleet.session(id)->state(), State::Unreachable, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(data->isStale() && !data->isRefreshing(), 10000);
    QCOMPARE(fleet.session(id)->abilities(), known);
    QVERIFY(fleet.session(id)->stateText().contains(QLatin1String("last contact")));
    QVERIFY2(data->staleText().startsWith(QLatin1String("Stale since")),
             qPrintable(data->staleText()));
    QVERIFY2(data->staleText().contains(QLatin1String("refused")), qPrintable(data->staleText()));
    QTRY_COMPARE(fleet.resources()->rowCount(), rows); // last known state, never blanked
    QVERIFY(fleet.resources()->at(0).stale);
    QVERIFY(fleet.resources()
                ->index(0, Models::FleetModel::Status)
                .data()
                .toString()
                .contains(QLatin1String("last known")));
}

void TestNavigationModel::pollingAdapts()
{
    Models::Fleet fleet(m_manager.get(), m_network.get());
    fleet.setAutoRefresh(false);
    const QString id = addSession(QStringLiteral("Root"), QStringLiteral("demo-root"));
    QTRY_VERIFY(fleet.data(id));
    Models::InstanceData *data = fleet.data(id);
    QTRY_VERIFY_WITH_TIMEOUT(data->hasData() && !data->isRefreshing(), 15000);
    Models::InstanceData::Intervals intervals;
    data->setIntervals(intervals);
    const int normal = data->nextIntervalMs();
    QVERIFY(normal == intervals.idleMs || normal == intervals.activeMs);
    data->setWindowVisible(false);
    QCOMPARE(data->nextIntervalMs(), intervals.hiddenMs);
    data->setWindowVisible(true);
    data->noteActionSent();
    QCOMPARE(data->nextIntervalMs(), intervals.activeMs);
}

QTEST_GUILESS_MAIN(TestNavigationModel)
#include "tst_navigationmodel.moc"
