// End-to-end: the databases family against the sandbox — the list with all 8 types (KeyDB
// without database_type), details, creating PostgreSQL through the typed endpoint, lifecycle
// actions with their 400s, logs and delete; the model follows every refresh.
#include "e2esandbox.h"

#include "api/apiclient.h"
#include "api/families/databases.h"
#include "api/families/projects.h"
#include "api/families/servers.h"
#include "models/databasesmodel.h"
#include "models/project.h"
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
using Models::Database;

class TestE2eDatabases : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listHasAllEightTypes();
    void details();
    void createPostgresql();
    void createErrors();
    void noUntypedCreateEndpoint();
    void lifecycle();
    void logs();
    void remove();

private:
    Api::ApiResult call(Api::ApiRequest request);
    QList<Database> list();
    Database byName(const QString &name);
    QString statusOf(const QString &uuid);
    QJsonObject createBody(const QString &environmentName);

    E2eSandbox m_e2e;
};

void TestE2eDatabases::init()
{
    Sandbox::SandboxConfig config = Sandbox::SandboxConfig::demo();
    config.rateLimitPerMinute = 0;
    config.deployStepMs = 50; // status changes land quickly
    QVERIFY2(m_e2e.start(config), qPrintable(m_e2e.server->lastError()));
}

void TestE2eDatabases::cleanup()
{
    m_e2e.reset();
}

Api::ApiResult TestE2eDatabases::call(Api::ApiRequest request)
{
    return m_e2e.call(std::move(request));
}

QList<Database> TestE2eDatabases::list()
{
    return call(Api::Databases::list().withDecoder(&Database::decodeList))
        .value.value<QList<Database>>();
}

Database TestE2eDatabases::byName(const QString &name)
{
    const QList<Database> all = list();
    for (const Database &d : all) {
        if (d.name == name)
            return d;
    }
    return {};
}

QString TestE2eDatabases::statusOf(const QString &uuid)
{
    return call(Api::Databases::get(uuid).withDecoder(&Database::decode))
        .value.value<Database>()
        .status.raw;
}

QJsonObject TestE2eDatabases::createBody(const QString &environmentName)
{
    const auto projects = call(Api::Projects::list().withDecoder(&Models::Project::decodeList))
                              .value.value<QList<Models::Project>>();
    const auto servers = call(Api::Servers::list().withDecoder(&Models::Server::decodeList))
                             .value.value<QList<Models::Server>>();
    if (projects.isEmpty() || servers.isEmpty())
        return {};
    return {{u"project_uuid"_s, projects.constFirst().uuid},
            {u"server_uuid"_s, servers.constFirst().uuid},
            {u"environment_name"_s, environmentName},
            {u"name"_s, u"e2e-postgres"_s}};
}

void TestE2eDatabases::listHasAllEightTypes()
{
    const Api::ApiResult result = call(Api::Databases::list().withDecoder(&Database::decodeList));
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const QList<Database> databases = result.value.value<QList<Database>>();
    QCOMPARE(databases.size(), 8);
    QSet<DatabaseType> types;
    for (const Database &d : databases) {
        QVERIFY2(d.type.has_value(), qPrintable(d.name));
        types.insert(*d.type);
        QVERIFY(!d.sensitiveHidden()); // root token
        QVERIFY(!d.internalUrl.value.isEmpty());
        QVERIFY(d.environmentId > 0);
    }
    QCOMPARE(types.size(), 8);

    // The raw KeyDB row really has no database_type: the type was detected.
    const QJsonArray raw = result.json.array();
    bool sawKeydb = false;
    for (const QJsonValue &v : raw) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("name")).toString() != QLatin1String("cache-keydb"))
            continue;
        sawKeydb = true;
        QVERIFY(!o.contains(QLatin1String("database_type")));
        QCOMPARE(Database::fromJson(o).type, std::optional<DatabaseType>(DatabaseType::KeyDB));
    }
    QVERIFY(sawKeydb);

    Models::DatabasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(databases);
    const int row = model.rowOf(byName(u"cache-keydb"_s).uuid);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, Models::DatabasesModel::Type).data().toString(), u"KeyDB"_s);
    const int pg = model.rowOf(byName(u"shop-postgres"_s).uuid);
    QCOMPARE(model.index(pg, Models::DatabasesModel::PublicPort).data().toString(), u"54321"_s);
}

