#pragma once

#include "controllers/lifecyclecontroller.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Controllers {

// What one bulk run does to every resource it covers.
enum class BulkAction { Deploy, ForceDeploy, Restart, Stop, Start };

// The blast radius of one bulk action, before anything is sent: which of the selected resources
// it runs on (grouped by instance, with their environments, production called out) and which it
// leaves out and why. Built from the fleet's current state; a value the confirmation shows and
// BulkRun executes.
//
//     const BulkPlan plan = BulkPlan::make(fleet, BulkAction::Restart, selectedRefs);
//     if (!plan.blockedReason.isEmpty()) { action->setToolTip(plan.blockedReason); return; }
//     if (confirm(plan)) run->start(plan);
struct BulkPlan
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlan)

public:
    struct Item
    {
        ResourceRef ref;
        QString instanceName;
        QString environment; // "Project / environment", empty while unknown
        bool production = false;
        QString excludedReason; // empty: the action runs on it
        bool included() const { return excludedReason.isEmpty(); }
    };

    struct Group
    {
        QString instanceId;
        QString instanceName;
        QStringList environments; // of its included items, in first-seen order
        int count = 0; // included items
        int production = 0; // included items in production
    };

    BulkAction action = BulkAction::Deploy;
    // Deploy by this Coolify tag (`POST /deploy?tag=`, one request per instance) instead of by
    // uuid; `items` are the applications the tag had when the plan was made. Services carrying
    // the tag are started by Coolify as well; tagged databases are ignored by it.
    QString tag;
    // Instances the plan could not ask (a tag lookup that failed): "EU: Connection refused".
    QStringList unreachable;
    QList<Item> items; // in selection order, duplicates removed
    // Non-empty when the action does not fit the selection at all: a resource's kind or state
    // does not allow it ("Only applications can be deployed.", "shop is not running: start it
    // instead."), or no selected resource may be acted on (then the first item's reason).
    QString blockedReason;

    // The plan for `action` on `refs`. A resource whose instance is gone or whose token lacks
    // the `deploy` permission is excluded with the reason; it never blocks the others.
    static BulkPlan make(Models::Fleet *fleet, BulkAction action, const QList<ResourceRef> &refs);
    // make(…).blockedReason without building the plan: cheap enough for every selection change.
    static QString unavailableReason(Models::Fleet *fleet, BulkAction action,
                                     const QList<ResourceRef> &refs);
    // The plan to deploy (force: without cache) the applications `refs` that carry `tag`.
    static BulkPlan forTag(Models::Fleet *fleet, const QString &tag, const QList<ResourceRef> &refs,
                           bool force);

    QList<Item> included() const;
    QList<Item> excluded() const;
    int includedCount() const;
    int productionCount() const;
    QList<Group> groups() const; // instances with included items, in first-seen order
    // Stopping more than a few resources asks the user to type their count.
    bool needsTypedConfirmation() const;
    static constexpr int kTypedConfirmationAbove = 3;

    // "Restart", "Redeploy Without Cache", …
    static QString actionName(BulkAction action);
    // What happens to each resource, for the confirmation: "Each is stopped: its containers are
    // removed until it is started again."
    static QString consequence(BulkAction action);
    // Whether an environment counts as production (Coolify's default environment is
    // "production"; "prod", "prod-eu" and "Production" count too).
    static bool isProduction(const QString &environmentName);
};

} // namespace Coolify::Controllers
