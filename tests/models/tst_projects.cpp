// Projects, environments, environment details and GET /resources items from odd JSON, and the
// projects → environments tree under QAbstractItemModelTester.
#include "models/projectsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Coolify::Models;
using Coolify::Api::DatabaseType;

namespace {
Environment env(qint64 id, const QString &name)
{
    Environment e;
    e.id = id;
    e.uuid = QStringLiteral("env-%1").arg(id);
    e.name = name;
    return e;
}
Project project(const QString &uuid, qint64 id, std::optional<QList<Environment>> envs = {})
{
    Project p;
    p.uuid = uuid;
    p.id = id;
    p.name = uuid.toUpper();
    p.environments = std::move(envs);
    return p;
}
QStringList envNames(const ProjectsModel &model, int row)
{
    QStringList out;
    const QModelIndex parent = model.index(row, 0);
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data().toString();
    return out;
}
} // namespace

class TestProjects : public QObject
{
    Q_OBJECT

private slots:
    void decodeList();
    void decodeDetail();
    void decodeEnvironments();
    void decodeEnvironmentDetails();
    void decodeResources();
    void treeRefresh();
    void environmentLookup();
    void listRefreshKeepsEnvironments();
};

void TestProjects::decodeList()
{
    QString error;
    const QVariant value = Project::decodeList(
        QJsonDocument::fromJson(R"([{"id":1,"uuid":"p1","name":"Acme","description":null},
            {"id":"2","uuid":"p2","name":"Data","description":"Pipelines"},{"id":3}])"),
        &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const auto list = value.value<QList<Project>>();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).id, qint64(2));
    QCOMPARE(list.at(1).description, QStringLiteral("Pipelines"));
    QVERIFY(!list.at(0).environments.has_value()); // the list never has them
    QVERIFY(!Project::decodeList(QJsonDocument::fromJson("1"), &error).isValid());
}

void TestProjects::decodeDetail()
{
    QString error;
    const QVariant value = Project::decode(QJsonDocument::fromJson(R"({"id":3,"uuid":"p3",
        "name":"Data","description":"","team_id":0,"environments":[
            {"id":4,"uuid":"e4","name":"production","description":null,"project_id":3},
            {"id":"5","uuid":"e5","name":"staging"},
            {"name":"broken, no uuid"}]})"),
                                           &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const Project p = value.value<Project>();
    QVERIFY(p.environments.has_value());
    QCOMPARE(p.environments->size(), 2);
    QCOMPARE(p.environments->at(1).id, qint64(5));
    QCOMPARE(p.environments->at(1).projectId, qint64(3)); // filled from the project
    QVERIFY(!Project::decode(QJsonDocument::fromJson("[]"), &error).isValid());

    const Project empty =
        Project::fromJson(QJsonDocument::fromJson(R"({"uuid":"p","environments":[]})").object());
    QVERIFY(empty.environments.has_value());
    QVERIFY(empty.environments->isEmpty());
}

void TestProjects::decodeEnvironments()
{
    QString error;
    const auto list =
        Environment::decodeList(
            QJsonDocument::fromJson(
                R"([{"id":1,"uuid":"a","name":"production"},{"id":"2","uuid":"b","name":"staging"}])"),
            &error)
            .value<QList<Environment>>();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).id, qint64(2));
    QCOMPARE(list.at(1).projectId, qint64(-1));
    QVERIFY(!Environment::decodeList(QJsonDocument(), &error).isValid());
}

