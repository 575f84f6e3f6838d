#include "controllers/lifecyclecontroller.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/resourcestatus.h"

#include <QJsonObject>

namespace Coolify::Controllers {

using Api::Ability;
using Api::ResourceKind;

LifecycleController::LifecycleController(Models::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
{ }

QString LifecycleController::accessReason(Api::Ability ability,
                                          const QList<ResourceRef> &refs) const
{
    if (refs.isEmpty())
        return tr("Select a resource first.");
    for (const ResourceRef &ref : refs) {
        const Models::InstanceSession *session = m_fleet->session(ref.instanceId);
        if (!session)
            return tr("The instance is gone.");
        if (session->abilities().isKnownMissing(ability))
            return tr("%1: %2").arg(ref.name, session->abilities().missingReason(ability));
    }
    return {};
}

QString LifecycleController::unavailableReason(Operation operation,
                                               const QList<ResourceRef> &refs) const
{
    if (operation == Operation::Remove && refs.size() > 1)
        return tr("Select exactly one resource.");
    const Ability ability = operation == Operation::Remove ? Ability::Write : Ability::Deploy;
    if (QString reason = accessReason(ability, refs); !reason.isEmpty())
        return reason;
    for (const ResourceRef &ref : refs) {
        if (operation == Operation::Remove && ref.kind == ResourceKind::Service)
            return tr("Services are deleted in Coolify's web interface.");
        // Only what makes sense for the status, as Coolify's web UI offers it: starting a running
        // application would quietly start a new deployment. An unknown status allows all.
        const Models::ResourceStatus status = Models::ResourceStatus::parse(ref.status);
        const bool stopped = status.state == Models::ResourceStatus::State::Exited
            || status.state == Models::ResourceStatus::State::Stopped;
        if (operation == Operation::Start && (status.isRunning() || status.isTransitional()))
            return tr("%1 is already running: restart or redeploy it instead.").arg(ref.name);
        if ((operation == Operation::Stop || operation == Operation::Restart) && stopped)
            return tr("%1 is not running: start it instead.").arg(ref.name);
    }
    return {};
}

void LifecycleController::run(Operation operation, const QList<ResourceRef> &refs,
                              const Api::Resources::DeleteOptions &options)
{
    if (!unavailableReason(operation, refs).isEmpty())
        return;
    for (const ResourceRef &ref : refs)
        send(operation, ref, options);
}

Api::ApiRequest LifecycleController::request(Operation operation, const ResourceRef &ref,
                                             const Api::Resources::DeleteOptions &options)
{
    switch (operation) {
    case Operation::Start:
        return Api::Resources::start(ref.kind, ref.uuid);
    case Operation::Stop:
        return Api::Resources::stop(ref.kind, ref.uuid);
    case Operation::Restart:
        return Api::Resources::restart(ref.kind, ref.uuid);
    case Operation::Remove:
        break;
    }
    return Api::Resources::remove(ref.kind, ref.uuid, options);
}

QString LifecycleController::pendingText(Operation operation)
{
    switch (operation) {
    case Operation::Start:
        return tr("Start requested…");
    case Operation::Stop:
        return tr("Stop requested…");
    case Operation::Restart:
        return tr("Restart requested…");
    case Operation::Remove:
        break;
    }
    return tr("Deletion requested…");
}

QString LifecycleController::failureText(const Api::ApiError &error)
{
    return error.kind == Api::ErrorKind::BadRequest && !error.serverMessage.isEmpty()
        ? error.serverMessage
        : error.userMessage();
}

void LifecycleController::send(Operation operation, const ResourceRef &ref,
                               const Api::Resources::DeleteOptions &options)
{
    Models::InstanceSession *session = m_fleet->session(ref.instanceId);
    if (!session)
        return;
    const Api::ApiRequest request = LifecycleController::request(operation, ref, options);
    const QString pending = pendingText(operation);
    ++m_pending;
    Api::ApiReply *reply = session->client()->send(request);
    connect(reply, &Api::ApiReply::finished, this, [this, reply, ref, operation, pending] {
        --m_pending;
        const Api::ApiResult &result = reply->result();
        if (result.error.kind == Api::ErrorKind::Cancelled)
            return;
        if (!result.ok()) {
            const QString why = failureText(result.error);
            emit message(operation == Operation::Remove
                             ? tr("%1 was not deleted: %2").arg(ref.name, why)
                             : tr("%1: %2").arg(ref.name, why));
            emit finished(ref, operation, false);
            return;
        }
        if (Models::InstanceData *data = m_fleet->data(ref.instanceId))
            data->markPending(ref.uuid, pending, ref.status);
        if (operation == Operation::Remove) {
            emit message(tr("Deletion of %1 requested.").arg(ref.name));
        } else {
            const QString said = result.json.object().value(QLatin1String("message")).toString();
            emit message(tr("%1: %2").arg(ref.name, said.isEmpty() ? pending : said));
        }
        emit finished(ref, operation, true);
    });
}

} // namespace Coolify::Controllers
