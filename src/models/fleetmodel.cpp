#include "models/fleetmodel.h"

#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/projectsmodel.h"
#include "models/roles.h"
#include "models/servicesmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

namespace {
using Api::ResourceKind;
constexpr ResourceKind kApplication = ResourceKind::Application;
constexpr ResourceKind kDatabase = ResourceKind::Database;
constexpr ResourceKind kService = ResourceKind::Service;

// What every row of one instance carries: built once per instance, not once per row.
struct RowContext
{
    const InstanceData *data = nullptr;
    QString instanceId;
    QString instanceName;
    QColor color;
    QString host;
    bool stale = false;
    QHash<qint64, QString> environments; // id → "Project / environment"

    static RowContext of(const InstanceData *data)
    {
        const auto &instance = data->session()->instance();
        RowContext context{data,
                           instance.id,
                           instance.name,
                           instance.color,
                           instance.rootUrl.host(),
                           data->isStale(),
                           {}};
        const ProjectsModel *projects = data->projects();
        for (int row = 0; row < projects->topCount(); ++row) {
            for (const Environment &environment : projects->children(row))
                context.environments.insert(environment.id,
                                            projects->item(row).name + u" / "_s + environment.name);
        }
        return context;
    }
    bool sameRowsAs(const RowContext &other) const
    {
        return instanceName == other.instanceName && color == other.color && host == other.host
            && stale == other.stale && environments == other.environments;
    }

    FleetRow row(ResourceKind kind, const QString &uuid, qint64 environmentId) const
    {
        FleetRow row;
        row.uuid = instanceId + u'/' + uuid;
        row.resourceUuid = uuid;
        row.instanceId = instanceId;
        row.instanceName = instanceName;
        row.instanceColor = color;
        row.kind = kind;
        row.environmentId = environmentId;
        row.environment = environments.value(environmentId);
        row.stale = stale;
        return row;
    }

    FleetRow application(const Application &app) const
    {
        FleetRow row = this->row(kApplication, app.uuid, app.environmentId);
        row.name = app.name;
        row.type = app.buildPack;
        row.status = app.status;
        row.serverReachable = app.serverReachable.value_or(true);
        row.endpoint = app.fqdns.value(0);
        row.repository = app.gitRepository;
        row.updated = app.updatedAt;
        if (const auto last = data->lastDeployment(app.uuid)) {
            row.lastDeploymentAt = last->createdAt;
            row.lastDeploymentFailed = last->status == Deployment::Status::Failed;
            row.lastDeployment = FleetModel::tr("%1 · %2").arg(
                last->statusText(),
                QLocale().toString(last->createdAt.toLocalTime(), QLocale::ShortFormat));
        }
        row.pending = data->pendingText(app.uuid, app.status.raw);
        return row;
    }

    FleetRow database(const Database &db) const
    {
        FleetRow row = this->row(kDatabase, db.uuid, db.environmentId);
        row.name = db.name;
        row.type = Database::typeName(db.type);
        row.status = db.status;
        row.serverReachable = db.serverReachable;
        if (db.isPublic && db.publicPort)
            row.endpoint = u"%1:%2"_s.arg(host).arg(*db.publicPort);
        row.pending = data->pendingText(db.uuid, db.status.raw);
        return row;
    }

    FleetRow service(int serviceRow) const
    {
        const ServicesModel *services = data->services();
        const Service &service = services->item(serviceRow);
        FleetRow row = this->row(kService, service.uuid, service.environmentId);
        row.name = service.name;
        row.type = service.serviceType;
        row.status = service.status;
        row.serverReachable = service.serverReachable;
        for (const ServiceComponent &app : services->children(serviceRow)) {
            if (app.kind == ServiceComponent::Kind::Application && !app.fqdn.isEmpty()) {
                row.endpoint = app.fqdn.section(u',', 0, 0);
                break;
            }
        }
        row.pending = data->pendingText(service.uuid, service.status.raw);
        return row;
    }

    QList<FleetRow> all() const
    {
        QList<FleetRow> rows;
        rows.reserve(data->applications()->rowCount() + data->databases()->rowCount()
                     + data->services()->topCount());
        for (const Application &app : data->applications()->rows())
            rows << application(app);
        for (const Database &db : data->databases()->rows())
            rows << database(db);
        for (int r = 0; r < data->services()->topCount(); ++r)
            rows << service(r);
        return rows;
    }
};
} // namespace

