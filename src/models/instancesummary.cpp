#include "models/instancesummary.h"

#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/deploymentsmodel.h"
#include "models/instancedata.h"
#include "models/serversmodel.h"
#include "models/servicesmodel.h"

namespace Coolify::Models {

namespace {

template<typename Rows>
InstanceSummary::Counts count(Api::ResourceKind kind, const Rows &rows, const InstanceData *data,
                              QStringList *problemNames)
{
    InstanceSummary::Counts c;
    c.kind = kind;
    for (const auto &row : rows) {
        ++c.total;
        const ResourceStatus &status = row.status;
        if (status.state == ResourceStatus::State::Running)
            ++c.running;
        else if (status.state == ResourceStatus::State::Exited
                 || status.state == ResourceStatus::State::Stopped)
            ++c.stopped;
        if (status.needsAttention()) {
            ++c.problems;
            if (problemNames->size() < InstanceSummary::kMaxNames)
                problemNames->append(row.name);
        }
        if (status.isTransitional() || !data->pendingText(row.uuid, status.raw).isEmpty())
            ++c.busy;
    }
    return c;
}

QList<Service> topLevel(const ServicesModel *services)
{
    QList<Service> out;
    out.reserve(services->topCount());
    for (int row = 0; row < services->topCount(); ++row)
        out.append(services->item(row));
    return out;
}

} // namespace

InstanceSummary InstanceSummary::of(const InstanceData *data, const QDateTime &now)
{
    InstanceSummary s;
    if (!data)
        return s;
    s.loaded = data->hasData();
    s.kinds << count(Api::ResourceKind::Application, data->applications()->rows(), data,
                     &s.problemNames)
            << count(Api::ResourceKind::Database, data->databases()->rows(), data, &s.problemNames)
            << count(Api::ResourceKind::Service, topLevel(data->services()), data, &s.problemNames);
    s.deploymentsActive = data->activeDeployments()->rowCount();
    const QDateTime since = now.addSecs(-24 * 3600);
    for (const auto &app : data->applications()->rows()) {
        const auto last = data->lastDeployment(app.uuid);
        if (!last || last->status != Deployment::Status::Failed)
            continue;
        ++s.failedLastDeployment;
        const QDateTime when = last->finishedAt.isValid() ? last->finishedAt : last->updatedAt;
        if (when.isValid() && when >= since)
            ++s.failedDeployments24h;
    }
    for (const auto &server : data->servers()->rows()) {
        ++s.servers;
        if (!server.reachable) {
            ++s.serversUnreachable;
            if (s.unreachableServerNames.size() < kMaxNames)
                s.unreachableServerNames.append(server.name);
        }
    }
    return s;
}

} // namespace Coolify::Models
