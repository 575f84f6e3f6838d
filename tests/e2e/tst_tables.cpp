// Every model behind a table or tree of the GUI, filled from the sandbox: roles follow one scheme
// (the shared Models::Roles with their shared meaning, each model's own roles from
// Roles::FirstModelRole on, every answered role declared in roleNames() and no number used twice),
// and the status, text and kind filters of ResourceFilterProxy work on each — the fleet table, the
// servers, an instance's active deployments, the fleet's active deployments, an application's
// deployment history, the family models, the navigation tree and the deployment log.
#include "fleetfixture.h"

#include "api/families/deployments.h"
#include "controllers/databasebackups.h"
#include "controllers/deploymenthistory.h"
#include "controllers/serverresources.h"
#include "models/backupsmodel.h"
#include "models/databasesmodel.h"
#include "models/deploymenthistorymodel.h"
#include "models/deploymentlogmodel.h"
#include "models/fleetbackupsmodel.h"
#include "models/fleetdeploymentsmodel.h"
#include "models/fleetmodel.h"
#include "models/navigationmodel.h"
#include "models/projectoverviewmodel.h"
#include "models/projectsmodel.h"
#include "models/resourcefilterproxy.h"
#include "models/resourcestatus.h"
#include "models/roles.h"
#include "models/serverresourcesmodel.h"
#include "models/serversmodel.h"
#include "models/servicesmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Models::ResourceFilterProxy;
using Models::ResourceStatus;
using Group = ResourceFilterProxy::StatusGroup;
namespace Roles = Models::Roles;

namespace {

// Every index of a model (trees included), depth first.
QModelIndexList allIndexes(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QModelIndexList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column)
            out << model->index(row, column, parent);
        out << allIndexes(model, model->index(row, 0, parent));
    }
    return out;
}

int count(const QAbstractItemModel *proxy)
{
    return proxy->rowCount();
}

} // namespace

class TestTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roleScheme_data();
    void roleScheme();
    void fleetFilters();
    void serversFilters();
    void deploymentTablesFilters();

private:
    QAbstractItemModel *model(const QString &name);

    std::unique_ptr<FleetFixture> m_fx;
    QString m_id;
    QString m_deployment;
    std::unique_ptr<Controllers::DeploymentHistory> m_history;
    std::unique_ptr<Controllers::DatabaseBackups> m_backups;
    std::unique_ptr<Models::FleetBackupsModel> m_fleetBackups;
    std::unique_ptr<Controllers::ServerResources> m_onServer;
    std::unique_ptr<Models::ProjectOverviewModel> m_projectOverview;
    std::unique_ptr<Models::FleetDeploymentsModel> m_fleetDeployments;
    std::unique_ptr<Models::NavigationModel> m_navigation;
    std::unique_ptr<Models::DeploymentLogModel> m_log;
};

