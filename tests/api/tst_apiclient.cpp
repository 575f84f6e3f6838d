#include "api/apiclient.h"
#include "api/responseinterpreter.h"

#include "fakenetwork.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

using namespace Coolify::Api;

Q_DECLARE_METATYPE(Coolify::Api::ApiRequest)
Q_DECLARE_METATYPE(FakeResponse)
Q_DECLARE_METATYPE(Coolify::Api::ErrorKind)

namespace {
const QString kToken = u"12|abcdefghijklmnopqrstuvwxyz0123456789ABCD1a2b3c4d"_s;
const QUrl kRoot(u"https://coolify.example.com/sub"_s);

// What a reply delivered; filled from its finished() signal (the reply deletes itself after).
struct Delivered
{
    ApiResult result;
    int finishedCount = 0;
    int attempts = 0;
};

std::shared_ptr<Delivered> watch(ApiReply *reply)
{
    auto delivered = std::make_shared<Delivered>();
    QObject::connect(reply, &ApiReply::finished, reply, [reply, delivered] {
        delivered->result = reply->result();
        delivered->attempts = reply->attempts();
        ++delivered->finishedCount;
    });
    return delivered;
}

QVariant decodeUuid(const QJsonDocument &doc, QString *error)
{
    if (!doc.object().value(QLatin1String("uuid")).isString()) {
        *error = u"no uuid"_s;
        return {};
    }
    return doc.object().value(QLatin1String("uuid")).toString();
}

ApiRequest withFormat(ApiRequest request, ResponseFormat format, Scope scope, bool authenticated)
{
    request.format = format;
    request.scope = scope;
    request.authenticated = authenticated;
    return request;
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void headersAndUrls_data();
    void headersAndUrls();
    void noTokenNoAuthorization();
    void replies_data();
    void replies();
    void okJsonWithDecoderOnTheGuiThread();
    void largeBodyDecodedOffThread();
    void cancelWhileDecodingOffThread();
    void deletingTheClientWithRequestsPending();
    void delayedReply();
    void neverAnsweringReplyTimesOut();
    void cancelBeforeDispatch();
    void cancelInFlight();
    void replyAndNetworkReplyDeleteThemselves();
    void deletingAnUnfinishedReplyFreesItsSlot();
    void rateLimitedInteractiveReportsAndPauses();
    void rateLimitedBackgroundGetIsRetried();
    void cancelWhileWaitingForRetry();
    void rateLimited429NotRetried_data();
    void rateLimited429NotRetried();
};

void TestApiClient::headersAndUrls_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("authorization");
    QTest::addColumn<QByteArray>("body"); // empty: no body, no Content-Type

    QUrlQuery tagQuery;
    tagQuery.addQueryItem(u"tag"_s, u"prod web"_s);
    ApiRequest slow = ApiRequest::get(u"servers/x/resources"_s);
    slow.timeoutMs = 1234;

