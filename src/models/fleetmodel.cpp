#include "models/fleetmodel.h"

#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/projectsmodel.h"
#include "models/roles.h"
#include "models/servicesmodel.h"

#include <QLocale>

namespace Coolify::Models {

FleetModel::FleetModel(QObject *parent)
    : UuidTableModel<FleetRow>(parent)
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &FleetModel::rebuildNow);
}

void FleetModel::addInstance(InstanceData *data)
{
    m_instances << data;
    connect(data, &InstanceData::changed, &m_rebuild, qOverload<>(&QTimer::start));
    connect(data->session(), &InstanceSession::changed, &m_rebuild, qOverload<>(&QTimer::start));
    m_rebuild.start();
}

void FleetModel::removeInstance(InstanceData *data)
{
    m_instances.removeAll(data);
    data->disconnect(this);
    rebuildNow();
}

void FleetModel::rebuildNow()
{
    m_rebuild.stop();
    QList<FleetRow> rows;
    for (const QPointer<InstanceData> &data : std::as_const(m_instances)) {
        if (data)
            rows += rowsOf(data);
    }
    apply(rows);
}

QList<FleetRow> FleetModel::rowsOf(const InstanceData *data)
{
    const auto &instance = data->session()->instance();
    const bool stale = data->isStale();
    // "Project / environment" per environment id, computed once instead of once per row.
    QHash<qint64, QString> environments;
    const ProjectsModel *projects = data->projects();
    for (int row = 0; row < projects->topCount(); ++row) {
        for (const Models::Environment &environment : projects->children(row))
            environments.insert(environment.id,
                                projects->item(row).name + QStringLiteral(" / ")
                                    + environment.name);
    }
    const auto base = [&](const QString &kind, const QString &uuid, qint64 environmentId) {
        FleetRow row;
        row.uuid = instance.id + u'/' + uuid;
        row.resourceUuid = uuid;
        row.instanceId = instance.id;
        row.instanceName = instance.name;
        row.instanceColor = instance.color;
        row.kind = kind;
        row.environmentId = environmentId;
        row.environment = environments.value(environmentId);
        row.stale = stale;
        return row;
    };
    QList<FleetRow> rows;
    rows.reserve(data->applications()->rowCount() + data->databases()->rowCount()
                 + data->services()->rowCount());
    for (const Application &app : data->applications()->rows()) {
        FleetRow row = base(QStringLiteral("application"), app.uuid, app.environmentId);
        row.name = app.name;
        row.type = app.buildPack;
        row.status = app.status;
        row.serverReachable = app.serverReachable.value_or(true);
        row.endpoint = app.fqdns.value(0);
        row.link = QUrl(row.endpoint);
        row.repository = app.gitRepository;
        row.updated = app.updatedAt;
        if (const auto last = data->lastDeployment(app.uuid)) {
            row.lastDeploymentAt = last->createdAt;
            row.lastDeployment = tr("%1 · %2").arg(
                last->statusText(),
                QLocale().toString(last->createdAt.toLocalTime(), QLocale::ShortFormat));
        }
        rows << row;
    }
    for (const Database &db : data->databases()->rows()) {
        FleetRow row = base(QStringLiteral("database"), db.uuid, db.environmentId);
        row.name = db.name;
        row.type = Database::typeName(db.type);
        row.status = db.status;
        row.serverReachable = db.serverReachable;
        if (db.isPublic && db.publicPort)
            row.endpoint = QStringLiteral("%1:%2").arg(instance.rootUrl.host()).arg(*db.publicPort);
        rows << row;
    }
    const ServicesModel *services = data->services();
    for (int r = 0; r < services->topCount(); ++r) {
        const Service &service = services->item(r);
        FleetRow row = base(QStringLiteral("service"), service.uuid, service.environmentId);
        row.name = service.name;
        row.type = service.serviceType;
        row.status = service.status;
        row.serverReachable = service.serverReachable;
        for (const ServiceComponent &app : services->children(r)) {
            if (app.kind == ServiceComponent::Kind::Application && !app.fqdn.isEmpty()) {
                row.endpoint = app.fqdn.section(u',', 0, 0);
                row.link = QUrl(row.endpoint);
                break;
            }
        }
        rows << row;
    }
    for (FleetRow &row : rows)
        row.pending = data->pendingText(row.resourceUuid, row.status.raw);
    return rows;
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("application"))
        return tr("Application");
    if (kind == QLatin1String("database"))
        return tr("Database");
    if (kind == QLatin1String("service"))
        return tr("Service");
    return kind;
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetRow &row = at(index.row());
    switch (role) {
    case Roles::Uuid:
        return row.resourceUuid;
    case Roles::Kind:
        return row.kind;
    case Roles::InstanceId:
        return row.instanceId;
    case Roles::InstanceColor:
        return row.instanceColor;
    case Roles::EnvironmentId:
        return row.environmentId;
    case Roles::StatusState:
        return index.column() == Status ? QVariant(int(row.status.state)) : QVariant();
    case Roles::StatusHealth:
        return int(row.status.health);
    case Roles::Transitional:
        return row.status.isTransitional() || !row.pending.isEmpty();
    case Roles::Link:
        return row.link;
    case Qt::ToolTipRole:
        if (index.column() == Status && row.stale)
            return tr("Last known state: the instance could not be refreshed.");
        if (index.column() == Status && !row.serverReachable)
            return tr("The server hosting it is unreachable.");
        break;
    case Qt::DisplayRole:
    case Roles::Sort:
        break;
    default:
        return {};
    }
    const bool sort = role == Roles::Sort;
    switch (index.column()) {
    case Instance:
        return row.instanceName;
    case Name:
        return row.name;
    case Kind:
        return kindText(row.kind);
    case Type:
        return row.type;
    case Status: {
        if (sort)
            return row.status.severity();
        QString text = row.pending.isEmpty() ? row.status.text() : row.pending;
        if (!row.serverReachable)
            text = tr("%1 — server unreachable").arg(text);
        if (row.stale)
            text = tr("%1 (last known)").arg(text);
        return text;
    }
    case Endpoint:
        return row.endpoint;
    case Environment:
        return row.environment;
    case LastDeployment:
        return sort ? QVariant(row.lastDeploymentAt) : QVariant(row.lastDeployment);
    case Updated:
        if (sort)
            return row.updated;
        return row.updated.isValid()
            ? QLocale().toString(row.updated.toLocalTime(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Instance:
        return tr("Instance");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Endpoint:
        return tr("Domain / endpoint");
    case Environment:
        return tr("Project / environment");
    case LastDeployment:
        return tr("Last deployment");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace Coolify::Models
