// Deployment simulator (coolify-api.md §4), fault injection and state persistence of the sandbox.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Sandbox;

class TestSandboxLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void deploymentRunsToFinished();
    void lockedEnvValuesAreRedactedInLogs();
    void failingDeployment();
    void alreadyQueuedGivesPhantomUuid();
    void queueFullIs429();
    void cancelDeployment();
    void activeDeploymentsSerialiseAsObjectWhenOutOfOrder();
    void latency();
    void failureRate();
    void droppedConnection();
    void neverAnswers();
    void oversizedBody();
    void statePersists();
    void deterministicSeedAndScale();

private:
    static SandboxConfig config(int stepMs);
    QJsonValue get(SandboxServer &server, const QString &path, int *status = nullptr);
    QJsonValue post(SandboxServer &server, const QString &path, const QByteArray &body, int *status,
                    HttpResult *raw = nullptr);
    QString appUuid(SandboxServer &server, const QString &name);

    HttpClient m_http;
};

SandboxConfig TestSandboxLifecycle::config(int stepMs)
{
    SandboxConfig c = SandboxConfig::demo();
    c.rateLimitPerMinute = 0;
    c.deployStepMs = stepMs;
    return c;
}

QJsonValue TestSandboxLifecycle::get(SandboxServer &server, const QString &path, int *status)
{
    HttpResult r;
    const bool ok =
        m_http.send("GET", QUrl(server.rootUrl().toString() + QLatin1String("/api/v1") + path),
                    {u"Accept: application/json"_s, u"Authorization: Bearer demo-root"_s}, {}, &r);
    if (status)
        *status = ok ? r.status : -1;
    return r.json();
}

QJsonValue TestSandboxLifecycle::post(SandboxServer &server, const QString &path,
                                      const QByteArray &body, int *status, HttpResult *raw)
{
    HttpResult r;
    const bool ok =
        m_http.send("POST", QUrl(server.rootUrl().toString() + QLatin1String("/api/v1") + path),
                    {u"Accept: application/json"_s, u"Content-Type: application/json"_s,
                     u"Authorization: Bearer demo-root"_s},
                    body, &r);
    *status = ok ? r.status : -1;
    if (raw)
        *raw = r;
    return r.json();
}

QString TestSandboxLifecycle::appUuid(SandboxServer &server, const QString &name)
{
    for (const QJsonValue &v : get(server, u"/applications"_s).toArray()) {
        if (v[QLatin1String("name")].toString() == name)
            return v[QLatin1String("uuid")].toString();
    }
    return {};
}

