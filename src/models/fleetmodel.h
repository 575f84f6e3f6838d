#pragma once

#include "models/resourcestatus.h"
#include "models/uuidtablemodel.h"

#include <QColor>
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QUrl>

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
    QString kind; // "application", "database", "service"
    QString name;
    QString type; // build pack, database type or service type
    ResourceStatus status;
    bool serverReachable = true;
    QString endpoint; // first domain, or host:port of a public database
    QUrl link;
    qint64 environmentId = -1;
    QString environment; // "Project / environment"
    QString repository;
    QDateTime updated;
    bool stale = false; // the instance could not be refreshed: last known state
    QString pending; // "Restart requested…" while a queued action has not shown yet
    QString lastDeployment; // "Finished · 22 Aug 10:31"; "" when unknown or not an app
    QDateTime lastDeploymentAt;

    bool operator==(const FleetRow &) const = default;
};

// Every application, database and service of every instance in one table, with the instance as
// a coloured badge. Rebuilt from the instances' models whenever they change (coalesced to one
// rebuild per event-loop turn) and applied incrementally, so selection survives refreshes.
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

    void addInstance(InstanceData *data);
    void removeInstance(InstanceData *data);
    void rebuildNow();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(const QString &kind);
    static QList<FleetRow> rowsOf(const InstanceData *data);

private:
    QList<QPointer<InstanceData>> m_instances;
    QTimer m_rebuild;
};

} // namespace Coolify::Models
