#pragma once

#include "api/resourcekind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Coolify::Models {

class InstanceData;

// One instance at a glance, from what its InstanceData holds (no request of its own): how many
// applications, databases and services, how many of each run, are stopped, need attention or
// are busy; deployments running now and applications whose last deployment failed in the last
// 24 hours; servers that are not reachable. The instance page shows it with each count a link
// into the matching filtered table.
struct InstanceSummary
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::InstanceSummary)

public:
    struct Counts
    {
        Api::ResourceKind kind = Api::ResourceKind::Application;
        int total = 0;
        int running = 0;
        int stopped = 0;
        int problems = 0; // ResourceStatus::needsAttention
        int busy = 0; // starting, restarting or with an action pending
        bool operator==(const Counts &) const = default;
    };

    QList<Counts> kinds; // applications, databases, services
    QStringList problemNames; // of the resources that need attention, at most kMaxNames
    int deploymentsActive = 0; // queued or in progress
    int failedLastDeployment = 0; // applications whose last deployment failed
    int failedDeployments24h = 0; // … of them, failed within the last 24 h
    int servers = 0;
    int serversUnreachable = 0;
    QStringList unreachableServerNames; // at most kMaxNames
    bool loaded = false; // the instance's lists have arrived at least once

    static constexpr int kMaxNames = 5;

    static InstanceSummary of(const InstanceData *data, const QDateTime &now);
    bool operator==(const InstanceSummary &) const = default;
};

} // namespace Coolify::Models