void TestSandboxLifecycle::deploymentRunsToFinished()
{
    SandboxServer server(config(40));
    QVERIFY(server.listen());
    const QString app = appUuid(server, u"uptime-probe"_s);
    QVERIFY(!app.isEmpty());
    QCOMPARE(get(server, QLatin1String("/applications/") + app)[QLatin1String("status")].toString(),
             u"exited:unhealthy"_s);
    int status = 0;
    const QJsonValue deployed =
        post(server, QLatin1String("/deploy?uuid=") + app, "{\"force\":true}", &status);
    QCOMPARE(status, 200);
    const QString uuid =
        deployed[QLatin1String("deployments")][0][QLatin1String("deployment_uuid")].toString();
    QCOMPARE(deployed[QLatin1String("deployments")][0][QLatin1String("message")].toString(),
             u"Application uptime-probe deployment queued."_s);
    const QJsonValue first = get(server, QLatin1String("/deployments/") + uuid);
    QCOMPARE(first[QLatin1String("status")].toString(), u"queued"_s);
    QCOMPARE(first[QLatin1String("force_rebuild")].toBool(), true);
    QVERIFY(first[QLatin1String("application_id")].isString());
    QVERIFY(first[QLatin1String("destination_id")].isString());
    QTRY_COMPARE_WITH_TIMEOUT(
        get(server, QLatin1String("/deployments/") + uuid)[QLatin1String("status")].toString(),
        u"finished"_s, 10000);

    const QJsonValue done = get(server, QLatin1String("/deployments/") + uuid);
    QVERIFY(done[QLatin1String("logs")].isString());
    const QJsonArray logs =
        QJsonDocument::fromJson(done[QLatin1String("logs")].toString().toUtf8()).array();
    QVERIFY(logs.size() >= 6);
    QVERIFY(!logs.first().toObject().contains(QLatin1String("order"))); // addLogEntry's first entry
    for (int i = 1; i < logs.size(); ++i) {
        QCOMPARE(logs.at(i)[QLatin1String("order")].toInt(), i + 1);
        QVERIFY(logs.at(i)[QLatin1String("timestamp")].toString().endsWith(u'Z'));
        QVERIFY(logs.at(i).toObject().contains(QLatin1String("hidden")));
    }
    QCOMPARE(logs.last()[QLatin1String("output")].toString(), u"Rolling update completed."_s);
    QVERIFY(!done[QLatin1String("finished_at")].isNull());
    QCOMPARE(get(server, QLatin1String("/applications/") + app)[QLatin1String("status")].toString(),
             u"running:healthy"_s);
    QVERIFY(get(server, u"/deployments"_s).toArray().isEmpty()); // only active ones
    const QJsonValue history = get(server, QLatin1String("/deployments/applications/") + app);
    QCOMPARE(history[QLatin1String("count")].toInt(), 1);
}

void TestSandboxLifecycle::lockedEnvValuesAreRedactedInLogs()
{
    SandboxServer server(config(20));
    QVERIFY(server.listen());
    const QString app = appUuid(server, u"storefront-web"_s);
    int status = 0;
    const QString uuid =
        post(server, QLatin1String("/applications/") + app + QLatin1String("/start"), {},
             &status)[QLatin1String("deployment_uuid")]
            .toString();
    QCOMPARE(status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        get(server, QLatin1String("/deployments/") + uuid)[QLatin1String("status")].toString(),
        u"finished"_s, 10000);
    const QString logs =
        get(server, QLatin1String("/deployments/") + uuid)[QLatin1String("logs")].toString();
    QVERIFY(logs.contains(QLatin1String("STRIPE_SECRET_KEY=<REDACTED>")));
    QVERIFY(logs.contains(QLatin1String("NODE_ENV=production")));
    QVERIFY(!logs.contains(QLatin1String("sk_live_demo_123")));
}

