#include "models/deploymentsmodel.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

int DeploymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DeploymentsModel::statusOrder(Deployment::Status status)
{
    switch (status) {
    case Deployment::Status::Failed:
        return 0;
    case Deployment::Status::InProgress:
        return 1;
    case Deployment::Status::Queued:
        return 2;
    case Deployment::Status::Unknown:
        return 3;
    case Deployment::Status::Cancelled:
        return 4;
    case Deployment::Status::Finished:
        return 5;
    }
    return 3;
}

DeploymentsModel::DeploymentsModel(QObject *parent)
    : UuidTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &DeploymentsModel::tick);
    const auto update = [this] {
        updateTicking();
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, update);
    connect(this, &QAbstractItemModel::rowsRemoved, this, update);
    connect(this, &QAbstractItemModel::modelReset, this, update);
    connect(this, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles != QList<int>{Qt::DisplayRole, Roles::Sort}) // not our own tick
                    updateTicking();
            });
}

void DeploymentsModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    tick();
}

void DeploymentsModel::updateTicking()
{
    const bool active = std::any_of(rows().cbegin(), rows().cend(),
                                    [](const Deployment &d) { return d.isActive(); });
    if (active && !m_tick.isActive())
        m_tick.start();
    else if (!active)
        m_tick.stop();
}

void DeploymentsModel::tick()
{
    for (int row = 0; row < rowCount(); ++row) {
        if (at(row).isActive()) {
            const QModelIndex cell = index(row, Duration);
            emit dataChanged(cell, cell, {Qt::DisplayRole, Roles::Sort});
        }
    }
}

QHash<int, QByteArray> DeploymentsModel::roleNames() const
{
    return deploymentRoleNames();
}

QHash<int, QByteArray> DeploymentsModel::deploymentRoleNames()
{
    return Roles::namesWith({{DeploymentStatusRole, "deploymentStatus"},
                             {ApplicationIdRole, "applicationId"},
                             {ActiveRole, "active"}});
}

QVariant DeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deployment &d = at(index.row());
    switch (role) {
    case Roles::Uuid:
        return d.uuid;
    case Roles::Kind:
        return u"deployment"_s;
    case Roles::Transitional:
        return d.isActive();
    case DeploymentStatusRole:
        return int(d.status);
    case ApplicationIdRole:
        return d.applicationId;
    case ActiveRole:
        return d.isActive();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Roles::Sort:
        break;
    default:
        return {};
    }
    const bool sort = role == Roles::Sort;
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case Application:
        return d.applicationName;
    case Status:
        return sort ? QVariant(statusOrder(d.status)) : QVariant(d.statusText());
    case Commit:
        if (sort)
            return d.commit;
        if (tip)
            return d.commitMessage.isEmpty() ? d.commit : d.commit + u'\n' + d.commitMessage;
        return d.commitMessage.isEmpty()
            ? d.shortCommit()
            : tr("%1 %2").arg(d.shortCommit(), d.commitMessage.section(u'\n', 0, 0));
    case Trigger:
        return sort ? QVariant(int(d.trigger())) : QVariant(d.triggerText());
    case Started:
        if (sort)
            return d.createdAt;
        return d.createdAt.isValid()
            ? QLocale().toString(d.createdAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case Duration: {
        const std::optional<qint64> seconds = d.durationSeconds();
        if (sort && seconds)
            return *seconds;
        if (seconds)
            return Deployment::durationText(*seconds);
        if (!d.isActive())
            return sort ? QVariant(qint64(-1)) : QVariant(QString());
        // Still going: the time since it was queued, ticking (tick()).
        const qint64 elapsed =
            d.createdAt.isValid() ? qMax<qint64>(0, d.createdAt.secsTo(m_clock())) : -1;
        if (sort)
            return elapsed;
        if (elapsed < 0)
            return d.status == Deployment::Status::Queued ? tr("queued") : tr("running");
        return d.status == Deployment::Status::Queued
            ? tr("queued for %1").arg(Deployment::durationText(elapsed))
            : tr("running for %1").arg(Deployment::durationText(elapsed));
    }
    case Server:
        return d.serverName;
    default:
        return {};
    }
}

QVariant DeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Application:
        return tr("Application");
    case Status:
        return tr("Status");
    case Commit:
        return tr("Commit");
    case Trigger:
        return tr("Trigger");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Server:
        return tr("Server");
    default:
        return {};
    }
}

} // namespace Coolify::Models
