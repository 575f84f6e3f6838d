#include "models/deploymenthistorymodel.h"

using namespace Qt::StringLiterals;

namespace Coolify::Models {

DeploymentHistoryModel::DeploymentHistoryModel(QObject *parent)
    : DeploymentsModel(parent)
{
    // Rows arrive through apply(): the marks follow every change of rows or images.
    connect(this, &QAbstractItemModel::rowsInserted, this, &DeploymentHistoryModel::recompute);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &DeploymentHistoryModel::recompute);
    connect(this, &QAbstractItemModel::modelReset, this, &DeploymentHistoryModel::recompute);
    connect(this, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        // Changed rows span every column; the Duration ticks and our own Image updates do not.
        if (topLeft.column() == 0)
            recompute();
    });
}

void DeploymentHistoryModel::setImages(const RollbackImages &images)
{
    if (m_images == images)
        return;
    m_images = images;
    recompute();
}

void DeploymentHistoryModel::recompute()
{
    RollbackMarks marks = RollbackMarks::compute(rows(), m_images);
    if (marks.byDeployment == m_marks.byDeployment
        && marks.lastGoodCommit == m_marks.lastGoodCommit)
        return;
    m_marks = std::move(marks);
    if (rowCount() > 0)
        emit dataChanged(index(0, Image), index(rowCount() - 1, Image),
                         {Qt::DisplayRole, Qt::ToolTipRole, Roles::Sort, RollbackTagRole,
                          RunningImageRole, LastGoodRole});
}

int DeploymentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : HistoryColumnCount;
}

QHash<int, QByteArray> DeploymentHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = DeploymentsModel::roleNames();
    names.insert(RollbackTagRole, "rollbackTag");
    names.insert(RunningImageRole, "runningImage");
    names.insert(LastGoodRole, "lastGood");
    return names;
}

QVariant DeploymentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deployment &d = at(index.row());
    const RollbackMarks::Mark mark = m_marks.of(d.uuid);
    switch (role) {
    case RollbackTagRole:
        return mark.target ? d.commit : QString();
    case RunningImageRole:
        return mark.running;
    case LastGoodRole:
        return mark.lastGood;
    default:
        break;
    }
    if (index.column() != Image)
        return DeploymentsModel::data(index, role);
    switch (role) {
    case Roles::Sort:
        return (mark.running ? 4 : 0) + (mark.lastGood ? 2 : 0) + (mark.target ? 1 : 0);
    case Qt::DisplayRole: {
        QStringList parts;
        if (mark.running)
            parts << tr("Running now");
        else if (mark.target)
            parts << tr("Kept");
        if (mark.lastGood)
            parts << tr("Last good");
        return parts.join(tr(" · "));
    }
    case Qt::ToolTipRole:
        if (mark.running)
            return tr("The application runs the image this deployment built (%1).").arg(d.commit);
        if (mark.target)
            return tr("The server still keeps the image of %1: you can roll back to it.")
                .arg(d.commit);
        if (mark.lastGood)
            return tr("The newest successful build; its image is no longer kept.");
        return {};
    default:
        return DeploymentsModel::data(index, role);
    }
}

QVariant DeploymentHistoryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == Image)
        return tr("Image");
    return DeploymentsModel::headerData(section, orientation, role);
}

} // namespace Coolify::Models
