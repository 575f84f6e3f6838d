#include "controllers/deploymentwatch.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/deployments.h"
#include "models/fleet.h"
#include "models/fleetdeploymentsmodel.h"
#include "models/instancesession.h"

namespace Coolify::Controllers {

using Models::Deployment;

DeploymentWatch::DeploymentWatch(Models::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_active(new Models::FleetDeploymentsModel(fleet, this))
{
    connect(m_active, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { rowsLeaving(first, last); });
}

void DeploymentWatch::rowsLeaving(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const Models::FleetDeployment &gone = m_active->at(row);
        // A row also leaves when its instance is removed: nothing to tell then.
        if (m_fleet->indexOf(gone.instanceId) >= 0)
            resolve(gone.instanceId, gone.deployment);
    }
}

void DeploymentWatch::resolve(const QString &instanceId, const Deployment &seen)
{
    const QString key = instanceId + u'/' + seen.uuid;
    Models::InstanceSession *session = m_fleet->session(instanceId);
    if (!session || m_resolving.contains(key))
        return;
    m_resolving.insert(key);
    Api::ApiReply *reply = session->client()->send(
        Api::Deployments::get(seen.uuid).withDecoder(&Deployment::decodeOne).inBackground());
    connect(reply, &Api::ApiReply::finished, this, [this, reply, key, instanceId, seen] {
        m_resolving.remove(key);
        const Api::ApiResult &result = reply->result();
        Deployment ended = seen;
        if (result.ok()) {
            ended = result.value.value<Deployment>();
            if (ended.isActive())
                return; // left the list while still running (should not happen): not ended
        } else if (result.error.kind == Api::ErrorKind::NotFound
                   || result.error.kind == Api::ErrorKind::Cancelled) {
            return; // deleted together with its application: nothing to report
        } else {
            ended.status = Deployment::Status::Unknown;
            ended.statusRaw.clear();
        }
        emit deploymentEnded(instanceId, ended);
    });
}

} // namespace Coolify::Controllers
