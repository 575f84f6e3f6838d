#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "instances/tokenvault.h"
#include "vaultrecorder.h"

#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

using namespace Coolify::Instances;

namespace {
constexpr int KeychainTimeout = 30000; // a D-Bus activation attempt may take its time to fail

// What each broken keychain must look like to the app. Reads, probes and removes of entries
// that do not exist cannot notice a missing or locked keyring (libsecret searches every
// collection and finds nothing); writes must.
struct Expectation
{
    VaultResult::Status probe;
    VaultResult::Status read;
    VaultResult::Status write;
    VaultResult::Status remove;
    VaultResult::Reason reason; // of the failing operations
    const char *messageStart; // of the write's message
};

Expectation expectationFor(const QString &mode)
{
    if (mode == QLatin1String("no-secret-service"))
        return {VaultResult::Unavailable,
                VaultResult::Unavailable,
                VaultResult::Unavailable,
                VaultResult::Unavailable,
                VaultResult::NoSecretService,
                "No Secret Service (e.g. GNOME Keyring or KWallet) is running, so the token "
                "cannot be stored in the keychain."};
    if (mode == QLatin1String("no-collection"))
        return {VaultResult::Ok,
                VaultResult::NotFound,
                VaultResult::Unavailable,
                VaultResult::Ok,
                VaultResult::NoCollection,
                "The keychain has no default keyring (e.g. “login”), so the token cannot be "
                "stored in the keychain."};
    if (mode == QLatin1String("locked"))
        return {VaultResult::Ok,
                VaultResult::NotFound,
                VaultResult::Denied,
                VaultResult::Ok,
                VaultResult::Locked,
                "The keychain is locked, so the token cannot be stored in the keychain."};
    return {VaultResult::Unavailable,
            VaultResult::Unavailable,
            VaultResult::Unavailable,
            VaultResult::Unavailable,
            VaultResult::NoSessionBus,
            "The desktop session bus (D-Bus) is not reachable, so the token cannot be stored in "
            "the keychain."};
}
} // namespace

// The keychain cannot be used: every operation says so plainly, no token lands on disk, and
// the memory-only mode still works. Run directly (ctest: instances_vault_unavailable) it sets up
// "no bus" itself; tests/instances/with-broken-keychain.sh runs it against the other cases.
class TestVaultUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probe();
    void readWriteRemove();
    void memoryModeWorks();
    void managerKeepsNothingOnFailedWrite();
    void managerSessionOnlyWorks();
    void nothingOnDisk();

private:
    VaultResult run(const std::function<void(VaultRecorder *)> &start);

    QString m_mode;
    Expectation m_expect{};
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<TokenVault> m_vault;
    QStringList m_tokens; // every token this test handed to the vault
};

void TestVaultUnavailable::initTestCase()
{
    m_mode = qEnvironmentVariable("COOLIFY_TEST_KEYCHAIN_MODE");
    if (m_mode.isEmpty()) {
        // Set up "no bus" here, before the first job connects, with a scratch HOME to scan.
        m_mode = u"no-bus"_s;
        m_scratch =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/coolify-keyring.XXXXXX"_s);
        QVERIFY(m_scratch->isValid());
        const QString home = m_scratch->filePath(u"home"_s);
        QVERIFY(QDir().mkpath(home + u"/.config"_s));
        QVERIFY(QDir().mkpath(home + u"/.local/share"_s));
        qputenv("HOME", home.toUtf8());
        qputenv("XDG_CONFIG_HOME", (home + u"/.config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", (home + u"/.local/share"_s).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                (u"unix:path="_s + m_scratch->filePath(u"no-bus"_s)).toUtf8());
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }
    QVERIFY2(QDir::homePath().contains(QLatin1String("coolify-keyring")),
             qPrintable(QDir::homePath()));
    QStandardPaths::setTestModeEnabled(true);
    m_expect = expectationFor(m_mode);
    m_vault = std::make_unique<TokenVault>();
    qInfo() << "keychain mode:" << m_mode;
}

VaultResult TestVaultUnavailable::run(const std::function<void(VaultRecorder *)> &start)
{
    VaultRecorder recorder;
    QSignalSpy spy(&recorder, &VaultRecorder::done);
    start(&recorder);
    if (!spy.wait(KeychainTimeout))
        return {};
    return recorder.last();
}

void TestVaultUnavailable::probe()
{
    const VaultResult result = run([this](VaultRecorder *r) { m_vault->probe(r, r->callback()); });
    QCOMPARE(result.status, m_expect.probe);
    if (m_expect.probe != VaultResult::Ok) {
        QCOMPARE(result.reason, m_expect.reason);
        QVERIFY(result.message.contains(QLatin1String("You can keep the token for this session "
                                                      "only instead.")));
    }
}

void TestVaultUnavailable::readWriteRemove()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString token = u"3|unavailableTokenValue0123456789abcdefXYZ"_s;
    m_tokens.append(token);

    const VaultResult written =
        run([&](VaultRecorder *r) { m_vault->write(id, token, r, r->callback()); });
    QCOMPARE(written.status, m_expect.write);
    QCOMPARE(written.reason, m_expect.reason);
    qInfo() << "write:" << written.detail << "→" << written.message;
    QVERIFY2(written.message.startsWith(QString::fromUtf8(m_expect.messageStart)),
             qPrintable(written.message));
    QVERIFY(written.message.endsWith(
        QLatin1String("You can keep the token for this session only instead.")));
    QVERIFY(!written.detail.isEmpty());
    QVERIFY(!written.message.contains(token));
    QVERIFY(!m_vault->hasInMemory(id)); // a failed write does not silently switch modes

    const VaultResult read = run([&](VaultRecorder *r) { m_vault->read(id, r, r->callback()); });
    QCOMPARE(read.status, m_expect.read);
    QVERIFY(read.token.isEmpty());
    if (m_expect.read == VaultResult::Unavailable) {
        QCOMPARE(read.reason, m_expect.reason);
        QVERIFY2(read.message.contains(QLatin1String("the token cannot be read from the keychain")),
                 qPrintable(read.message));
    }

    const VaultResult removed =
        run([&](VaultRecorder *r) { m_vault->remove(id, r, r->callback()); });
    QCOMPARE(removed.status, m_expect.remove);
    if (m_expect.remove == VaultResult::Unavailable)
        QVERIFY2(removed.message.contains(
                     QLatin1String("the token cannot be removed from the keychain")),
                 qPrintable(removed.message));
}

