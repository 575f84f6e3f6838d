#include "controllers/deploymenthistory.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/deployments.h"
#include "models/deploymentsmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

#include <algorithm>

namespace Coolify::Controllers {

using Models::Deployment;

DeploymentHistory::DeploymentHistory(Models::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_model(new Models::DeploymentsModel(this))
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(500); // one reload for a burst of starts and ends
    connect(&m_reloadSoon, &QTimer::timeout, this, &DeploymentHistory::refresh);
}

void DeploymentHistory::setApplication(const QString &instanceId, const QString &appUuid,
                                       const QString &appName)
{
    m_reply.cancel();
    m_instanceId = instanceId;
    m_appUuid = appUuid;
    m_appName = appName;
    m_total = -1;
    m_loaded.clear();
    m_error.clear();
    m_model->apply({});
    disconnect(m_activeStarted);
    disconnect(m_activeEnded);
    m_reloadSoon.stop();
    if (Models::InstanceData *data = m_fleet->data(instanceId); data && !appUuid.isEmpty()) {
        const auto reload = [this] {
            m_reloadSoon.start();
        };
        m_activeStarted =
            connect(data->activeDeployments(), &QAbstractItemModel::rowsInserted, this, reload);
        m_activeEnded =
            connect(data->activeDeployments(), &QAbstractItemModel::rowsRemoved, this, reload);
    }
    if (!appUuid.isEmpty())
        fetch(0, m_pageSize, true);
    emit changed();
}

void DeploymentHistory::refresh()
{
    if (!m_appUuid.isEmpty())
        fetch(0, qMax(m_pageSize, loadedCount()), true);
}

void DeploymentHistory::loadMore()
{
    if (m_appUuid.isEmpty() || (m_total >= 0 && loadedCount() >= m_total))
        return;
    fetch(loadedCount(), m_pageSize, false);
}

void DeploymentHistory::fetch(int skip, int take, bool replace)
{
    Models::InstanceSession *session = m_fleet->session(m_instanceId);
    if (!session) {
        m_error = tr("This instance is no longer configured.");
        emit changed();
        emit loaded(false);
        return;
    }
    Api::ApiReply *reply =
        session->client()->send(Api::Deployments::forApplication(m_appUuid, skip, take)
                                    .withDecoder(&Models::DeploymentPage::decode));
    m_reply.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply, replace] {
        if (!m_reply.release(reply))
            return;
        const Api::ApiResult &result = reply->result();
        if (!result.ok()) {
            m_error = tr("The history could not be loaded: %1").arg(result.error.userMessage());
            emit changed();
            emit loaded(false);
            return;
        }
        m_error.clear();
        const auto page = result.value.value<Models::DeploymentPage>();
        m_total = page.count;
        if (replace) {
            m_loaded = page.deployments;
        } else {
            for (const Deployment &d : page.deployments) {
                const bool known =
                    std::any_of(m_loaded.cbegin(), m_loaded.cend(),
                                [&d](const Deployment &k) { return k.uuid == d.uuid; });
                if (!known)
                    m_loaded.append(d);
            }
        }
        m_model->apply(m_loaded);
        emit changed();
        emit loaded(true);
    });
    emit changed();
}

} // namespace Coolify::Controllers
