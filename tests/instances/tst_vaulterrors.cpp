#include "instances/vaultresult.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Instances;

// The mapping from QtKeychain errors to what the user reads, fed with the exact codes and texts
// the libsecret, GDBus and KWallet backends produce (collected from real failing sessions, see
// with-broken-keychain.sh).
class TestVaultErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data();
    void mapping();
    void notFound_data();
    void notFound();
    void operationIsNamed_data();
    void operationIsNamed();
};

void TestVaultErrors::mapping_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("messageStart");

    const QString bus = u"The desktop session bus (D-Bus) is not reachable"_s;
    const QString service = u"No Secret Service (e.g. GNOME Keyring or KWallet) is "
                            "running"_s;
    QTest::newRow("no bus, no DISPLAY")
        << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
        << int(VaultResult::Unavailable) << int(VaultResult::NoSessionBus) << bus;
    QTest::newRow("bus socket missing")
        << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s
        << int(VaultResult::Unavailable) << int(VaultResult::NoSessionBus) << bus;
    QTest::newRow("kwallet: bus not running")
        << int(QKeychain::OtherError)
        << u"Could not open wallet: org.freedesktop.DBus.Error.NoServer; D-Bus is "
           "not running"_s
        << int(VaultResult::Unavailable) << int(VaultResult::NoSessionBus) << bus;
    QTest::newRow("no secrets provider")
        << int(QKeychain::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service "
           "files"_s
        << int(VaultResult::Unavailable) << int(VaultResult::NoSecretService) << service;
    QTest::newRow("kwallet not running")
        << int(QKeychain::NoBackendAvailable) << u"No keychain service available"_s
        << int(VaultResult::Unavailable) << int(VaultResult::NoSecretService) << service;
    QTest::newRow("no login collection")
        << int(QKeychain::OtherError)
        << u"Object does not exist at path "
           "“/org/freedesktop/secrets/collection/login”"_s
        << int(VaultResult::Unavailable) << int(VaultResult::NoCollection)
        << u"The keychain has no default keyring"_s;
    QTest::newRow("locked collection")
        << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s
        << int(VaultResult::Denied) << int(VaultResult::Locked) << u"The keychain is locked"_s;
    QTest::newRow("kwallet: access denied")
        << int(QKeychain::AccessDenied) << u"Access to keychain denied"_s
        << int(VaultResult::Denied) << int(VaultResult::AccessRefused)
        << u"Access to the keychain was refused"_s;
    QTest::newRow("denied by user")
        << int(QKeychain::AccessDeniedByUser) << u"User canceled the operation."_s
        << int(VaultResult::Denied) << int(VaultResult::AccessRefused)
        << u"Access to the keychain was refused"_s;
    QTest::newRow("anything else")
        << int(QKeychain::OtherError) << u"Unknown error"_s << int(VaultResult::Failed)
        << int(VaultResult::BackendError)
        << u"The keychain reported an error, so the token cannot be stored in the "
           "keychain: Unknown error"_s;
    QTest::newRow("could not delete")
        << int(QKeychain::CouldNotDeleteEntry) << QString() << int(VaultResult::Failed)
        << int(VaultResult::BackendError)
        << u"The keychain reported an error, so the token cannot be stored in the "
           "keychain: unknown error"_s;
}

void TestVaultErrors::mapping()
{
    QFETCH(int, error);
    QFETCH(QString, detail);
    QFETCH(int, status);
    QFETCH(int, reason);
    QFETCH(QString, messageStart);

    const VaultResult result =
        VaultResult::fromKeychainError(QKeychain::Error(error), detail, VaultResult::Write);
    QCOMPARE(int(result.status), status);
    QCOMPARE(int(result.reason), reason);
    QCOMPARE(result.detail, detail);
    QVERIFY(result.token.isEmpty());
    QVERIFY2(result.message.startsWith(messageStart), qPrintable(result.message));
    QVERIFY(!result.ok());
    QVERIFY(!result.keychainWorks());
    // Every failure that the user can work around offers the session-only choice.
    const bool offersSession =
        result.message.endsWith(QLatin1String("You can keep the token for this session only "
                                              "instead."));
    QCOMPARE(offersSession, status != VaultResult::Failed);
}

void TestVaultErrors::notFound_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("status");
    QTest::newRow("read: no token stored") << int(VaultResult::Read) << int(VaultResult::NotFound);
    QTest::newRow("remove: nothing to remove") << int(VaultResult::Remove) << int(VaultResult::Ok);
}

void TestVaultErrors::notFound()
{
    QFETCH(int, operation);
    QFETCH(int, status);
    const VaultResult result = VaultResult::fromKeychainError(
        QKeychain::EntryNotFound, u"Entry not found"_s, VaultResult::Operation(operation));
    QCOMPARE(int(result.status), status);
    QVERIFY(result.keychainWorks());
    QCOMPARE(result.reason, VaultResult::NoReason);
}

void TestVaultErrors::operationIsNamed_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("read") << int(VaultResult::Read)
                          << u"the token cannot be read from the keychain"_s;
    QTest::newRow("write") << int(VaultResult::Write)
                           << u"the token cannot be stored in the keychain"_s;
    QTest::newRow("remove") << int(VaultResult::Remove)
                            << u"the token cannot be removed from the keychain"_s;
}

void TestVaultErrors::operationIsNamed()
{
    QFETCH(int, operation);
    QFETCH(QString, phrase);
    const VaultResult result = VaultResult::fromKeychainError(
        QKeychain::OtherError, u"The name org.freedesktop.secrets was not provided"_s,
        VaultResult::Operation(operation));
    QVERIFY2(result.message.contains(phrase), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestVaultErrors)
#include "tst_vaulterrors.moc"
