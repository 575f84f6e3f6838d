#pragma once

#include "models/application.h"
#include "models/deployment.h"
#include "models/uuidtablemodel.h"

#include <QHash>

namespace Coolify::Models {

// The applications of one instance. The list endpoint does not say which deployment ran last,
// so that column is filled by setLastDeployment() from GET /deployments/applications/{uuid}.
//
//     model.apply(result.value.value<QList<Application>>());
//     model.setLastDeployment(appUuid, page.deployments.value(0));
class ApplicationsModel : public UuidTableModel<Application>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Status,
        Domains,
        BuildPack,
        Repository,
        Server,
        LastDeployment,
        Updated,
        ColumnCount
    };
    using UuidTableModel::UuidTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Remembers the newest deployment of an application (kept across refreshes).
    void setLastDeployment(const QString &applicationUuid, const Deployment &deployment);
    const Deployment *lastDeployment(const QString &applicationUuid) const;

    // "Nixpacks", "Dockerfile", … (unknown packs are shown as sent).
    static QString buildPackText(const QString &buildPack);

private:
    QVariant lastDeploymentData(const Application &app, int role) const;

    QHash<QString, Deployment> m_lastDeployments;
};

} // namespace Coolify::Models