    QTest::newRow("GET list") << ApiRequest::get(u"applications"_s) << QByteArray("GET")
                              << u"https://coolify.example.com/sub/api/v1/applications"_s << true
                              << QByteArray();
    QTest::newRow("GET with query")
        << ApiRequest::get(u"resources"_s, tagQuery) << QByteArray("GET")
        << u"https://coolify.example.com/sub/api/v1/resources?tag=prod%20web"_s << true
        << QByteArray();
    QTest::newRow("GET with its own timeout")
        << slow << QByteArray("GET")
        << u"https://coolify.example.com/sub/api/v1/servers/x/resources"_s << true << QByteArray();
    QTest::newRow("POST with JSON body")
        << ApiRequest::post(u"deploy"_s, QJsonDocument(QJsonObject{{u"uuid"_s, u"a,b"_s}}))
        << QByteArray("POST") << u"https://coolify.example.com/sub/api/v1/deploy"_s << true
        << QByteArray(R"({"uuid":"a,b"})");
    QTest::newRow("POST action without body")
        << ApiRequest::post(u"applications/abc/restart"_s) << QByteArray("POST")
        << u"https://coolify.example.com/sub/api/v1/applications/abc/restart"_s << true
        << QByteArray();
    QTest::newRow("PATCH with JSON body")
        << ApiRequest::patch(u"applications/abc"_s,
                             QJsonDocument(QJsonObject{{u"name"_s, u"web"_s}}))
        << QByteArray("PATCH") << u"https://coolify.example.com/sub/api/v1/applications/abc"_s
        << true << QByteArray(R"({"name":"web"})");
    QTest::newRow("DELETE") << ApiRequest::remove(u"applications/abc"_s) << QByteArray("DELETE")
                            << u"https://coolify.example.com/sub/api/v1/applications/abc"_s << true
                            << QByteArray();
    QTest::newRow("version as text")
        << withFormat(ApiRequest::get(u"version"_s), ResponseFormat::Text, Scope::V1, true)
        << QByteArray("GET") << u"https://coolify.example.com/sub/api/v1/version"_s << true
        << QByteArray();
    QTest::newRow("health unauthenticated")
        << withFormat(ApiRequest::get(u"health"_s), ResponseFormat::Text, Scope::Api, false)
        << QByteArray("GET") << u"https://coolify.example.com/sub/api/health"_s << false
        << QByteArray();
}

void TestApiClient::headersAndUrls()
{
    QFETCH(ApiRequest, request);
    QFETCH(QByteArray, verb);
    QFETCH(QString, url);
    QFETCH(bool, authorization);
    QFETCH(QByteArray, body);

    FakeNetworkAccessManager nam;
    ApiClient client(&nam, kRoot);
    client.setToken(kToken);
    auto delivered = watch(client.send(request));
    QTRY_COMPARE(delivered->finishedCount, 1);
    QCOMPARE(nam.requests().size(), 1);
    const FakeRequest &sent = nam.requests().first();
    const QNetworkRequest &net = sent.request;

    QCOMPARE(sent.verb, verb);
    QCOMPARE(net.url().toString(QUrl::FullyEncoded), url);
    QCOMPARE(net.hasRawHeader("Authorization"), authorization);
    if (authorization)
        QCOMPARE(net.rawHeader("Authorization"), "Bearer " + kToken.toUtf8());
    // Laravel renders errors as JSON only when JSON is the first acceptable type (coolify-api.md
    // §1).
    if (request.format == ResponseFormat::Json)
        QCOMPARE(net.rawHeader("Accept"), QByteArray("application/json"));
    else
        QVERIFY2(net.rawHeader("Accept").startsWith("application/json"),
                 net.rawHeader("Accept").constData());
    QCOMPARE(net.hasRawHeader("Content-Type"), !body.isEmpty());
    if (!body.isEmpty()) {
        QCOMPARE(net.rawHeader("Content-Type"), QByteArray("application/json"));
        QCOMPARE(sent.body, body);
    } else {
        QVERIFY(sent.body.isEmpty());
    }
    QCOMPARE(net.transferTimeout(), request.timeoutMs);
    QVERIFY(net.rawHeader("User-Agent").startsWith("CoolifyDesktop/"));
    QCOMPARE(net.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    // Exactly one place builds requests: what went out is what networkRequest() makes.
    const QNetworkRequest built = client.networkRequest(request);
    QCOMPARE(net.rawHeaderList(), built.rawHeaderList());
    for (const QByteArray &name : built.rawHeaderList())
        QCOMPARE(net.rawHeader(name), built.rawHeader(name));
    QCOMPARE(net.url(), built.url());
    QCOMPARE(net.url(), client.urlFor(request));
}

void TestApiClient::noTokenNoAuthorization()
{
    FakeNetworkAccessManager nam;
    ApiClient client(&nam, kRoot);
    QVERIFY(!client.hasToken());
    auto delivered = watch(client.send(ApiRequest::get(u"version"_s)));
    QTRY_COMPARE(delivered->finishedCount, 1);
    QVERIFY(!nam.requests().first().request.hasRawHeader("Authorization"));
    QCOMPARE(nam.requests().first().request.rawHeader("Accept"), QByteArray("application/json"));
}

void TestApiClient::replies_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("messageHas");

    QTest::newRow("200 JSON") << FakeResponse::json(200, R"({"uuid":"abc"})") << ErrorKind::None
                              << QString();
    QTest::newRow("401 Unauthenticated")
        << FakeResponse::json(401, R"({"message":"Unauthenticated."})")
        << ErrorKind::Unauthenticated << u"401"_s;
    QTest::newRow("403 missing deploy")
        << FakeResponse::json(403, R"({"message":"Missing required permissions: deploy"})")
        << ErrorKind::Forbidden << u"“deploy”"_s;
    QTest::newRow("404 HTML page")
        << FakeResponse::html(404, "<!DOCTYPE html><html><body>Not Found</body></html>")
        << ErrorKind::NotFound << u"web page"_s;
    QTest::newRow("405 with Allow")
        << FakeResponse::json(405, R"({"message":"This endpoint has changed to a POST request."})")
               .header("Allow", "POST")
        << ErrorKind::MethodNotAllowed << u"405"_s;
    QTest::newRow("422 list of messages") << FakeResponse::json(
        422, R"({"message":"Validation failed.","errors":["Invalid URL: foo"]})")
                                          << ErrorKind::Validation << u"Invalid URL: foo"_s;
    QTest::newRow("500 HTML page")
        << FakeResponse::html(500, "<!DOCTYPE html><html><body>Server Error</body></html>")
        << ErrorKind::ServerError << u"500"_s;
    QTest::newRow("200 HTML page") << FakeResponse::html(200, "<!doctype html><html></html>")
                                   << ErrorKind::NotJson << u"web page"_s;
    QTest::newRow("connection refused")
        << FakeResponse::transportError(QNetworkReply::ConnectionRefusedError)
        << ErrorKind::ConnectionRefused << u"refused"_s;
    QTest::newRow("host not found")
        << FakeResponse::transportError(QNetworkReply::HostNotFoundError) << ErrorKind::HostNotFound
        << u"host name"_s;
    QTest::newRow("TLS handshake failed")
        << FakeResponse::transportError(QNetworkReply::SslHandshakeFailedError) << ErrorKind::Tls
        << u"certificate"_s;
    QTest::newRow("delayed 200 JSON")
        << FakeResponse::json(200, R"({"uuid":"abc"})").delayed(50) << ErrorKind::None << QString();
}

