#pragma once

#include "api/abilities.h"
#include "api/apierror.h"
#include "api/families/resources.h"
#include "api/resourcekind.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Controllers {

// One selected resource of one instance, as the views hand it to controllers.
struct ResourceRef
{
    QString instanceId;
    Api::ResourceKind kind = Api::ResourceKind::Application;
    QString uuid;
    QString name;
    QString status; // raw status string when selected (for "pending until it moves")
};

// Start, stop, restart and delete of applications, databases and services (coolify-api.md §5,
// §13): which of them the selection and the token allow (with the reason when not), sending
// them through each instance's client, and saying in words what happened. A request that was
// accepted marks its row pending until the status moves (InstanceData::markPending).
//
//     auto *lifecycle = new LifecycleController(fleet, this);
//     action->setEnabled(lifecycle->unavailableReason(Operation::Stop, refs).isEmpty());
//     lifecycle->run(Operation::Stop, refs);
class LifecycleController : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Start, Stop, Restart, Remove };
    Q_ENUM(Operation)
    using DeleteOptions = Api::Resources::DeleteOptions;

    explicit LifecycleController(Models::Fleet *fleet, QObject *parent = nullptr);

    // Empty when `operation` may run on every ref; else a sentence saying why not ("Select a
    // resource first.", "shop: The token lacks the “deploy” permission.", "shop is already
    // running: restart or redeploy it instead.").
    QString unavailableReason(Operation operation, const QList<ResourceRef> &refs) const;
    // The part of it that is about access: a selection, live instances, and `ability` on each.
    QString accessReason(Api::Ability ability, const QList<ResourceRef> &refs) const;
    // Sends one request per ref (Remove: exactly one ref, with `options`).
    void run(Operation operation, const QList<ResourceRef> &refs,
             const Api::Resources::DeleteOptions &options = {});
    int pendingRequests() const { return m_pending; }

    // What run() sends for `operation` on `ref` (Remove with `options`).
    static Api::ApiRequest request(Operation operation, const ResourceRef &ref,
                                   const Api::Resources::DeleteOptions &options = {});
    // Shown on the row until its status moves: "Restart requested…".
    static QString pendingText(Operation operation);
    // Why a lifecycle request failed: a 400's own sentence ("Database is already running."),
    // otherwise the error in words.
    static QString failureText(const Api::ApiError &error);

signals:
    // A sentence for the status bar: what was queued, or what went wrong and why.
    void message(const QString &text);
    // One per ref after its answer arrived.
    void finished(const Coolify::Controllers::ResourceRef &ref,
                  Coolify::Controllers::LifecycleController::Operation operation, bool ok);

private:
    void send(Operation operation, const ResourceRef &ref,
              const Api::Resources::DeleteOptions &options);

    Models::Fleet *m_fleet;
    int m_pending = 0;
};

} // namespace Coolify::Controllers