struct FleetModel::Source
{
    QPointer<InstanceData> data;
    RowContext context;
    bool rebuildPending = false;
};

FleetModel::FleetModel(QObject *parent)
    : UuidTableModel<FleetRow>(parent)
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &FleetModel::rebuildScheduled);
}

FleetModel::~FleetModel() = default;

FleetModel::Source *FleetModel::sourceOf(const InstanceData *data) const
{
    for (const auto &source : m_sources) {
        if (source->data == data)
            return source.get();
    }
    return nullptr;
}

void FleetModel::addInstance(InstanceData *data)
{
    if (sourceOf(data))
        return;
    m_sources.push_back(std::make_unique<Source>());
    Source *source = m_sources.back().get();
    source->data = data;
    source->context = RowContext::of(data);
    connectSource(source);
    rebuildInstance(source);
}

void FleetModel::connectSource(Source *source)
{
    InstanceData *data = source->data;
    // Applications and databases: flat tables, row for row.
    const auto follow = [this, source](QAbstractItemModel *model, ResourceKind kind) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this, source, kind](const QModelIndex &, int first, int last) {
                    updateRows(source, kind, first, last);
                });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this, source, kind](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    updateRows(source, kind, topLeft.row(), bottomRight.row());
                });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this, source, kind](const QModelIndex &, int first, int last) {
                    removeSourceRows(source, kind, first, last);
                });
    };
    follow(data->applications(), kApplication);
    follow(data->databases(), kDatabase);
    // Services: a tree whose children (the service's containers) give the endpoint.
    ServicesModel *services = data->services();
    connect(services, &QAbstractItemModel::rowsInserted, this,
            [this, source](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    updateRows(source, kService, parent.row(), parent.row());
                else
                    updateRows(source, kService, first, last);
            });
    connect(services, &QAbstractItemModel::dataChanged, this,
            [this, source](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex parent = topLeft.parent();
                if (parent.isValid())
                    updateRows(source, kService, parent.row(), parent.row());
                else
                    updateRows(source, kService, topLeft.row(), bottomRight.row());
            });
    connect(services, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, source](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    removeSourceRows(source, kService, first, last);
            });
    connect(services, &QAbstractItemModel::rowsRemoved, this,
            [this, source](const QModelIndex &parent, int, int) {
                if (parent.isValid())
                    updateRows(source, kService, parent.row(), parent.row());
            });
    // What all rows of the instance share: checked once per event-loop turn, cheaply.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(data->projects(), signal, this, [this, data] { scheduleRebuild(data); });
    connect(data->projects(), &QAbstractItemModel::dataChanged, this,
            [this, data] { scheduleRebuild(data); });
    connect(data, &InstanceData::changed, this, [this, data] { scheduleRebuild(data); });
    connect(data->session(), &InstanceSession::changed, this,
            [this, data] { scheduleRebuild(data); });
    connect(data, &InstanceData::rowDecorationChanged, this,
            [this, source](const QString &uuid) { updateResource(source, uuid); });
}

void FleetModel::removeInstance(InstanceData *data)
{
    const auto it = std::find_if(m_sources.begin(), m_sources.end(),
                                 [data](const auto &source) { return source->data == data; });
    if (it == m_sources.end())
        return;
    for (QObject *sender :
         std::initializer_list<QObject *>{data, data->session(), data->applications(),
                                          data->databases(), data->services(), data->projects()})
        sender->disconnect(this);
    const QString id = (*it)->context.instanceId;
    m_sources.erase(it);
    Diff gone;
    {
        const QList<FleetRow> all = snapshot(); // released before applyDiff changes the rows
        for (const FleetRow &row : all) {
            if (row.instanceId == id)
                gone.removed << row.uuid;
        }
    }
    applyDiff(gone);
}

void FleetModel::scheduleRebuild(InstanceData *data)
{
    if (Source *source = sourceOf(data)) {
        source->rebuildPending = true;
        m_rebuild.start();
    }
}

