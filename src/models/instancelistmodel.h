#pragma once

#include <QAbstractListModel>

namespace Coolify::Models {

class Fleet;

// The sidebar's list of instances: name, colour swatch, and reachability as text (never colour
// alone). Rows follow the Fleet incrementally: inserts, removals and dataChanged, no resets.
class InstanceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ColorRole,
        StateRole, // InstanceSession::State as int
        StateTextRole,
        UrlRole,
        SessionOnlyRole,
    };

    explicit InstanceListModel(Fleet *fleet, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QModelIndex indexForId(const QString &id) const;

private:
    Fleet *m_fleet;
};

} // namespace Coolify::Models
