#pragma once

#include "controllers/pendingreply.h"

#include <QObject>
#include <QString>

namespace Coolify::Api {
class ApiClient;
struct ApiResult;
} // namespace Coolify::Api

namespace Coolify::Controllers {

// Cancels one deployment (POST /deployments/{uuid}/cancel, coolify-api.md §4) and says in words
// what came of it: cancelled; too late ("its status is already Finished", from the 400's
// "Current status: …"); the token lacks `deploy`; the deployment is on a server outside the
// team; it no longer exists. One request at a time: a second cancel() while one is out is
// ignored, so a double click sends one POST.
//
//     auto *canceller = new DeploymentCanceller(client, deploymentUuid, this);
//     connect(canceller, &DeploymentCanceller::finished, this, &View::showCancelOutcome);
//     canceller->cancel();
class DeploymentCanceller : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        bool missingAbility = false; // the token turned out to lack `deploy`
        QString text; // translated sentence for the user
    };

    DeploymentCanceller(Api::ApiClient *client, const QString &deploymentUuid,
                        QObject *parent = nullptr);

    bool isCancelling() const { return m_reply.isActive(); }
    void cancel();

    // The sentence for an answer to the cancel request (pure).
    static Outcome describe(const Api::ApiResult &result);

signals:
    void busyChanged(bool cancelling);
    void finished(const Coolify::Controllers::DeploymentCanceller::Outcome &outcome);

private:
    Api::ApiClient *m_client;
    QString m_uuid;
    PendingReply m_reply;
};

} // namespace Coolify::Controllers
