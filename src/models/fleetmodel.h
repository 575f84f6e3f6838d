#pragma once

#include "api/resourcekind.h"
#include "models/resourcestatus.h"
#include "models/uuidtablemodel.h"

#include <QColor>
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

namespace Coolify::Models {

class Fleet;
class InstanceData;

// One application, database or service of one instance, as the fleet table shows it.
struct FleetRow
{
    QString uuid; // "<instance id>/<resource uuid>": unique across instances
    QString resourceUuid;
    QString instanceId;
    QString instanceName;
    QColor instanceColor;
    Api::ResourceKind kind = Api::ResourceKind::Application;
    QString name;
    QString type; // build pack, database type or service type
    ResourceStatus status;
    bool serverReachable = true;
    QString endpoint; // first domain, or host:port of a public database
    qint64 environmentId = -1;
    QString environment; // "Project / environment"
    QString repository;
    QDateTime updated;
    bool stale = false; // the instance could not be refreshed: last known state
    QString pending; // "Restart requested…" while a queued action has not shown yet
    QString lastDeployment; // "Finished · 22 Aug 10:31"; "" when unknown or not an app
    QDateTime lastDeploymentAt;
    bool lastDeploymentFailed = false;

    bool operator==(const FleetRow &) const = default;
};

// Every application, database and service of every instance in one table, with the instance as
// a coloured badge. Kept in step with the instances' models row by row: a row that changes in
// an instance's applications model changes here, and nothing else is looked at. Only what
// affects all of an instance's rows (its name or colour, stale state, environment names)
// rebuilds that instance's rows, coalesced to once per event-loop turn.
class FleetModel : public UuidTableModel<FleetRow>
{
    Q_OBJECT

public:
    enum Column {
        Instance,
        Name,
        Kind,
        Type,
        Status,
        Endpoint,
        Environment,
        LastDeployment,
        Updated,
        ColumnCount
    };

    explicit FleetModel(QObject *parent = nullptr);
    ~FleetModel() override;

    void addInstance(InstanceData *data);
    void removeInstance(InstanceData *data);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(Api::ResourceKind kind);

private:
    struct Source;
    Source *sourceOf(const InstanceData *data) const;
    void connectSource(Source *source);
    void scheduleRebuild(InstanceData *data);
    void rebuildScheduled();
    void rebuildInstance(Source *source);
    void updateRows(Source *source, Api::ResourceKind kind, int first, int last);
    void removeSourceRows(Source *source, Api::ResourceKind kind, int first, int last);
    void updateResource(Source *source, const QString &uuid);

    std::vector<std::unique_ptr<Source>> m_sources;
    QTimer m_rebuild;
};

} // namespace Coolify::Models
