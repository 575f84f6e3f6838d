// End-to-end error paths and redaction of the databases, services and projects families:
// 403 missing ability, 404, 405 with Allow: POST, 429 from the rate limiter, and a read-only
// token seeing sensitive fields absent — with the values saying so.
#include "e2esandbox.h"

#include "api/apiclient.h"
#include "api/families/databases.h"
#include "api/families/projects.h"
#include "api/families/resources.h"
#include "api/families/services.h"
#include "models/database.h"
#include "models/databasesmodel.h"
#include "models/project.h"
#include "models/service.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Api::ErrorKind;
using Api::ForbiddenCause;
using Models::Database;
using Models::Service;

class TestE2eResourceErrors : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void missingAbility_data();
    void missingAbility();
    void notFound_data();
    void notFound();
    void getOnActionRouteIs405_data();
    void getOnActionRouteIs405();
    void rateLimited();
    void redactedForReadToken();
    void environmentDetailsRedacted();

private:
    bool start(int rateLimitPerMinute = 0);
    Api::ApiResult call(Api::ApiRequest request, const QString &token = u"demo-root"_s);
    QString firstDatabase();
    QString firstService();

    E2eSandbox m_e2e;
};

bool TestE2eResourceErrors::start(int rateLimitPerMinute)
{
    Sandbox::SandboxConfig config = Sandbox::SandboxConfig::demo();
    config.rateLimitPerMinute = rateLimitPerMinute;
    // A short client window: after X-RateLimit-Remaining hits 0 the client holds only briefly,
    // so the server's own 429 is what the test sees.
    return m_e2e.start(config, Api::RequestScheduler::Limits{100000, 600, 1});
}

void TestE2eResourceErrors::cleanup()
{
    m_e2e.reset();
}

Api::ApiResult TestE2eResourceErrors::call(Api::ApiRequest request, const QString &token)
{
    return m_e2e.call(std::move(request), token);
}

QString TestE2eResourceErrors::firstDatabase()
{
    const auto all = call(Api::Databases::list().withDecoder(&Database::decodeList))
                         .value.value<QList<Database>>();
    return all.isEmpty() ? QString() : all.constFirst().uuid;
}

QString TestE2eResourceErrors::firstService()
{
    const auto all =
        call(Api::Services::list().withDecoder(&Service::decodeList)).value.value<QList<Service>>();
    return all.isEmpty() ? QString() : all.constFirst().uuid;
}

void TestE2eResourceErrors::missingAbility_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("ability");
    const QString read = u"demo-read"_s;
    QTest::newRow("read token starts a database") << "databases"
                                                  << "start" << read << "deploy";
    QTest::newRow("read token stops a database") << "databases"
                                                 << "stop" << read << "deploy";
    QTest::newRow("read token restarts a database") << "databases"
                                                    << "restart" << read << "deploy";
    QTest::newRow("read token deletes a database") << "databases"
                                                   << "delete" << read << "write";
    QTest::newRow("deploy token creates a database") << "databases"
                                                     << "create" << u"demo-deploy"_s << "write";
    QTest::newRow("read token starts a service") << "services"
                                                 << "start" << read << "deploy";
    QTest::newRow("read token stops a service") << "services"
                                                << "stop" << read << "deploy";
    QTest::newRow("read token restarts a service") << "services"
                                                   << "restart" << read << "deploy";
}

void TestE2eResourceErrors::missingAbility()
{
    QFETCH(QString, family);
    QFETCH(QString, action);
    QFETCH(QString, token);
    QFETCH(QString, ability);
    QVERIFY(start());
    Api::ApiRequest request;
    if (family == QLatin1String("databases")) {
        const QString uuid = firstDatabase();
        QVERIFY(!uuid.isEmpty());
        if (action == QLatin1String("start"))
            request = Api::Databases::start(uuid);
        else if (action == QLatin1String("stop"))
            request = Api::Databases::stop(uuid);
        else if (action == QLatin1String("restart"))
            request = Api::Databases::restart(uuid);
        else if (action == QLatin1String("delete"))
            request = Api::Databases::remove(uuid);
        else
            request = Api::Databases::create(Api::DatabaseType::PostgreSQL, {{u"name"_s, u"x"_s}});
    } else {
        const QString uuid = firstService();
        QVERIFY(!uuid.isEmpty());
        if (action == QLatin1String("start"))
            request = Api::Services::start(uuid);
        else if (action == QLatin1String("stop"))
            request = Api::Services::stop(uuid);
        else
            request = Api::Services::restart(uuid);
    }
    const Api::ApiResult result = call(request, token);
    QCOMPARE(result.httpStatus, 403);
    QCOMPARE(result.error.kind, ErrorKind::Forbidden);
    QCOMPARE(result.error.forbiddenCause, ForbiddenCause::MissingAbility);
    QCOMPARE(result.error.missingAbility, ability);
    QCOMPARE(result.error.serverMessage, u"Missing required permissions: "_s + ability);
    // The read token may still read.
    QVERIFY(call(Api::Databases::list(), u"demo-read"_s).ok());
}

