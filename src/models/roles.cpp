#include "models/roles.h"

#include <QAbstractItemModel>
#include <QStringListModel>

namespace Coolify::Models::Roles {

QHash<int, QByteArray> sharedNames()
{
    // Qt's defaults (display, decoration, edit, toolTip, …) as any model reports them.
    static const QHash<int, QByteArray> names = [] {
        QHash<int, QByteArray> all = QStringListModel().roleNames();
        all.insert(Uuid, "uuid");
        all.insert(Sort, "sort");
        all.insert(StatusState, "statusState");
        all.insert(StatusHealth, "statusHealth");
        all.insert(Kind, "kind");
        all.insert(InstanceId, "instanceId");
        all.insert(InstanceColor, "instanceColor");
        all.insert(EnvironmentId, "environmentId");
        all.insert(Link, "link");
        all.insert(Transitional, "transitional");
        all.insert(LastDeploymentFailed, "lastDeploymentFailed");
        return all;
    }();
    return names;
}

QHash<int, QByteArray> namesWith(std::initializer_list<std::pair<int, const char *>> own)
{
    QHash<int, QByteArray> names = sharedNames();
    for (const auto &[role, name] : own)
        names.insert(role, name);
    return names;
}

} // namespace Coolify::Models::Roles
