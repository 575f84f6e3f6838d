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
    return {{QStringLiteral("project_uuid"), projects.constFirst().uuid},
            {QStringLiteral("server_uuid"), servers.constFirst().uuid},
            {QStringLiteral("environment_name"), environmentName},
            {QStringLiteral("name"), QStringLiteral("e2e-postgres")}};
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
    const int row = model.rowOf(byName(QStringLiteral("cache-keydb")).uuid);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, Models::DatabasesModel::Type).data().toString(),
             QStringLiteral("KeyDB"));
    const int pg = model.rowOf(byName(QStringLiteral("shop-postgres")).uuid);
    QCOMPARE(model.index(pg, Models::DatabasesModel::PublicPort).data().toString(),
             QStringLiteral("54321"));
}

void TestE2eDatabases::details()
{
    const Database listed = byName(QStringLiteral("shop-postgres"));
    QVERIFY(!listed.uuid.isEmpty());
    const Api::ApiResult result =
        call(Api::Databases::get(listed.uuid).withDecoder(&Database::decode));
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const Database d = result.value.value<Database>();
    QCOMPARE(d.uuid, listed.uuid);
    QCOMPARE(d.type, std::optional<DatabaseType>(DatabaseType::PostgreSQL));
    QCOMPARE(d.user, QStringLiteral("postgres"));
    QCOMPARE(d.databaseName, QStringLiteral("postgres"));
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
    const QJsonObject body = createBody(QStringLiteral("production"));
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
    QCOMPARE(row->name, QStringLiteral("e2e-postgres"));
    QCOMPARE(row->type, std::optional<DatabaseType>(DatabaseType::PostgreSQL));
    QCOMPARE(row->image, QStringLiteral("postgres:16-alpine"));

    // is_public without public_port is silently false (FACTS §8)…
    QJsonObject noPort = createBody(QStringLiteral("production"));
    noPort.insert(QStringLiteral("name"), QStringLiteral("e2e-no-port"));
    noPort.insert(QStringLiteral("is_public"), true);
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
    QJsonObject open = createBody(QStringLiteral("production"));
    open.insert(QStringLiteral("name"), QStringLiteral("e2e-public"));
    open.insert(QStringLiteral("is_public"), true);
    open.insert(QStringLiteral("public_port"), 54400);
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
             QStringLiteral("54400"));
}

void TestE2eDatabases::createErrors()
{
    // A wrong environment is a 422 with only a message (unlike applications' 404).
    const Api::ApiResult wrongEnv =
        call(Api::Databases::create(DatabaseType::PostgreSQL, createBody(QStringLiteral("nope"))));
    QCOMPARE(wrongEnv.error.kind, ErrorKind::Validation);
    QCOMPARE(wrongEnv.httpStatus, 422);
    QCOMPARE(wrongEnv.error.serverMessage,
             QStringLiteral("You need to provide a valid environment_name or environment_uuid."));

    // `type` is not a field of the typed endpoints: a plain list of field names.
    QJsonObject withType = createBody(QStringLiteral("production"));
    withType.insert(QStringLiteral("type"), QStringLiteral("postgresql"));
    const Api::ApiResult typed = call(Api::Databases::create(DatabaseType::PostgreSQL, withType));
    QCOMPARE(typed.error.kind, ErrorKind::Validation);
    // The list of field names is mapped to per-field errors.
    QVERIFY(typed.error.validation.fields.contains(QStringLiteral("type")));

    // A field of another type.
    QJsonObject foreign = createBody(QStringLiteral("production"));
    foreign.insert(QStringLiteral("mysql_user"), QStringLiteral("x"));
    const Api::ApiResult wrongField =
        call(Api::Databases::create(DatabaseType::PostgreSQL, foreign));
    QCOMPARE(wrongField.error.kind, ErrorKind::Validation);
    QVERIFY(wrongField.error.validation.fields.contains(QStringLiteral("mysql_user")));
    // A public port another database already uses.
    QJsonObject taken = createBody(QStringLiteral("production"));
    taken.insert(QStringLiteral("is_public"), true);
    taken.insert(QStringLiteral("public_port"), 54321); // shop-postgres has it
    const Api::ApiResult portTaken = call(Api::Databases::create(DatabaseType::PostgreSQL, taken));
    QCOMPARE(portTaken.error.kind, ErrorKind::BadRequest);
    QCOMPARE(portTaken.error.serverMessage,
             QStringLiteral("Public port already used by another database."));
    QCOMPARE(list().size(), 8); // nothing was created
}

