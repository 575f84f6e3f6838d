#include "models/bulkprogressmodel.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

namespace {

QString keyOf(const QString &instanceId, const QString &resourceUuid)
{
    return instanceId + u'/' + resourceUuid;
}

} // namespace

BulkProgressModel::BulkProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BulkProgressModel::reset(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_index.clear();
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].changed = now;
        m_index.insert(keyOf(m_rows.at(i).instanceId, m_rows.at(i).resourceUuid), i);
    }
    endResetModel();
}

int BulkProgressModel::rowOf(const QString &instanceId, const QString &resourceUuid) const
{
    return m_index.value(keyOf(instanceId, resourceUuid), -1);
}

void BulkProgressModel::setState(int row, State state, const QString &message,
                                 const QString &deploymentUuid)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    if (r.state == state && r.message == message && r.deploymentUuid == deploymentUuid)
        return;
    if (r.state != state)
        r.changed = QDateTime::currentDateTime();
    r.state = state;
    r.message = message;
    r.deploymentUuid = deploymentUuid;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int BulkProgressModel::countIn(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const Row &r) { return r.state == state; }));
}

int BulkProgressModel::finishedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return isFinal(r.state); }));
}

bool BulkProgressModel::isFinal(State state)
{
    return state != State::Queued && state != State::Sent && state != State::Waiting;
}

bool BulkProgressModel::isSuccess(State state)
{
    return state == State::DeploymentStarted || state == State::AlreadyQueued
        || state == State::Accepted;
}

QString BulkProgressModel::stateText(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Sent:
        return tr("Sent");
    case State::Waiting:
        return tr("Waiting");
    case State::DeploymentStarted:
        return tr("Deployment started");
    case State::AlreadyQueued:
        return tr("Already queued");
    case State::Accepted:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Skipped:
        return tr("Skipped");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int BulkProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ResourceColumn:
            return row.name;
        case InstanceColumn:
            return row.instanceName;
        case EnvironmentColumn:
            return row.environment;
        case StateColumn:
            return row.message.isEmpty() ? stateText(row.state)
                                         : tr("%1: %2").arg(stateText(row.state), row.message);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !row.message.isEmpty())
            return row.message;
        break;
    case Qt::FontRole:
        if (index.column() == EnvironmentColumn && row.production) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case StateRole:
        return int(row.state);
    case DeploymentUuidRole:
        return row.deploymentUuid;
    case ProductionRole:
        return row.production;
    case Roles::Uuid:
        return row.resourceUuid;
    case Roles::InstanceId:
        return row.instanceId;
    case Roles::Kind:
        return Api::kindKey(row.kind);
    case Roles::Sort:
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant BulkProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResourceColumn:
        return tr("Resource");
    case InstanceColumn:
        return tr("Instance");
    case EnvironmentColumn:
        return tr("Project / environment");
    case StateColumn:
        return tr("Outcome");
    }
    return {};
}

QHash<int, QByteArray> BulkProgressModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(DeploymentUuidRole, "deploymentUuid");
    names.insert(ProductionRole, "production");
    names.insert(Roles::Uuid, "uuid");
    names.insert(Roles::InstanceId, "instanceId");
    names.insert(Roles::Kind, "kind");
    return names;
}

} // namespace Coolify::Models