void TestApiClient::replies()
{
    QFETCH(FakeResponse, response);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, messageHas);

    FakeNetworkAccessManager nam;
    nam.respond([response](const FakeRequest &) { return response; });
    ApiClient client(&nam, kRoot);
    client.setToken(kToken);
    QSignalSpy finishedAll(&client, &ApiClient::requestFinished);
    auto *reply = client.send(ApiRequest::get(u"applications/abc"_s).withDecoder(decodeUuid));
    auto delivered = watch(reply);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(delivered->finishedCount, 1);
    const ApiResult &result = delivered->result;
    QCOMPARE(ApiError::kindName(result.error.kind), ApiError::kindName(kind));
    QCOMPARE(result.httpStatus, response.status);
    for (const auto &[name, value] : std::as_const(response.headers)) {
        if (name == "Allow")
            QCOMPARE(result.allow, value);
    }
    if (kind == ErrorKind::None)
        QCOMPARE(result.value.toString(), u"abc"_s);
    else
        QVERIFY2(result.error.userMessage().contains(messageHas),
                 qPrintable(result.error.userMessage()));
    QCOMPARE(finishedAll.size(), 1);
    QCOMPARE(client.scheduler()->inFlight(), 0);
}

void TestApiClient::okJsonWithDecoderOnTheGuiThread()
{
    FakeNetworkAccessManager nam;
    nam.respond([](const FakeRequest &) {
        return FakeResponse::json(200, R"({"uuid":"abc"})").header("X-RateLimit-Remaining", "57");
    });
    ApiClient client(&nam, kRoot);
    auto thread = std::make_shared<std::atomic<QThread *>>(nullptr);
    auto delivered =
        watch(client.send(ApiRequest::get(u"applications/abc"_s)
                              .withDecoder([thread](const QJsonDocument &doc, QString *error) {
                                  thread->store(QThread::currentThread());
                                  return decodeUuid(doc, error);
                              })));
    QTRY_COMPARE(delivered->finishedCount, 1);
    QVERIFY(delivered->result.ok());
    QCOMPARE(delivered->result.value.toString(), u"abc"_s);
    QCOMPARE(delivered->result.rateLimitRemaining, 57);
    QCOMPARE(delivered->result.json.object().value(u"uuid"_s).toString(), u"abc"_s);
    QCOMPARE(thread->load(), QThread::currentThread()); // small: no worker hop
}