void TestProjects::decodeEnvironmentDetails()
{
    QString error;
    const QVariant value = EnvironmentDetails::decode(QJsonDocument::fromJson(R"({"id":4,
        "uuid":"e4","name":"production","project_id":3,
        "applications":[{"id":7,"uuid":"a1","name":"worker","status":"exited:unhealthy",
            "environment_id":4,"fqdn":"https://w.example"}],
        "postgresqls":[],"mysqls":[],"mariadbs":[],
        "mongodbs":[{"id":5,"uuid":"m1","name":"events","status":"running:healthy"}],
        "redis":[{"uuid":"r1","name":"cache","database_type":"standalone-redis"}],
        "services":[{"uuid":"s1","name":"minio","status":"exited","environment_id":"4"}]})"),
                                                      &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const auto details = value.value<EnvironmentDetails>();
    QCOMPARE(details.environment.uuid, QStringLiteral("e4"));
    QCOMPARE(details.environment.projectId, qint64(3));
    QCOMPARE(details.resources.size(), 4);
    const Resource &app = details.resources.at(0);
    QCOMPARE(app.kind, Resource::Kind::Application);
    QCOMPARE(app.fqdn, QStringLiteral("https://w.example"));
    const Resource &mongo = details.resources.at(1); // no database_type: typed by its array
    QCOMPARE(mongo.kind, Resource::Kind::Database);
    QCOMPARE(mongo.databaseType, std::optional<DatabaseType>(DatabaseType::MongoDB));
    QCOMPARE(mongo.environmentId, qint64(4)); // filled from the environment
    QCOMPARE(mongo.typeText(), QStringLiteral("MongoDB"));
    QCOMPARE(details.resources.at(2).databaseType,
             std::optional<DatabaseType>(DatabaseType::Redis));
    QCOMPARE(details.resources.at(3).kind, Resource::Kind::Service);
    QCOMPARE(details.resources.at(3).status.state, ResourceStatus::State::Exited);
    QVERIFY(
        !EnvironmentDetails::decode(QJsonDocument::fromJson(R"({"name":"x"})"), &error).isValid());
}

void TestProjects::decodeResources()
{
    QString error;
    const QVariant value = Resource::decodeList(QJsonDocument::fromJson(R"([
        {"uuid":"a","type":"application","status":"running:healthy","environment_id":"1"},
        {"uuid":"s","type":"service","status":"running:healthy:excluded"},
        {"uuid":"k","type":"standalone-keydb","keydb_conf":null},
        {"uuid":"c","type":"standalone-clickhouse","database_type":"standalone-clickhouse"},
        {"uuid":"w","type":"something-new"},
        {"uuid":"n"}])"),
                                                &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const auto list = value.value<QList<Resource>>();
    QCOMPARE(list.size(), 6);
    QCOMPARE(list.at(0).kind, Resource::Kind::Application);
    QCOMPARE(list.at(0).environmentId, qint64(1));
    QCOMPARE(list.at(1).kind, Resource::Kind::Service);
    QVERIFY(list.at(1).status.excluded);
    QCOMPARE(list.at(2).databaseType, std::optional<DatabaseType>(DatabaseType::KeyDB));
    QCOMPARE(list.at(2).typeText(), QStringLiteral("KeyDB"));
    QCOMPARE(list.at(3).databaseType, std::optional<DatabaseType>(DatabaseType::ClickHouse));
    QCOMPARE(list.at(4).kind, Resource::Kind::Unknown);
    QCOMPARE(list.at(4).typeText(), QStringLiteral("something-new"));
    QCOMPARE(list.at(5).typeText(), QStringLiteral("Unknown"));
    QVERIFY(!Resource::decodeList(QJsonDocument(), &error).isValid());
}

