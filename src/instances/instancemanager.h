#pragma once

#include "instances/instance.h"
#include "instances/tokenvault.h"

#include <QObject>

class QProcessEnvironment;

namespace Coolify::Instances {

class InstanceStore;

// Where an instance's token lives.
enum class TokenStorage {
    Keychain, // the OS keychain, survives restarts
    SessionOnly, // memory only, for this run; the user is asked again next time
};

// What importEnvironment() found in COOLIFY_URL / COOLIFY_TOKEN.
struct EnvironmentImport
{
    bool present = false; // at least one of the two variables is set
    QString id; // the session instance's id, empty when none was created
    QString error; // translated: why the variables could not be used
};

// Keeps the instance list (InstanceStore) and the tokens (TokenVault) consistent, so callers
// never persist an instance whose token was lost, or leave a token behind a deleted instance.
// Both are handed in and not owned.
//
//   InstanceManager manager(&store, &vault);
//   manager.importEnvironment(QProcessEnvironment::systemEnvironment());
//   manager.add(instance, token, TokenStorage::Keychain, this, [](const VaultResult &r) {
//       if (r.status == VaultResult::Unavailable) offerSessionOnly(r.message);
//   });
class InstanceManager : public QObject
{
    Q_OBJECT
public:
    using Callback = TokenVault::Callback;

    InstanceManager(InstanceStore *store, TokenVault *vault, QObject *parent = nullptr);

    InstanceStore *store() const { return m_store; }
    TokenVault *vault() const { return m_vault; }

    // Keychain: writes the token first and adds the instance only when that succeeded, so a
    // failed write loses nothing and the result says why. SessionOnly: the instance is saved,
    // its token kept in memory. A session-only instance (instance.sessionOnly) is never written
    // and its token always stays in memory. An empty id gets a fresh one; returns the id used.
    QString add(Instance instance, const QString &token, TokenStorage storage, QObject *context,
                Callback callback);
    // Replaces the token of a known instance, in the keychain or in memory.
    void setToken(const QString &id, const QString &token, TokenStorage storage, QObject *context,
                  Callback callback);
    // Deletes the instance and its token. The instance goes even when the keychain cannot be
    // reached (it must stay removable); the result then says the token may be left behind.
    void remove(const QString &id, QObject *context, Callback callback);
    // The instance's token: memory first, then the keychain; NotFound when none is stored.
    void tokenFor(const QString &id, QObject *context, Callback callback);
    // Turns a session instance into a saved one. Keychain: the token moves there (memory copy
    // dropped) and the instance is saved only after that worked; SessionOnly: the instance is
    // saved, the token stays in memory for this run.
    void saveSessionInstance(const QString &id, TokenStorage storage, QObject *context,
                             Callback callback);

    // COOLIFY_URL + COOLIFY_TOKEN → a session instance named after the host, token in memory.
    EnvironmentImport importEnvironment(const QProcessEnvironment &environment);
    // importEnvironment() on this process's environment, which then loses COOLIFY_TOKEN (valid or
    // not), so that no child process — a browser opened for a link, a file manager — inherits it.
    EnvironmentImport importProcessEnvironment();

private:
    static VaultResult failure(const QString &message);
    static QString readOnlyMessage();

    InstanceStore *m_store;
    TokenVault *m_vault;
};

} // namespace Coolify::Instances
