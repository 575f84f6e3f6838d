#pragma once

#include "models/deploymentlog.h"
#include "models/roles.h"

#include <QAbstractListModel>
#include <QFutureWatcher>

#include <memory>
#include <optional>

namespace Coolify::Models {

// A deployment's log as a flat list model: one row per display line (see LogLine), rows only
// ever inserted (appended, or a late entry put into its place), never rebuilt while following.
//
// A big log is parsed on a worker thread (feedInBackground), so the UI never waits for it; only
// the new rows are applied on the model's thread.
//
//     auto *model = new DeploymentLogModel(this);
//     model->feedInBackground(deployment.logs);   // every poll; only new entries become rows
//     connect(model, &DeploymentLogModel::fed, this, &View::showProblem);
//     view->setModel(model);
class DeploymentLogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role : int {
        TextRole = Roles::FirstModelRole, // QString: the line (also Qt::DisplayRole)
        TypeRole, // int(LogLine::Type)
        StderrRole, // bool
        HiddenRole, // bool: an internal command's line
        TimestampRole, // QDateTime (UTC), invalid when absent
        CommandRole, // QString, empty when none
        OrderRole, // qint64
        ContinuationRole, // bool: not the first line of its entry
    };

    explicit DeploymentLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Feeds the whole `logs` string of one poll; new lines become inserted rows. Parses on the
    // calling thread: not while a background parse is running.
    DeploymentLog::Batch feed(const QString &logsJson);
    // The same, parsed on a worker thread; the rows are inserted (and fed() emitted) later on
    // this thread. A string given while one is being parsed waits, and a newer one replaces it:
    // only the newest poll matters.
    void feedInBackground(const QString &logsJson);
    bool isParsing() const { return m_running != nullptr; }
    // Forgets every line and what was parsed; a background parse still running is discarded.
    void clear();
    const DeploymentLog &log() const { return m_log; }
    const DeploymentLogParser &parser() const { return *m_parser; }
    const LogLine &line(int row) const { return m_log.at(row); }
    // Older lines dropped to keep at most DeploymentLog::kMaxLines rows.
    qsizetype droppedLines() const { return m_log.droppedLines(); }

signals:
    void droppedLinesChanged(qsizetype dropped);
    // A background parse was applied (or refused: batch.ok is false, nothing changed).
    void fed(const Coolify::Models::LogBatch &batch);

private:
    void apply(const LogBatch &batch);
    void startParsing(const QString &logsJson);

    DeploymentLog m_log; // the lines; parsing is m_parser's
    // Shared with a running worker, so neither clear() nor destruction has to wait for it.
    std::shared_ptr<DeploymentLogParser> m_parser;
    QFutureWatcher<LogBatch> *m_running = nullptr; // the parse whose result will be applied
    std::optional<QString> m_waiting; // the newest string given while parsing
};

} // namespace Coolify::Models