void TestProjects::treeRefresh()
{
    ProjectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.apply({project(QStringLiteral("a"), 1), project(QStringLiteral("b"), 2)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(model.setEnvironments(
        QStringLiteral("a"),
        {env(1, QStringLiteral("production")), env(2, QStringLiteral("staging"))}));
    QVERIFY(!model.setEnvironments(QStringLiteral("zzz"), {env(9, QStringLiteral("x"))}));
    QCOMPARE(envNames(model, 0),
             (QStringList{QStringLiteral("production"), QStringLiteral("staging")}));
    QCOMPARE(model.index(1, 0, model.index(0, 0)).data(ProjectsModel::ProjectUuidRole).toString(),
             QStringLiteral("a"));
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(ProjectsModel::KindRole).toInt(),
             int(ProjectsModel::Kind::Environment));
    QCOMPARE(model.index(0, 0).data(ProjectsModel::IdRole).toLongLong(), 1);
    QCOMPARE(model.headerData(ProjectsModel::Description, Qt::Horizontal).toString(),
             QStringLiteral("Description"));

    // The detail of a arrives: staging renamed, preview added, production unchanged.
    changed.clear();
    inserted.clear();
    model.upsert(
        project(QStringLiteral("a"), 1,
                QList{env(1, QStringLiteral("production")), env(2, QStringLiteral("stage")),
                      env(7, QStringLiteral("preview"))}));
    QCOMPARE(envNames(model, 0),
             (QStringList{QStringLiteral("production"), QStringLiteral("stage"),
                          QStringLiteral("preview")}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().parent(), model.index(0, 0));
    QCOMPARE(inserted.count(), 1);

    // production deleted; b renamed; c new; environments of a kept.
    model.setEnvironments(QStringLiteral("a"),
                          {env(2, QStringLiteral("stage")), env(7, QStringLiteral("preview"))});
    Project renamed = project(QStringLiteral("b"), 2);
    renamed.name = QStringLiteral("Bee");
    model.apply({project(QStringLiteral("a"), 1), renamed, project(QStringLiteral("c"), 3)});
    QCOMPARE(envNames(model, 0), (QStringList{QStringLiteral("stage"), QStringLiteral("preview")}));
    QCOMPARE(model.index(1, ProjectsModel::Name).data().toString(), QStringLiteral("Bee"));
    QCOMPARE(model.rowCount(), 3);

    // a goes away with its environments.
    removed.clear();
    model.apply({renamed, project(QStringLiteral("c"), 3)});
    QCOMPARE(removed.count(), 1);
    QVERIFY(!removed.at(0).at(0).value<QModelIndex>().isValid());
    QCOMPARE(model.rowOf(QStringLiteral("b")), 0);
    QCOMPARE(resets.count(), 0);
}

void TestProjects::environmentLookup()
{
    ProjectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(
        {project(QStringLiteral("a"), 1, QList{env(1, QStringLiteral("production"))}),
         project(QStringLiteral("b"), 2,
                 QList{env(3, QStringLiteral("production")), env(4, QStringLiteral("staging"))})});
    auto found = model.environmentById(4);
    QVERIFY(found.has_value());
    QCOMPARE(found->project.uuid, QStringLiteral("b"));
    QCOMPARE(found->environment.name, QStringLiteral("staging"));
    QCOMPARE(found->environment.projectId, qint64(2)); // filled in from its project
    QCOMPARE(model.indexOfEnvironment(4).data().toString(), QStringLiteral("staging"));
    QCOMPARE(model.indexOfEnvironment(4).parent(), model.index(1, 0));
    QVERIFY(!model.environmentById(99).has_value());
    QVERIFY(!model.environmentById(-1).has_value());

    // The lookup follows changes: a removed, so b moves to row 0; env 3 renamed.
    model.apply(
        {project(QStringLiteral("b"), 2,
                 QList{env(3, QStringLiteral("prod")), env(4, QStringLiteral("staging"))})});
    QVERIFY(!model.environmentById(1).has_value());
    QCOMPARE(model.environmentById(3)->environment.name, QStringLiteral("prod"));
    QCOMPARE(model.indexOfEnvironment(4).parent(), model.index(0, 0));
    model.setEnvironments(QStringLiteral("b"), {env(4, QStringLiteral("staging"))});
    QVERIFY(!model.environmentById(3).has_value());
    QCOMPARE(model.indexOfEnvironment(4).row(), 0);
}

void TestProjects::listRefreshKeepsEnvironments()
{
    ProjectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.upsert(project(QStringLiteral("a"), 1, QList{env(1, QStringLiteral("production"))}));
    QPersistentModelIndex selected = model.index(0, 0, model.index(0, 0));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.apply({project(QStringLiteral("a"), 1)}); // GET /projects: no environments
    QCOMPARE(removed.count(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data().toString(), QStringLiteral("production"));
    model.removeUuid(QStringLiteral("a"));
    QVERIFY(!selected.isValid());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestProjects)
#include "tst_projects.moc"
