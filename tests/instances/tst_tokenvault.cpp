#include "instances/tokenvault.h"
#include "vaultrecorder.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

using namespace Coolify::Instances;

namespace {
constexpr int KeychainTimeout = 20000; // D-Bus round trips; generous for loaded CI machines

QString newToken()
{
    // The shape of a Coolify token: "<id>|<40 random characters>".
    return u"7|"_s + QUuid::createUuid().toString(QUuid::Id128) + u"tst0"_s;
}
} // namespace

// Runs against the real Secret Service that tests/support/with-keyring.sh starts in a private
// D-Bus session with a throwaway keyring.
class TestTokenVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeSucceeds();
    void roundTrip();
    void instancesAreSeparate();
    void removeMissingIsOk();
    void memoryModeStaysInMemory();
    void deadContextGetsNoCallback();

private:
    VaultResult write(const QString &id, const QString &token);
    VaultResult read(const QString &id);
    VaultResult remove(const QString &id);
    // The secret stored under the attributes QtKeychain's libsecret backend uses, via the
    // command-line client: proves the token is in the keyring, not just in our process.
    QString secretToolLookup(const QString &id, bool *found);

    TokenVault m_vault;
};

void TestTokenVault::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Refuse to run against a real user session: the wrapper sets a scratch HOME.
    QVERIFY2(QDir::homePath().contains(QLatin1String("coolify-keyring")),
             "run through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty());
    QCOMPARE(m_vault.service(), QStringLiteral(COOLIFY_APP_ID));
}

VaultResult TestTokenVault::write(const QString &id, const QString &token)
{
    VaultRecorder recorder;
    QSignalSpy spy(&recorder, &VaultRecorder::done);
    m_vault.write(id, token, &recorder, recorder.callback());
    if (!spy.wait(KeychainTimeout))
        return {};
    return recorder.last();
}

VaultResult TestTokenVault::read(const QString &id)
{
    VaultRecorder recorder;
    QSignalSpy spy(&recorder, &VaultRecorder::done);
    m_vault.read(id, &recorder, recorder.callback());
    if (!spy.wait(KeychainTimeout))
        return {};
    return recorder.last();
}

VaultResult TestTokenVault::remove(const QString &id)
{
    VaultRecorder recorder;
    QSignalSpy spy(&recorder, &VaultRecorder::done);
    m_vault.remove(id, &recorder, recorder.callback());
    if (!spy.wait(KeychainTimeout))
        return {};
    return recorder.last();
}

QString TestTokenVault::secretToolLookup(const QString &id, bool *found)
{
    QProcess tool;
    tool.start(u"secret-tool"_s,
               {u"lookup"_s, u"server"_s, m_vault.service(), u"user"_s, TokenVault::keyFor(id)});
    if (!tool.waitForFinished(KeychainTimeout))
        qWarning() << "secret-tool did not finish";
    *found = tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

void TestTokenVault::probeSucceeds()
{
    VaultRecorder recorder;
    QSignalSpy spy(&recorder, &VaultRecorder::done);
    m_vault.probe(&recorder, recorder.callback());
    QVERIFY(spy.wait(KeychainTimeout));
    QCOMPARE(recorder.last().status, VaultResult::Ok);
    QVERIFY(recorder.last().message.isEmpty());
}

void TestTokenVault::roundTrip()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString first = newToken();
    const QString second = newToken();

    QCOMPARE(read(id).status, VaultResult::NotFound);

    VaultResult result = write(id, first);
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = read(id);
    QCOMPARE(result.status, VaultResult::Ok);
    QCOMPARE(result.token, first);
    bool found = false;
    QCOMPARE(secretToolLookup(id, &found), first);
    QVERIFY(found);

    // Overwrite replaces, not duplicates.
    QVERIFY(write(id, second).ok());
    QCOMPARE(read(id).token, second);
    QCOMPARE(secretToolLookup(id, &found), second);
    QProcess search;
    search.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"user"_s, TokenVault::keyFor(id)});
    QVERIFY(search.waitForFinished(KeychainTimeout));
    const QString listing = QString::fromUtf8(search.readAllStandardOutput())
        + QString::fromUtf8(search.readAllStandardError());
    QCOMPARE(listing.count(QLatin1String("secret = ")), 1);
    // QtKeychain's libsecret schema: user = our key, server = the service name.
    QVERIFY(listing.contains(QLatin1String("schema = org.qt.keychain")));
    QVERIFY(listing.contains(QLatin1String("attribute.user = ") + TokenVault::keyFor(id)));
    QVERIFY(listing.contains(QLatin1String("attribute.server = ") + m_vault.service()));

    QCOMPARE(remove(id).status, VaultResult::Ok);
    result = read(id);
    QCOMPARE(result.status, VaultResult::NotFound);
    QVERIFY(result.token.isEmpty());
    QVERIFY(!result.message.isEmpty());
    secretToolLookup(id, &found);
    QVERIFY(!found);
}

void TestTokenVault::instancesAreSeparate()
{
    const QString a = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString b = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString tokenA = newToken();
    const QString tokenB = newToken();
    QVERIFY(write(a, tokenA).ok());
    QCOMPARE(read(b).status, VaultResult::NotFound);
    QVERIFY(write(b, tokenB).ok());
    QCOMPARE(read(a).token, tokenA);
    QCOMPARE(read(b).token, tokenB);
    QVERIFY(remove(a).ok());
    QCOMPARE(read(a).status, VaultResult::NotFound);
    QCOMPARE(read(b).token, tokenB);
    QVERIFY(remove(b).ok());
}

void TestTokenVault::removeMissingIsOk()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const VaultResult result = remove(id);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestTokenVault::memoryModeStaysInMemory()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString sessionToken = newToken();
    m_vault.keepInMemory(id, sessionToken);
    QVERIFY(m_vault.hasInMemory(id));
    QCOMPARE(read(id).token, sessionToken);
    bool found = true;
    secretToolLookup(id, &found);
    QVERIFY(!found);
    QVERIFY2(filesContaining(QDir::homePath(), sessionToken).isEmpty(),
             qPrintable(filesContaining(QDir::homePath(), sessionToken).join(u' ')));

    // Saving to the keychain moves it there: the memory copy cannot go stale.
    const QString stored = newToken();
    QVERIFY(write(id, stored).ok());
    QVERIFY(!m_vault.hasInMemory(id));
    QCOMPARE(read(id).token, stored);

    // A memory copy is served first; removing drops both.
    m_vault.keepInMemory(id, sessionToken);
    QCOMPARE(read(id).token, sessionToken);
    QVERIFY(remove(id).ok());
    QVERIFY(!m_vault.hasInMemory(id));
    QCOMPARE(read(id).status, VaultResult::NotFound);
}

void TestTokenVault::deadContextGetsNoCallback()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool called = false;
    auto *context = new QObject;
    m_vault.write(id, newToken(), context, [&called](const VaultResult &) { called = true; });
    delete context;
    // A later job on the same vault finishes after the first one; by then a call would have come.
    QVERIFY(read(id).ok());
    QVERIFY(!called);
    auto *memoryContext = new QObject;
    m_vault.keepInMemory(id, newToken());
    m_vault.read(id, memoryContext, [&called](const VaultResult &) { called = true; });
    delete memoryContext;
    QVERIFY(remove(id).ok());
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
