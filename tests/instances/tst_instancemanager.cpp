#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "instances/tokenvault.h"
#include "vaultrecorder.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

using namespace Coolify::Instances;

Q_DECLARE_METATYPE(Coolify::Instances::TokenStorage)

namespace {
constexpr int KeychainTimeout = 20000;

QString newToken()
{
    return u"12|"_s + QUuid::createUuid().toString(QUuid::Id128) + u"mgr0"_s;
}
} // namespace

// The store and the vault together, against the real Secret Service that
// tests/support/with-keyring.sh provides, with QSettings in the scratch HOME (test mode).
class TestInstanceManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addStoresTokenOnlyInKeychain_data();
    void addStoresTokenOnlyInKeychain();
    void addRejects_data();
    void addRejects();
    void setTokenOverwrites();
    void removeDeletesToken();
    void environmentInstance();
    void environmentSavedForSessionOnly();
    void environmentProblems_data();
    void environmentProblems();
    void environmentTokenNotInherited();
    void controlCharactersInTokenRefused();

private:
    VaultResult run(const std::function<void(VaultRecorder *)> &start);
    bool inKeyring(const QString &id, QString *secret = nullptr);
    void assertNoFileContains(const QString &token);
    QString settingsPath() const;

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<InstanceStore> m_store;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<InstanceManager> m_manager;
};

void TestInstanceManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QDir::homePath().contains(QLatin1String("coolify-keyring")),
             "run through tests/support/with-keyring.sh (ctest does)");
    // The settings live inside HOME, so the scans below would see a token written there.
    QVERIFY(settingsPath().startsWith(QDir::homePath()));
}

QString TestInstanceManager::settingsPath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + u"/instances.ini"_s;
}

void TestInstanceManager::init()
{
    QFile::remove(settingsPath());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    m_store = std::make_unique<InstanceStore>(m_settings.get());
    m_vault = std::make_unique<TokenVault>();
    m_manager = std::make_unique<InstanceManager>(m_store.get(), m_vault.get());
}

void TestInstanceManager::cleanup()
{
    m_manager.reset();
    m_vault.reset();
    m_store.reset();
    m_settings.reset();
}

VaultResult TestInstanceManager::run(const std::function<void(VaultRecorder *)> &start)
{
    VaultRecorder recorder;
    QSignalSpy spy(&recorder, &VaultRecorder::done);
    start(&recorder);
    if (!spy.wait(KeychainTimeout))
        return {};
    return recorder.last();
}

bool TestInstanceManager::inKeyring(const QString &id, QString *secret)
{
    QProcess tool;
    tool.start(u"secret-tool"_s,
               {u"lookup"_s, u"server"_s, m_vault->service(), u"user"_s, TokenVault::keyFor(id)});
    if (!tool.waitForFinished(KeychainTimeout))
        return false;
    if (secret)
        *secret = QString::fromUtf8(tool.readAllStandardOutput());
    return tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
}

void TestInstanceManager::assertNoFileContains(const QString &token)
{
    m_settings->sync();
    const QString home = QDir::homePath();
    QVERIFY(QFile::exists(settingsPath()));
    QVERIFY(countFiles(home) > 0);
    const QStringList hits = filesContaining(home, token);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
}

void TestInstanceManager::addStoresTokenOnlyInKeychain_data()
{
    QTest::addColumn<TokenStorage>("storage");
    QTest::newRow("keychain") << TokenStorage::Keychain;
    QTest::newRow("session only") << TokenStorage::SessionOnly;
}

void TestInstanceManager::addStoresTokenOnlyInKeychain()
{
    QFETCH(TokenStorage, storage);
    const QString token = newToken();
    Instance instance = Instance::create(u"Production"_s, QUrl(u"https://coolify.example.com"_s));
    instance.notes = u"team: ops"_s;
    QSignalSpy added(m_store.get(), &InstanceStore::added);

    const VaultResult result = run([&](VaultRecorder *r) {
        QCOMPARE(m_manager->add(instance, token, storage, r, r->callback()), instance.id);
    });
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(added.count(), 1);
    QCOMPARE(m_store->list(), QList<Instance>{instance});

    const VaultResult read =
        run([&](VaultRecorder *r) { m_manager->tokenFor(instance.id, r, r->callback()); });
    QCOMPARE(read.status, VaultResult::Ok);
    QCOMPARE(read.token, token);

    QString secret;
    const bool keychain = storage == TokenStorage::Keychain;
    QCOMPARE(inKeyring(instance.id, &secret), keychain);
    QCOMPARE(m_vault->hasInMemory(instance.id), !keychain);
    if (keychain)
        QCOMPARE(secret, token);
    assertNoFileContains(token);

    // Persisted either way: a new store on the same file sees it.
    QSettings again(settingsPath(), QSettings::IniFormat);
    InstanceStore reloaded(&again);
    QCOMPARE(reloaded.list(), QList<Instance>{instance});

    QVERIFY(run([&](VaultRecorder *r) { m_manager->remove(instance.id, r, r->callback()); }).ok());
}

