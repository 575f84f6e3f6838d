#include "controllers/deploymentcanceller.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/deployments.h"
#include "models/deployment.h"

namespace Coolify::Controllers {

using Api::ErrorKind;

DeploymentCanceller::DeploymentCanceller(Api::ApiClient *client, const QString &deploymentUuid,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_uuid(deploymentUuid)
{ }

void DeploymentCanceller::cancel()
{
    if (isCancelling())
        return;
    Api::ApiReply *reply = m_client->send(Api::Deployments::cancel(m_uuid));
    m_reply.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (!m_reply.release(reply))
            return;
        emit busyChanged(false);
        emit finished(describe(reply->result()));
    });
    emit busyChanged(true);
}

DeploymentCanceller::Outcome DeploymentCanceller::describe(const Api::ApiResult &result)
{
    Outcome outcome;
    const QString server = result.error.serverMessage;
    if (result.ok()) {
        outcome.ok = true;
        outcome.text = tr("Deployment cancelled.");
    } else if (result.httpStatus == 400 || result.error.kind == ErrorKind::BadRequest) {
        static const QLatin1String kCurrent("Current status: ");
        const qsizetype at = server.indexOf(kCurrent);
        QString status;
        if (at >= 0) {
            Models::Deployment current;
            current.statusRaw = server.mid(at + kCurrent.size()).trimmed();
            current.status = Models::Deployment::parseStatus(current.statusRaw);
            status = current.statusText();
        }
        outcome.text = status.isEmpty()
            ? tr("The deployment cannot be cancelled: %1").arg(server)
            : tr("The deployment cannot be cancelled any more: its status is already \"%1\".")
                  .arg(status);
    } else if (result.error.kind == ErrorKind::Forbidden) {
        if (result.error.forbiddenCause == Api::ForbiddenCause::MissingAbility) {
            outcome.missingAbility = true;
            outcome.text = tr("This token may not cancel deployments: it lacks the \"%1\" ability.")
                               .arg(result.error.missingAbility);
        } else {
            outcome.text =
                tr("You do not have permission to cancel this deployment (it does not run on "
                   "one of your team's servers). The server said: %1")
                    .arg(server.isEmpty() ? result.error.userMessage() : server);
        }
    } else if (result.error.kind == ErrorKind::NotFound) {
        outcome.text =
            tr("The deployment no longer exists on the server, so it cannot be cancelled.");
    } else {
        outcome.text = tr("Could not cancel the deployment: %1").arg(result.error.userMessage());
    }
    return outcome;
}

} // namespace Coolify::Controllers
