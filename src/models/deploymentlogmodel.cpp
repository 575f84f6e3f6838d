#include "models/deploymentlogmodel.h"

#include <QDateTime>

namespace Coolify::Models {

DeploymentLogModel::DeploymentLogModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DeploymentLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_log.size());
}

QHash<int, QByteArray> DeploymentLogModel::roleNames() const
{
    return Roles::namesWith({{TextRole, "text"},
                             {TypeRole, "type"},
                             {StderrRole, "stderr"},
                             {HiddenRole, "hidden"},
                             {TimestampRole, "timestamp"},
                             {CommandRole, "command"},
                             {OrderRole, "order"},
                             {ContinuationRole, "continuation"}});
}

QVariant DeploymentLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine &l = m_log.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return l.text;
    case TypeRole:
        return int(l.type);
    case StderrRole:
        return l.type == LogLine::Type::Stderr;
    case HiddenRole:
        return l.hidden;
    case TimestampRole:
        return l.timestampMs > 0 ? QDateTime::fromMSecsSinceEpoch(l.timestampMs, Qt::UTC)
                                 : QDateTime();
    case CommandRole:
        return l.command;
    case OrderRole:
        return l.order;
    case ContinuationRole:
        return l.continuation;
    default:
        return {};
    }
}

DeploymentLog::Batch DeploymentLogModel::feed(const QString &logsJson)
{
    const qsizetype droppedBefore = m_log.droppedLines();
    DeploymentLog::Hooks hooks;
    hooks.aboutToInsert = [this](qsizetype first, qsizetype count) {
        beginInsertRows({}, int(first), int(first + count - 1));
    };
    hooks.inserted = [this] {
        endInsertRows();
    };
    hooks.aboutToDropOldest = [this](qsizetype count) {
        beginRemoveRows({}, 0, int(count - 1));
    };
    hooks.droppedOldest = [this] {
        endRemoveRows();
    };
    DeploymentLog::Batch batch = m_log.feed(logsJson, hooks);
    if (m_log.droppedLines() != droppedBefore)
        emit droppedLinesChanged(m_log.droppedLines());
    return batch;
}

void DeploymentLogModel::clear()
{
    const bool hadDropped = m_log.droppedLines() > 0;
    beginResetModel();
    m_log.clear();
    endResetModel();
    if (hadDropped)
        emit droppedLinesChanged(0);
}

} // namespace Coolify::Models