void TestVaultUnavailable::memoryModeWorks()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString token = u"4|memoryOnlyTokenValue0123456789abcdefXYZ"_s;
    m_tokens.append(token);
    m_vault->keepInMemory(id, token);
    VaultResult read = run([&](VaultRecorder *r) { m_vault->read(id, r, r->callback()); });
    QCOMPARE(read.status, VaultResult::Ok);
    QCOMPARE(read.token, token);
    // A failed keychain write keeps the memory copy: the user still has a working token.
    const VaultResult written =
        run([&](VaultRecorder *r) { m_vault->write(id, token, r, r->callback()); });
    QCOMPARE(written.status, m_expect.write);
    QVERIFY(m_vault->hasInMemory(id));
    m_vault->forgetInMemory(id);
    read = run([&](VaultRecorder *r) { m_vault->read(id, r, r->callback()); });
    QCOMPARE(read.status, m_expect.read);
}

void TestVaultUnavailable::managerKeepsNothingOnFailedWrite()
{
    QSettings settings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                           + u"/instances-unavailable.ini"_s,
                       QSettings::IniFormat);
    InstanceStore store(&settings);
    InstanceManager manager(&store, m_vault.get());
    const QString token = u"5|managerTokenValue0123456789abcdefXYZabc"_s;
    m_tokens.append(token);
    QSignalSpy added(&store, &InstanceStore::added);
    const Instance instance = Instance::create(u"Prod"_s, QUrl(u"https://prod.example"_s));
    const VaultResult result = run([&](VaultRecorder *r) {
        manager.add(instance, token, TokenStorage::Keychain, r, r->callback());
    });
    QCOMPARE(result.status, m_expect.write);
    QVERIFY2(result.message.startsWith(QString::fromUtf8(m_expect.messageStart)),
             qPrintable(result.message));
    QCOMPARE(added.count(), 0);
    QVERIFY(store.list().isEmpty());
    QVERIFY(!m_vault->hasInMemory(instance.id));
    settings.sync();
    QVERIFY(!settings.allKeys().contains(u"instances/entries/size"_s)
            || settings.value(u"instances/entries/size"_s).toInt() == 0);
}

void TestVaultUnavailable::managerSessionOnlyWorks()
{
    QSettings settings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                           + u"/instances-session.ini"_s,
                       QSettings::IniFormat);
    InstanceStore store(&settings);
    InstanceManager manager(&store, m_vault.get());
    const QString token = u"6|sessionChoiceTokenValue0123456789abcdefXY"_s;
    m_tokens.append(token);
    const Instance instance = Instance::create(u"Prod"_s, QUrl(u"https://prod.example"_s));
    VaultResult result = run([&](VaultRecorder *r) {
        manager.add(instance, token, TokenStorage::SessionOnly, r, r->callback());
    });
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(store.list(), QList<Instance>{instance}); // the instance itself is saved
    result = run([&](VaultRecorder *r) { manager.tokenFor(instance.id, r, r->callback()); });
    QCOMPARE(result.status, VaultResult::Ok);
    QCOMPARE(result.token, token);
    settings.sync();

    // Next run: the instance is back, the token is not.
    TokenVault nextRun;
    QSettings again(settings.fileName(), QSettings::IniFormat);
    InstanceStore nextStore(&again);
    QCOMPARE(nextStore.list(), QList<Instance>{instance});
    QVERIFY(!nextRun.hasInMemory(instance.id));
}

void TestVaultUnavailable::nothingOnDisk()
{
    QVERIFY(!m_tokens.isEmpty());
    const QString home = QDir::homePath();
    // The scratch folder around HOME also holds XDG_RUNTIME_DIR and the bus socket.
    const QString scratch = QFileInfo(home).absolutePath();
    QVERIFY(scratch.contains(QLatin1String("coolify-keyring")));
    QVERIFY(countFiles(home) > 0); // the settings files written above, at least
    for (const QString &token : std::as_const(m_tokens)) {
        const QStringList hits = filesContaining(scratch, token);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
    }
    // QtKeychain's plain-text fallback would write here; it must not exist.
    QVERIFY(!QFile::exists(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                           + u'/' + QStringLiteral(COOLIFY_APP_ID) + u".conf"_s));
    QVERIFY(!QFile::exists(home + u"/.config/"_s + QStringLiteral(COOLIFY_APP_ID) + u".conf"_s));
}

QTEST_GUILESS_MAIN(TestVaultUnavailable)
#include "tst_vaultunavailable.moc"
