#include "instances/vaultresult.h"

#include <QTest>

using namespace Coolify::Instances;

// The mapping from QtKeychain errors to what the user reads, fed with the exact codes and texts
// the libsecret, GDBus and KWallet backends produce (collected from real failing sessions, see
// with-broken-keychain.sh and ../shared/TOOLCHAIN.md).
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

    const QString bus = QStringLiteral("The desktop session bus (D-Bus) is not reachable");
    const QString service = QStringLiteral("No Secret Service (e.g. GNOME Keyring or KWallet) is "
                                           "running");
    QTest::newRow("no bus, no DISPLAY")
        << int(QKeychain::OtherError)
        << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
        << int(VaultResult::Unavailable) << int(VaultResult::NoSessionBus) << bus;
    QTest::newRow("bus socket missing")
        << int(QKeychain::OtherError)
        << QStringLiteral("Could not connect: No such file or directory")
        << int(VaultResult::Unavailable) << int(VaultResult::NoSessionBus) << bus;
    QTest::newRow("kwallet: bus not running")
        << int(QKeychain::OtherError)
        << QStringLiteral("Could not open wallet: org.freedesktop.DBus.Error.NoServer; D-Bus is "
                          "not running")
        << int(VaultResult::Unavailable) << int(VaultResult::NoSessionBus) << bus;
    QTest::newRow("no secrets provider")
        << int(QKeychain::OtherError)
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service "
                          "files")
        << int(VaultResult::Unavailable) << int(VaultResult::NoSecretService) << service;
    QTest::newRow("kwallet not running")
        << int(QKeychain::NoBackendAvailable) << QStringLiteral("No keychain service available")
        << int(VaultResult::Unavailable) << int(VaultResult::NoSecretService) << service;
    QTest::newRow("no login collection")
        << int(QKeychain::OtherError)
        << QStringLiteral("Object does not exist at path "
                          "“/org/freedesktop/secrets/collection/login”")
        << int(VaultResult::Unavailable) << int(VaultResult::NoCollection)
        << QStringLiteral("The keychain has no default keyring");
    QTest::newRow("locked collection")
        << int(QKeychain::AccessDenied)
        << QStringLiteral("Cannot create an item in a locked collection")
        << int(VaultResult::Denied) << int(VaultResult::Locked)
        << QStringLiteral("The keychain is locked");
    QTest::newRow("kwallet: access denied")
        << int(QKeychain::AccessDenied) << QStringLiteral("Access to keychain denied")
        << int(VaultResult::Denied) << int(VaultResult::AccessRefused)
        << QStringLiteral("Access to the keychain was refused");
    QTest::newRow("denied by user")
        << int(QKeychain::AccessDeniedByUser) << QStringLiteral("User canceled the operation.")
        << int(VaultResult::Denied) << int(VaultResult::AccessRefused)
        << QStringLiteral("Access to the keychain was refused");
    QTest::newRow("anything else")
        << int(QKeychain::OtherError) << QStringLiteral("Unknown error") << int(VaultResult::Failed)
        << int(VaultResult::BackendError)
        << QStringLiteral("The keychain reported an error, so the token cannot be stored in the "
                          "keychain: Unknown error");
    QTest::newRow("could not delete")
        << int(QKeychain::CouldNotDeleteEntry) << QString() << int(VaultResult::Failed)
        << int(VaultResult::BackendError)
        << QStringLiteral("The keychain reported an error, so the token cannot be stored in the "
                          "keychain: unknown error");
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
    const VaultResult result =
        VaultResult::fromKeychainError(QKeychain::EntryNotFound, QStringLiteral("Entry not found"),
                                       VaultResult::Operation(operation));
    QCOMPARE(int(result.status), status);
    QVERIFY(result.keychainWorks());
    QCOMPARE(result.reason, VaultResult::NoReason);
}

void TestVaultErrors::operationIsNamed_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("read") << int(VaultResult::Read)
                          << QStringLiteral("the token cannot be read from the keychain");
    QTest::newRow("write") << int(VaultResult::Write)
                           << QStringLiteral("the token cannot be stored in the keychain");
    QTest::newRow("remove") << int(VaultResult::Remove)
                            << QStringLiteral("the token cannot be removed from the keychain");
}

void TestVaultErrors::operationIsNamed()
{
    QFETCH(int, operation);
    QFETCH(QString, phrase);
    const VaultResult result = VaultResult::fromKeychainError(
        QKeychain::OtherError, QStringLiteral("The name org.freedesktop.secrets was not provided"),
        VaultResult::Operation(operation));
    QVERIFY2(result.message.contains(phrase), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestVaultErrors)
#include "tst_vaulterrors.moc"
