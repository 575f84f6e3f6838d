// Self-signed and internal-CA instances over real TLS on 127.0.0.1: refused with the certificate
// to decide on, accepted once exactly that certificate is pinned, and refused with a warning when
// the server's certificate changes. Certificates: tests/data/tls (self-signed, 100 years).
#include "api/apiclient.h"
#include "api/certificate.h"

#include "loopbackhttpserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Coolify::Api;

namespace {
const QString kToken = u"7|pinningtoken0123456789abcdefghijklmnopqrs"_s;

QString tlsFile(const char *name)
{
    return QLatin1String(COOLIFY_TEST_DATA_DIR "/tls/") + QLatin1String(name);
}

QByteArray sha256Of(const char *certificate)
{
    QFile file(tlsFile(certificate));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslCertificate(file.readAll()).digest(QCryptographicHash::Sha256).toHex();
}

ApiResult get(ApiClient &client)
{
    ApiResult result;
    bool done = false;
    ApiReply *reply = client.send(ApiRequest::get(u"applications"_s));
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        result = reply->result();
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 15000))
        qWarning("no answer within 15 s");
    return result;
}
} // namespace

class TestPinning : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void selfSignedIsRefusedWithItsCertificate();
    void pinnedCertificateIsAccepted();
    void changedCertificateIsRefused();
    void pinDoesNotExcuseOtherErrors();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LoopbackHttpServer> m_server;
    void serve(const char *certificate, const char *key);
};

void TestPinning::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_network->clearConnectionCache();
}

void TestPinning::serve(const char *certificate, const char *key)
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listenTls(tlsFile(certificate), tlsFile(key)));
    m_server->respond([](const ReceivedRequest &) {
        return LoopbackHttpServer::reply(200, R"([{"uuid":"a"}])");
    });
}

void TestPinning::selfSignedIsRefusedWithItsCertificate()
{
    serve("selfsigned.crt", "selfsigned.key");
    ApiClient client(m_network.get(), m_server->url());
    client.setToken(kToken);
    const ApiResult result = get(client);
    QCOMPARE(result.error.kind, ErrorKind::Tls);
    QVERIFY(result.error.certificateRejected);
    const CertificateInfo &info = result.error.certificate;
    QCOMPARE(info.sha256, sha256Of("selfsigned.crt"));
    QVERIFY(!info.changedFromPin);
    QVERIFY(info.pinnable); // only trust errors: trusting it would make it work
    QVERIFY(info.subject.contains(u"127.0.0.1"_s) || info.subject.contains(u"Coolify"_s));
    QVERIFY(info.validUntil > QDateTime::currentDateTimeUtc());
    QVERIFY(info.describe().contains(info.fingerprint()));
    QCOMPARE(info.fingerprint().size(), 32 * 3 - 1); // AB:CD:… of 32 bytes
    QVERIFY(result.error.userMessage().contains(u"fingerprint"_s));
    QCOMPARE(m_server->requests().size(), 0); // nothing, and no token, was sent
}

void TestPinning::pinnedCertificateIsAccepted()
{
    serve("selfsigned.crt", "selfsigned.key");
    ApiClient client(m_network.get(), m_server->url());
    client.setToken(kToken);
    client.setPinnedCertificate(sha256Of("selfsigned.crt"));
    const ApiResult result = get(client);
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.json.array().size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("Authorization"), "Bearer " + kToken.toUtf8());
}

void TestPinning::changedCertificateIsRefused()
{
    serve("other.crt", "other.key");
    ApiClient client(m_network.get(), m_server->url());
    client.setToken(kToken);
    client.setPinnedCertificate(sha256Of("selfsigned.crt"));
    const ApiResult result = get(client);
    QCOMPARE(result.error.kind, ErrorKind::Tls);
    QVERIFY(result.error.certificate.changedFromPin);
    QCOMPARE(result.error.certificate.sha256, sha256Of("other.crt"));
    QVERIFY2(result.error.userMessage().contains(u"different certificate"_s),
             qPrintable(result.error.userMessage()));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestPinning::pinDoesNotExcuseOtherErrors()
{
    // The pin accepts trust errors of exactly its certificate, nothing else.
    QFile file(tlsFile("selfsigned.crt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(file.readAll());
    const QByteArray pin = certificate.digest(QCryptographicHash::Sha256).toHex();
    const QSslError selfSigned(QSslError::SelfSignedCertificate, certificate);
    const QSslError hostName(QSslError::HostNameMismatch, certificate);
    const QSslError expired(QSslError::CertificateExpired, certificate);
    QVERIFY(pinAccepts(pin, certificate, {selfSigned, hostName}));
    QVERIFY(pinAccepts(pin.toUpper(), certificate, {selfSigned}));
    QVERIFY(!pinAccepts(pin, certificate, {selfSigned, expired}));
    QVERIFY(!pinAccepts(QByteArray(64, '0'), certificate, {selfSigned}));
    QVERIFY(!pinAccepts({}, certificate, {selfSigned}));

    // An expired certificate is not offered for trust: that would not make it work.
    ApiError error;
    error.kind = ErrorKind::Tls;
    error.certificateRejected = true;
    error.certificate = describeCertificate(certificate);
    error.detail = expired.errorString();
    QVERIFY(!error.userMessage().contains(u"fingerprint"_s));
    error.certificate.pinnable = true;
    QVERIFY(error.userMessage().contains(u"fingerprint"_s));
    QVERIFY(!pinAccepts(pin, QSslCertificate(), {selfSigned}));
}

QTEST_GUILESS_MAIN(TestPinning)
#include "tst_pinning.moc"
