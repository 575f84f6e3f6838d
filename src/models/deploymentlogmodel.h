#pragma once

#include "models/deploymentlog.h"
#include "models/roles.h"

#include <QAbstractListModel>

namespace Coolify::Models {

// A deployment's log as a flat list model: one row per display line (see LogLine), rows only
// ever inserted (appended, or a late entry put into its place), never rebuilt while following.
//
//     auto *model = new DeploymentLogModel(this);
//     model->feed(deployment.logs);          // every poll; only new entries become rows
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

    // Feeds the whole `logs` string of one poll; new lines become inserted rows.
    DeploymentLog::Batch feed(const QString &logsJson);
    void clear();
    const DeploymentLog &log() const { return m_log; }
    const LogLine &line(int row) const { return m_log.at(row); }
    // Older lines dropped to keep at most DeploymentLog::kMaxLines rows.
    qsizetype droppedLines() const { return m_log.droppedLines(); }

signals:
    void droppedLinesChanged(qsizetype dropped);

private:
    DeploymentLog m_log;
};

} // namespace Coolify::Models
