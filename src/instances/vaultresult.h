#pragma once

#include <QString>

#include <qt6keychain/keychain.h>

namespace Coolify::Instances {

// The outcome of one TokenVault operation: a status the UI can branch on, the token (reads
// only), and a specific, translated message for the user. NotFound is a normal result
// ("no token stored"), not a failure.
struct VaultResult
{
    enum Status {
        Ok,
        NotFound, // read: no token stored for this instance
        Unavailable, // no usable keychain: no D-Bus, no Secret Service, no default collection
        Denied, // keychain locked or access refused
        Failed, // anything else; message carries the backend's text
    };
    // Why the keychain is unusable, finer than Status, so the UI and tests can tell cases apart.
    enum Reason {
        NoReason,
        NoSessionBus,
        NoSecretService,
        NoCollection,
        Locked,
        AccessRefused,
        BackendError,
    };
    enum Operation { Read, Write, Remove };

    Status status = Failed;
    Reason reason = NoReason;
    QString token; // only for a successful read; never log it
    QString message; // translated, user-facing; empty for Ok
    QString detail; // the backend's own text (untranslated), for logs and "details" views

    bool ok() const { return status == Ok; }
    // Ok or NotFound: the keychain answered.
    bool keychainWorks() const { return status == Ok || status == NotFound; }

    static VaultResult success(const QString &token = {});
    static VaultResult notFound();
    // Maps a finished QtKeychain job's error to a status, a reason and a message. Pure, so the
    // mapping is tested with the exact texts the backends produce.
    static VaultResult fromKeychainError(QKeychain::Error error, const QString &detail,
                                         Operation operation);
};

} // namespace Coolify::Instances
