#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Coolify::Sandbox {

using namespace Qt::StringLiterals;

class SandboxState;

// Moves deployments queued -> in_progress -> finished|failed, one phase per step, appending
// log entries in the ApplicationDeploymentQueue format (coolify-api.md §4). Also applies the
// delayed status changes of start/stop/restart actions.
class DeploymentSimulator : public QObject
{
    Q_OBJECT
public:
    DeploymentSimulator(SandboxState &state, int stepMs, int queueLimit, QObject *parent = nullptr);

    enum class Outcome { Queued, AlreadyQueued, QueueFull };
    struct Result
    {
        Outcome outcome = Outcome::Queued;
        QString deploymentUuid; // phantom (never stored) for AlreadyQueued and QueueFull
    };
    // Queues a deployment of the application at state.applications[index].
    Result queue(qsizetype appIndex, bool force, bool restartOnly, bool checkQueueLimit);
    // Queues a rollback to `commit` (an image tag or git ref): never "already queued", every
    // call makes a deployment (coolify-api.md §10).
    Result queueRollback(qsizetype appIndex, const QString &commit);
    bool queueFull(qint64 serverId) const;
    // Cancels a queued/in-progress deployment; false when it is not cancellable.
    bool cancel(qsizetype deploymentIndex);

    enum class Table { Applications, Databases, Services, BackupExecutions };
    // Sets `status` on the row after one step (start/stop/restart are asynchronous).
    void scheduleStatus(Table table, const QString &uuid, const QString &status);
    // Replaces the row with row's uuid by `row` after one step (a backup that ends).
    void scheduleRow(Table table, const QJsonObject &row);

    static QString logsString(const QJsonObject &deployment);
    int stepMs() const { return m_stepMs; }

private:
    QString append(qsizetype appIndex, const QString &commit, bool force, bool restartOnly,
                   bool rollback);
    void recordImage(QJsonObject &app, QJsonObject &row);
    void tick();
    void advance(qsizetype index);
    void appendLog(QJsonObject &row, const QString &output, const QString &type = u"stdout"_s,
                   const QJsonValue &command = QJsonValue(QJsonValue::Null), bool hidden = false);
    void touchRow(qsizetype index, const QJsonObject &row);
    bool hasActive() const;
    QString buildArguments(const QString &appUuid) const;

    SandboxState &m_state;
    int m_stepMs;
    int m_queueLimit;
    QTimer m_timer;
};

} // namespace Coolify::Sandbox