void TestE2eResourceErrors::notFound_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("message");
    QTest::newRow("database get") << 0 << "Database not found.";
    QTest::newRow("database start") << 1 << "Database not found.";
    QTest::newRow("database delete") << 2 << "Database not found.";
    QTest::newRow("database logs") << 3 << "Database not found.";
    QTest::newRow("service get") << 4 << "Service not found.";
    QTest::newRow("service restart") << 5 << "Service not found.";
    QTest::newRow("project get") << 6 << "Project not found.";
    QTest::newRow("project environments") << 7 << "Project not found.";
    QTest::newRow("unknown path") << 8 << "Not found.";
}

void TestE2eResourceErrors::notFound()
{
    QFETCH(int, which);
    QFETCH(QString, message);
    QVERIFY(start());
    const QString missing = u"doesnotexist000000000000"_s;
    const Api::ApiRequest requests[] = {
        Api::Databases::get(missing),
        Api::Databases::start(missing),
        Api::Databases::remove(missing),
        Api::Databases::logs(missing),
        Api::Services::get(missing),
        Api::Services::restart(missing),
        Api::Projects::get(missing),
        Api::Projects::environments(missing),
        Api::ApiRequest::get(u"databases/"_s + missing + u"/nothing"_s),
    };
    const Api::ApiResult result = call(requests[which]);
    QCOMPARE(result.httpStatus, 404);
    QCOMPARE(result.error.kind, ErrorKind::NotFound);
    QCOMPARE(result.error.serverMessage, message);
}

void TestE2eResourceErrors::getOnActionRouteIs405_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("action");
    for (const char *family : {"databases", "services"}) {
        for (const char *action : {"start", "stop", "restart"}) {
            QTest::addRow("GET %s/{uuid}/%s", family, action)
                << QString::fromLatin1(family) << QString::fromLatin1(action);
        }
    }
}

void TestE2eResourceErrors::getOnActionRouteIs405()
{
    QFETCH(QString, family);
    QFETCH(QString, action);
    QVERIFY(start());
    const QString uuid = family == QLatin1String("databases") ? firstDatabase() : firstService();
    QVERIFY(!uuid.isEmpty());
    // The facade always POSTs; a GET has to be built by hand.
    const Api::ApiResult result = call(Api::ApiRequest::get(family + u'/' + uuid + u'/' + action));
    QCOMPARE(result.httpStatus, 405);
    QCOMPARE(result.error.kind, ErrorKind::MethodNotAllowed);
    QCOMPARE(result.allow, QByteArray("POST"));
    QCOMPARE(result.error.serverMessage, u"This endpoint has changed to a POST request."_s);
}

void TestE2eResourceErrors::rateLimited()
{
    QVERIFY(start(3));
    QSignalSpy limited(m_e2e.client.get(), &Api::ApiClient::rateLimited);
    // One per-user limiter for every family; interactive requests report a 429 at once (only
    // background GETs are retried by the client).
    const Api::ApiRequest requests[] = {Api::Databases::list(), Api::Services::list(),
                                        Api::Projects::list(), Api::Resources::list(),
                                        Api::Databases::list()};
    Api::ApiResult result;
    int sent = 0;
    for (const Api::ApiRequest &request : requests) {
        result = call(request);
        ++sent;
        if (result.error.kind == ErrorKind::RateLimited)
            break;
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    }
    QCOMPARE(sent, 4);
    QCOMPARE(result.error.kind, ErrorKind::RateLimited);
    QCOMPARE(result.httpStatus, 429);
    QCOMPARE(result.error.serverMessage, u"Too Many Attempts."_s);
    QVERIFY(result.error.retryAfterSeconds > 0);
    QVERIFY(!result.error.deploymentQueueFull);
    QCOMPARE(limited.count(), 1);
    QCOMPARE(limited.at(0).at(0).toInt(), result.error.retryAfterSeconds);
    // The client now holds every further request until Retry-After has passed.
    QVERIFY(m_e2e.client->scheduler()->isPaused());
}

