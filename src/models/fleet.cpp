#include "models/fleet.h"

#include "api/apiclient.h"
#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

namespace Coolify::Models {

using Instances::VaultResult;

Fleet::Fleet(Instances::InstanceManager *manager, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_network(network)
    , m_resources(new FleetModel(this))
{
    Instances::InstanceStore *store = manager->store();
    for (const Instances::Instance &instance : store->list())
        addSession(instance.id);
    connect(store, &Instances::InstanceStore::added, this, &Fleet::addSession);
    connect(store, &Instances::InstanceStore::removed, this, &Fleet::removeSession);
    connect(store, &Instances::InstanceStore::changed, this, [this](const QString &id) {
        const auto instance = m_manager->store()->find(id);
        if (InstanceSession *s = session(id); s && instance)
            s->setInstance(*instance);
    });
}

void Fleet::addSession(const QString &id)
{
    const auto instance = m_manager->store()->find(id);
    if (!instance || m_sessions.contains(id))
        return;
    const int index = int(m_order.size());
    emit sessionAboutToBeAdded(id, index);
    auto *s = new InstanceSession(*instance, m_network, this);
    m_sessions.insert(id, s);
    m_order << id;
    auto *data = new InstanceData(s, this);
    m_data.insert(id, data);
    data->setWindowVisible(m_windowVisible);
    m_resources->addInstance(data);
    connect(s, &InstanceSession::changed, this, [this, id, s, data] {
        // The first successful connection starts loading and polling the instance's resources.
        if (s->state() == InstanceSession::State::Online && !data->hasData()
            && !data->isRefreshing()) {
            data->setPolling(m_autoRefresh);
            data->refresh();
        }
        emit sessionChanged(id, indexOf(id));
    });
    emit sessionAdded(id, index);
    reloadToken(id);
}

void Fleet::removeSession(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    emit sessionAboutToBeRemoved(id, index);
    m_order.removeAt(index);
    InstanceData *data = m_data.take(id);
    m_resources->removeInstance(data);
    delete data;
    delete m_sessions.take(id);
    emit sessionRemoved(id);
}

void Fleet::reloadToken(const QString &id)
{
    InstanceSession *s = session(id);
    if (!s)
        return;
    s->setLoadingToken();
    m_manager->tokenFor(id, s, [s](const VaultResult &result) {
        switch (result.status) {
        case VaultResult::Ok:
            s->setToken(result.token);
            break;
        case VaultResult::NotFound:
            s->setTokenProblem(InstanceSession::State::NoToken,
                               InstanceSession::tr("No API token is stored for this instance. "
                                                   "Edit the instance to enter one."));
            break;
        default:
            s->setTokenProblem(InstanceSession::State::TokenUnavailable, result.message);
            break;
        }
    });
}

void Fleet::checkAll()
{
    for (InstanceSession *s : std::as_const(m_sessions))
        s->check();
}

void Fleet::refreshAll()
{
    for (InstanceData *data : std::as_const(m_data)) {
        if (data->session()->client()->hasToken())
            data->refresh();
    }
}

void Fleet::setWindowVisible(bool visible)
{
    m_windowVisible = visible;
    for (InstanceData *data : std::as_const(m_data))
        data->setWindowVisible(visible);
}

void Fleet::setAutoRefresh(bool enabled)
{
    m_autoRefresh = enabled;
    for (InstanceData *data : std::as_const(m_data))
        data->setPolling(enabled && data->hasData());
}

} // namespace Coolify::Models
