#pragma once

#include <QByteArray>
#include <QHash>
#include <Qt>

namespace Coolify::Models {

// Item roles. Every model answers the shared roles it has data for, with the meaning given here,
// so one proxy (ResourceFilterProxy), one delegate and one table view serve applications,
// databases, services, servers, deployments and the fleet alike. A model's own roles start at
// FirstModelRole and are declared in the model (enum Role { XRole = Roles::FirstModelRole, … });
// they never reuse a shared number. roleNames() of every model lists both (tst_roles checks it).
namespace Roles {
enum : int {
    Uuid = Qt::UserRole + 1, // QString
    Sort, // raw value to sort the column by
    StatusState, // int(ResourceStatus::State), for badges and the status filter
    StatusHealth, // int(ResourceStatus::Health)
    Kind, // QString: Api::kindKey() of the row ("application", …), "server", "deployment"
    InstanceId, // QString
    InstanceColor, // QColor
    EnvironmentId, // qint64, -1 when unknown
    Link, // QUrl to open (first domain)
    Transitional, // bool: starting, restarting, queued, in progress
    LastDeploymentFailed, // bool: an application whose newest deployment failed
    SharedEnd, // one past the last shared role
    FirstModelRole = Qt::UserRole + 64, // models' own roles start here
};

// Qt's default role names plus the shared ones above ("uuid", "sort", …), for roleNames().
QHash<int, QByteArray> sharedNames();
// sharedNames() plus a model's own roles.
QHash<int, QByteArray> namesWith(std::initializer_list<std::pair<int, const char *>> own);
} // namespace Roles

} // namespace Coolify::Models
