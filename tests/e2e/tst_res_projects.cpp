// End-to-end: projects → environments, environment details (which omit KeyDB, Dragonfly and
// ClickHouse), servers with their resources, and GET /resources mapped to environments through
// `environment_id` with the projects tree.
#include "e2esandbox.h"

#include "api/apiclient.h"
#include "api/families/databases.h"
#include "api/families/projects.h"
#include "api/families/resources.h"
#include "api/families/servers.h"
#include "models/database.h"
#include "models/projectsmodel.h"
#include "models/server.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Api::DatabaseType;
using Api::ErrorKind;
using Models::Environment;
using Models::Project;
using Models::Resource;

class TestE2eProjects : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void projectsTree();
    void environmentsList();
    void environmentDetails();
    void serversAndTheirResources();
    void resourcesMapToEnvironments();
    void unknownProjectAndEnvironment();

private:
    Api::ApiResult call(Api::ApiRequest request);
    QList<Project> projects();
    Project byName(const QString &name);

    E2eSandbox m_e2e;
};

void TestE2eProjects::init()
{
    Sandbox::SandboxConfig config = Sandbox::SandboxConfig::demo();
    config.rateLimitPerMinute = 0;
    QVERIFY2(m_e2e.start(config), qPrintable(m_e2e.server->lastError()));
}

void TestE2eProjects::cleanup()
{
    m_e2e.reset();
}

Api::ApiResult TestE2eProjects::call(Api::ApiRequest request)
{
    return m_e2e.call(std::move(request));
}

QList<Project> TestE2eProjects::projects()
{
    return call(Api::Projects::list().withDecoder(&Project::decodeList))
        .value.value<QList<Project>>();
}

Project TestE2eProjects::byName(const QString &name)
{
    const QList<Project> all = projects();
    for (const Project &p : all) {
        if (p.name == name)
            return p;
    }
    return {};
}

void TestE2eProjects::projectsTree()
{
    const Api::ApiResult listed = call(Api::Projects::list().withDecoder(&Project::decodeList));
    QVERIFY2(listed.ok(), qPrintable(listed.error.userMessage()));
    const QList<Project> list = listed.value.value<QList<Project>>();
    QCOMPARE(list.size(), 4);
    for (const Project &p : list) {
        QVERIFY(!p.environments.has_value()); // the list has none
        QVERIFY(p.id > 0);
    }

    Models::ProjectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(list);
    for (const Project &p : list) {
        const Api::ApiResult detail =
            call(Api::Projects::get(p.uuid).withDecoder(&Project::decode));
        QVERIFY2(detail.ok(), qPrintable(detail.error.userMessage()));
        const Project full = detail.value.value<Project>();
        QVERIFY(full.environments.has_value());
        QVERIFY(!full.environments->isEmpty());
        for (const Environment &e : *full.environments)
            QCOMPARE(e.projectId, p.id);
        model.upsert(full);
    }
    const int acme = model.rowOf(byName(u"Acme Storefront"_s).uuid);
    QVERIFY(acme >= 0);
    const QModelIndex acmeIndex = model.index(acme, 0);
    QCOMPARE(model.rowCount(acmeIndex), 2);
    QCOMPARE(model.index(0, 0, acmeIndex).data().toString(), u"production"_s);
    QCOMPARE(model.index(1, 0, acmeIndex).data().toString(), u"staging"_s);

    // A new project gets a "production" environment; the next refresh inserts it.
    const Api::ApiResult created = call(Api::ApiRequest::post(
        u"projects"_s, QJsonDocument(QJsonObject{{u"name"_s, u"E2E project"_s}})));
    QCOMPARE(created.httpStatus, 201);
    const QString uuid = created.json.object().value(QLatin1String("uuid")).toString();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.apply(projects());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(acmeIndex), 2); // environments kept through the list refresh
    const auto environments =
        call(Api::Projects::environments(uuid).withDecoder(&Environment::decodeList))
            .value.value<QList<Environment>>();
    QCOMPARE(environments.size(), 1);
    QVERIFY(model.setEnvironments(uuid, environments));
    QCOMPARE(model.indexOf(uuid).data().toString(), u"E2E project"_s);
    QCOMPARE(model.index(0, 0, model.indexOf(uuid)).data().toString(), u"production"_s);
}

void TestE2eProjects::environmentsList()
{
    const Project data = byName(u"Data Platform"_s);
    const Api::ApiResult result =
        call(Api::Projects::environments(data.uuid).withDecoder(&Environment::decodeList));
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const auto list = result.value.value<QList<Environment>>();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, u"production"_s);
    QVERIFY(list.at(0).id > 0);
    QVERIFY(!list.at(0).uuid.isEmpty());
}

