#include "models/deploymentsmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

int DeploymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DeploymentsModel::statusOrder(Deployment::Status status)
{
    switch (status) {
    case Deployment::Status::Failed:
        return 0;
    case Deployment::Status::InProgress:
        return 1;
    case Deployment::Status::Queued:
        return 2;
    case Deployment::Status::Unknown:
        return 3;
    case Deployment::Status::Cancelled:
        return 4;
    case Deployment::Status::Finished:
        return 5;
    }
    return 3;
}

QHash<int, QByteArray> DeploymentsModel::roleNames() const
{
    return deploymentRoleNames();
}

QHash<int, QByteArray> DeploymentsModel::deploymentRoleNames()
{
    return Roles::namesWith({{DeploymentStatusRole, "deploymentStatus"},
                             {ApplicationIdRole, "applicationId"},
                             {ActiveRole, "active"}});
}

QVariant DeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deployment &d = at(index.row());
    switch (role) {
    case Roles::Uuid:
        return d.uuid;
    case Roles::Kind:
        return u"deployment"_s;
    case Roles::Transitional:
        return d.isActive();
    case DeploymentStatusRole:
        return int(d.status);
    case ApplicationIdRole:
        return d.applicationId;
    case ActiveRole:
        return d.isActive();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Roles::Sort:
        break;
    default:
        return {};
    }
    const bool sort = role == Roles::Sort;
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case Application:
        return d.applicationName;
    case Status:
        return sort ? QVariant(statusOrder(d.status)) : QVariant(d.statusText());
    case Commit:
        if (sort)
            return d.commit;
        if (tip)
            return d.commitMessage.isEmpty() ? d.commit : d.commit + u'\n' + d.commitMessage;
        return d.commitMessage.isEmpty()
            ? d.shortCommit()
            : tr("%1 %2").arg(d.shortCommit(), d.commitMessage.section(u'\n', 0, 0));
    case Trigger:
        return sort ? QVariant(int(d.trigger())) : QVariant(d.triggerText());
    case Started:
        if (sort)
            return d.createdAt;
        return d.createdAt.isValid()
            ? QLocale().toString(d.createdAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case Duration: {
        const std::optional<qint64> seconds = d.durationSeconds();
        if (sort)
            return seconds ? QVariant(*seconds) : QVariant(qint64(-1));
        if (seconds)
            return Deployment::durationText(*seconds);
        return d.isActive() ? tr("running") : QString();
    }
    case Server:
        return d.serverName;
    default:
        return {};
    }
}

QVariant DeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Application:
        return tr("Application");
    case Status:
        return tr("Status");
    case Commit:
        return tr("Commit");
    case Trigger:
        return tr("Trigger");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Server:
        return tr("Server");
    default:
        return {};
    }
}

} // namespace Coolify::Models
