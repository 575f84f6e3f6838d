#pragma once

#include "models/deploymentsmodel.h"
#include "models/rollbackimages.h"

namespace Coolify::Models {

// One application's deployments (DeploymentsModel's columns) plus an Image column that joins them
// with the images the server keeps (coolify-api.md §10): "Running now", "Kept", "Last good".
//
//     model.apply(page.deployments);
//     model.setImages(reply->result().value.value<RollbackImages>());
class DeploymentHistoryModel : public DeploymentsModel
{
    Q_OBJECT

public:
    enum HistoryColumn { Image = ColumnCount, HistoryColumnCount };
    enum HistoryRole {
        RollbackTagRole = ActiveRole + 1, // the image tag to roll back to; empty: not a target
        RunningImageRole, // bool: built the image that runs now
        LastGoodRole, // bool: the newest successful build
    };

    explicit DeploymentHistoryModel(QObject *parent = nullptr);

    // The kept images; a default value means "not known" (no Image texts).
    void setImages(const RollbackImages &images);
    const RollbackImages &images() const { return m_images; }
    const RollbackMarks &marks() const { return m_marks; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void recompute();

    RollbackImages m_images;
    RollbackMarks m_marks;
};

} // namespace Coolify::Models
