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
#include "models/projectsmodel.h"
#include "models/servicesmodel.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

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
    void statusChangesLeaveTheResourceTreeAlone();
    void renamesAndMovesUpdateTheTree();
    void resourcesAndEnvironmentsComeAndGo();
    void aListArrivingInSlicesSyncsTheTreeRarely();
    void benchmarkStatusChange();

private:
    QString addSession(const QString &name, const QString &token);
    // A fleet with its tree under QAbstractItemModelTester, and the instance loadInstance() added.
    struct Loaded
    {
        Loaded(Instances::InstanceManager *manager, QNetworkAccessManager *network)
            : fleet(manager, network)
            , nav(&fleet)
            , tester(&nav, QAbstractItemModelTester::FailureReportingMode::Fatal)
        {
            fleet.setAutoRefresh(false);
        }
        Models::Fleet fleet;
        Nav nav;
        QAbstractItemModelTester tester;
        QString id;
        Models::InstanceData *data = nullptr;
    };
    // One demo-root instance, loaded, with every project's environments and the tree built.
    void loadInstance(Loaded &loaded);
    void serveApplications(int count);

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
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"app.ini"_s), QSettings::IniFormat);
    m_store = std::make_unique<Instances::InstanceStore>(m_settings.get());
    m_vault = std::make_unique<Instances::TokenVault>(u"coolify-desktop-test"_s);
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
    QCOMPARE(model.rowCount(), 3); // "All Instances", "Active Deployments", "Backups"
    QCOMPARE(model.backupsIndex().row(), 2);
    QCOMPARE(model.backupsIndex().data(Nav::NodeRole).toInt(), int(Nav::Node::Backups));

    const QString a = addSession(u"Alpha"_s, u"demo-root"_s);
    const QString b = addSession(u"Beta"_s, u"demo-read"_s);
    QTRY_COMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(3, 0).data().toString(), u"Alpha"_s);
    QCOMPARE(model.instanceIndex(b).row(), 4);
    QCOMPARE(model.rowCount(model.instanceIndex(a)),
             6); // apps, dbs, services, projects, servers, deployments

    auto renamed = *m_store->find(a);
    renamed.name = u"Alpha prime"_s;
    QVERIFY(m_store->update(renamed));
    QTRY_COMPARE(model.instanceIndex(a).data().toString(), u"Alpha prime"_s);

    QPersistentModelIndex keep = model.instanceIndex(b);
    QVERIFY(m_store->remove(a));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(keep.row(), 3); // selection survives: no reset
    QCOMPARE(keep.data().toString(), u"Beta"_s);
}

