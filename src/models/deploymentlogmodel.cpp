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
    return m_log.feed(
        logsJson,
        [this](qsizetype first, qsizetype count) {
            beginInsertRows({}, int(first), int(first + count - 1));
        },
        [this] { endInsertRows(); });
}

void DeploymentLogModel::clear()
{
    beginResetModel();
    m_log.clear();
    endResetModel();
}

} // namespace Coolify::Models
