#include "models/resourcefilterproxy.h"

#include "models/resourcestatus.h"
#include "models/roles.h"

namespace Coolify::Models {

ResourceFilterProxy::ResourceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::Sort);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setRecursiveFilteringEnabled(true); // a matching child keeps its parent visible (trees)
    setDynamicSortFilter(true);
}

void ResourceFilterProxy::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void ResourceFilterProxy::setStatusGroup(StatusGroup group)
{
    if (m_status == group)
        return;
    m_status = group;
    invalidateRowsFilter();
}

void ResourceFilterProxy::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void ResourceFilterProxy::setInstanceId(const QString &id)
{
    if (m_instanceId == id)
        return;
    m_instanceId = id;
    invalidateRowsFilter();
}

void ResourceFilterProxy::setEnvironmentIds(const QSet<qint64> &ids)
{
    if (m_environmentIds == ids)
        return;
    m_environmentIds = ids;
    invalidateRowsFilter();
}

bool ResourceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && first.data(Roles::Kind).toString() != m_kind)
        return false;
    if (!m_instanceId.isEmpty() && first.data(Roles::InstanceId).toString() != m_instanceId)
        return false;
    if (!m_environmentIds.isEmpty()
        && !m_environmentIds.contains(first.data(Roles::EnvironmentId).toLongLong()))
        return false;
    if (m_status == StatusGroup::LastDeployFailed) {
        if (!first.data(Roles::LastDeploymentFailed).toBool())
            return false;
    } else if (m_status == StatusGroup::Busy) {
        // Something in flight: a resource starting or restarting, a queued action, a deployment
        // queued or in progress (deployments have no resource state, only this).
        if (!first.data(Roles::Transitional).toBool())
            return false;
    } else if (m_status != StatusGroup::All) {
        const QVariant stateValue = first.data(Roles::StatusState);
        if (!stateValue.isValid())
            return false;
        using State = ResourceStatus::State;
        const auto state = State(stateValue.toInt());
        const auto health = ResourceStatus::Health(first.data(Roles::StatusHealth).toInt());
        bool match = false;
        switch (m_status) {
        case StatusGroup::Running:
            match = state == State::Running;
            break;
        case StatusGroup::Stopped:
            match = state == State::Exited || state == State::Stopped;
            break;
        case StatusGroup::Problems:
            match = ResourceStatus::needsAttention(state, health);
            break;
        case StatusGroup::Busy:
        case StatusGroup::LastDeployFailed:
        case StatusGroup::All:
            match = true;
            break;
        }
        if (!match)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent)
                .data(Qt::DisplayRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Coolify::Models
