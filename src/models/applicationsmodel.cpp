#include "models/applicationsmodel.h"

#include "api/resourcekind.h"
#include "models/roles.h"

#include <QLocale>
#include <QUrl>

namespace Coolify::Models {

namespace {
QString shortTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}
} // namespace

int ApplicationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplicationsModel::buildPackText(const QString &buildPack)
{
    if (buildPack == QLatin1String("nixpacks"))
        return tr("Nixpacks");
    if (buildPack == QLatin1String("railpack"))
        return tr("Railpack");
    if (buildPack == QLatin1String("static"))
        return tr("Static");
    if (buildPack == QLatin1String("dockerfile"))
        return tr("Dockerfile");
    if (buildPack == QLatin1String("dockercompose"))
        return tr("Docker Compose");
    if (buildPack == QLatin1String("dockerimage"))
        return tr("Docker image");
    return buildPack;
}

QHash<int, QByteArray> ApplicationsModel::roleNames() const
{
    return Roles::sharedNames();
}

QVariant ApplicationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Application &a = at(index.row());
    switch (role) {
    case Roles::Uuid:
        return a.uuid;
    case Roles::Kind:
        return Api::kindKey(Api::ResourceKind::Application);
    case Roles::StatusState:
        return int(a.status.state);
    case Roles::StatusHealth:
        return int(a.status.health);
    case Roles::Transitional:
        return a.status.isTransitional();
    case Roles::LastDeploymentFailed: {
        const Deployment *last = lastDeployment(a.uuid);
        return last && last->status == Deployment::Status::Failed;
    }
    case Roles::EnvironmentId:
        return a.environmentId;
    case Roles::Link:
        return a.fqdns.isEmpty() ? QVariant() : QVariant(QUrl(a.primaryFqdn()));
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
    case Name:
        return tip && !a.description.isEmpty() ? a.description : a.name;
    case Status:
        return sort ? QVariant(a.status.severity()) : QVariant(a.status.text());
    case Domains:
        if (tip)
            return a.fqdns.join(u'\n');
        if (sort || a.fqdns.size() <= 1)
            return a.primaryFqdn();
        return tr("%1 (+%2)").arg(a.primaryFqdn()).arg(a.fqdns.size() - 1);
    case BuildPack:
        return sort ? a.buildPack : buildPackText(a.buildPack);
    case Repository:
        return a.repositoryText();
    case Server:
        if (sort)
            return a.serverReachable ? (*a.serverReachable ? 2 : 0) : 1;
        return a.serverText();
    case LastDeployment:
        return lastDeploymentData(a, role);
    case Updated:
        return sort ? QVariant(a.updatedAt) : QVariant(shortTime(a.updatedAt));
    default:
        return {};
    }
}

QVariant ApplicationsModel::lastDeploymentData(const Application &a, int role) const
{
    const auto it = m_lastDeployments.constFind(a.uuid);
    if (it == m_lastDeployments.cend())
        return role == Roles::Sort ? QVariant(QDateTime()) : QVariant(QString());
    const Deployment &d = *it;
    if (role == Roles::Sort)
        return d.createdAt;
    if (role == Qt::ToolTipRole) {
        QString text = tr("%1 — %2").arg(d.statusText(), d.triggerText());
        if (!d.commitMessage.isEmpty())
            text += u'\n' + d.commitMessage;
        return text;
    }
    return d.createdAt.isValid() ? tr("%1, %2").arg(d.statusText(), shortTime(d.createdAt))
                                 : d.statusText();
}

QVariant ApplicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Domains:
        return tr("Domains");
    case BuildPack:
        return tr("Build pack");
    case Repository:
        return tr("Repository");
    case Server:
        return tr("Server");
    case LastDeployment:
        return tr("Last deployment");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

void ApplicationsModel::setLastDeployment(const QString &applicationUuid,
                                          const Deployment &deployment)
{
    const auto it = m_lastDeployments.constFind(applicationUuid);
    if (it != m_lastDeployments.cend() && *it == deployment)
        return;
    m_lastDeployments.insert(applicationUuid, deployment);
    const int row = rowOf(applicationUuid);
    if (row >= 0)
        emit dataChanged(index(row, LastDeployment), index(row, LastDeployment));
}

const Deployment *ApplicationsModel::lastDeployment(const QString &applicationUuid) const
{
    const auto it = m_lastDeployments.constFind(applicationUuid);
    return it == m_lastDeployments.cend() ? nullptr : &*it;
}

} // namespace Coolify::Models
