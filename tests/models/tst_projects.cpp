// Projects, environments, environment details and GET /resources items from odd JSON, and the
// projects → environments tree under QAbstractItemModelTester.
#include "models/projectsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Models;
using Coolify::Api::DatabaseType;

namespace {
Environment env(qint64 id, const QString &name)
{
    Environment e;
    e.id = id;
    e.uuid = u"env-%1"_s.arg(id);
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
    QCOMPARE(list.at(1).description, u"Pipelines"_s);
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
    QCOMPARE(details.environment.uuid, u"e4"_s);
    QCOMPARE(details.environment.projectId, qint64(3));
    QCOMPARE(details.resources.size(), 4);
    const Resource &app = details.resources.at(0);
    QCOMPARE(app.kind, Resource::Kind::Application);
    QCOMPARE(app.fqdn, u"https://w.example"_s);
    const Resource &mongo = details.resources.at(1); // no database_type: typed by its array
    QCOMPARE(mongo.kind, Resource::Kind::Database);
    QCOMPARE(mongo.databaseType, std::optional<DatabaseType>(DatabaseType::MongoDB));
    QCOMPARE(mongo.environmentId, qint64(4)); // filled from the environment
    QCOMPARE(mongo.typeText(), u"MongoDB"_s);
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
    QCOMPARE(list.at(2).typeText(), u"KeyDB"_s);
    QCOMPARE(list.at(3).databaseType, std::optional<DatabaseType>(DatabaseType::ClickHouse));
    QCOMPARE(list.at(4).kind, Resource::Kind::Unknown);
    QCOMPARE(list.at(4).typeText(), u"something-new"_s);
    QCOMPARE(list.at(5).typeText(), u"Unknown"_s);
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

    model.apply({project(u"a"_s, 1), project(u"b"_s, 2)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(model.setEnvironments(u"a"_s, {env(1, u"production"_s), env(2, u"staging"_s)}));
    QVERIFY(!model.setEnvironments(u"zzz"_s, {env(9, u"x"_s)}));
    QCOMPARE(envNames(model, 0), (QStringList{u"production"_s, u"staging"_s}));
    QCOMPARE(model.index(1, 0, model.index(0, 0)).data(ProjectsModel::ProjectUuidRole).toString(),
             u"a"_s);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(ProjectsModel::NodeKindRole).toInt(),
             int(ProjectsModel::Kind::Environment));
    QCOMPARE(model.index(0, 0).data(ProjectsModel::IdRole).toLongLong(), 1);
    QCOMPARE(model.headerData(ProjectsModel::Description, Qt::Horizontal).toString(),
             u"Description"_s);

    // The detail of a arrives: staging renamed, preview added, production unchanged.
    changed.clear();
    inserted.clear();
    model.upsert(project(u"a"_s, 1,
                         QList{env(1, u"production"_s), env(2, u"stage"_s), env(7, u"preview"_s)}));
    QCOMPARE(envNames(model, 0), (QStringList{u"production"_s, u"stage"_s, u"preview"_s}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().parent(), model.index(0, 0));
    QCOMPARE(inserted.count(), 1);

    // production deleted; b renamed; c new; environments of a kept.
    model.setEnvironments(u"a"_s, {env(2, u"stage"_s), env(7, u"preview"_s)});
    Project renamed = project(u"b"_s, 2);
    renamed.name = u"Bee"_s;
    model.apply({project(u"a"_s, 1), renamed, project(u"c"_s, 3)});
    QCOMPARE(envNames(model, 0), (QStringList{u"stage"_s, u"preview"_s}));
    QCOMPARE(model.index(1, ProjectsModel::Name).data().toString(), u"Bee"_s);
    QCOMPARE(model.rowCount(), 3);

    // a goes away with its environments.
    removed.clear();
    model.apply({renamed, project(u"c"_s, 3)});
    QCOMPARE(removed.count(), 1);
    QVERIFY(!removed.at(0).at(0).value<QModelIndex>().isValid());
    QCOMPARE(model.rowOf(u"b"_s), 0);
    QCOMPARE(resets.count(), 0);
}

void TestProjects::environmentLookup()
{
    ProjectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply({project(u"a"_s, 1, QList{env(1, u"production"_s)}),
                 project(u"b"_s, 2, QList{env(3, u"production"_s), env(4, u"staging"_s)})});
    auto found = model.environmentById(4);
    QVERIFY(found.has_value());
    QCOMPARE(found->project.uuid, u"b"_s);
    QCOMPARE(found->environment.name, u"staging"_s);
    QCOMPARE(found->environment.projectId, qint64(2)); // filled in from its project
    QCOMPARE(model.indexOfEnvironment(4).data().toString(), u"staging"_s);
    QCOMPARE(model.indexOfEnvironment(4).parent(), model.index(1, 0));
    QVERIFY(!model.environmentById(99).has_value());
    QVERIFY(!model.environmentById(-1).has_value());

    // The lookup follows changes: a removed, so b moves to row 0; env 3 renamed.
    model.apply({project(u"b"_s, 2, QList{env(3, u"prod"_s), env(4, u"staging"_s)})});
    QVERIFY(!model.environmentById(1).has_value());
    QCOMPARE(model.environmentById(3)->environment.name, u"prod"_s);
    QCOMPARE(model.indexOfEnvironment(4).parent(), model.index(0, 0));
    model.setEnvironments(u"b"_s, {env(4, u"staging"_s)});
    QVERIFY(!model.environmentById(3).has_value());
    QCOMPARE(model.indexOfEnvironment(4).row(), 0);
}

void TestProjects::listRefreshKeepsEnvironments()
{
    ProjectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.upsert(project(u"a"_s, 1, QList{env(1, u"production"_s)}));
    QPersistentModelIndex selected = model.index(0, 0, model.index(0, 0));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.apply({project(u"a"_s, 1)}); // GET /projects: no environments
    QCOMPARE(removed.count(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data().toString(), u"production"_s);
    model.removeUuid(u"a"_s);
    QVERIFY(!selected.isValid());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestProjects)
#include "tst_projects.moc"
