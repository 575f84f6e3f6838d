#include "api/apiclient.h"

#include "loopbackhttpserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace Coolify::Api;

namespace {
const QString kToken = u"7|loopbacktoken0123456789abcdefghijklmnopq"_s;

struct Delivered
{
    ApiResult result;
    int finishedCount = 0;
};

// Sends and waits for finished(); the reply deletes itself afterwards.
std::shared_ptr<Delivered> sendAndWait(ApiClient &client, const ApiRequest &request,
                                       int timeoutMs = 5000)
{
    auto delivered = std::make_shared<Delivered>();
    ApiReply *reply = client.send(request);
    QObject::connect(reply, &ApiReply::finished, reply, [reply, delivered] {
        delivered->result = reply->result();
        ++delivered->finishedCount;
    });
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(timeoutMs))
        return {};
    return delivered;
}

QUrl rootOf(const LoopbackHttpServer &server)
{
    return server.url();
}
} // namespace

class TestApiClientLoopback : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void jsonRoundTripWithHeaders();
    void bodylessPostHasNoContentType();
    void neverAnsweringServerTimesOut();
    void connectionRefused();
    void serverClosesMidBody();
    void shortBodyWithoutErrorIsCutOff();
    void compressedAnswerIsWhole_data();
    void compressedAnswerIsWhole();
    void crossOriginRedirectIsRefused_data();
    void crossOriginRedirectIsRefused();
    void sameOriginRedirectIsFollowed();
    void htmlPageIsNotJson();
    void largeBodyArrivesWhole();
    void cookiesStayWithNoInstance();
    void tokenWithLineBreakIsNeverSent();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestApiClientLoopback::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    // A proxy from the environment must not see (or swallow) loopback traffic.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TestApiClientLoopback::jsonRoundTripWithHeaders()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.respond([](const ReceivedRequest &) {
        return LoopbackHttpServer::reply(200, R"({"uuid":"abc"})", "application/json",
                                         {{"X-RateLimit-Remaining", "198"}});
    });
    ApiClient client(m_network.get(), rootOf(server));
    client.setToken(kToken);
    const auto delivered =
        sendAndWait(client,
                    ApiRequest::patch(u"applications/abc"_s,
                                      QJsonDocument(QJsonObject{{u"name"_s, u"web"_s}})));
    QVERIFY(delivered);
    QVERIFY2(delivered->result.ok(), qPrintable(delivered->result.error.userMessage()));
    QCOMPARE(delivered->result.rateLimitRemaining, 198);
    QCOMPARE(server.requests().size(), 1);
    const ReceivedRequest &got = server.requests().first();
    QCOMPARE(got.method, QByteArray("PATCH"));
    QCOMPARE(got.target, QByteArray("/api/v1/applications/abc"));
    QCOMPARE(got.header("Authorization"), "Bearer " + kToken.toUtf8());
    QCOMPARE(got.header("Accept"), QByteArray("application/json"));
    QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(got.body, QByteArray(R"({"name":"web"})"));
}

void TestApiClientLoopback::bodylessPostHasNoContentType()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.respond([](const ReceivedRequest &) {
        return LoopbackHttpServer::reply(200, R"({"message":"Restart request queued."})");
    });
    ApiClient client(m_network.get(), rootOf(server));
    client.setToken(kToken);
    QUrlQuery query;
    query.addQueryItem(u"force"_s, u"true"_s);
    ApiRequest restart = ApiRequest::post(u"applications/abc/restart"_s);
    restart.query = query;
    const auto delivered = sendAndWait(client, restart);
    QVERIFY(delivered);
    QVERIFY2(delivered->result.ok(), qPrintable(delivered->result.error.userMessage()));
    QCOMPARE(server.requests().size(), 1);
    const ReceivedRequest &got = server.requests().first();
    QCOMPARE(got.method, QByteArray("POST"));
    QCOMPARE(got.target, QByteArray("/api/v1/applications/abc/restart?force=true"));
    QVERIFY2(!got.hasHeader("Content-Type"), got.header("Content-Type").constData());
    QVERIFY(got.body.isEmpty());
    QCOMPARE(got.header("Content-Length"), QByteArray("0"));
    QCOMPARE(got.header("Authorization"), "Bearer " + kToken.toUtf8());
}