// One instance per event-loop turn: ten instances whose projects arrive together would
// otherwise rebuild thousands of rows in one go.
void FleetModel::rebuildScheduled()
{
    bool rebuilt = false;
    for (const auto &source : m_sources) {
        if (!source->rebuildPending || !source->data)
            continue;
        if (rebuilt) {
            m_rebuild.start(); // the next one in the next turn
            return;
        }
        source->rebuildPending = false;
        const RowContext fresh = RowContext::of(source->data);
        if (!fresh.sameRowsAs(source->context)) {
            source->context = fresh;
            rebuildInstance(source.get());
            rebuilt = true;
        }
    }
}

void FleetModel::rebuildInstance(Source *source)
{
    QList<FleetRow> current; // also the rows still waiting to be appended
    {
        const QList<FleetRow> all = snapshot(); // released before applyDiff changes the rows
        for (const FleetRow &row : all) {
            if (row.instanceId == source->context.instanceId)
                current << row;
        }
    }
    applyDiff(diff(current, source->context.all()));
}

void FleetModel::updateRows(Source *source, ResourceKind kind, int first, int last)
{
    const InstanceData *data = source->data;
    if (!data || first < 0)
        return;
    Diff update; // "added" replaces rows that exist and appends those that do not
    for (int row = first; row <= last; ++row) {
        if (kind == kApplication && row < data->applications()->rowCount())
            update.added << source->context.application(data->applications()->at(row));
        else if (kind == kDatabase && row < data->databases()->rowCount())
            update.added << source->context.database(data->databases()->at(row));
        else if (kind == kService && row < data->services()->topCount())
            update.added << source->context.service(row);
    }
    applyDiff(update);
}

void FleetModel::removeSourceRows(Source *source, ResourceKind kind, int first, int last)
{
    const InstanceData *data = source->data;
    if (!data)
        return;
    Diff gone;
    for (int row = first; row <= last; ++row) {
        QString uuid;
        if (kind == kApplication)
            uuid = data->applications()->at(row).uuid;
        else if (kind == kDatabase)
            uuid = data->databases()->at(row).uuid;
        else
            uuid = data->services()->item(row).uuid;
        gone.removed << source->context.instanceId + u'/' + uuid;
    }
    applyDiff(gone);
}

void FleetModel::updateResource(Source *source, const QString &uuid)
{
    const InstanceData *data = source->data;
    if (!data)
        return;
    if (const int row = data->applications()->rowOf(uuid); row >= 0)
        updateRows(source, kApplication, row, row);
    else if (const int dbRow = data->databases()->rowOf(uuid); dbRow >= 0)
        updateRows(source, kDatabase, dbRow, dbRow);
    else if (const int serviceRow = data->services()->rowOf(uuid); serviceRow >= 0)
        updateRows(source, kService, serviceRow, serviceRow);
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetModel::kindText(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Application:
        return tr("Application");
    case ResourceKind::Database:
        return tr("Database");
    case ResourceKind::Service:
        return tr("Service");
    }
    return {};
}

QHash<int, QByteArray> FleetModel::roleNames() const
{
    return Roles::sharedNames();
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
        return Api::kindKey(row.kind);
    case Roles::InstanceId:
        return row.instanceId;
    case Roles::InstanceColor:
        return row.instanceColor;
    case Roles::EnvironmentId:
        return row.environmentId;
    case Roles::StatusState:
        return int(row.status.state);
    case Roles::StatusHealth:
        return int(row.status.health);
    case Roles::Transitional:
        return row.status.isTransitional() || !row.pending.isEmpty();
    case Roles::LastDeploymentFailed:
        return row.lastDeploymentFailed;
    case Roles::Link: // parsed when asked: a QUrl per row would cost ~200 bytes each
        return row.kind == kDatabase || row.endpoint.isEmpty() ? QVariant() : QUrl(row.endpoint);
    case Qt::ToolTipRole:
        if (index.column() == Status && row.stale)
            return tr("Last known state: the instance could not be refreshed.");
        if (index.column() == Status && !row.serverReachable)
            return tr("The server hosting it is unreachable.");
        // Narrow columns elide: the whole text is a hover away.
        if (index.column() == Instance || index.column() == Name || index.column() == Endpoint
            || index.column() == Environment || index.column() == Type)
            return data(index, Qt::DisplayRole);
        return {};
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