void TestSandboxLifecycle::failingDeployment()
{
    SandboxServer server(config(30));
    QVERIFY(server.listen());
    const QString app = appUuid(server, u"legacy-worker"_s);
    int status = 0;
    const QJsonValue started =
        post(server, QLatin1String("/applications/") + app + QLatin1String("/start"), {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(started[QLatin1String("message")].toString(), u"Deployment request queued."_s);
    const QString uuid = started[QLatin1String("deployment_uuid")].toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        get(server, QLatin1String("/deployments/") + uuid)[QLatin1String("status")].toString(),
        u"failed"_s, 10000);
    const QJsonArray logs =
        QJsonDocument::fromJson(
            get(server, QLatin1String("/deployments/") + uuid)[QLatin1String("logs")]
                .toString()
                .toUtf8())
            .array();
    QCOMPARE(logs.last()[QLatin1String("type")].toString(), u"stderr"_s);
    // Non-ASCII log text is UTF-8 end to end (no Latin-1 mojibake).
    bool emoji = false;
    for (const QJsonValue &entry : logs)
        emoji = emoji
            || entry[QLatin1String("output")].toString()
                == u"Oops something is not okay, are you okay? \U0001F622"_s;
    QVERIFY(emoji);
}

void TestSandboxLifecycle::alreadyQueuedGivesPhantomUuid()
{
    SandboxServer server(config(60000));
    QVERIFY(server.listen());
    const QString app = appUuid(server, u"storefront-web"_s);
    int status = 0;
    const QJsonValue first = post(server, QLatin1String("/deploy?uuid=") + app, {}, &status);
    QCOMPARE(status, 200);
    const QJsonValue second = post(server, QLatin1String("/deploy?uuid=") + app, {}, &status);
    QCOMPARE(status, 200);
    const QJsonValue entry = second[QLatin1String("deployments")][0];
    QCOMPARE(entry[QLatin1String("message")].toString(),
             u"Deployment already queued for this commit."_s);
    const QString phantom = entry[QLatin1String("deployment_uuid")].toString();
    QVERIFY(!phantom.isEmpty());
    QVERIFY(phantom
            != first[QLatin1String("deployments")][0][QLatin1String("deployment_uuid")].toString());
    get(server, QLatin1String("/deployments/") + phantom, &status);
    QCOMPARE(status, 404);
    // /start reports it differently (no uuid at all).
    const QJsonValue viaStart =
        post(server, QLatin1String("/applications/") + app + QLatin1String("/start"), {}, &status);
    QCOMPARE(
        viaStart,
        QJsonValue(QJsonObject{{u"message"_s, u"Deployment already queued for this commit."_s}}));
    // PATCH instant_deploy answers the same message (changes are saved anyway).
    HttpResult r;
    QVERIFY(m_http.send(
        "PATCH", QUrl(server.rootUrl().toString() + QLatin1String("/api/v1/applications/") + app),
        {u"Accept: application/json"_s, u"Content-Type: application/json"_s,
         u"Authorization: Bearer demo-root"_s},
        R"({"description":"changed","instant_deploy":true})", &r));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QLatin1String("message")].toString(),
             u"Deployment already queued for this commit."_s);
    QCOMPARE(
        get(server, QLatin1String("/applications/") + app)[QLatin1String("description")].toString(),
        u"changed"_s);
}

