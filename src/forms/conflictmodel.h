#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace Coolify::Forms {

// The resources a 409 "Domain conflicts detected" answer lists (coolify-api.md §3), one row each.
class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DomainColumn, ResourceColumn, TypeColumn, MessageColumn, ColumnCount };
    enum Role { ResourceUuidRole = Qt::UserRole, RawRole };

    explicit ConflictModel(QObject *parent = nullptr);

    void setConflicts(const QJsonArray &conflicts);
    void clear() { setConflicts({}); }
    QJsonObject conflict(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_rows;
};

} // namespace Coolify::Forms
