#include "models/deploymentlogmodel.h"

#include "api/workerpool.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace Coolify::Models {

DeploymentLogModel::DeploymentLogModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_parser(std::make_shared<DeploymentLogParser>())
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
    Q_ASSERT(!isParsing());
    const LogBatch batch = m_parser->parse(logsJson);
    apply(batch);
    return batch;
}

void DeploymentLogModel::feedInBackground(const QString &logsJson)
{
    if (isParsing()) {
        m_waiting = logsJson;
        return;
    }
    startParsing(logsJson);
}

void DeploymentLogModel::startParsing(const QString &logsJson)
{
    // The worker holds its own share of the parser: neither clear() nor destruction waits for it.
    auto *watcher = new QFutureWatcher<LogBatch>(this);
    m_running = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_running)
            return; // cleared meanwhile: the result belongs to the old parser
        m_running = nullptr;
        const LogBatch batch = watcher->result();
        apply(batch);
        emit fed(batch);
        if (m_waiting)
            startParsing(*std::exchange(m_waiting, std::nullopt));
    });
    watcher->setFuture(QtConcurrent::run(
        Api::workerPool(), [parser = m_parser, logsJson] { return parser->parse(logsJson); }));
}

void DeploymentLogModel::apply(const LogBatch &batch)
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
    m_log.apply(batch, hooks);
    if (m_log.droppedLines() != droppedBefore)
        emit droppedLinesChanged(m_log.droppedLines());
}

void DeploymentLogModel::clear()
{
    // A parse still running belongs to the old parser: it finishes unseen.
    m_running = nullptr;
    m_waiting.reset();
    m_parser = std::make_shared<DeploymentLogParser>();
    const bool hadDropped = m_log.droppedLines() > 0;
    beginResetModel();
    m_log.clear();
    endResetModel();
    if (hadDropped)
        emit droppedLinesChanged(0);
}

} // namespace Coolify::Models