void TestSandboxLifecycle::queueFullIs429()
{
    SandboxConfig c = config(60000);
    c.deploymentQueueLimit = 1;
    SandboxServer server(c);
    QVERIFY(server.listen());
    int status = 0;
    post(server, QLatin1String("/deploy?uuid=") + appUuid(server, u"storefront-web"_s), {},
         &status);
    QCOMPARE(status, 200);
    HttpResult raw;
    const QJsonValue full =
        post(server, QLatin1String("/deploy?uuid=") + appUuid(server, u"storefront-api"_s), {},
             &status, &raw);
    QCOMPARE(status, 429);
    QCOMPARE(full[QLatin1String("message")].toString(),
             u"Deployment queue is full. Please wait for existing deployments to complete."_s);
    QCOMPARE(raw.headers.value("retry-after"), QByteArray("60"));
    // POST /applications/{uuid}/start does not detect the full queue (coolify-api.md §5, §9.12):
    // 200 with a deployment_uuid that was never stored.
    const QJsonValue started =
        post(server,
             QLatin1String("/applications/") + appUuid(server, u"storefront-api"_s)
                 + QLatin1String("/start"),
             {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(started[QLatin1String("message")].toString(), u"Deployment request queued."_s);
    const QString phantom = started[QLatin1String("deployment_uuid")].toString();
    QVERIFY(!phantom.isEmpty());
    get(server, QLatin1String("/deployments/") + phantom, &status);
    QCOMPARE(status, 404);
    QCOMPARE(get(server, u"/deployments"_s).toArray().size(), 1);
    // Tags: message is an array and details carry the uuids (another server, so not full).
    const QJsonValue tagged = post(server, u"/deploy?tag=docs"_s, {}, &status);
    QCOMPARE(status, 200);
    QVERIFY(tagged[QLatin1String("message")].isArray());
    QCOMPARE(tagged[QLatin1String("details")][0][QLatin1String("resource_uuid")].toString(),
             appUuid(server, u"docs-site"_s));
}

void TestSandboxLifecycle::cancelDeployment()
{
    SandboxServer server(config(60000));
    QVERIFY(server.listen());
    int status = 0;
    const QString uuid =
        post(server, QLatin1String("/deploy?uuid=") + appUuid(server, u"etl-runner"_s), {},
             &status)[QLatin1String("deployments")][0][QLatin1String("deployment_uuid")]
            .toString();
    const QJsonValue cancelled =
        post(server, QLatin1String("/deployments/") + uuid + QLatin1String("/cancel"), {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(cancelled,
             QJsonValue(QJsonObject{{u"message"_s, u"Deployment cancelled successfully."_s},
                                    {u"deployment_uuid"_s, uuid},
                                    {u"status"_s, u"cancelled-by-user"_s}}));
    const QJsonValue again =
        post(server, QLatin1String("/deployments/") + uuid + QLatin1String("/cancel"), {}, &status);
    QCOMPARE(status, 400);
    QCOMPARE(again[QLatin1String("message")].toString(),
             u"Deployment cannot be cancelled. Current status: cancelled-by-user"_s);
}

void TestSandboxLifecycle::activeDeploymentsSerialiseAsObjectWhenOutOfOrder()
{
    SandboxServer server(config(150));
    QVERIFY(server.listen());
    int status = 0;
    // Three apps on the same server (2 build slots): the first two start and their rows move
    // behind the third in physical order, so sortBy('id') keeps non-sequential keys.
    for (const char *name : {"storefront-web", "storefront-api", "storefront-web-staging"})
        post(server, QLatin1String("/deploy?uuid=") + appUuid(server, QLatin1String(name)), {},
             &status);
    const QJsonValue queued = get(server, u"/deployments"_s);
    QVERIFY(queued.isArray());
    QCOMPARE(queued.toArray().size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(get(server, u"/deployments"_s).isObject(), 5000);
    const QJsonObject object = get(server, u"/deployments"_s).toObject();
    QVERIFY(object.contains(QLatin1String("0")));
    QVERIFY(object.size() >= 2);
}

void TestSandboxLifecycle::latency()
{
    SandboxConfig c = config(1000);
    c.latencyMs = 300;
    SandboxServer server(c);
    QVERIFY(server.listen());
    QElapsedTimer timer;
    timer.start();
    HttpResult r;
    QVERIFY(m_http.send("GET", QUrl(server.rootUrl().toString() + QLatin1String("/api/health")), {},
                        {}, &r));
    QCOMPARE(r.status, 200);
    QVERIFY(timer.elapsed() >= 290);
}

void TestSandboxLifecycle::failureRate()
{
    SandboxConfig c = config(1000);
    c.failureRate = 1.0;
    SandboxServer server(c);
    QVERIFY(server.listen());
    int status = 0;
    const QJsonValue body = get(server, u"/applications"_s, &status);
    QCOMPARE(status, 500);
    QCOMPARE(body, QJsonValue(QJsonObject{{u"message"_s, u"Server Error"_s}}));
    HttpResult r;
    QVERIFY(m_http.send("GET",
                        QUrl(server.rootUrl().toString() + QLatin1String("/api/v1/applications")),
                        {u"Authorization: Bearer demo-root"_s}, {}, &r));
    QCOMPARE(r.status, 500);
    QVERIFY(r.headers.value("content-type").startsWith("text/html"));
    // Authentication still comes first.
    QVERIFY(m_http.send("GET",
                        QUrl(server.rootUrl().toString() + QLatin1String("/api/v1/applications")),
                        {}, {}, &r));
    QCOMPARE(r.status, 401);
}

void TestSandboxLifecycle::droppedConnection()
{
    SandboxConfig c = config(1000);
    c.dropPath = u"/api/v1/servers"_s;
    SandboxServer server(c);
    QVERIFY(server.listen());
    HttpResult r;
    QVERIFY(m_http.send("GET", QUrl(server.rootUrl().toString() + QLatin1String("/api/v1/servers")),
                        {u"Accept: application/json"_s, u"Authorization: Bearer demo-root"_s}, {},
                        &r));
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(r.json().isUndefined() || r.json().isNull());
    // Other paths are unaffected.
    int status = 0;
    get(server, u"/projects"_s, &status);
    QCOMPARE(status, 200);
}

void TestSandboxLifecycle::neverAnswers()
{
    SandboxConfig c = config(1000);
    c.hangPath = u"/api/v1/services"_s;
    SandboxServer server(c);
    QVERIFY(server.listen());
    HttpResult r;
    QVERIFY(!m_http.send("GET",
                         QUrl(server.rootUrl().toString() + QLatin1String("/api/v1/services")),
                         {u"Authorization: Bearer demo-root"_s}, {}, &r, 700));
    int status = 0;
    get(server, u"/projects"_s, &status);
    QCOMPARE(status, 200);
}

void TestSandboxLifecycle::oversizedBody()
{
    SandboxConfig c = config(1000);
    c.oversizePath = u"/api/v1/projects"_s;
    c.oversizeBytes = 3 * 1024 * 1024;
    SandboxServer server(c);
    QVERIFY(server.listen());
    HttpResult r;
    QVERIFY(m_http.send("GET",
                        QUrl(server.rootUrl().toString() + QLatin1String("/api/v1/projects")),
                        {u"Authorization: Bearer demo-root"_s}, {}, &r));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), c.oversizeBytes);
    QCOMPARE(r.json().toArray().size(), 4);
}

void TestSandboxLifecycle::statePersists()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxConfig c = config(1000);
    c.stateFile = dir.filePath(u"state.json"_s);
    QString app;
    {
        SandboxServer server(c);
        QVERIFY(server.listen());
        app = appUuid(server, u"docs-site"_s);
        HttpResult r;
        QVERIFY(m_http.send(
            "PATCH",
            QUrl(server.rootUrl().toString() + QLatin1String("/api/v1/applications/") + app),
            {u"Content-Type: application/json"_s, u"Authorization: Bearer demo-root"_s},
            R"({"name":"persisted-docs"})", &r));
        QCOMPARE(r.status, 200);
    }
    QVERIFY(QFile::exists(c.stateFile));
    SandboxServer reopened(c);
    QVERIFY(reopened.listen());
    QCOMPARE(get(reopened, QLatin1String("/applications/") + app)[QLatin1String("name")].toString(),
             u"persisted-docs"_s);
}

void TestSandboxLifecycle::deterministicSeedAndScale()
{
    SandboxServer a(config(1000));
    SandboxServer b(config(1000));
    SandboxConfig otherSeed = config(1000);
    otherSeed.seed = 2;
    otherSeed.scale = 25;
    SandboxServer c(otherSeed);
    QVERIFY(a.listen() && b.listen() && c.listen());
    const QJsonValue appsA = get(a, u"/applications"_s);
    QCOMPARE(get(b, u"/applications"_s), appsA);
    QCOMPARE(get(b, u"/deployments/applications/"_s + appUuid(b, u"storefront-web"_s)),
             get(a, u"/deployments/applications/"_s + appUuid(a, u"storefront-web"_s)));
    const QJsonArray appsC = get(c, u"/applications"_s).toArray();
    QCOMPARE(appsC.size(), appsA.toArray().size() + 25);
    QVERIFY(appUuid(c, u"storefront-web"_s) != appUuid(a, u"storefront-web"_s));
    QCOMPARE(appsC.last()[QLatin1String("name")].toString(),
             u"uptime-probe"_s); // sorted by name
    QVERIFY(!appUuid(c, u"gen-app-00025"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "tst_sandboxlifecycle.moc"
