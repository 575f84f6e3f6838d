#include "models/cliimportmodel.h"

using namespace Qt::StringLiterals;

namespace Coolify::Models {

CliImportModel::CliImportModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CliImportModel::reset(const QList<Instances::CliInstance> &instances,
                           const QHash<QUrl, QString> &existing)
{
    beginResetModel();
    m_rows.clear();
    m_busy = false;
    QHash<QUrl, QString> listed; // the CLI allows two contexts for one server
    for (const Instances::CliInstance &instance : instances) {
        Row row;
        row.instance = instance;
        if (instance.skip != Instances::CliInstance::Skip::None) {
            row.state = State::Skipped;
            row.message = instance.skipReason;
        } else if (const auto it = existing.constFind(instance.rootUrl);
                   it != existing.constEnd()) {
            row.state = State::AlreadyAdded;
            row.message = tr("Already added as \u201c%1\u201d.").arg(*it);
        } else if (const auto seen = listed.constFind(instance.rootUrl);
                   seen != listed.constEnd()) {
            row.state = State::Skipped;
            row.message = tr("Same address as \u201c%1\u201d above.").arg(*seen);
        } else {
            row.checked = true;
            listed.insert(instance.rootUrl, instance.name);
        }
        m_rows << row;
    }
    endResetModel();
}

void CliImportModel::setState(int row, State state, const QString &message)
{
    Row &r = m_rows[row];
    r.state = state;
    r.message = message;
    if (state == State::Imported)
        r.checked = false;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QList<int> CliImportModel::checkedRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).checked && isImportable(m_rows.at(i).state))
            rows << i;
    }
    return rows;
}

int CliImportModel::countIn(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const Row &r) { return r.state == state; }));
}

void CliImportModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, 0), {Qt::CheckStateRole});
}

QString CliImportModel::stateText(State state)
{
    switch (state) {
    case State::Skipped:
        return tr("Not importable");
    case State::AlreadyAdded:
        return tr("Already added");
    case State::Ready:
        return tr("Ready");
    case State::Checking:
        return tr("Testing connection…");
    case State::Saving:
        return tr("Saving token in the keychain…");
    case State::Imported:
        return tr("Imported");
    case State::Failed:
        return tr("Not imported");
    }
    return {};
}

int CliImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CliImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CliImportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.instance.isDefault ? tr("%1 (CLI default)").arg(row.instance.name)
                                          : row.instance.name;
        case AddressColumn:
            return row.instance.rootUrl.isValid() ? row.instance.rootUrl.toDisplayString()
                                                  : row.instance.address;
        case StatusColumn:
            return row.message.isEmpty() ? stateText(row.state)
                                         : tr("%1: %2").arg(stateText(row.state), row.message);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !row.message.isEmpty())
            return row.message;
        break;
    case Qt::CheckStateRole:
        // Rows already in the app show as ticked for good (they cannot be changed).
        if (index.column() == NameColumn) {
            if (row.state == State::Imported || row.state == State::AlreadyAdded)
                return Qt::Checked;
            return (row.checked && isImportable(row.state)) ? Qt::Checked : Qt::Unchecked;
        }
        break;
    case StateRole:
        return int(row.state);
    case Roles::Sort:
        return data(index, Qt::DisplayRole);
    }
    return {};
}

bool CliImportModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    m_rows[index.row()].checked = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags CliImportModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Row &row = m_rows.at(index.row());
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (row.state != State::Skipped && row.state != State::AlreadyAdded)
        flags |= Qt::ItemIsEnabled;
    if (index.column() == NameColumn && isImportable(row.state) && !m_busy)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant CliImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AddressColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> CliImportModel::roleNames() const
{
    return Roles::namesWith({{StateRole, "state"}});
}

} // namespace Coolify::Models
