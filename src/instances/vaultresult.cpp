#include "instances/vaultresult.h"

#include <QCoreApplication>

namespace Coolify::Instances {

namespace {
// lupdate needs a class context for tr(); these helpers are free functions.
struct VaultText
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Instances::TokenVault)
};

// What could not be done, to start each message with; full phrases keep translations natural.
QString consequence(VaultResult::Operation operation)
{
    switch (operation) {
    case VaultResult::Read:
        return VaultText::tr("the token cannot be read from the keychain");
    case VaultResult::Write:
        return VaultText::tr("the token cannot be stored in the keychain");
    case VaultResult::Remove:
        return VaultText::tr("the token cannot be removed from the keychain");
    }
    return {};
}

bool mentions(const QString &detail, const char *text)
{
    return detail.contains(QLatin1String(text), Qt::CaseInsensitive);
}

// QtKeychain reports most libsecret/GDBus failures as OtherError; only the text tells them apart.
VaultResult::Reason classify(QKeychain::Error error, const QString &detail)
{
    if (mentions(detail, "autolaunch") || mentions(detail, "Could not connect")
        || mentions(detail, "D-Bus is not running") || mentions(detail, "DBUS_SESSION_BUS_ADDRESS")
        || mentions(detail, "Cannot spawn a message bus")
        || mentions(detail, "Failed to connect to socket"))
        return VaultResult::NoSessionBus;
    if (error == QKeychain::NoBackendAvailable || mentions(detail, "org.freedesktop.secrets")
        || mentions(detail, "ServiceUnknown") || mentions(detail, "No keyring daemon"))
        return VaultResult::NoSecretService;
    if (mentions(detail, "Object does not exist at path") && mentions(detail, "collection"))
        return VaultResult::NoCollection;
    if (error == QKeychain::AccessDeniedByUser)
        return VaultResult::AccessRefused;
    if (error == QKeychain::AccessDenied)
        return mentions(detail, "lock") ? VaultResult::Locked : VaultResult::AccessRefused;
    return VaultResult::BackendError;
}
} // namespace

VaultResult VaultResult::success(const QString &token)
{
    VaultResult result;
    result.status = Ok;
    result.token = token;
    return result;
}

VaultResult VaultResult::notFound()
{
    VaultResult result;
    result.status = NotFound;
    result.message = VaultText::tr("No token is stored for this instance.");
    return result;
}

VaultResult VaultResult::fromKeychainError(QKeychain::Error error, const QString &detail,
                                           Operation operation)
{
    if (error == QKeychain::NoError)
        return success();
    if (error == QKeychain::EntryNotFound) {
        VaultResult result = notFound();
        // Deleting what is not there leaves the keychain as asked: no token for this instance.
        if (operation == Remove)
            result.status = Ok;
        return result;
    }

    VaultResult result;
    result.detail = detail;
    result.reason = classify(error, detail);
    const QString what = consequence(operation);
    const QString sessionOnly =
        VaultText::tr("You can keep the token for this session only instead.");
    switch (result.reason) {
    case NoSessionBus:
        result.status = Unavailable;
        result.message =
            VaultText::tr("The desktop session bus (D-Bus) is not reachable, so %1. Start Coolify "
                          "Desktop inside a desktop session that runs a Secret Service (e.g. "
                          "GNOME Keyring or KWallet).")
                .arg(what)
            + u' ' + sessionOnly;
        break;
    case NoSecretService:
        result.status = Unavailable;
        result.message =
            VaultText::tr("No Secret Service (e.g. GNOME Keyring or KWallet) is running, so %1. "
                          "Install or start one and try again.")
                .arg(what)
            + u' ' + sessionOnly;
        break;
    case NoCollection:
        result.status = Unavailable;
        result.message =
            VaultText::tr("The keychain has no default keyring (e.g. “login”), so %1. Create "
                          "or set a default keyring in your keyring manager (e.g. Passwords and "
                          "Keys) and try again.")
                .arg(what)
            + u' ' + sessionOnly;
        break;
    case Locked:
        result.status = Denied;
        result.message =
            VaultText::tr("The keychain is locked, so %1. Unlock it (e.g. in Passwords and Keys, "
                          "or by logging in again) and try again.")
                .arg(what)
            + u' ' + sessionOnly;
        break;
    case AccessRefused:
        result.status = Denied;
        result.message =
            VaultText::tr("Access to the keychain was refused, so %1. Allow Coolify Desktop to "
                          "use the keychain and try again.")
                .arg(what)
            + u' ' + sessionOnly;
        break;
    case NoReason:
    case BackendError:
        result.status = Failed;
        result.message = VaultText::tr("The keychain reported an error, so %1: %2")
                             .arg(what, detail.isEmpty() ? VaultText::tr("unknown error") : detail);
        break;
    }
    return result;
}

} // namespace Coolify::Instances
