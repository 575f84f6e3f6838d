#pragma once

#include <Qt>

namespace Coolify::Models {

// Item roles shared by every resource model, so one proxy, one delegate and one table view serve
// applications, databases, services, servers, deployments and the fleet alike.
namespace Roles {
enum : int {
    Uuid = Qt::UserRole + 1, // QString
    Sort, // raw value to sort the column by
    StatusState, // int(ResourceStatus::State), for badges and the status filter
    StatusHealth, // int(ResourceStatus::Health)
    Kind, // QString: "application", "database", "service", "server", "deployment"
    InstanceId, // QString
    InstanceColor, // QColor
    EnvironmentId, // int, -1 when unknown
    Link, // QUrl to open (first domain)
    Transitional, // bool: starting, restarting, queued, in progress
    User = Qt::UserRole + 64, // models' own roles start here
};
} // namespace Roles

} // namespace Coolify::Models
