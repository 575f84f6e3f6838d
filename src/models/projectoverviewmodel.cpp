#include "models/projectoverviewmodel.h"

#include "models/fleetmodel.h"
#include "models/projectsmodel.h"

namespace Coolify::Models {

ProjectOverviewModel::Counts &ProjectOverviewModel::Counts::operator+=(const Counts &other)
{
    total += other.total;
    running += other.running;
    attention += other.attention;
    stopped += other.stopped;
    return *this;
}

ProjectOverviewModel::ProjectOverviewModel(ProjectsModel *projects, FleetModel *fleet,
                                           const QString &instanceId, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_fleet(fleet)
    , m_instanceId(instanceId)
{
    setSourceModel(projects);
    m_recount.setSingleShot(true);
    m_recount.setInterval(0); // once per event-loop turn, however many rows changed
    connect(&m_recount, &QTimer::timeout, this, &ProjectOverviewModel::recount);
    const auto later = [this] {
        m_recount.start();
    };
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(fleet), static_cast<QAbstractItemModel *>(projects)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::rowsRemoved, this, later);
        connect(model, &QAbstractItemModel::modelReset, this, later);
    }
    connect(fleet, &QAbstractItemModel::dataChanged, this, later);
    recount();
}

void ProjectOverviewModel::recount()
{
    QHash<qint64, Counts> counts;
    for (const FleetRow &row : m_fleet->rows()) {
        if (row.instanceId != m_instanceId)
            continue;
        Counts &c = counts[row.environmentId];
        ++c.total;
        if (row.status.needsAttention())
            ++c.attention;
        else if (row.status.isRunning())
            ++c.running;
        else if (row.status.state == ResourceStatus::State::Exited
                 || row.status.state == ResourceStatus::State::Stopped)
            ++c.stopped;
    }
    if (counts == m_byEnvironment)
        return;
    m_byEnvironment = std::move(counts);
    const int projects = rowCount();
    if (projects == 0)
        return;
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Roles::Sort, TotalRole,
                           RunningRole,     AttentionRole,   StoppedRole};
    emit dataChanged(index(0, Resources), index(projects - 1, Resources), roles);
    for (int row = 0; row < projects; ++row) {
        const QModelIndex project = index(row, 0);
        if (const int environments = rowCount(project))
            emit dataChanged(index(0, Resources, project),
                             index(environments - 1, Resources, project), roles);
    }
}

ProjectOverviewModel::Counts ProjectOverviewModel::countsFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const QModelIndex first = index.siblingAtColumn(0);
    if (first.parent().isValid())
        return m_byEnvironment.value(first.data(ProjectsModel::IdRole).toLongLong());
    Counts sum;
    for (int row = 0; row < rowCount(first); ++row)
        sum += m_byEnvironment.value(
            this->index(row, 0, first).data(ProjectsModel::IdRole).toLongLong());
    return sum;
}

QVariant ProjectOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role >= TotalRole && role <= StoppedRole) {
        const Counts c = countsFor(index);
        return role == TotalRole    ? c.total
            : role == RunningRole   ? c.running
            : role == AttentionRole ? c.attention
                                    : c.stopped;
    }
    if (index.column() != Resources)
        return QIdentityProxyModel::data(index, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Roles::Sort)
        return QIdentityProxyModel::data(index, role); // uuid, kind, … as on every column
    const Counts c = countsFor(index);
    if (role == Roles::Sort)
        return c.total;
    if (c.total == 0)
        return tr("empty");
    QStringList parts;
    if (c.running)
        parts << tr("%n running", nullptr, c.running);
    if (c.attention)
        parts << tr("%n need(s) attention", nullptr, c.attention);
    if (c.stopped)
        parts << tr("%n stopped", nullptr, c.stopped);
    if (const int other = c.total - c.running - c.attention - c.stopped)
        parts << tr("%n other", nullptr, other);
    return tr("%1 — %2").arg(c.total).arg(parts.join(tr(", ")));
}

QVariant ProjectOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == Resources)
        return tr("Resources");
    return QIdentityProxyModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> ProjectOverviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QIdentityProxyModel::roleNames();
    names.insert(TotalRole, "total");
    names.insert(RunningRole, "running");
    names.insert(AttentionRole, "attention");
    names.insert(StoppedRole, "stopped");
    return names;
}

} // namespace Coolify::Models