void TestTables::initTestCase()
{
    m_fx = std::make_unique<FleetFixture>();
    QVERIFY(m_fx->startSandbox() >= 0); // deployments stay in progress for the whole test
    m_id = m_fx->addInstance(u"Production"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_fx->ready(m_id), 15'000);
    const QString app = m_fx->uuidOf(m_id, u"applications"_s, u"storefront-web"_s);
    const auto deployed = m_fx->call(
        m_id, Api::Deployments::deploy({app}, false).withDecoder(&Models::DeployOutcome::decode));
    m_deployment = deployed.value.value<Models::DeployOutcome>().deploymentUuids().value(0);
    QVERIFY(!m_deployment.isEmpty());
    m_fleetDeployments = std::make_unique<Models::FleetDeploymentsModel>(m_fx->fleet.get());
    m_fx->fleet->data(m_id)->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_fx->fleet->data(m_id)->activeDeployments()->rowCount() > 0, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fleetDeployments->rowCount() > 0, 15'000);
    m_history = std::make_unique<Controllers::DeploymentHistory>(m_fx->fleet.get());
    QSignalSpy loaded(m_history.get(), &Controllers::DeploymentHistory::loaded);
    m_history->setApplication(m_id, app, u"storefront-web"_s);
    QVERIFY(loaded.wait(10'000));
    m_backups = std::make_unique<Controllers::DatabaseBackups>(m_fx->fleet.get());
    QSignalSpy backupsLoaded(m_backups.get(), &Controllers::DatabaseBackups::loaded);
    m_backups->setDatabase(m_id, m_fx->uuidOf(m_id, u"databases"_s, u"shop-postgres"_s),
                           u"shop-postgres"_s);
    QVERIFY(backupsLoaded.wait(10'000));
    QVERIFY(m_backups->executions()->rowCount() > 0);
    m_fleetBackups = std::make_unique<Models::FleetBackupsModel>(m_fx->fleet.get());
    QVERIFY(m_fleetBackups->rowCount() > 0);
    m_onServer = std::make_unique<Controllers::ServerResources>(m_fx->fleet.get());
    const auto *servers = m_fx->fleet->data(m_id)->servers();
    for (int row = 0; row < servers->rowCount() && !m_onServer->model()->rowCount(); ++row) {
        m_onServer->setServer(m_id, servers->at(row).uuid);
        QTRY_VERIFY_WITH_TIMEOUT(m_onServer->hasLoaded(), 10'000);
    }
    QVERIFY(m_onServer->model()->rowCount() > 0);
    m_projectOverview = std::make_unique<Models::ProjectOverviewModel>(
        m_fx->fleet->data(m_id)->projects(), m_fx->fleet->resources(), m_id);
    m_navigation = std::make_unique<Models::NavigationModel>(m_fx->fleet.get());
    m_log = std::make_unique<Models::DeploymentLogModel>();
    m_log->feed(uR"([{"command":null,"output":"Building","type":"stdout","timestamp":)"
                uR"("2025-01-01T10:00:00Z","hidden":false,"batch":1,"order":1}])"_s);
}

void TestTables::cleanupTestCase()
{
    m_log.reset();
    m_navigation.reset();
    m_history.reset();
    m_backups.reset();
    m_fleetBackups.reset();
    m_fleetDeployments.reset();
    m_fx.reset();
}

QAbstractItemModel *TestTables::model(const QString &name)
{
    Models::InstanceData *data = m_fx->fleet->data(m_id);
    const QList<std::pair<const char *, QAbstractItemModel *>> models{
        {"fleet", m_fx->fleet->resources()},
        {"servers", data->servers()},
        {"active deployments", data->activeDeployments()},
        {"fleet deployments", m_fleetDeployments.get()},
        {"history", m_history->model()},
        {"backup schedules", m_backups->schedules()},
        {"backups", m_backups->executions()},
        {"fleet backups", m_fleetBackups.get()},
        {"server resources", m_onServer->model()},
        {"project overview", m_projectOverview.get()},
        {"applications", data->applications()},
        {"databases", data->databases()},
        {"services", data->services()},
        {"projects", data->projects()},
        {"navigation", m_navigation.get()},
        {"deployment log", m_log.get()},
    };
    for (const auto &[key, m] : models) {
        if (name == QLatin1String(key))
            return m;
    }
    return nullptr;
}

void TestTables::roleScheme_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"fleet", "servers", "active deployments", "fleet deployments", "history", "applications",
          "databases", "services", "projects", "navigation", "deployment log", "server resources",
          "project overview", "backup schedules", "backups", "fleet backups"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestTables::roleScheme()
{
    QFETCH(QString, name);
    QAbstractItemModel *m = model(name);
    QVERIFY(m);
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndexList indexes = allIndexes(m);
    QVERIFY2(!indexes.isEmpty(), "the sandbox filled every model");

    const QHash<int, QByteArray> names = m->roleNames();
    const QHash<int, QByteArray> shared = Roles::sharedNames();
    QSet<QByteArray> seenNames;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const int role = it.key();
        QVERIFY2(!seenNames.contains(it.value()), it.value().constData());
        seenNames.insert(it.value());
        if (role < Qt::UserRole)
            continue;
        if (role < Roles::FirstModelRole) {
            // A shared number always carries the shared meaning (and name).
            QVERIFY2(role < Roles::SharedEnd,
                     qPrintable(u"role %1 is in the reserved gap"_s.arg(role)));
            QCOMPARE(it.value(), shared.value(role));
        }
    }
    // Every role the model answers is declared: no undeclared number carries data.
    for (int role = Qt::UserRole; role < Roles::FirstModelRole + 64; ++role) {
        if (names.contains(role))
            continue;
        for (const QModelIndex &index : indexes)
            QVERIFY2(!index.data(role).isValid(),
                     qPrintable(u"%1 answers the undeclared role %2"_s.arg(name).arg(role)));
    }
    // The shared roles mean the same everywhere: a uuid is a non-empty string, a state one of
    // ResourceStatus's, a kind a known word.
    const QStringList kinds{Api::kindKey(Api::ResourceKind::Application),
                            Api::kindKey(Api::ResourceKind::Database),
                            Api::kindKey(Api::ResourceKind::Service),
                            u"server"_s,
                            u"deployment"_s,
                            u"backup"_s,
                            u"backup-execution"_s,
                            u"project"_s,
                            u"environment"_s};
    for (const QModelIndex &index : indexes) {
        if (const QVariant uuid = index.data(Roles::Uuid); uuid.isValid())
            QVERIFY(!uuid.toString().isEmpty());
        if (const QVariant state = index.data(Roles::StatusState); state.isValid())
            QVERIFY(state.toInt() >= 0 && state.toInt() <= int(ResourceStatus::State::Stopped));
        if (const QVariant kind = index.data(Roles::Kind); kind.isValid())
            QVERIFY2(kinds.contains(kind.toString()), qPrintable(kind.toString()));
    }
}

void TestTables::fleetFilters()
{
    Models::FleetModel *fleet = m_fx->fleet->resources();
    ResourceFilterProxy proxy;
    proxy.setSourceModel(fleet);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = count(&proxy);
    QVERIFY(all > 10);
    // Status: each group is what the rows' statuses say.
    int running = 0, stopped = 0;
    for (int row = 0; row < fleet->rowCount(); ++row) {
        const ResourceStatus &s = fleet->at(row).status;
        running += s.state == ResourceStatus::State::Running;
        stopped +=
            s.state == ResourceStatus::State::Exited || s.state == ResourceStatus::State::Stopped;
    }
    QVERIFY(running > 0 && stopped > 0);
    proxy.setStatusGroup(Group::Running);
    QCOMPARE(count(&proxy), running);
    proxy.setStatusGroup(Group::Stopped);
    QCOMPARE(count(&proxy), stopped);
    proxy.setStatusGroup(Group::Problems);
    QVERIFY(count(&proxy) > 0); // storefront-web-staging is running:unhealthy
    // Last deployment failed: legacy-worker's builds all fail; storefront-web's failed build is
    // not its newest.
    // The view asks for every application's last deployment when this filter is chosen.
    QStringList appUuids;
    for (int row = 0; row < fleet->rowCount(); ++row) {
        if (fleet->at(row).kind == Api::ResourceKind::Application)
            appUuids << fleet->at(row).resourceUuid;
    }
    m_fx->fleet->data(m_id)->requestLastDeployments(appUuids);
    proxy.setStatusGroup(Group::LastDeployFailed);
    QTRY_COMPARE_WITH_TIMEOUT(count(&proxy), 1, 10'000);
    QCOMPARE(proxy.index(0, Models::FleetModel::Name).data().toString(), u"legacy-worker"_s);
    proxy.setStatusGroup(Group::All);
    // Kind: every kind key, and together they are everything.
    int kinds = 0;
    for (Api::ResourceKind kind : Api::allResourceKinds) {
        proxy.setKind(Api::kindKey(kind));
        QVERIFY(count(&proxy) > 0);
        kinds += count(&proxy);
    }
    QCOMPARE(kinds, all);
    proxy.setKind(Api::kindKey(Api::ResourceKind::Database));
    proxy.setText(u"postgres"_s);
    QCOMPARE(count(&proxy), 1); // shop-postgres
    proxy.setKind({});
    proxy.setText(u"no such thing"_s);
    QCOMPARE(count(&proxy), 0);
}

void TestTables::serversFilters()
{
    ResourceFilterProxy proxy;
    proxy.setSourceModel(m_fx->fleet->data(m_id)->servers());
    const int all = count(&proxy);
    QVERIFY(all > 1);
    proxy.setKind(u"server"_s);
    QCOMPARE(count(&proxy), all);
    proxy.setText(u"localhost"_s);
    QCOMPARE(count(&proxy), 1);
}

void TestTables::deploymentTablesFilters()
{
    for (QAbstractItemModel *source :
         {model(u"active deployments"_s), model(u"fleet deployments"_s), model(u"history"_s)}) {
        ResourceFilterProxy proxy;
        proxy.setSourceModel(source);
        const int all = count(&proxy);
        QVERIFY(all > 0);
        proxy.setKind(u"deployment"_s);
        QCOMPARE(count(&proxy), all);
        proxy.setKind(Api::kindKey(Api::ResourceKind::Application));
        QCOMPARE(count(&proxy), 0);
        proxy.setKind({});
        // "Busy" is the deployments still queued or in progress; resource states are not theirs.
        int active = 0;
        for (int row = 0; row < source->rowCount(); ++row)
            active += source->index(row, 0).data(Models::DeploymentsModel::ActiveRole).toBool();
        QVERIFY(active > 0);
        proxy.setStatusGroup(Group::Busy);
        QCOMPARE(count(&proxy), active);
        proxy.setStatusGroup(Group::Running);
        QCOMPARE(count(&proxy), 0);
        proxy.setStatusGroup(Group::All);
        proxy.setText(u"storefront-web"_s);
        QVERIFY(count(&proxy) > 0);
        proxy.setText(u"no such thing"_s);
        QCOMPARE(count(&proxy), 0);
    }
}

QTEST_MAIN(TestTables)
#include "tst_tables.moc"