void TestE2eDatabases::details()
{
    const Database listed = byName(u"shop-postgres"_s);
    QVERIFY(!listed.uuid.isEmpty());
    const Api::ApiResult result =
        call(Api::Databases::get(listed.uuid).withDecoder(&Database::decode));
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const Database d = result.value.value<Database>();
    QCOMPARE(d.uuid, listed.uuid);
    QCOMPARE(d.type, std::optional<DatabaseType>(DatabaseType::PostgreSQL));
    QCOMPARE(d.user, u"postgres"_s);
    QCOMPARE(d.databaseName, u"postgres"_s);
    QVERIFY(d.internalUrl.value.startsWith(QLatin1String("postgres://postgres:")));
    QVERIFY(!d.password.value.isEmpty());
    QVERIFY(d.isPublic);
    QCOMPARE(d.publicPort, std::optional<int>(54321));
    QVERIFY(!d.externalUrl.value.isEmpty());
    QVERIFY(d.serverReachable);
    QCOMPARE(d.status.state, Models::ResourceStatus::State::Running);
    QVERIFY(d.startedAt.isValid());
}

void TestE2eDatabases::createPostgresql()
{
    const QJsonObject body = createBody(u"production"_s);
    QVERIFY(!body.isEmpty());
    const Api::ApiResult created = call(Api::Databases::create(DatabaseType::PostgreSQL, body)
                                            .withDecoder(&Models::CreatedDatabase::decode));
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    QCOMPARE(created.httpStatus, 201);
    const auto value = created.value.value<Models::CreatedDatabase>();
    QVERIFY(!value.uuid.isEmpty());
    QVERIFY2(value.internalUrl.startsWith(QLatin1String("postgres://postgres:")),
             qPrintable(value.internalUrl));
    QVERIFY(value.internalUrl.contains(value.uuid + QLatin1String(":5432")));
    QVERIFY(value.externalUrl.isEmpty()); // not public

    Models::DatabasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Database> after = list();
    QCOMPARE(after.size(), 9);
    model.apply(after);
    const Database *row = model.find(value.uuid);
    QVERIFY(row);
    QCOMPARE(row->name, u"e2e-postgres"_s);
    QCOMPARE(row->type, std::optional<DatabaseType>(DatabaseType::PostgreSQL));
    QCOMPARE(row->image, u"postgres:16-alpine"_s);

    // is_public without public_port is silently false (coolify-api.md §8)…
    QJsonObject noPort = createBody(u"production"_s);
    noPort.insert(u"name"_s, u"e2e-no-port"_s);
    noPort.insert(u"is_public"_s, true);
    const auto quiet = call(Api::Databases::create(DatabaseType::PostgreSQL, noPort)
                                .withDecoder(&Models::CreatedDatabase::decode))
                           .value.value<Models::CreatedDatabase>();
    QVERIFY(!quiet.uuid.isEmpty());
    QVERIFY(quiet.externalUrl.isEmpty());
    const Database notPublic = call(Api::Databases::get(quiet.uuid).withDecoder(&Database::decode))
                                   .value.value<Database>();
    QVERIFY(!notPublic.isPublic);
    QCOMPARE(notPublic.publicPort, std::nullopt);

    // …with a port the 201 also carries the external URL.
    QJsonObject open = createBody(u"production"_s);
    open.insert(u"name"_s, u"e2e-public"_s);
    open.insert(u"is_public"_s, true);
    open.insert(u"public_port"_s, 54400);
    const auto exposed = call(Api::Databases::create(DatabaseType::PostgreSQL, open)
                                  .withDecoder(&Models::CreatedDatabase::decode))
                             .value.value<Models::CreatedDatabase>();
    QVERIFY(!exposed.uuid.isEmpty());
    QVERIFY2(exposed.externalUrl.contains(QLatin1String(":54400")),
             qPrintable(exposed.externalUrl));
    model.apply(list());
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(model.rowOf(exposed.uuid), Models::DatabasesModel::PublicPort)
                 .data()
                 .toString(),
             u"54400"_s);
}

void TestE2eDatabases::createErrors()
{
    // A wrong environment is a 422 with only a message (unlike applications' 404).
    const Api::ApiResult wrongEnv =
        call(Api::Databases::create(DatabaseType::PostgreSQL, createBody(u"nope"_s)));
    QCOMPARE(wrongEnv.error.kind, ErrorKind::Validation);
    QCOMPARE(wrongEnv.httpStatus, 422);
    QCOMPARE(wrongEnv.error.serverMessage,
             u"You need to provide a valid environment_name or environment_uuid."_s);

    // `type` is not a field of the typed endpoints: a plain list of field names.
    QJsonObject withType = createBody(u"production"_s);
    withType.insert(u"type"_s, u"postgresql"_s);
    const Api::ApiResult typed = call(Api::Databases::create(DatabaseType::PostgreSQL, withType));
    QCOMPARE(typed.error.kind, ErrorKind::Validation);
    // The list of field names is mapped to per-field errors.
    QVERIFY(typed.error.validation.fields.contains(u"type"_s));

    // A field of another type.
    QJsonObject foreign = createBody(u"production"_s);
    foreign.insert(u"mysql_user"_s, u"x"_s);
    const Api::ApiResult wrongField =
        call(Api::Databases::create(DatabaseType::PostgreSQL, foreign));
    QCOMPARE(wrongField.error.kind, ErrorKind::Validation);
    QVERIFY(wrongField.error.validation.fields.contains(u"mysql_user"_s));
    // A public port another database already uses.
    QJsonObject taken = createBody(u"production"_s);
    taken.insert(u"is_public"_s, true);
    taken.insert(u"public_port"_s, 54321); // shop-postgres has it
    const Api::ApiResult portTaken = call(Api::Databases::create(DatabaseType::PostgreSQL, taken));
    QCOMPARE(portTaken.error.kind, ErrorKind::BadRequest);
    QCOMPARE(portTaken.error.serverMessage, u"Public port already used by another database."_s);
    QCOMPARE(list().size(), 8); // nothing was created
}