void TestApiClientLoopback::neverAnsweringServerTimesOut()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.respond([](const ReceivedRequest &) { return LoopbackAction::silence(); });
    ApiClient client(m_network.get(), rootOf(server));
    ApiRequest request = ApiRequest::get(u"applications"_s);
    request.timeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const auto delivered = sendAndWait(client, request, 5000);
    QVERIFY(delivered);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(ApiError::kindName(delivered->result.error.kind),
             ApiError::kindName(ErrorKind::Timeout));
    QVERIFY2(elapsed >= 280 && elapsed < 2000, qPrintable(QString::number(elapsed)));
    QCOMPARE(delivered->finishedCount, 1);
}

void TestApiClientLoopback::connectionRefused()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const QUrl root = rootOf(server);
    server.close();
    ApiClient client(m_network.get(), root);
    const auto delivered = sendAndWait(client, ApiRequest::get(u"version"_s));
    QVERIFY(delivered);
    QCOMPARE(ApiError::kindName(delivered->result.error.kind),
             ApiError::kindName(ErrorKind::ConnectionRefused));
}

void TestApiClientLoopback::serverClosesMidBody()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.respond([](const ReceivedRequest &) {
        return LoopbackAction::raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                   "Content-Length: 1000\r\n\r\n[{\"uuid\":\"a\"},{\"uu");
    });
    ApiClient client(m_network.get(), rootOf(server));
    const auto delivered = sendAndWait(client, ApiRequest::get(u"applications"_s));
    QVERIFY(delivered);
    QCOMPARE(ApiError::kindName(delivered->result.error.kind),
             ApiError::kindName(ErrorKind::ConnectionClosed));
    QCOMPARE(delivered->result.httpStatus, 200); // the head arrived, the body did not
    QVERIFY(!delivered->result.error.userMessage().isEmpty());
}

// Qt 6.4 may end a reply without an error when the server closes the connection after part of
// an announced body and every received byte was already read (seen on CI: the sandbox's dropped
// connection was then reported as damaged JSON). Fewer bytes than Content-Length announced is a
// closed connection, whatever Qt says; here the short body is even valid JSON.
void TestApiClientLoopback::shortBodyWithoutErrorIsCutOff()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.respond([](const ReceivedRequest &) {
        return LoopbackAction::raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                   "Content-Length: 40\r\n\r\n[{\"uuid\":\"a\"}]");
    });
    ApiClient client(m_network.get(), rootOf(server));
    const auto delivered = sendAndWait(client, ApiRequest::get(u"applications"_s));
    QVERIFY(delivered);
    QCOMPARE(ApiError::kindName(delivered->result.error.kind),
             ApiError::kindName(ErrorKind::ConnectionClosed));
}

// A compressed answer announces the compressed size, which for a tiny body is larger than the
// unpacked bytes: that is a whole answer, not a cut-off one.
void TestApiClientLoopback::compressedAnswerIsWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("tiny, packs larger") << QByteArray("[]");
    QByteArray big = "[";
    for (int i = 0; i < 2000; ++i)
        big += (i ? "," : "") + QByteArray(R"({"uuid":"app-)") + QByteArray::number(i) + R"("})";
    QTest::newRow("2000 rows, packs smaller") << big + "]";
}

void TestApiClientLoopback::compressedAnswerIsWhole()
{
    QFETCH(QByteArray, json);
    const QByteArray deflated = qCompress(json).mid(4); // zlib stream: HTTP's "deflate"
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.respond([&deflated](const ReceivedRequest &) {
        return LoopbackAction::raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                   "Content-Encoding: deflate\r\nContent-Length: "
                                   + QByteArray::number(deflated.size()) + "\r\n\r\n" + deflated);
    });
    ApiClient client(m_network.get(), rootOf(server));
    const auto delivered = sendAndWait(client, ApiRequest::get(u"applications"_s));
    QVERIFY(delivered);
    QVERIFY2(delivered->result.ok(), qPrintable(delivered->result.error.userMessage()));
    QCOMPARE(QJsonDocument(delivered->result.json).toJson(QJsonDocument::Compact),
             QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact));
}