void TestNavigationModel::sessionsConnectAndReportAbilities()
{
    Models::Fleet fleet(m_manager.get(), m_network.get());
    fleet.setAutoRefresh(false);
    const QString root = addSession(u"Root"_s, u"demo-root"_s);
    const QString read = addSession(u"Read"_s, u"demo-read"_s);
    const QString bad = addSession(u"Bad"_s, u"wrong"_s);

    QTRY_VERIFY(fleet.session(root) && fleet.session(read) && fleet.session(bad));
    QTRY_COMPARE_WITH_TIMEOUT(fleet.session(root)->state(), State::Online, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(fleet.session(read)->state(), State::Online, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(fleet.session(bad)->state(), State::Rejected, 10000);

    const auto *rootSession = fleet.session(root);
    QCOMPARE(rootSession->version(), u"4.3.11"_s);
    QCOMPARE(rootSession->stateText(), u"Online — Coolify 4.3.11"_s);
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
    const QString a = addSession(u"A"_s, u"demo-root"_s);
    const QString b = addSession(u"B"_s, u"demo-read"_s);
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
    QTRY_COMPARE(appsNode.data().toString(), u"Applications (%1)"_s.arg(apps));
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
    const QString id = addSession(u"Root"_s, u"demo-root"_s);
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
    const QString id = addSession(u"Root"_s, u"demo-root"_s);
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

namespace {
// Runs everything queued so far (the tree's coalesced syncs are queued zero-timers).
void drain()
{
    bool done = false;
    QTimer::singleShot(0, [&done] { done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

// The subtree below an instance's Projects node as sorted lines: what it shows, not in what order.
QStringList projectsTree(const Nav &nav, const QString &instanceId)
{
    QStringList lines;
    const QModelIndex projects = nav.find(instanceId, Nav::Node::Projects);
    const auto key = [](const QModelIndex &index) {
        return index.data(Nav::KeyRole).toString();
    };
    for (int p = 0; p < nav.rowCount(projects); ++p) {
        const QModelIndex project = nav.index(p, 0, projects);
        lines << u"project " + key(project) + u' ' + project.data().toString();
        for (int e = 0; e < nav.rowCount(project); ++e) {
            const QModelIndex environment = nav.index(e, 0, project);
            lines << u"environment " + key(project) + u'/' + key(environment) + u' '
                    + environment.data().toString();
            for (int r = 0; r < nav.rowCount(environment); ++r) {
                const QModelIndex resource = nav.index(r, 0, environment);
                lines << u"resource " + key(environment) + u'/' + key(resource) + u' '
                        + resource.data().toString() + u' '
                        + resource.data(Nav::ResourceKindRole).toString();
            }
        }
    }
    lines.sort();
    return lines;
}

bool isBelow(const QModelIndex &index, const QPersistentModelIndex &ancestor)
{
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent()) {
        if (up == ancestor)
            return true;
    }
    return false;
}
} // namespace

void TestNavigationModel::loadInstance(Loaded &loaded)
{
    Models::Fleet &fleet = loaded.fleet;
    const Nav &nav = loaded.nav;
    QString *id = &loaded.id;
    Models::InstanceData **data = &loaded.data;
    *id = addSession(u"A"_s, u"demo-root"_s);
    QTRY_VERIFY(fleet.data(*id));
    *data = fleet.data(*id);
    QTRY_VERIFY_WITH_TIMEOUT((*data)->hasData() && !(*data)->isRefreshing(), 15000);
    const Models::ProjectsModel *projects = (*data)->projects();
    const auto everyEnvironmentKnown = [projects] {
        for (int row = 0; row < projects->topCount(); ++row) {
            if (projects->children(row).isEmpty())
                return false;
        }
        return projects->topCount() > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(everyEnvironmentKnown(), 15000);
    drain();
    QVERIFY(nav.find(*id, Nav::Node::Resource).isValid());
}

// A refresh touches the instance many times (loaders finishing, statuses changing); only
// resources coming, going, being renamed or moved re-sync the projects subtree.
void TestNavigationModel::statusChangesLeaveTheResourceTreeAlone()
{
    Loaded loaded(m_manager.get(), m_network.get());
    loadInstance(loaded);
    if (QTest::currentTestFailed())
        return;
    Nav &nav = loaded.nav;
    const QString id = loaded.id;
    Models::InstanceData *data = loaded.data;
    const QStringList tree = projectsTree(nav, id);
    const int syncs = nav.resourceSyncCount(id);
    QVERIFY(syncs >= 1);

    const QPersistentModelIndex projects = nav.find(id, Nav::Node::Projects);
    int below = 0;
    const auto count = [&](const QModelIndex &index) {
        below += isBelow(index, projects);
    };
    connect(&nav, &QAbstractItemModel::rowsInserted, this, count);
    connect(&nav, &QAbstractItemModel::rowsRemoved, this, count);
    connect(&nav, &QAbstractItemModel::dataChanged, this, count);
    connect(&nav, &QAbstractItemModel::layoutChanged, this, [&] { ++below; });
    connect(&nav, &QAbstractItemModel::modelReset, this, [&] { ++below; });

    const auto flip = [](Models::ResourceStatus status) {
        return Models::ResourceStatus::parse(
            status.raw == QLatin1String("exited") ? u"running:healthy"_s : u"exited"_s);
    };
    QSignalSpy appsChanged(data->applications(), &QAbstractItemModel::dataChanged);
    QList<Models::Application> apps = data->applications()->rows();
    QVERIFY(apps.size() > 3);
    apps[0].status = flip(apps[0].status);
    apps[2].status = flip(apps[2].status);
    apps[2].description = u"not shown in the tree"_s;
    data->applications()->apply(apps);
    QCOMPARE(appsChanged.count(), 2);

    QVERIFY(data->databases()->rowCount() > 0);
    Models::Database db = data->databases()->at(0);
    db.status = flip(db.status);
    data->databases()->upsert(db);
    QVERIFY(data->services()->topCount() > 0);
    Models::Service service = data->services()->item(0);
    service.status = flip(service.status);
    data->services()->upsert(service);
    data->markPending(apps.at(1).uuid, u"Restart requested…"_s, apps.at(1).status.raw);
    drain();
    QCOMPARE(nav.resourceSyncCount(id), syncs);
    QCOMPARE(below, 0);

    // A refresh that brings nothing new does not touch the subtree either.
    data->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!data->isRefreshing(), 15000);
    drain();
    QCOMPARE(nav.resourceSyncCount(id), syncs);
    QCOMPARE(below, 0);
    QCOMPARE(projectsTree(nav, id), tree);
    // The header rows still follow every change.
    QCOMPARE(nav.find(id, Nav::Node::Applications).data().toString(),
             u"Applications (%1)"_s.arg(data->applications()->rowCount()));
}

void TestNavigationModel::renamesAndMovesUpdateTheTree()
{
    Loaded loaded(m_manager.get(), m_network.get());
    loadInstance(loaded);
    if (QTest::currentTestFailed())
        return;
    Models::Fleet &fleet = loaded.fleet;
    Nav &nav = loaded.nav;
    const QString id = loaded.id;
    Models::InstanceData *data = loaded.data;
    int syncs = nav.resourceSyncCount(id);

    // An application the tree shows, and another environment to move it to.
    QList<Models::Application> apps = data->applications()->rows();
    qsizetype pick = -1;
    for (qsizetype i = 0; i < apps.size() && pick < 0; ++i) {
        if (nav.find(id, Nav::Node::Resource, apps.at(i).uuid).isValid())
            pick = i;
    }
    QVERIFY(pick >= 0);
    const QString uuid = apps.at(pick).uuid;
    const qint64 from = apps.at(pick).environmentId;
    qint64 to = -1;
    const Models::ProjectsModel *projects = data->projects();
    for (int row = 0; row < projects->topCount() && to < 0; ++row) {
        for (const Models::Environment &environment : projects->children(row)) {
            if (environment.id != from) {
                to = environment.id;
                break;
            }
        }
    }
    QVERIFY(to >= 0);

    // Renamed: the same item (selection and expansion survive) shows the new name.
    const QPersistentModelIndex item = nav.find(id, Nav::Node::Resource, uuid);
    apps[pick].name = u"renamed-app"_s;
    data->applications()->apply(apps);
    drain();
    QCOMPARE(nav.resourceSyncCount(id), ++syncs);
    QVERIFY(item.isValid());
    QCOMPARE(item.data().toString(), u"renamed-app"_s);
    QCOMPARE(item.data(Nav::ResourceKindRole).toString(), u"application"_s);

    // Moved to another environment: it leaves the old one and shows under the new one.
    apps[pick].environmentId = to;
    data->applications()->apply(apps);
    drain();
    QCOMPARE(nav.resourceSyncCount(id), ++syncs);
    const QModelIndex moved = nav.find(id, Nav::Node::Resource, uuid);
    QVERIFY(moved.isValid());
    QCOMPARE(moved.data().toString(), u"renamed-app"_s);
    QCOMPARE(moved.parent().data(Nav::KeyRole).toString(), QString::number(to));
    const QModelIndex old = nav.find(id, Nav::Node::Environment, QString::number(from));
    for (int row = 0; row < nav.rowCount(old); ++row)
        QVERIFY(nav.index(row, 0, old).data(Nav::KeyRole).toString() != uuid);

    // A database and a service renamed (a service's containers do not count).
    Models::Database db = data->databases()->at(0);
    db.name = u"renamed-db"_s;
    data->databases()->upsert(db);
    Models::Service service = data->services()->item(0);
    service.name = u"renamed-service"_s;
    data->services()->upsert(service);
    drain();
    QCOMPARE(nav.resourceSyncCount(id), ++syncs); // both in one sync
    QCOMPARE(nav.find(id, Nav::Node::Resource, db.uuid).data().toString(), u"renamed-db"_s);
    QCOMPARE(nav.find(id, Nav::Node::Resource, service.uuid).data().toString(),
             u"renamed-service"_s);

    // What it shows is what a tree built from scratch shows.
    Nav fresh(&fleet);
    QCOMPARE(projectsTree(nav, id), projectsTree(fresh, id));
}

void TestNavigationModel::resourcesAndEnvironmentsComeAndGo()
{
    Loaded loaded(m_manager.get(), m_network.get());
    loadInstance(loaded);
    if (QTest::currentTestFailed())
        return;
    Models::Fleet &fleet = loaded.fleet;
    Nav &nav = loaded.nav;
    const QString id = loaded.id;
    Models::InstanceData *data = loaded.data;
    const auto matchesAFreshTree = [&] {
        Nav fresh(&fleet);
        return projectsTree(nav, id) == projectsTree(fresh, id);
    };

    // An application added, then two removed.
    QList<Models::Application> apps = data->applications()->rows();
    Models::Application added = apps.at(0);
    added.uuid = u"nav-test-added"_s;
    added.name = u"Added app"_s;
    apps << added;
    data->applications()->apply(apps);
    drain();
    const QModelIndex addedIndex = nav.find(id, Nav::Node::Resource, added.uuid);
    QVERIFY(addedIndex.isValid());
    QCOMPARE(addedIndex.data().toString(), u"Added app"_s);
    QCOMPARE(addedIndex.data(Nav::ResourceKindRole).toString(), u"application"_s);
    QCOMPARE(addedIndex.parent().data(Nav::KeyRole).toString(),
             QString::number(added.environmentId));
    QVERIFY(matchesAFreshTree());

    const QString gone = apps.at(1).uuid;
    apps.removeAt(1);
    apps.removeLast();
    data->applications()->apply(apps);
    drain();
    QVERIFY(!nav.find(id, Nav::Node::Resource, added.uuid).isValid());
    QVERIFY(!nav.find(id, Nav::Node::Resource, gone).isValid());
    QVERIFY(matchesAFreshTree());

    // A database and a service removed.
    const QString db = data->databases()->at(0).uuid;
    const QString service = data->services()->item(0).uuid;
    QVERIFY(nav.find(id, Nav::Node::Resource, db).isValid());
    data->databases()->removeUuid(db);
    data->services()->removeUuid(service);
    drain();
    QVERIFY(!nav.find(id, Nav::Node::Resource, db).isValid());
    QVERIFY(!nav.find(id, Nav::Node::Resource, service).isValid());
    QCOMPARE(nav.find(id, Nav::Node::Databases).data().toString(),
             u"Databases (%1)"_s.arg(data->databases()->rowCount()));
    QVERIFY(matchesAFreshTree());

    // An application in an environment the tree does not know yet is not shown; once the
    // environment appears, it is, under it. Renamed, the environment keeps its item; moved to
    // another project, it takes its resources along; gone, they go with it.
    Models::ProjectsModel *projects = data->projects();
    QVERIFY(projects->topCount() >= 2);
    const QString project = projects->item(0).uuid;
    const QString otherProject = projects->item(1).uuid;
    const QList<Models::Environment> environments = projects->children(0);
    const QList<Models::Environment> otherEnvironments = projects->children(1);
    Models::Environment qa = environments.at(0);
    qa.id = 990001;
    qa.uuid = u"nav-test-env"_s;
    qa.name = u"qa"_s;
    apps[0].environmentId = qa.id;
    data->applications()->apply(apps);
    drain();
    QVERIFY(!nav.find(id, Nav::Node::Resource, apps.at(0).uuid).isValid());
    QVERIFY(matchesAFreshTree());

    QVERIFY(projects->setEnvironments(project, environments + QList{qa}));
    drain();
    const QPersistentModelIndex qaIndex =
        nav.find(id, Nav::Node::Environment, QString::number(qa.id));
    QVERIFY(qaIndex.isValid());
    QCOMPARE(qaIndex.data().toString(), u"qa"_s);
    QCOMPARE(nav.rowCount(qaIndex), 1);
    QCOMPARE(nav.find(id, Nav::Node::Resource, apps.at(0).uuid).parent(), QModelIndex(qaIndex));
    QVERIFY(matchesAFreshTree());

    qa.name = u"quality"_s;
    QVERIFY(projects->setEnvironments(project, environments + QList{qa}));
    drain();
    QCOMPARE(qaIndex.data().toString(), u"quality"_s);
    QCOMPARE(nav.rowCount(qaIndex), 1);

    QVERIFY(projects->setEnvironments(project, environments));
    QVERIFY(projects->setEnvironments(otherProject, otherEnvironments + QList{qa}));
    drain();
    const QModelIndex movedEnvironment =
        nav.find(id, Nav::Node::Environment, QString::number(qa.id));
    QCOMPARE(movedEnvironment.parent().data(Nav::KeyRole).toString(), otherProject);
    QCOMPARE(nav.find(id, Nav::Node::Resource, apps.at(0).uuid).parent(), movedEnvironment);
    QVERIFY(matchesAFreshTree());

    QVERIFY(projects->setEnvironments(otherProject, otherEnvironments));
    drain();
    QVERIFY(!nav.find(id, Nav::Node::Environment, QString::number(qa.id)).isValid());
    QVERIFY(!nav.find(id, Nav::Node::Resource, apps.at(0).uuid).isValid());
    QVERIFY(matchesAFreshTree());

    // Back in a known environment, it shows again.
    apps[0].environmentId = environments.at(0).id;
    data->applications()->apply(apps);
    drain();
    QCOMPARE(nav.find(id, Nav::Node::Resource, apps.at(0).uuid).parent().data(Nav::KeyRole),
             QVariant(QString::number(environments.at(0).id)));
    QVERIFY(matchesAFreshTree());
}

// The sandbox from now on serves `count` generated applications, without a rate limit.
void TestNavigationModel::serveApplications(int count)
{
    auto config = Sandbox::SandboxConfig::demo();
    config.scale = count;
    config.rateLimitPerMinute = 0;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(config);
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->lastError()));
}

// 2,000 applications arrive in the table in slices, one per event-loop turn. The subtree is
// compared with them at most every 100 ms meanwhile (each comparison walks every resource), and
// it ends complete.
void TestNavigationModel::aListArrivingInSlicesSyncsTheTreeRarely()
{
    serveApplications(2000);
    if (QTest::currentTestFailed())
        return;
    Models::Fleet fleet(m_manager.get(), m_network.get());
    fleet.setAutoRefresh(false);
    Models::NavigationModel nav(&fleet);
    // Spacing longer than the test: the subtree may only sync before the first slice and after
    // the last one, however slow the machine — and the last slice must not wait for the spacing.
    nav.setArrivingSyncSpacing(3600 * 1000);
    const QString id = addSession(u"Big"_s, u"demo-root"_s);
    QTRY_VERIFY(fleet.data(id));
    Models::InstanceData *data = fleet.data(id);
    // The subtree syncs the instance had when the first slice and the last slice came in.
    int slices = 0;
    int syncsAtFirst = -1;
    int syncsAtLast = -1;
    connect(data->applications(), &QAbstractItemModel::rowsInserted, this, [&] {
        ++slices;
        if (syncsAtFirst < 0)
            syncsAtFirst = nav.resourceSyncCount(id);
        if (data->applications()->waitingRows() == 0 && syncsAtLast < 0)
            syncsAtLast = nav.resourceSyncCount(id);
    });
    QTRY_VERIFY_WITH_TIMEOUT(data->hasData() && !data->isRefreshing(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(data->applications()->waitingRows() == 0
                                 && data->applications()->rowCount() >= 2000,
                             60000);
    const QList<Models::Application> apps = data->applications()->rows();
    const auto shown = [&] {
        return std::all_of(apps.cbegin(), apps.cend(), [&](const Models::Application &app) {
            return nav.find(id, Nav::Node::Resource, app.uuid).isValid();
        });
    };
    // Not after the hour: the last slice brought the held-back sync forward.
    QTRY_VERIFY_WITH_TIMEOUT(shown(), 10000);
    QVERIFY2(slices >= 10, qPrintable(QString::number(slices)));
    // At most the first slice's own sync (none if a sync ran just before it).
    QVERIFY2(
        syncsAtLast - syncsAtFirst <= 1,
        qPrintable(
            u"%1 syncs while %2 slices came in"_s.arg(syncsAtLast - syncsAtFirst).arg(slices)));
}

// Not a check: the UI-thread cost of the navigation update that follows one status change of one
// application in an instance with many applications. Set COOLIFY_NAV_BENCH=<applications> (e.g.
// 10000) to run it; the figures are printed, not asserted.
void TestNavigationModel::benchmarkStatusChange()
{
    const int scale = qEnvironmentVariableIntValue("COOLIFY_NAV_BENCH");
    if (scale <= 0)
        QSKIP("set COOLIFY_NAV_BENCH=10000 to measure");
    serveApplications(scale);
    if (QTest::currentTestFailed())
        return;
    Models::Fleet fleet(m_manager.get(), m_network.get());
    fleet.setAutoRefresh(false);
    Models::NavigationModel nav(&fleet);
    const QString id = addSession(u"Big"_s, u"demo-root"_s);
    QTRY_VERIFY(fleet.data(id));
    Models::InstanceData *data = fleet.data(id);
    QTRY_VERIFY_WITH_TIMEOUT(data->hasData() && !data->isRefreshing(), 120000);
    QTRY_VERIFY_WITH_TIMEOUT(data->applications()->rowCount() >= scale, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(nav.find(id, Nav::Node::Resource).isValid(), 60000);
    fleet.resources()->removeInstance(data); // measure the tree alone, not the fleet table
    QTest::qWait(200);

    const auto timedDrain = [] {
        QElapsedTimer timer;
        timer.start();
        drain();
        return timer.nsecsElapsed() / 1000;
    };
    const auto measure = [&](const char *what,
                             const std::function<void(QList<Models::Application> &, int)> &edit) {
        QList<qint64> micros;
        for (int i = 0; i < 15; ++i) {
            QList<Models::Application> apps = data->applications()->rows();
            edit(apps, i);
            data->applications()->apply(apps);
            micros << timedDrain();
        }
        std::sort(micros.begin(), micros.end());
        qInfo("%s, %lld applications: median %.2f ms, max %.2f ms", what,
              qint64(data->applications()->rowCount()), micros.at(micros.size() / 2) / 1000.0,
              micros.last() / 1000.0);
    };
    measure("status-only change", [](QList<Models::Application> &apps, int i) {
        Models::Application &app = apps[i];
        app.status = Models::ResourceStatus::parse(
            app.status.raw == QLatin1String("exited") ? u"running:healthy"_s : u"exited"_s);
    });
    measure("rename", [](QList<Models::Application> &apps, int i) { apps[i].name += u"-x"_s; });
    measure("one application added", [](QList<Models::Application> &apps, int i) {
        Models::Application added = apps.at(i);
        added.uuid = u"bench-added-%1"_s.arg(i);
        apps << added;
    });
    Models::ProjectsModel *projects = data->projects();
    QList<qint64> micros;
    for (int i = 0; i < 15; ++i) {
        QList<Models::Environment> environments = projects->children(0);
        environments[0].name = u"production-%1"_s.arg(i);
        projects->setEnvironments(projects->item(0).uuid, environments);
        micros << timedDrain();
    }
    std::sort(micros.begin(), micros.end());
    qInfo("environment renamed: median %.2f ms, max %.2f ms", micros.at(micros.size() / 2) / 1000.0,
          micros.last() / 1000.0);
}

QTEST_GUILESS_MAIN(TestNavigationModel)
#include "tst_navigationmodel.moc"