void TestE2eDatabases::noUntypedCreateEndpoint()
{
    QJsonObject body = createBody(u"production"_s);
    body.insert(u"type"_s, u"postgresql"_s);
    const Api::ApiResult result = call(Api::ApiRequest::post(u"databases"_s, QJsonDocument(body)));
    QCOMPARE(result.error.kind, ErrorKind::NotFound);
    QCOMPARE(result.httpStatus, 404);
    QCOMPARE(result.error.serverMessage, u"Not found."_s); // the catch-all's text
    QCOMPARE(list().size(), 8);
}

void TestE2eDatabases::lifecycle()
{
    const QString uuid = byName(u"shop-postgres"_s).uuid;
    QVERIFY(!uuid.isEmpty());

    const Api::ApiResult again = call(Api::Databases::start(uuid));
    QCOMPARE(again.error.kind, ErrorKind::BadRequest);
    QCOMPARE(again.httpStatus, 400);
    QCOMPARE(again.error.serverMessage, u"Database is already running."_s);

    const Api::ApiResult stop = call(Api::Databases::stop(uuid));
    QVERIFY2(stop.ok(), qPrintable(stop.error.userMessage()));
    QCOMPARE(stop.json.object().value(QLatin1String("message")).toString(),
             u"Database stopping request queued."_s);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(uuid).startsWith(QLatin1String("exited")), 5000);

    const Api::ApiResult stoppedAgain = call(Api::Databases::stop(uuid, false));
    QCOMPARE(stoppedAgain.error.kind, ErrorKind::BadRequest);
    QCOMPARE(stoppedAgain.error.serverMessage, u"Database is already stopped."_s);

    const Api::ApiResult start = call(Api::Databases::start(uuid));
    QVERIFY2(start.ok(), qPrintable(start.error.userMessage()));
    QCOMPARE(start.json.object().value(QLatin1String("message")).toString(),
             u"Database starting request queued."_s);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(uuid).startsWith(QLatin1String("running")), 5000);

    const Api::ApiResult restart = call(Api::Databases::restart(uuid));
    QVERIFY2(restart.ok(), qPrintable(restart.error.userMessage()));
    QCOMPARE(restart.json.object().value(QLatin1String("message")).toString(),
             u"Database restarting request queued."_s);

    const Api::ApiResult unknown = call(Api::Databases::restart(u"no-such-db"_s));
    QCOMPARE(unknown.error.kind, ErrorKind::NotFound);
    QCOMPARE(unknown.error.serverMessage, u"Database not found."_s);
}

void TestE2eDatabases::logs()
{
    const Api::ApiResult running = call(Api::Databases::logs(byName(u"shop-postgres"_s).uuid, 5));
    QVERIFY2(running.ok(), qPrintable(running.error.userMessage()));
    const QString text = running.json.object().value(QLatin1String("logs")).toString();
    QCOMPARE(text.split(u'\n').size(), 5);

    const Api::ApiResult stopped = call(Api::Databases::logs(byName(u"tools-mysql"_s).uuid));
    QCOMPARE(stopped.error.kind, ErrorKind::BadRequest);
    QCOMPARE(stopped.error.serverMessage, u"Database is not running."_s);
}

void TestE2eDatabases::remove()
{
    const QString uuid = byName(u"queue-dragonfly"_s).uuid;
    QVERIFY(!uuid.isEmpty());
    Models::DatabasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(list());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const Api::ApiResult deleted = call(Api::Databases::remove(uuid));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error.userMessage()));
    QCOMPARE(call(Api::Databases::get(uuid)).error.kind, ErrorKind::NotFound);
    model.apply(list());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(!model.find(uuid));
    QCOMPARE(call(Api::Databases::remove(uuid)).error.kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestE2eDatabases)
#include "tst_res_databases.moc"