void TestInstanceManager::addRejects_data()
{
    QTest::addColumn<Instance>("instance");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("message");
    const Instance good = Instance::create(u"Good"_s, QUrl(u"https://good.example"_s));
    Instance badUrl = good;
    badUrl.rootUrl = QUrl();
    QTest::newRow("empty token") << good << QString() << u"Enter the instance's API token."_s;
    QTest::newRow("no address") << badUrl << newToken()
                                << u"The instance needs a name and a valid http(s) "
                                   "address."_s;
}

void TestInstanceManager::addRejects()
{
    QFETCH(Instance, instance);
    QFETCH(QString, token);
    QFETCH(QString, message);
    const VaultResult result = run([&](VaultRecorder *r) {
        m_manager->add(instance, token, TokenStorage::Keychain, r, r->callback());
    });
    QCOMPARE(result.status, VaultResult::Failed);
    QCOMPARE(result.message, message);
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(!inKeyring(instance.id));
}

void TestInstanceManager::setTokenOverwrites()
{
    const Instance instance = Instance::create(u"A"_s, QUrl(u"https://a.example"_s));
    const QString first = newToken();
    const QString second = newToken();
    QVERIFY(run([&](VaultRecorder *r) {
                m_manager->add(instance, first, TokenStorage::Keychain, r, r->callback());
            }).ok());
    // Adding the same id again is refused and keeps the stored token.
    const VaultResult duplicate = run([&](VaultRecorder *r) {
        m_manager->add(instance, second, TokenStorage::Keychain, r, r->callback());
    });
    QCOMPARE(duplicate.status, VaultResult::Failed);
    QString secret;
    QVERIFY(inKeyring(instance.id, &secret));
    QCOMPARE(secret, first);

    QVERIFY(run([&](VaultRecorder *r) {
                m_manager->setToken(instance.id, second, TokenStorage::Keychain, r, r->callback());
            }).ok());
    QVERIFY(inKeyring(instance.id, &secret));
    QCOMPARE(secret, second);
    QVERIFY(run([&](VaultRecorder *r) { m_manager->remove(instance.id, r, r->callback()); }).ok());
}

void TestInstanceManager::removeDeletesToken()
{
    const Instance keep = Instance::create(u"Keep"_s, QUrl(u"https://keep.example"_s));
    const Instance drop = Instance::create(u"Drop"_s, QUrl(u"https://drop.example"_s));
    const QString keepToken = newToken();
    QVERIFY(run([&](VaultRecorder *r) {
                m_manager->add(keep, keepToken, TokenStorage::Keychain, r, r->callback());
            }).ok());
    QVERIFY(run([&](VaultRecorder *r) {
                m_manager->add(drop, newToken(), TokenStorage::Keychain, r, r->callback());
            }).ok());
    QVERIFY(inKeyring(drop.id));

    QSignalSpy removed(m_store.get(), &InstanceStore::removed);
    const VaultResult result =
        run([&](VaultRecorder *r) { m_manager->remove(drop.id, r, r->callback()); });
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_store->list(), QList<Instance>{keep});
    QVERIFY(!inKeyring(drop.id));
    QCOMPARE(run([&](VaultRecorder *r) { m_manager->tokenFor(drop.id, r, r->callback()); }).status,
             VaultResult::NotFound);
    // The other instance's token is untouched.
    QString secret;
    QVERIFY(inKeyring(keep.id, &secret));
    QCOMPARE(secret, keepToken);

    QCOMPARE(run([&](VaultRecorder *r) { m_manager->remove(drop.id, r, r->callback()); }).status,
             VaultResult::Failed); // unknown id
    QVERIFY(run([&](VaultRecorder *r) { m_manager->remove(keep.id, r, r->callback()); }).ok());
    QVERIFY(!inKeyring(keep.id));
}