void TestApiClient::largeBodyDecodedOffThread()
{
    QJsonArray list;
    for (int i = 0; list.size() < 2000; ++i)
        list.append(QJsonObject{{u"uuid"_s, u"app-%1"_s.arg(i)},
                                {u"name"_s, u"Application number %1"_s.arg(i)},
                                {u"fqdn"_s, u"https://app-%1.example.com"_s.arg(i)}});
    const QByteArray body = QJsonDocument(list).toJson(QJsonDocument::Compact);
    QVERIFY(body.size() > ApiClient::kOffThreadBytes);

    auto thread = std::make_shared<std::atomic<QThread *>>(nullptr);
    const Decoder decoder = [thread](const QJsonDocument &doc, QString *error) -> QVariant {
        thread->store(QThread::currentThread());
        if (!doc.isArray()) {
            *error = u"not a list"_s;
            return {};
        }
        QStringList uuids;
        const QJsonArray array = doc.array();
        for (const QJsonValue &item : array)
            uuids << item.toObject().value(u"uuid"_s).toString();
        return uuids;
    };

    FakeNetworkAccessManager nam;
    nam.respond([body](const FakeRequest &) { return FakeResponse::json(200, body); });
    ApiClient client(&nam, kRoot);
    auto delivered = watch(client.send(ApiRequest::get(u"applications"_s).withDecoder(decoder)));
    QTRY_COMPARE(delivered->finishedCount, 1);
    QThread *decodedOn = thread->load();
    QVERIFY(decodedOn != nullptr);
    QVERIFY(decodedOn != QThread::currentThread());
    QVERIFY(decodedOn != qApp->thread());

    // Identical to interpreting on the GUI thread.
    HttpOutcome outcome;
    outcome.status = 200;
    outcome.contentType = "application/json";
    outcome.body = body;
    const ApiResult direct = interpretOutcome(outcome, ResponseFormat::Json, decoder);
    QCOMPARE(thread->load(), QThread::currentThread());
    const ApiResult &result = delivered->result;
    QVERIFY(result.ok());
    QCOMPARE(result.json, direct.json);
    QCOMPARE(result.json, QJsonDocument(list));
    QCOMPARE(result.value.toStringList(), direct.value.toStringList());
    QCOMPARE(result.value.toStringList().size(), 2000);
    QCOMPARE(result.value.toStringList().last(), u"app-1999"_s);

    // A large error body takes the same route and still yields the typed error.
    nam.respond([](const FakeRequest &) {
        QByteArray page = "<!DOCTYPE html><html><body>";
        page += QByteArray(ApiClient::kOffThreadBytes, 'x');
        page += "</body></html>";
        return FakeResponse::html(200, page);
    });
    auto html = watch(client.send(ApiRequest::get(u"applications"_s).withDecoder(decoder)));
    QTRY_COMPARE(html->finishedCount, 1);
    QCOMPARE(html->result.error.kind, ErrorKind::NotJson);
}

