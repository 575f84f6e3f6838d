#include "models/instancelistmodel.h"

#include "models/fleet.h"
#include "models/instancesession.h"

#include <QColor>

namespace Coolify::Models {

InstanceListModel::InstanceListModel(Fleet *fleet, QObject *parent)
    : QAbstractListModel(parent)
    , m_fleet(fleet)
{
    connect(fleet, &Fleet::sessionAboutToBeAdded, this,
            [this](const QString &, int index) { beginInsertRows({}, index, index); });
    connect(fleet, &Fleet::sessionAdded, this, [this] { endInsertRows(); });
    connect(fleet, &Fleet::sessionAboutToBeRemoved, this,
            [this](const QString &, int index) { beginRemoveRows({}, index, index); });
    connect(fleet, &Fleet::sessionRemoved, this, [this] { endRemoveRows(); });
    connect(fleet, &Fleet::sessionChanged, this, [this](const QString &, int row) {
        if (row >= 0)
            emit dataChanged(index(row), index(row));
    });
}

int InstanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fleet->count();
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstanceSession *s = m_fleet->session(m_fleet->ids().at(index.row()));
    if (!s)
        return {};
    const auto &instance = s->instance();
    switch (role) {
    case Qt::DisplayRole:
        return instance.name;
    case Qt::ToolTipRole: {
        QString tip = instance.rootUrl.toDisplayString() + u'\n' + s->stateText();
        if (!s->problem().isEmpty())
            tip += u'\n' + s->problem();
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
    case StateTextRole:
        return s->stateText();
    case Qt::DecorationRole:
    case ColorRole:
        return instance.color;
    case IdRole:
        return instance.id;
    case StateRole:
        return int(s->state());
    case UrlRole:
        return instance.rootUrl;
    case SessionOnlyRole:
        return instance.sessionOnly;
    default:
        return {};
    }
}

QHash<int, QByteArray> InstanceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "instanceId");
    names.insert(ColorRole, "color");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(UrlRole, "url");
    names.insert(SessionOnlyRole, "sessionOnly");
    return names;
}

QModelIndex InstanceListModel::indexForId(const QString &id) const
{
    const int row = m_fleet->indexOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

} // namespace Coolify::Models