void TestInstanceManager::environmentInstance()
{
    const QString token = newToken();
    QProcessEnvironment env;
    env.insert(u"COOLIFY_URL"_s, u"https://Coolify.Example.com:8443/api/v1/"_s);
    env.insert(u"COOLIFY_TOKEN"_s, token);

    const EnvironmentImport import = m_manager->importEnvironment(env);
    QVERIFY(import.present);
    QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
    const std::optional<Instance> session = m_store->find(import.id);
    QVERIFY(session);
    QVERIFY(session->sessionOnly);
    QCOMPARE(session->name, u"coolify.example.com:8443"_s);
    QCOMPARE(session->rootUrl, QUrl(u"https://coolify.example.com:8443"_s));

    VaultResult read =
        run([&](VaultRecorder *r) { m_manager->tokenFor(import.id, r, r->callback()); });
    QCOMPARE(read.token, token);
    QVERIFY(!inKeyring(import.id));
    m_settings->sync();
    QFile settingsFile(settingsPath());
    QVERIFY(!settingsFile.exists()
            || (settingsFile.open(QIODevice::ReadOnly)
                && !settingsFile.readAll().contains(import.id.toUtf8())));
    settingsFile.close();

    // The user saves it: the token moves to the keychain, the instance to the settings.
    QSignalSpy changed(m_store.get(), &InstanceStore::changed);
    const VaultResult saved = run([&](VaultRecorder *r) {
        m_manager->saveSessionInstance(import.id, TokenStorage::Keychain, r, r->callback());
    });
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_store->find(import.id)->sessionOnly);
    QVERIFY(!m_vault->hasInMemory(import.id));
    QString secret;
    QVERIFY(inKeyring(import.id, &secret));
    QCOMPARE(secret, token);
    read = run([&](VaultRecorder *r) { m_manager->tokenFor(import.id, r, r->callback()); });
    QCOMPARE(read.token, token);
    assertNoFileContains(token);

    QSettings again(settingsPath(), QSettings::IniFormat);
    InstanceStore reloaded(&again);
    QCOMPARE(reloaded.list().size(), 1);
    QCOMPARE(reloaded.list().constFirst().id, import.id);
    QVERIFY(!reloaded.list().constFirst().sessionOnly);

    QVERIFY(run([&](VaultRecorder *r) { m_manager->remove(import.id, r, r->callback()); }).ok());
    QVERIFY(!inKeyring(import.id));
}

void TestInstanceManager::environmentSavedForSessionOnly()
{
    const QString token = newToken();
    QProcessEnvironment env;
    env.insert(u"COOLIFY_URL"_s, u"coolify.internal"_s);
    env.insert(u"COOLIFY_TOKEN"_s, token);
    const EnvironmentImport import = m_manager->importEnvironment(env);
    QVERIFY2(!import.id.isEmpty(), qPrintable(import.error));
    QCOMPARE(m_store->find(import.id)->name, u"coolify.internal"_s);

    const VaultResult saved = run([&](VaultRecorder *r) {
        m_manager->saveSessionInstance(import.id, TokenStorage::SessionOnly, r, r->callback());
    });
    QVERIFY(saved.ok());
    QVERIFY(!m_store->find(import.id)->sessionOnly);
    QVERIFY(m_vault->hasInMemory(import.id));
    QVERIFY(!inKeyring(import.id));
    assertNoFileContains(token);

    // Removing a saved instance whose token is in memory only also forgets that copy.
    QVERIFY(run([&](VaultRecorder *r) { m_manager->remove(import.id, r, r->callback()); }).ok());
    QVERIFY(!m_vault->hasInMemory(import.id));
    QVERIFY(m_store->list().isEmpty());
}

void TestInstanceManager::environmentProblems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("errorStart");
    QTest::newRow("neither") << QString() << QString() << false << QString();
    QTest::newRow("url only") << u"https://c.example"_s << QString() << true
                              << u"Set both COOLIFY_URL and COOLIFY_TOKEN"_s;
    QTest::newRow("token only") << QString() << newToken() << true
                                << u"Set both COOLIFY_URL and COOLIFY_TOKEN"_s;
    QTest::newRow("ftp url") << u"ftp://c.example"_s << newToken() << true
                             << u"COOLIFY_URL cannot be used: Only http:// and "
                                "https://"_s;
    // A line break inside the token would start a new HTTP header after Authorization.
    QTest::newRow("CR LF in token")
        << u"https://c.example"_s << u"12|abc\r\nX-Injected: yes"_s << true
        << u"COOLIFY_TOKEN cannot be used: The token contains a line "
           "break"_s;
    QTest::newRow("tab in token") << u"https://c.example"_s << u"12|a\tb"_s << true
                                  << u"COOLIFY_TOKEN cannot be used:"_s;
}