void TestApiClient::cancelWhileDecodingOffThread()
{
    QJsonArray list;
    while (list.size() < 3000)
        list.append(QJsonObject{{u"uuid"_s, u"app-%1"_s.arg(list.size())}});
    const QByteArray body = QJsonDocument(list).toJson(QJsonDocument::Compact);
    QVERIFY(body.size() > ApiClient::kOffThreadBytes);
    auto decoded = std::make_shared<std::atomic<int>>(0);

    FakeNetworkAccessManager nam;
    nam.respond([body](const FakeRequest &) { return FakeResponse::json(200, body).delayed(50); });
    ApiClient client(&nam, kRoot);
    QSignalSpy finishedAll(&client, &ApiClient::requestFinished);
    QPointer<ApiReply> reply =
        client.send(ApiRequest::get(u"applications"_s)
                        .withDecoder([decoded](const QJsonDocument &doc, QString *) -> QVariant {
                            ++*decoded;
                            return doc.array().size();
                        }));
    auto delivered = watch(reply);
    // Cancel right after the reply handed the body to a worker (it connected first).
    QTRY_COMPARE(nam.replies().size(), 1);
    bool cancelledWhileDecoding = false;
    connect(nam.replies().first().data(), &QNetworkReply::finished, this,
            [reply, &cancelledWhileDecoding] {
                if (reply && !reply->isFinished()) {
                    cancelledWhileDecoding = true;
                    reply->cancel();
                }
            });
    QTRY_VERIFY(reply.isNull());
    QVERIFY(cancelledWhileDecoding);
    QCOMPARE(delivered->finishedCount, 1);
    QCOMPARE(delivered->result.error.kind, ErrorKind::Cancelled);
    QTRY_COMPARE(decoded->load(), 1); // the worker finishes on its own; its result is dropped
    QCOMPARE(delivered->finishedCount, 1);
    QCOMPARE(finishedAll.size(), 0);
    QCOMPARE(client.scheduler()->inFlight(), 0);
}

