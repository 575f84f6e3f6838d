#include "forms/conflictmodel.h"

namespace Coolify::Forms {

ConflictModel::ConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConflictModel::setConflicts(const QJsonArray &conflicts)
{
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    QList<QJsonObject> rows;
    for (const QJsonValue &v : conflicts) {
        if (v.isObject())
            rows.append(v.toObject());
    }
    if (rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = rows;
    endInsertRows();
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    if (role == ResourceUuidRole)
        return row.value(QLatin1String("resource_uuid")).toString();
    if (role == RawRole)
        return row.toVariantMap();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DomainColumn:
        return row.value(QLatin1String("domain")).toString();
    case ResourceColumn:
        return row.value(QLatin1String("resource_name")).toString();
    case TypeColumn: {
        const QString type = row.value(QLatin1String("resource_type")).toString();
        if (type == QLatin1String("application"))
            return tr("Application");
        if (type == QLatin1String("service"))
            return tr("Service");
        if (type == QLatin1String("instance"))
            return tr("Coolify instance");
        return type;
    }
    case MessageColumn:
        return row.value(QLatin1String("message")).toString();
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case ResourceColumn:
        return tr("Used by");
    case TypeColumn:
        return tr("Type");
    case MessageColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Coolify::Forms