void TestE2eResourceErrors::redactedForReadToken()
{
    QVERIFY(start());
    const QString read = u"demo-read"_s;
    const Api::ApiResult listed =
        call(Api::Databases::list().withDecoder(&Database::decodeList), read);
    QVERIFY2(listed.ok(), qPrintable(listed.error.userMessage()));
    const auto databases = listed.value.value<QList<Database>>();
    QCOMPARE(databases.size(), 8);
    for (const Database &d : databases) {
        QVERIFY2(d.type.has_value(), qPrintable(d.name)); // KeyDB without its password too
        QVERIFY2(d.sensitiveHidden(), qPrintable(d.name));
        QVERIFY(d.password.hidden);
        QVERIFY(d.internalUrl.hidden);
        QVERIFY(d.externalUrl.hidden);
        QVERIFY(d.password.value.isEmpty());
        QCOMPARE(d.internalUrl.displayText(), u"hidden — token lacks read:sensitive"_s);
    }
    for (const QJsonValue &v : listed.json.array()) {
        const QJsonObject o = v.toObject();
        for (const char *key :
             {"internal_db_url", "external_db_url", "postgres_password", "redis_password",
              "keydb_password", "mysql_root_password", "clickhouse_admin_password", "id"})
            QVERIFY2(!o.contains(QLatin1String(key)), key); // absent, not null
    }
    Models::DatabasesModel model;
    model.apply(databases);
    QCOMPARE(model.index(0, 0).data(Models::DatabasesModel::SensitiveHiddenRole).toBool(), true);

    // The same rows with the root token carry their secrets.
    const auto full = call(Api::Databases::list().withDecoder(&Database::decodeList))
                          .value.value<QList<Database>>();
    for (const Database &d : full) {
        QVERIFY(!d.sensitiveHidden());
        QVERIFY(!d.password.hidden);
        QVERIFY(!d.internalUrl.value.isEmpty());
    }

    const Service svc = call(Api::Services::get(firstService()).withDecoder(&Service::decode), read)
                            .value.value<Service>();
    QVERIFY(!svc.uuid.isEmpty());
    QVERIFY(svc.composeHidden);
    QVERIFY(svc.components.has_value()); // components are not sensitive
    const Service rootSvc = call(Api::Services::get(firstService()).withDecoder(&Service::decode))
                                .value.value<Service>();
    QVERIFY(!rootSvc.composeHidden);

    // GET /resources redacts the same way.
    const Api::ApiResult resources = call(Api::Resources::list(), read);
    for (const QJsonValue &v : resources.json.array())
        QVERIFY(!v.toObject().contains(QLatin1String("internal_db_url")));
}

void TestE2eResourceErrors::environmentDetailsRedacted()
{
    QVERIFY(start());
    const QString read = u"demo-read"_s;
    const auto projects =
        call(Api::Projects::list().withDecoder(&Models::Project::decodeList), read)
            .value.value<QList<Models::Project>>();
    QVERIFY(!projects.isEmpty());
    const Api::ApiResult result =
        call(Api::Projects::environment(projects.constFirst().uuid, u"production"_s), read);
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const QJsonArray postgres = result.json.object().value(QLatin1String("postgresqls")).toArray();
    QVERIFY(!postgres.isEmpty());
    const QJsonObject row = postgres.at(0).toObject();
    QVERIFY(row.contains(QLatin1String("id"))); // nested rows are not scrubbed of `id` (§6)
    // coolify-api.md §2: DB secrets are in the model's $hidden and only removeSensitiveData
    // re-exposes them; the environment endpoint does not call it, so they are never in these nested
    // rows.
    QVERIFY(!row.contains(QLatin1String("postgres_password")));
    const QJsonArray services = result.json.object().value(QLatin1String("services")).toArray();
    QVERIFY(!services.isEmpty());
    QVERIFY(!services.at(0).toObject().contains(QLatin1String("docker_compose_raw")));
}

QTEST_GUILESS_MAIN(TestE2eResourceErrors)
#include "tst_res_errors.moc"