void TestApiClientLoopback::crossOriginRedirectIsRefused_data()
{
    QTest::addColumn<QString>("targetHost");
    QTest::addColumn<int>("status");

    QTest::newRow("302 to 127.0.0.2") << u"127.0.0.2"_s << 302;
    QTest::newRow("301 to 127.0.0.2") << u"127.0.0.2"_s << 301;
    QTest::newRow("307 to another port") << u"127.0.0.1"_s << 307;
    QTest::newRow("302 to localhost") << u"localhost"_s << 302;
}

void TestApiClientLoopback::crossOriginRedirectIsRefused()
{
    QFETCH(QString, targetHost);
    QFETCH(int, status);

    LoopbackHttpServer other;
    QVERIFY(other.listen(QHostAddress(targetHost == u"127.0.0.2"_s ? targetHost : u"127.0.0.1"_s)));
    QUrl target = other.url(u"/api/v1/applications"_s);
    target.setHost(targetHost);

    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.respond([target, status](const ReceivedRequest &) {
        return LoopbackHttpServer::reply(status, "", "text/html",
                                         {{"Location", target.toEncoded()}});
    });
    ApiClient client(m_network.get(), rootOf(server));
    client.setToken(kToken);
    const auto delivered = sendAndWait(client, ApiRequest::get(u"applications"_s));
    QVERIFY(delivered);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(ApiError::kindName(delivered->result.error.kind),
             ApiError::kindName(ErrorKind::RedirectRefused));
    QVERIFY2(delivered->result.error.userMessage().contains(targetHost),
             qPrintable(delivered->result.error.userMessage()));
    // Give a connection that Qt might still make the time to arrive: none may.
    QSignalSpy reached(&other, &LoopbackHttpServer::requestReceived);
    QVERIFY(!reached.wait(200));
    QCOMPARE(other.requests().size(), 0);
}

void TestApiClientLoopback::sameOriginRedirectIsFollowed()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.respond([](const ReceivedRequest &request) {
        if (request.target == "/api/v1/applications")
            return LoopbackHttpServer::reply(302, "", "text/html",
                                             {{"Location", "/api/v1/applications/"}});
        return LoopbackHttpServer::reply(200, R"([{"uuid":"a"}])");
    });
    ApiClient client(m_network.get(), rootOf(server));
    client.setToken(kToken);
    const auto delivered = sendAndWait(client, ApiRequest::get(u"applications"_s));
    QVERIFY(delivered);
    QVERIFY2(delivered->result.ok(), qPrintable(delivered->result.error.userMessage()));
    QCOMPARE(delivered->result.json.array().size(), 1);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).target, QByteArray("/api/v1/applications/"));
    QCOMPARE(server.requests().at(1).header("Authorization"), "Bearer " + kToken.toUtf8());
    QCOMPARE(server.requests().at(1).header("Accept"), QByteArray("application/json"));
}

void TestApiClientLoopback::htmlPageIsNotJson()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.respond([](const ReceivedRequest &) {
        return LoopbackHttpServer::reply(
            200, "<!DOCTYPE html>\n<html><head><title>Login</title></head><body></body></html>",
            "text/html; charset=UTF-8");
    });
    ApiClient client(m_network.get(), rootOf(server));
    const auto delivered = sendAndWait(client, ApiRequest::get(u"applications"_s));
    QVERIFY(delivered);
    QCOMPARE(ApiError::kindName(delivered->result.error.kind),
             ApiError::kindName(ErrorKind::NotJson));
    QVERIFY(delivered->result.error.htmlBody);
}

