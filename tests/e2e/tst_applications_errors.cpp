// End-to-end error paths of the applications family against the sandbox: 401, 403 (missing
// ability), 404, 405 (GET on an action route) and 429 (rate limiter) arrive as distinct kinds.
#include "e2esandbox.h"

#include "api/apiclient.h"
#include "api/families/applications.h"
#include "models/application.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Api::ErrorKind;
using Models::Application;

class TestE2eApplicationErrors : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void unauthenticated();
    void missingDeployAbility_data();
    void missingDeployAbility();
    void notFound_data();
    void notFound();
    void getOnActionRouteIs405_data();
    void getOnActionRouteIs405();
    void rateLimited();

private:
    bool start(int rateLimitPerMinute = 0);
    Api::ApiResult call(Api::ApiRequest request, const QString &token = u"demo-root"_s);
    QString firstUuid();

    E2eSandbox m_e2e;
};

bool TestE2eApplicationErrors::start(int rateLimitPerMinute)
{
    Sandbox::SandboxConfig config = Sandbox::SandboxConfig::demo();
    config.rateLimitPerMinute = rateLimitPerMinute;
    // The client's own pacing must not hide the server's 429: a short window keeps its pause
    // after "X-RateLimit-Remaining: 0" (a sixth of the window) at 100 ms.
    return m_e2e.start(config, Api::RequestScheduler::Limits{100000, 600, 1});
}

void TestE2eApplicationErrors::cleanup()
{
    m_e2e.reset();
}

Api::ApiResult TestE2eApplicationErrors::call(Api::ApiRequest request, const QString &token)
{
    return m_e2e.call(std::move(request), token);
}

QString TestE2eApplicationErrors::firstUuid()
{
    const auto apps = call(Api::Applications::list().withDecoder(&Application::decodeList))
                          .value.value<QList<Application>>();
    return apps.isEmpty() ? QString() : apps.constFirst().uuid;
}

void TestE2eApplicationErrors::unauthenticated()
{
    QVERIFY(start());
    const Api::ApiResult r = call(Api::Applications::list(), u"not-a-token"_s);
    QCOMPARE(r.error.kind, ErrorKind::Unauthenticated);
    QCOMPARE(r.httpStatus, 401);
}

void TestE2eApplicationErrors::missingDeployAbility_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("start") << "start";
    QTest::newRow("stop") << "stop";
    QTest::newRow("restart") << "restart";
}

void TestE2eApplicationErrors::missingDeployAbility()
{
    QFETCH(QString, action);
    QVERIFY(start());
    const QString uuid = firstUuid();
    QVERIFY(!uuid.isEmpty());
    const Api::ApiRequest request = action == QLatin1String("start")
        ? Api::Applications::start(uuid)
        : action == QLatin1String("stop") ? Api::Applications::stop(uuid)
                                          : Api::Applications::restart(uuid);
    const Api::ApiResult r = call(request, u"demo-read"_s);
    QCOMPARE(r.error.kind, ErrorKind::Forbidden);
    QCOMPARE(r.httpStatus, 403);
    QCOMPARE(r.error.forbiddenCause, Api::ForbiddenCause::MissingAbility);
    QCOMPARE(r.error.missingAbility, u"deploy"_s);
    // The same call with a deploy token goes through.
    QVERIFY(call(request, u"demo-deploy"_s).ok());
}

void TestE2eApplicationErrors::notFound_data()
{
    QTest::addColumn<QString>("which");
    for (const char *which :
         {"get", "update", "remove", "start", "stop", "restart", "logs", "envs"})
        QTest::newRow(which) << QString::fromLatin1(which);
}

void TestE2eApplicationErrors::notFound()
{
    QFETCH(QString, which);
    QVERIFY(start());
    const QString uuid = u"doesnotexist000000000000"_s;
    Api::ApiRequest request;
    if (which == QLatin1String("get"))
        request = Api::Applications::get(uuid);
    else if (which == QLatin1String("update"))
        request = Api::Applications::update(uuid, {{u"name"_s, u"x"_s}});
    else if (which == QLatin1String("remove"))
        request = Api::Applications::remove(uuid);
    else if (which == QLatin1String("start"))
        request = Api::Applications::start(uuid);
    else if (which == QLatin1String("stop"))
        request = Api::Applications::stop(uuid);
    else if (which == QLatin1String("restart"))
        request = Api::Applications::restart(uuid);
    else if (which == QLatin1String("logs"))
        request = Api::Applications::logs(uuid);
    else
        request = Api::Applications::envs(uuid);
    const Api::ApiResult r = call(request);
    QCOMPARE(r.error.kind, ErrorKind::NotFound);
    QCOMPARE(r.httpStatus, 404);
    // Punctuation differs per route (coolify-api.md §7): key on the status, check only the words.
    QVERIFY2(r.error.serverMessage.startsWith(QLatin1String("Application not found")),
             qPrintable(r.error.serverMessage));
}

void TestE2eApplicationErrors::getOnActionRouteIs405_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("start") << "start";
    QTest::newRow("stop") << "stop";
    QTest::newRow("restart") << "restart";
}

void TestE2eApplicationErrors::getOnActionRouteIs405()
{
    QFETCH(QString, action);
    QVERIFY(start());
    const QString uuid = firstUuid();
    // What an old client (GET start/stop/restart) would do: the facade never builds this.
    const Api::ApiResult r = call(Api::ApiRequest::get(u"applications/"_s + uuid + u'/' + action));
    QCOMPARE(r.error.kind, ErrorKind::MethodNotAllowed);
    QCOMPARE(r.httpStatus, 405);
    QCOMPARE(r.allow, QByteArray("POST"));
    QCOMPARE(r.error.serverMessage, u"This endpoint has changed to a POST request."_s);
    // The facade's request for the same action is a POST and is accepted.
    QCOMPARE(Api::Applications::start(uuid).method, Api::Method::Post);
}

void TestE2eApplicationErrors::rateLimited()
{
    QVERIFY(start(3));
    QSignalSpy limited(m_e2e.client.get(), &Api::ApiClient::rateLimited);
    for (int i = 0; i < 3; ++i) {
        const Api::ApiResult ok = call(Api::Applications::list());
        QVERIFY2(ok.ok(), qPrintable(ok.error.userMessage()));
        QCOMPARE(ok.rateLimitRemaining, 2 - i); // X-RateLimit-Remaining
    }
    // Interactive requests report the 429 at once (background GETs would wait and retry).
    const Api::ApiResult r = call(Api::Applications::list());
    QCOMPARE(r.error.kind, ErrorKind::RateLimited);
    QCOMPARE(r.httpStatus, 429);
    QVERIFY(!r.error.deploymentQueueFull);
    QVERIFY2(r.error.retryAfterSeconds > 0 && r.error.retryAfterSeconds <= 60,
             qPrintable(QString::number(r.error.retryAfterSeconds)));
    QCOMPARE(r.error.serverMessage, u"Too Many Attempts."_s);
    QCOMPARE(limited.count(), 1);
    QVERIFY(m_e2e.client->scheduler()->isPaused()); // the client now holds further requests
}

QTEST_GUILESS_MAIN(TestE2eApplicationErrors)
#include "tst_applications_errors.moc"