void TestE2eProjects::environmentDetails()
{
    const Project data = byName(u"Data Platform"_s);
    // By name…
    const Api::ApiResult byName = call(Api::Projects::environment(data.uuid, u"production"_s)
                                           .withDecoder(&Models::EnvironmentDetails::decode));
    QVERIFY2(byName.ok(), qPrintable(byName.error.userMessage()));
    const auto details = byName.value.value<Models::EnvironmentDetails>();
    QCOMPARE(details.environment.name, u"production"_s);

    // …and by uuid give the same environment.
    const Api::ApiResult byUuid =
        call(Api::Projects::environment(data.uuid, details.environment.uuid)
                 .withDecoder(&Models::EnvironmentDetails::decode));
    QCOMPARE(byUuid.value.value<Models::EnvironmentDetails>().environment.id,
             details.environment.id);

    // The databases of this environment per GET /databases: MongoDB, KeyDB, ClickHouse.
    const auto databases = call(Api::Databases::list().withDecoder(&Models::Database::decodeList))
                               .value.value<QList<Models::Database>>();
    QSet<DatabaseType> everyType;
    for (const Models::Database &d : databases) {
        if (d.environmentId == details.environment.id && d.type)
            everyType.insert(*d.type);
    }
    QCOMPARE(
        everyType,
        (QSet<DatabaseType>{DatabaseType::MongoDB, DatabaseType::KeyDB, DatabaseType::ClickHouse}));

    // The environment endpoint lists only the MongoDB one (coolify-api.md §6).
    QSet<DatabaseType> listed;
    int applications = 0, services = 0;
    for (const Resource &r : details.resources) {
        QCOMPARE(r.environmentId, details.environment.id);
        if (r.kind == Resource::Kind::Database) {
            QVERIFY(r.databaseType.has_value());
            listed.insert(*r.databaseType);
        }
        applications += r.kind == Resource::Kind::Application;
        services += r.kind == Resource::Kind::Service;
    }
    QCOMPARE(listed, QSet<DatabaseType>{DatabaseType::MongoDB});
    QCOMPARE(applications, 2);
    QCOMPARE(services, 1);
    const QJsonObject raw = byName.json.object();
    for (const char *absent : {"keydbs", "dragonflies", "clickhouses"})
        QVERIFY2(!raw.contains(QLatin1String(absent)), absent);
    for (const char *present :
         {"applications", "postgresqls", "redis", "mongodbs", "mysqls", "mariadbs", "services"})
        QVERIFY2(raw.value(QLatin1String(present)).isArray(), present);
}

void TestE2eProjects::serversAndTheirResources()
{
    const Api::ApiResult result =
        call(Api::Servers::list().withDecoder(&Models::Server::decodeList));
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const auto servers = result.value.value<QList<Models::Server>>();
    QVERIFY(!servers.isEmpty());
    int total = 0;
    for (const Models::Server &server : servers) {
        const Api::ApiResult resources = call(Api::Servers::resources(server.uuid));
        QVERIFY2(resources.ok(), qPrintable(resources.error.userMessage()));
        for (const QJsonValue &v : resources.json.array()) {
            const Resource r = Resource::fromJson(v.toObject());
            QVERIFY(!r.uuid.isEmpty());
            QVERIFY2(r.kind != Resource::Kind::Unknown, qPrintable(r.type));
            ++total;
        }
    }
    const auto all = call(Api::Resources::list().withDecoder(&Resource::decodeList))
                         .value.value<QList<Resource>>();
    QCOMPARE(total, int(all.size())); // every resource lives on exactly one server
}

void TestE2eProjects::resourcesMapToEnvironments()
{
    const Api::ApiResult result = call(Api::Resources::list().withDecoder(&Resource::decodeList));
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const auto resources = result.value.value<QList<Resource>>();
    for (const QJsonValue &v : result.json.array())
        QVERIFY(v.toObject().value(QLatin1String("type")).isString()); // `type` on every item

    Models::ProjectsModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tree.apply(projects());
    for (int row = 0; row < tree.topCount(); ++row) {
        tree.upsert(call(Api::Projects::get(tree.item(row).uuid).withDecoder(&Project::decode))
                        .value.value<Project>());
    }
    int applications = 0, services = 0;
    QSet<DatabaseType> types;
    for (const Resource &r : resources) {
        QVERIFY2(r.kind != Resource::Kind::Unknown, qPrintable(r.type));
        applications += r.kind == Resource::Kind::Application;
        services += r.kind == Resource::Kind::Service;
        if (r.kind == Resource::Kind::Database) {
            QVERIFY2(r.databaseType.has_value(), qPrintable(r.name));
            types.insert(*r.databaseType);
        }
        const auto where = tree.environmentById(r.environmentId);
        QVERIFY2(where.has_value(), qPrintable(r.name));
        QVERIFY(tree.indexOfEnvironment(r.environmentId).isValid());
        if (r.name == QLatin1String("cache-keydb")) {
            QCOMPARE(r.type, u"standalone-keydb"_s);
            QCOMPARE(where->project.name, u"Data Platform"_s);
            QCOMPARE(where->environment.name, u"production"_s);
        }
    }
    QCOMPARE(applications, 9);
    QCOMPARE(services, 3);
    QCOMPARE(types.size(), 8);
}

void TestE2eProjects::unknownProjectAndEnvironment()
{
    const Api::ApiResult project = call(Api::Projects::get(u"nope"_s));
    QCOMPARE(project.error.kind, ErrorKind::NotFound);
    QCOMPARE(project.error.serverMessage, u"Project not found."_s);
    const Api::ApiResult environments = call(Api::Projects::environments(u"nope"_s));
    QCOMPARE(environments.error.kind, ErrorKind::NotFound);
    const Api::ApiResult environment =
        call(Api::Projects::environment(byName(u"Playground"_s).uuid,
                                        u"staging"_s)); // Playground has none
    QCOMPARE(environment.error.kind, ErrorKind::NotFound);
    QCOMPARE(environment.error.serverMessage, u"Environment not found."_s);
}

QTEST_GUILESS_MAIN(TestE2eProjects)
#include "tst_res_projects.moc"
