#pragma once

#include "instances/vaultresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Coolify::Instances {

// API tokens in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store) through QtKeychain, one entry per instance, plus a memory-only mode for when the user
// keeps a token "for this session only". Never falls back to plain text.
//
//   vault->write(id, token, this, [this](const VaultResult &r) {
//       if (!r.ok()) showError(r.message); // r.status == Unavailable → offer session-only
//   });
//   vault->read(id, this, [](const VaultResult &r) { if (r.ok()) use(r.token); });
//
// Every callback runs later from the event loop (never inside the call), and only while
// `context` is alive.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const VaultResult &)>;

    // `service` is the keychain service name; the app uses COOLIFY_APP_ID.
    explicit TokenVault(QObject *parent = nullptr);
    explicit TokenVault(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    // The keychain key of an instance's token: "instance/<id>/api-token".
    static QString keyFor(const QString &id);

    // A memory-only token is served first; otherwise the keychain; NotFound when neither has one.
    void read(const QString &id, QObject *context, Callback callback);
    // On success the keychain holds the token and any memory-only copy is dropped.
    void write(const QString &id, const QString &token, QObject *context, Callback callback);
    // Drops the memory-only copy and deletes the keychain entry; Ok when there was none.
    void remove(const QString &id, QObject *context, Callback callback);

    // Keeps a token for this run only: never written anywhere, gone when the app quits.
    void keepInMemory(const QString &id, const QString &token);
    void forgetInMemory(const QString &id);
    bool hasInMemory(const QString &id) const;

    // Cheap check whether the keychain answers at all (reads a key that is never written):
    // Ok means it works, otherwise the result says why not, so the UI can offer session-only
    // storage up front. A missing or locked default keyring may only show on the first write.
    void probe(QObject *context, Callback callback);

private:
    void readKeychain(const QString &key, VaultResult::Operation operation, QObject *context,
                      Callback callback);
    static void deliver(QObject *context, const Callback &callback, const VaultResult &result);

    QString m_service;
    QHash<QString, QString> m_memory; // id → token, session-only tokens
};

} // namespace Coolify::Instances