void TestInstanceManager::environmentProblems()
{
    QFETCH(QString, url);
    QFETCH(QString, token);
    QFETCH(bool, present);
    QFETCH(QString, errorStart);
    QProcessEnvironment env;
    if (!url.isEmpty())
        env.insert(u"COOLIFY_URL"_s, url);
    if (!token.isEmpty())
        env.insert(u"COOLIFY_TOKEN"_s, token);
    env.insert(u"UNRELATED"_s, u"x"_s);
    const EnvironmentImport import = m_manager->importEnvironment(env);
    QCOMPARE(import.present, present);
    QVERIFY(import.id.isEmpty());
    QVERIFY2(import.error.startsWith(errorStart), qPrintable(import.error));
    QCOMPARE(import.error.isEmpty(), errorStart.isEmpty());
    QVERIFY(m_store->list().isEmpty());
}

// A pasted token with a line break is refused before it is stored anywhere or sent.
void TestInstanceManager::controlCharactersInTokenRefused()
{
    const QString bad = u"12|abc\r\nX-Injected: yes"_s;
    Instance instance =
        Instance::create(u"Injected"_s, QUrl(u"https://c.example"_s), Instance::defaultColor());
    VaultResult added = run([&](VaultRecorder *r) {
        m_manager->add(instance, bad, TokenStorage::Keychain, r, r->callback());
    });
    QVERIFY(!added.ok());
    QVERIFY2(added.message.contains(u"line break"_s), qPrintable(added.message));
    QVERIFY(!m_store->contains(instance.id));
    QVERIFY(!inKeyring(instance.id));
    // Replacing a good token with a bad one keeps the good one.
    const QString good = newToken();
    QVERIFY(run([&](VaultRecorder *r) {
                m_manager->add(instance, good, TokenStorage::SessionOnly, r, r->callback());
            }).ok());
    QVERIFY(!run([&](VaultRecorder *r) {
                 m_manager->setToken(instance.id, bad, TokenStorage::SessionOnly, r, r->callback());
             }).ok());
    QCOMPARE(
        run([&](VaultRecorder *r) { m_manager->tokenFor(instance.id, r, r->callback()); }).token,
        good);
    QVERIFY(run([&](VaultRecorder *r) { m_manager->remove(instance.id, r, r->callback()); }).ok());
}

// The token read from the environment is gone from it afterwards: a child process (xdg-open
// for a clicked link, anything else the app starts) never sees it, also when the import failed.
void TestInstanceManager::environmentTokenNotInherited()
{
    const QByteArray token = newToken().toUtf8();
    const auto childSees = [] {
        QProcess child;
        child.start(u"sh"_s, {u"-c"_s, u"printf %s \"${COOLIFY_TOKEN-unset}\""_s});
        child.waitForFinished(10'000);
        return child.readAllStandardOutput();
    };
    qputenv("COOLIFY_URL", "https://coolify.example.com");
    qputenv("COOLIFY_TOKEN", token);
    QCOMPARE(childSees(), token); // the test's own check works
    const EnvironmentImport import = m_manager->importProcessEnvironment();
    QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
    VaultResult read =
        run([&](VaultRecorder *r) { m_manager->tokenFor(import.id, r, r->callback()); });
    QCOMPARE(read.token.toUtf8(), token); // kept in memory for the session
    QVERIFY(!qEnvironmentVariableIsSet("COOLIFY_TOKEN"));
    QCOMPARE(childSees(), QByteArray("unset"));

    qputenv("COOLIFY_URL", "not a url");
    qputenv("COOLIFY_TOKEN", token);
    QVERIFY(!m_manager->importProcessEnvironment().error.isEmpty());
    QCOMPARE(childSees(), QByteArray("unset"));
    qunsetenv("COOLIFY_URL");
}

QTEST_GUILESS_MAIN(TestInstanceManager)
#include "tst_instancemanager.moc"