void TestApiClient::deletingTheClientWithRequestsPending()
{
    FakeNetworkAccessManager nam;
    nam.respond([](const FakeRequest &) { return FakeResponse::never(); });
    auto *client = new ApiClient(&nam, kRoot, RequestScheduler::Limits{100, 60'000, 1});
    QPointer<ApiReply> inFlight = client->send(ApiRequest::get(u"a"_s));
    QPointer<ApiReply> queued = client->send(ApiRequest::get(u"b"_s));
    QTRY_COMPARE(nam.replies().size(), 1);
    QPointer<FakeReply> network = nam.replies().first();
    delete client;
    QVERIFY(inFlight.isNull());
    QVERIFY(queued.isNull());
    QTRY_VERIFY(network.isNull());
    QCOMPARE(nam.requests().size(), 1);
}

void TestApiClient::delayedReply()
{
    FakeNetworkAccessManager nam;
    nam.respond([](const FakeRequest &) {
        return FakeResponse::json(200, R"({"uuid":"late"})").delayed(200);
    });
    ApiClient client(&nam, kRoot);
    QElapsedTimer clock;
    clock.start();
    auto *reply = client.send(ApiRequest::get(u"applications/late"_s).withDecoder(decodeUuid));
    auto delivered = watch(reply);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY2(clock.elapsed() >= 195, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(delivered->result.value.toString(), u"late"_s);
}

void TestApiClient::neverAnsweringReplyTimesOut()
{
    FakeNetworkAccessManager nam;
    nam.respond([](const FakeRequest &) { return FakeResponse::never(); });
    ApiClient client(&nam, kRoot);
    ApiRequest request = ApiRequest::get(u"applications"_s);
    request.timeoutMs = 200;
    QElapsedTimer clock;
    clock.start();
    auto *reply = client.send(request);
    auto delivered = watch(reply);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY2(clock.elapsed() >= 195, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(ApiError::kindName(delivered->result.error.kind),
             ApiError::kindName(ErrorKind::Timeout));
    QCOMPARE(delivered->finishedCount, 1);
    QCOMPARE(nam.replies().size(), 1);
    QCOMPARE(client.scheduler()->inFlight(), 0);
}

void TestApiClient::cancelBeforeDispatch()
{
    FakeNetworkAccessManager nam;
    nam.respond([](const FakeRequest &) { return FakeResponse::never(); });
    ApiClient client(&nam, kRoot, RequestScheduler::Limits{100, 60'000, 1});
    QSignalSpy finishedAll(&client, &ApiClient::requestFinished);
    auto *first = client.send(ApiRequest::get(u"applications"_s));
    auto *queued = client.send(ApiRequest::get(u"servers"_s));
    auto firstDelivered = watch(first);
    auto queuedDelivered = watch(queued);
    QTRY_COMPARE(nam.requests().size(), 1);
    QCOMPARE(client.scheduler()->queuedCount(), 1);

    queued->cancel();
    queued->cancel(); // a second cancel is a no-op
    QCOMPARE(queuedDelivered->finishedCount, 1);
    QCOMPARE(queuedDelivered->result.error.kind, ErrorKind::Cancelled);
    QVERIFY(queuedDelivered->result.error.userMessage().contains(u"cancelled"_s));
    QCOMPARE(client.scheduler()->queuedCount(), 0);
    QCOMPARE(client.scheduler()->inFlight(), 1);

    // It never reaches the network, even when the slot frees up.
    first->cancel();
    QCOMPARE(firstDelivered->finishedCount, 1);
    QCOMPARE(client.scheduler()->inFlight(), 0);
    auto after = watch(client.send(ApiRequest::get(u"projects"_s)));
    QTRY_COMPARE(nam.requests().size(), 2);
    QCOMPARE(nam.requests().last().request.url().path(), u"/sub/api/v1/projects"_s);
    QCOMPARE(queuedDelivered->finishedCount, 1);
    QCOMPARE(finishedAll.size(), 0); // cancellations are not reachability news
    Q_UNUSED(after);
}

void TestApiClient::cancelInFlight()
{
    FakeNetworkAccessManager nam;
    nam.respond([](const FakeRequest &) { return FakeResponse::never(); });
    ApiClient client(&nam, kRoot, RequestScheduler::Limits{100, 60'000, 1});
    QPointer<ApiReply> reply = client.send(ApiRequest::get(u"applications"_s));
    auto delivered = watch(reply);
    QTRY_COMPARE(nam.replies().size(), 1);
    QPointer<FakeReply> network = nam.replies().first();
    QVERIFY(network);
    QCOMPARE(client.scheduler()->inFlight(), 1);

    reply->cancel();
    QCOMPARE(delivered->finishedCount, 1);
    QCOMPARE(delivered->result.error.kind, ErrorKind::Cancelled);
    QVERIFY(network.isNull() || network->wasAborted());
    QCOMPARE(client.scheduler()->inFlight(), 0);
    QTRY_VERIFY(reply.isNull());
    QTRY_VERIFY(network.isNull());
    QCOMPARE(delivered->finishedCount, 1); // the abort's own finished() is not delivered again

    // The freed slot is used by the next request.
    auto next = watch(client.send(ApiRequest::get(u"servers"_s)));
    QTRY_COMPARE(nam.requests().size(), 2);
    Q_UNUSED(next);
}

void TestApiClient::replyAndNetworkReplyDeleteThemselves()
{
    FakeNetworkAccessManager nam;
    ApiClient client(&nam, kRoot);
    QPointer<ApiReply> reply = client.send(ApiRequest::get(u"applications"_s));
    auto delivered = watch(reply);
    QSignalSpy finished(reply.data(), &ApiReply::finished);
    QVERIFY(finished.wait());
    QTRY_VERIFY(reply.isNull());
    QCOMPARE(nam.replies().size(), 1);
    QTRY_VERIFY(nam.replies().first().isNull());
    QCOMPARE(delivered->finishedCount, 1);
    QVERIFY(delivered->result.ok());
}

void TestApiClient::deletingAnUnfinishedReplyFreesItsSlot()
{
    FakeNetworkAccessManager nam;
    nam.respond([](const FakeRequest &) { return FakeResponse::never(); });
    ApiClient client(&nam, kRoot, RequestScheduler::Limits{100, 60'000, 1});
    auto *inFlight = client.send(ApiRequest::get(u"a"_s));
    auto *queued = client.send(ApiRequest::get(u"b"_s));
    QTRY_COMPARE(nam.requests().size(), 1);
    QPointer<FakeReply> network = nam.replies().first();
    delete queued;
    QCOMPARE(client.scheduler()->queuedCount(), 0);
    delete inFlight;
    QCOMPARE(client.scheduler()->inFlight(), 0);
    QTRY_VERIFY(network.isNull());
    auto next = watch(client.send(ApiRequest::get(u"c"_s)));
    QTRY_COMPARE(nam.requests().size(), 2);
    QCOMPARE(nam.requests().last().request.url().path(), u"/sub/api/v1/c"_s);
    Q_UNUSED(next);
}

void TestApiClient::rateLimitedInteractiveReportsAndPauses()
{
    FakeNetworkAccessManager nam;
    nam.respond([](const FakeRequest &) {
        return FakeResponse::json(429, R"({"message":"Too Many Attempts."})")
            .header("Retry-After", "2")
            .header("X-RateLimit-Remaining", "0");
    });
    ApiClient client(&nam, kRoot);
    QSignalSpy rateLimited(&client, &ApiClient::rateLimited);
    QSignalSpy paused(client.scheduler(), &RequestScheduler::pausedChanged);
    auto delivered = watch(client.send(ApiRequest::get(u"applications"_s)));
    QTRY_COMPARE(delivered->finishedCount, 1);
    QCOMPARE(delivered->result.error.kind, ErrorKind::RateLimited);
    QCOMPARE(delivered->result.error.retryAfterSeconds, 2);
    QVERIFY(delivered->result.error.userMessage().contains(u"2 second"_s));
    QCOMPARE(delivered->attempts, 1);
    QCOMPARE(nam.requests().size(), 1);
    QVERIFY(client.scheduler()->isPaused());
    QCOMPARE(rateLimited.size(), 1);
    QCOMPARE(rateLimited.first().first().toInt(), 2);
    QVERIFY(!paused.isEmpty());
    QCOMPARE(paused.last().at(0).toBool(), true);
    QVERIFY(paused.last().at(1).toInt() >= 2000);
}

void TestApiClient::rateLimitedBackgroundGetIsRetried()
{
    FakeNetworkAccessManager nam;
    nam.respondInOrder(
        {FakeResponse::json(429, R"({"message":"Too Many Attempts."})").header("Retry-After", "1"),
         FakeResponse::json(200, R"({"uuid":"abc"})")});
    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt;
    connect(&nam, &FakeNetworkAccessManager::requestCreated, this,
            [&sentAt, &clock] { sentAt << clock.elapsed(); });
    ApiClient client(&nam, kRoot);
    QSignalSpy rateLimited(&client, &ApiClient::rateLimited);
    QSignalSpy finishedAll(&client, &ApiClient::requestFinished);
    auto *reply =
        client.send(ApiRequest::get(u"applications/abc"_s).withDecoder(decodeUuid).inBackground());
    auto delivered = watch(reply);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(delivered->finishedCount, 1);
    QVERIFY(delivered->result.ok());
    QCOMPARE(delivered->result.value.toString(), u"abc"_s);
    QCOMPARE(delivered->attempts, 2);
    QCOMPARE(nam.requests().size(), 2);
    QCOMPARE(nam.requests().at(1).request.url(), nam.requests().at(0).request.url());
    QCOMPARE(nam.requests().at(1).request.rawHeader("Authorization"),
             nam.requests().at(0).request.rawHeader("Authorization"));
    QVERIFY2(sentAt.at(1) - sentAt.at(0) >= 990,
             qPrintable(QString::number(sentAt.at(1) - sentAt.at(0))));
    QCOMPARE(rateLimited.size(), 1);
    QCOMPARE(finishedAll.size(), 1); // only the final outcome
    QVERIFY(!client.scheduler()->isPaused());
}

void TestApiClient::cancelWhileWaitingForRetry()
{
    FakeNetworkAccessManager nam;
    nam.respond([](const FakeRequest &) {
        return FakeResponse::json(429, R"({"message":"Too Many Attempts."})")
            .header("Retry-After", "1");
    });
    ApiClient client(&nam, kRoot);
    auto *reply = client.send(ApiRequest::get(u"applications"_s).inBackground());
    auto delivered = watch(reply);
    QTRY_VERIFY(client.scheduler()->isPaused());
    QCOMPARE(delivered->finishedCount, 0);
    QCOMPARE(client.scheduler()->queuedCount(), 1);
    reply->cancel();
    QCOMPARE(delivered->finishedCount, 1);
    QCOMPARE(delivered->result.error.kind, ErrorKind::Cancelled);
    QCOMPARE(client.scheduler()->queuedCount(), 0);
    QCOMPARE(client.scheduler()->inFlight(), 0);
    QSignalSpy paused(client.scheduler(), &RequestScheduler::pausedChanged);
    QVERIFY(paused.wait(3000)); // the pause ends ...
    QCOMPARE(nam.requests().size(), 1); // ... and nothing is sent again
}

void TestApiClient::rateLimited429NotRetried_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("queueFull");

    const QByteArray queueFull =
        R"({"message":"Deployment queue is full. Please wait for existing deployments to complete."})";
    QTest::newRow("deployment queue full, interactive POST /deploy")
        << ApiRequest::post(u"deploy"_s, QJsonDocument(QJsonObject{{u"uuid"_s, u"abc"_s}}))
        << queueFull << true;
    QTest::newRow("deployment queue full, background")
        << ApiRequest::post(u"deploy"_s, QJsonDocument(QJsonObject{{u"uuid"_s, u"abc"_s}}))
               .inBackground()
        << queueFull << true;
    QTest::newRow("throttled background POST is not replayed")
        << ApiRequest::post(u"applications/abc/restart"_s).inBackground()
        << QByteArray(R"({"message":"Too Many Attempts."})") << false;
}

void TestApiClient::rateLimited429NotRetried()
{
    QFETCH(ApiRequest, request);
    QFETCH(QByteArray, message);
    QFETCH(bool, queueFull);

    FakeNetworkAccessManager nam;
    nam.respond([message](const FakeRequest &) {
        return FakeResponse::json(429, message).header("Retry-After", "60");
    });
    ApiClient client(&nam, kRoot);
    QSignalSpy rateLimited(&client, &ApiClient::rateLimited);
    QSignalSpy paused(client.scheduler(), &RequestScheduler::pausedChanged);
    auto delivered = watch(client.send(request));
    QTRY_COMPARE(delivered->finishedCount, 1);
    QCOMPARE(delivered->result.error.kind, ErrorKind::RateLimited);
    QCOMPARE(delivered->result.error.deploymentQueueFull, queueFull);
    QCOMPARE(delivered->result.error.retryAfterSeconds, 60);
    QCOMPARE(delivered->attempts, 1);
    QCOMPARE(nam.requests().size(), 1);
    // The queue is the server's deploy queue, not the rate limiter: other calls go on.
    QCOMPARE(client.scheduler()->isPaused(), !queueFull);
    QCOMPARE(rateLimited.size(), queueFull ? 0 : 1);
    QCOMPARE(paused.size(), queueFull ? 0 : 1);
    if (queueFull) {
        auto next = watch(client.send(ApiRequest::get(u"deployments"_s)));
        QTRY_COMPARE(nam.requests().size(), 2);
        Q_UNUSED(next);
    }
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
