#include "instances/tokenvault.h"

#include "instances/logging.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Coolify::Instances {

namespace {
// Never written: a read of it tells whether the keychain answers at all.
const QString ProbeKey = u"probe/never-written"_s;

const char *statusName(VaultResult::Status status)
{
    switch (status) {
    case VaultResult::Ok:
        return "ok";
    case VaultResult::NotFound:
        return "not found";
    case VaultResult::Unavailable:
        return "unavailable";
    case VaultResult::Denied:
        return "denied";
    case VaultResult::Failed:
        return "failed";
    }
    return "?";
}
} // namespace

TokenVault::TokenVault(QObject *parent)
    : TokenVault(QStringLiteral(COOLIFY_APP_ID), parent)
{ }

TokenVault::TokenVault(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

QString TokenVault::keyFor(const QString &id)
{
    return QLatin1String("instance/") + id + QLatin1String("/api-token");
}

void TokenVault::read(const QString &id, QObject *context, Callback callback)
{
    const auto memory = m_memory.constFind(id);
    if (memory != m_memory.cend()) {
        deliver(context, callback, VaultResult::success(*memory));
        return;
    }
    readKeychain(keyFor(id), VaultResult::Read, context, std::move(callback));
}

void TokenVault::write(const QString &id, const QString &token, QObject *context, Callback callback)
{
    // Not parented to the vault: deleting a running job would leave the backend's callback
    // dangling. setAutoDelete frees it after finished().
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text, not even with KWallet
    job->setKey(keyFor(id));
    job->setTextData(token);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, id, guard, callback = std::move(callback)](QKeychain::Job *finished) {
                const VaultResult result = VaultResult::fromKeychainError(
                    finished->error(), finished->errorString(), VaultResult::Write);
                if (result.ok())
                    m_memory.remove(id);
                else
                    qCWarning(lcInstances)
                        << "writing token of" << id << "failed:" << statusName(result.status)
                        << result.detail;
                qCDebug(lcInstances) << "wrote token of" << id << statusName(result.status);
                if (guard)
                    callback(result);
            });
    job->start();
}

void TokenVault::remove(const QString &id, QObject *context, Callback callback)
{
    m_memory.remove(id);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(id));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [id, guard, callback = std::move(callback)](QKeychain::Job *finished) {
                const VaultResult result = VaultResult::fromKeychainError(
                    finished->error(), finished->errorString(), VaultResult::Remove);
                qCDebug(lcInstances)
                    << "removed token of" << id << statusName(result.status) << result.detail;
                if (guard)
                    callback(result);
            });
    job->start();
}

void TokenVault::keepInMemory(const QString &id, const QString &token)
{
    m_memory.insert(id, token);
    qCDebug(lcInstances) << "keeping token of" << id << "in memory for this session";
}

void TokenVault::forgetInMemory(const QString &id)
{
    m_memory.remove(id);
}

bool TokenVault::hasInMemory(const QString &id) const
{
    return m_memory.contains(id);
}

void TokenVault::probe(QObject *context, Callback callback)
{
    readKeychain(ProbeKey, VaultResult::Read, context,
                 [callback = std::move(callback)](const VaultResult &read) {
                     // NotFound is the expected answer of a working keychain.
                     callback(read.keychainWorks() ? VaultResult::success() : read);
                 });
}

void TokenVault::readKeychain(const QString &key, VaultResult::Operation operation,
                              QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [key, operation, guard, callback = std::move(callback)](QKeychain::Job *finished) {
                VaultResult result = VaultResult::fromKeychainError(
                    finished->error(), finished->errorString(), operation);
                if (result.ok())
                    result.token = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                if (!result.keychainWorks())
                    qCWarning(lcInstances)
                        << "reading" << key << "failed:" << statusName(result.status)
                        << result.detail;
                if (guard)
                    callback(result);
            });
    job->start();
}

void TokenVault::deliver(QObject *context, const Callback &callback, const VaultResult &result)
{
    if (!context)
        return;
    // Queued, so callers see the same ordering whether the answer came from memory or D-Bus.
    QMetaObject::invokeMethod(
        context, [callback, result] { callback(result); }, Qt::QueuedConnection);
}

} // namespace Coolify::Instances
