#include "instances/instancemanager.h"

#include "api/baseurl.h"
#include "api/token.h"
#include "instances/instancestore.h"
#include "instances/logging.h"

#include <QMetaObject>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Coolify::Instances {

namespace {
// Later than the caller's own statement, as every vault callback is.
void deliverLater(QObject *context, const TokenVault::Callback &callback, const VaultResult &result)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context, [callback, result] { callback(result); }, Qt::QueuedConnection);
}
} // namespace

InstanceManager::InstanceManager(InstanceStore *store, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
{
    Q_ASSERT(m_store && m_vault);
}

QString InstanceManager::add(Instance instance, const QString &token, TokenStorage storage,
                             QObject *context, Callback callback)
{
    if (instance.id.isEmpty())
        instance.id = Instance::newId();
    const QString id = instance.id;
    if (!instance.isValid()) {
        deliverLater(context, callback,
                     failure(tr("The instance needs a name and a valid http(s) address.")));
        return id;
    }
    if (m_store->contains(id)) {
        deliverLater(context, callback, failure(tr("This instance already exists.")));
        return id;
    }
    if (m_store->isReadOnly() && !instance.sessionOnly) {
        deliverLater(context, callback, failure(readOnlyMessage()));
        return id;
    }
    if (token.isEmpty()) {
        deliverLater(context, callback, failure(tr("Enter the instance's API token.")));
        return id;
    }
    if (const QString problem = Api::tokenProblem(token); !problem.isEmpty()) {
        deliverLater(context, callback, failure(problem));
        return id;
    }

    if (instance.sessionOnly || storage == TokenStorage::SessionOnly) {
        m_vault->keepInMemory(id, token);
        if (!m_store->add(instance)) {
            m_vault->forgetInMemory(id);
            deliverLater(context, callback,
                         failure(tr("The instance could not be saved in the settings.")));
            return id;
        }
        deliverLater(context, callback, VaultResult::success());
        return id;
    }

    QPointer<QObject> guard(context);
    m_vault->write(id, token, this,
                   [this, instance, guard, callback = std::move(callback)](const VaultResult &r) {
                       VaultResult result = r;
                       if (result.ok() && !m_store->add(instance)) {
                           // Do not leave an orphaned token behind an instance that is not there.
                           m_vault->remove(instance.id, this, [](const VaultResult &) {});
                           result = failure(tr("The instance could not be saved in the settings."));
                       }
                       if (guard)
                           callback(result);
                   });
    return id;
}

void InstanceManager::setToken(const QString &id, const QString &token, TokenStorage storage,
                               QObject *context, Callback callback)
{
    const std::optional<Instance> instance = m_store->find(id);
    if (!instance) {
        deliverLater(context, callback, failure(tr("This instance does not exist.")));
        return;
    }
    if (token.isEmpty()) {
        deliverLater(context, callback, failure(tr("Enter the instance's API token.")));
        return;
    }
    if (const QString problem = Api::tokenProblem(token); !problem.isEmpty()) {
        deliverLater(context, callback, failure(problem));
        return;
    }
    if (instance->sessionOnly || storage == TokenStorage::SessionOnly) {
        m_vault->keepInMemory(id, token);
        deliverLater(context, callback, VaultResult::success());
        return;
    }
    m_vault->write(id, token, context, std::move(callback));
}

void InstanceManager::remove(const QString &id, QObject *context, Callback callback)
{
    const std::optional<Instance> instance = m_store->find(id);
    if (!instance) {
        deliverLater(context, callback, failure(tr("This instance does not exist.")));
        return;
    }
    if (m_store->isReadOnly() && !instance->sessionOnly) {
        deliverLater(context, callback, failure(readOnlyMessage()));
        return;
    }
    if (instance->sessionOnly) {
        // Its token never left memory.
        m_vault->forgetInMemory(id);
        m_store->remove(id);
        deliverLater(context, callback, VaultResult::success());
        return;
    }
    QPointer<QObject> guard(context);
    m_vault->remove(id, this,
                    [this, id, guard, callback = std::move(callback)](const VaultResult &r) {
                        m_store->remove(id);
                        if (guard)
                            callback(r);
                    });
}

void InstanceManager::tokenFor(const QString &id, QObject *context, Callback callback)
{
    m_vault->read(id, context, std::move(callback));
}

void InstanceManager::saveSessionInstance(const QString &id, TokenStorage storage, QObject *context,
                                          Callback callback)
{
    const std::optional<Instance> found = m_store->find(id);
    if (!found) {
        deliverLater(context, callback, failure(tr("This instance does not exist.")));
        return;
    }
    Instance saved = *found;
    saved.sessionOnly = false;
    if (!found->sessionOnly) {
        deliverLater(context, callback, VaultResult::success());
        return;
    }
    if (m_store->isReadOnly()) {
        deliverLater(context, callback, failure(readOnlyMessage()));
        return;
    }
    if (storage == TokenStorage::SessionOnly) {
        const bool ok = m_store->update(saved);
        deliverLater(context, callback,
                     ok ? VaultResult::success()
                        : failure(tr("The instance could not be saved in the settings.")));
        return;
    }

    QPointer<QObject> guard(context);
    m_vault->read(id, this, [this, saved, guard, callback](const VaultResult &read) {
        if (!read.ok()) {
            if (guard)
                callback(read.status == VaultResult::NotFound
                             ? failure(tr("There is no token to save for this instance."))
                             : read);
            return;
        }
        // write() drops the memory copy once the keychain holds the token.
        m_vault->write(
            saved.id, read.token, this, [this, saved, guard, callback](const VaultResult &written) {
                VaultResult result = written;
                if (result.ok() && !m_store->update(saved))
                    result = failure(tr("The instance could not be saved in the settings."));
                if (guard)
                    callback(result);
            });
    });
}

EnvironmentImport InstanceManager::importProcessEnvironment()
{
    const EnvironmentImport import = importEnvironment(QProcessEnvironment::systemEnvironment());
    qunsetenv("COOLIFY_TOKEN");
    return import;
}

EnvironmentImport InstanceManager::importEnvironment(const QProcessEnvironment &environment)
{
    EnvironmentImport import;
    const QString url = environment.value(u"COOLIFY_URL"_s).trimmed();
    const QString token = environment.value(u"COOLIFY_TOKEN"_s).trimmed();
    import.present = !url.isEmpty() || !token.isEmpty();
    if (!import.present)
        return import;
    if (url.isEmpty() || token.isEmpty()) {
        import.error = tr("Set both COOLIFY_URL and COOLIFY_TOKEN to open an instance from the "
                          "environment; only one of them is set.");
        return import;
    }
    const Api::NormalizedUrl normalized = Api::normalizeBaseUrl(url);
    if (!normalized.ok()) {
        import.error = tr("COOLIFY_URL cannot be used: %1").arg(normalized.error);
        return import;
    }
    if (const QString problem = Api::tokenProblem(token); !problem.isEmpty()) {
        import.error = tr("COOLIFY_TOKEN cannot be used: %1").arg(problem);
        return import;
    }

    Instance instance;
    instance.id = Instance::newId();
    const QUrl &root = normalized.root;
    instance.name =
        root.port() > 0 ? root.host() + u':' + QString::number(root.port()) : root.host();
    instance.rootUrl = root;
    instance.color = Instance::defaultColor();
    instance.notes = tr("From the environment (COOLIFY_URL, COOLIFY_TOKEN)");
    instance.sessionOnly = true;
    m_vault->keepInMemory(instance.id, token);
    if (!m_store->add(instance)) {
        m_vault->forgetInMemory(instance.id);
        import.error = tr("The instance from the environment could not be added.");
        return import;
    }
    qCInfo(lcInstances) << "session instance" << instance.id << "from the environment for"
                        << root.host();
    import.id = instance.id;
    return import;
}

QString InstanceManager::readOnlyMessage()
{
    return tr("The instance list was saved by a newer version of Coolify Desktop and cannot be "
              "changed by this one.");
}

VaultResult InstanceManager::failure(const QString &message)
{
    VaultResult result;
    result.status = VaultResult::Failed;
    result.message = message;
    return result;
}

} // namespace Coolify::Instances
