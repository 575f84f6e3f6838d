#pragma once

#include "api/resourcekind.h"
#include "models/roles.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Coolify::Models {

// One row per resource of a bulk run (Controllers::BulkRun): where its request stands and, at
// the end, what happened to it — in words, with the deployment to follow where there is one.
class BulkProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ResourceColumn, InstanceColumn, EnvironmentColumn, StateColumn, ColumnCount };
    enum class State {
        Queued, // waiting for its turn (the instance's pace, its other requests)
        Sent, // the request is on its way
        Waiting, // the server asked to wait (rate limit, deployment queue full): sent again later
        DeploymentStarted, // a deployment was queued: deploymentUuid
        AlreadyQueued, // a deployment of the same commit was already queued or running
        Accepted, // done without a deployment to follow (stop, a service started, …)
        Failed, // with the reason in `message`
        Skipped, // never sent: excluded by the plan (reason in `message`)
        Cancelled, // never sent: the user cancelled the run
    };
    Q_ENUM(State)
    enum Role {
        StateRole = Roles::FirstModelRole, // int(State)
        DeploymentUuidRole, // QString, empty without one
        ProductionRole, // bool
    };

    struct Row
    {
        QString instanceId;
        QString instanceName;
        Api::ResourceKind kind = Api::ResourceKind::Application;
        QString resourceUuid;
        QString name;
        QString environment;
        bool production = false;
        QString statusBefore; // raw status when the run began (for "pending until it moves")
        State state = State::Queued;
        QString message; // the reason, the server's sentence, or "retrying at 14:03:10"
        QString deploymentUuid;
        QDateTime changed; // when `state` last changed
    };

    explicit BulkProgressModel(QObject *parent = nullptr);

    void reset(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int index) const { return m_rows.at(index); }
    int rowOf(const QString &instanceId, const QString &resourceUuid) const;
    void setState(int row, State state, const QString &message = {},
                  const QString &deploymentUuid = {});

    int countIn(State state) const;
    // Rows whose outcome is known (nothing more will happen to them).
    int finishedCount() const;
    static bool isFinal(State state);
    static bool isSuccess(State state);
    static QString stateText(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Row> m_rows;
    QHash<QString, int> m_index; // "<instance id>/<resource uuid>" → row
};

} // namespace Coolify::Models