// A body of several megabytes reaches the client in slices (the read buffer is bounded) and is
// joined and decoded on a worker thread: the decoder must see exactly the bytes the server sent,
// and a redirect's own body must not be mixed in.
void TestApiClientLoopback::largeBodyArrivesWhole()
{
    QByteArray body = "[";
    for (int i = 0; i < 40000; ++i)
        body += (i ? "," : "") + QByteArray(R"({"uuid":"app-)") + QByteArray::number(i)
            + R"(","name":"web )" + QByteArray::number(i) + R"("})";
    body += "]";
    QVERIFY(body.size() > 3 * 1024 * 1024 / 2);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.respond([&body](const ReceivedRequest &request) {
        if (request.target == "/api/v1/applications")
            return LoopbackHttpServer::reply(302, "<html>moved</html>", "text/html",
                                             {{"Location", "/api/v1/applications/"}});
        return LoopbackHttpServer::reply(200, body);
    });
    ApiClient client(m_network.get(), rootOf(server));
    client.setToken(kToken);
    const auto delivered =
        sendAndWait(client,
                    ApiRequest::get(u"applications"_s)
                        .withBodyDecoder([](const QByteArray &bytes, QString *, BodyFault *) {
                            return QVariant(bytes);
                        }));
    QVERIFY(delivered);
    QVERIFY2(delivered->result.ok(), qPrintable(delivered->result.error.userMessage()));
    QCOMPARE(delivered->result.value.toByteArray().size(), body.size());
    QVERIFY(delivered->result.value.toByteArray() == body);
    QVERIFY(delivered->result.json.isNull()); // no document of the whole body was kept

    // The same body parsed as a document (no body decoder) is complete too.
    const auto parsed = sendAndWait(client, ApiRequest::get(u"applications/"_s));
    QVERIFY(parsed);
    QCOMPARE(parsed->result.json.array().size(), 40000);
    QCOMPARE(parsed->result.json.array().last().toObject().value(u"uuid"_s).toString(),
             u"app-39999"_s);
}

// Two instances on one host (different ports) share the app's network manager; a cookie that
// one sets must not be sent to the other — nor back to itself: the API needs none.
void TestApiClientLoopback::cookiesStayWithNoInstance()
{
    LoopbackHttpServer first;
    LoopbackHttpServer second;
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    first.respond([](const ReceivedRequest &) {
        return LoopbackHttpServer::reply(200, "[]", "application/json",
                                         {{"Set-Cookie", "laravel_session=secret; Path=/"}});
    });
    second.respond([](const ReceivedRequest &) { return LoopbackHttpServer::reply(200, "[]"); });
    ApiClient a(m_network.get(), rootOf(first));
    ApiClient b(m_network.get(), rootOf(second));
    a.setToken(kToken);
    b.setToken(kToken);
    QVERIFY(sendAndWait(a, ApiRequest::get(u"projects"_s)));
    QVERIFY(sendAndWait(b, ApiRequest::get(u"projects"_s)));
    QVERIFY(sendAndWait(a, ApiRequest::get(u"projects"_s)));
    QCOMPARE(second.requests().size(), 1);
    QVERIFY2(!second.requests().first().hasHeader("Cookie"),
             second.requests().first().header("Cookie").constData());
    QCOMPARE(first.requests().size(), 2);
    QVERIFY(!first.requests().last().hasHeader("Cookie"));
}

// A token with CR/LF would end the Authorization header and start one of the attacker's
// choosing; such a token is not sent at all (the answer is then a plain 401).
void TestApiClientLoopback::tokenWithLineBreakIsNeverSent()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.respond([](const ReceivedRequest &) {
        return LoopbackHttpServer::reply(401, R"({"message":"Unauthenticated."})");
    });
    ApiClient client(m_network.get(), rootOf(server));
    client.setToken(u"7|abc\r\nX-Injected: yes"_s);
    const auto delivered = sendAndWait(client, ApiRequest::get(u"projects"_s));
    QVERIFY(delivered);
    QCOMPARE(server.requests().size(), 1);
    const ReceivedRequest &got = server.requests().first();
    QVERIFY(!got.hasHeader("Authorization"));
    QVERIFY(!got.hasHeader("X-Injected"));
    QCOMPARE(delivered->result.error.kind, ErrorKind::Unauthenticated);
}

QTEST_GUILESS_MAIN(TestApiClientLoopback)
#include "tst_apiclient_loopback.moc"