void TestE2eDatabases::noUntypedCreateEndpoint()
{
    QJsonObject body = createBody(QStringLiteral("production"));
    body.insert(QStringLiteral("type"), QStringLiteral("postgresql"));
    const Api::ApiResult result =
        call(Api::ApiRequest::post(QStringLiteral("databases"), QJsonDocument(body)));
    QCOMPARE(result.error.kind, ErrorKind::NotFound);
    QCOMPARE(result.httpStatus, 404);
    QCOMPARE(result.error.serverMessage, QStringLiteral("Not found.")); // the catch-all's text
    QCOMPARE(list().size(), 8);
}

void TestE2eDatabases::lifecycle()
{
    const QString uuid = byName(QStringLiteral("shop-postgres")).uuid;
    QVERIFY(!uuid.isEmpty());

    const Api::ApiResult again = call(Api::Databases::start(uuid));
    QCOMPARE(again.error.kind, ErrorKind::BadRequest);
    QCOMPARE(again.httpStatus, 400);
    QCOMPARE(again.error.serverMessage, QStringLiteral("Database is already running."));

    const Api::ApiResult stop = call(Api::Databases::stop(uuid));
    QVERIFY2(stop.ok(), qPrintable(stop.error.userMessage()));
    QCOMPARE(stop.json.object().value(QLatin1String("message")).toString(),
             QStringLiteral("Database stopping request queued."));
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(uuid).startsWith(QLatin1String("exited")), 5000);

    const Api::ApiResult stoppedAgain = call(Api::Databases::stop(uuid, false));
    QCOMPARE(stoppedAgain.error.kind, ErrorKind::BadRequest);
    QCOMPARE(stoppedAgain.error.serverMessage, QStringLiteral("Database is already stopped."));

    const Api::ApiResult start = call(Api::Databases::start(uuid));
    QVERIFY2(start.ok(), qPrintable(start.error.userMessage()));
    QCOMPARE(start.json.object().value(QLatin1String("message")).toString(),
             QStringLiteral("Database starting request queued."));
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(uuid).startsWith(QLatin1String("running")), 5000);

    const Api::ApiResult restart = call(Api::Databases::restart(uuid));
    QVERIFY2(restart.ok(), qPrintable(restart.error.userMessage()));
    QCOMPARE(restart.json.object().value(QLatin1String("message")).toString(),
             QStringLiteral("Database restarting request queued."));

    const Api::ApiResult unknown = call(Api::Databases::restart(QStringLiteral("no-such-db")));
    QCOMPARE(unknown.error.kind, ErrorKind::NotFound);
    QCOMPARE(unknown.error.serverMessage, QStringLiteral("Database not found."));
}

void TestE2eDatabases::logs()
{
    const Api::ApiResult running =
        call(Api::Databases::logs(byName(QStringLiteral("shop-postgres")).uuid, 5));
    QVERIFY2(running.ok(), qPrintable(running.error.userMessage()));
    const QString text = running.json.object().value(QLatin1String("logs")).toString();
    QCOMPARE(text.split(u'\n').size(), 5);

    const Api::ApiResult stopped =
        call(Api::Databases::logs(byName(QStringLiteral("tools-mysql")).uuid));
    QCOMPARE(stopped.error.kind, ErrorKind::BadRequest);
    QCOMPARE(stopped.error.serverMessage, QStringLiteral("Database is not running."));
}

void TestE2eDatabases::remove()
{
    const QString uuid = byName(QStringLiteral("queue-dragonfly")).uuid;
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
