#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace Coolify::Models {

// A table of value rows keyed by `T::uuid`, refreshed incrementally: apply() removes the rows
// whose uuid disappeared, emits dataChanged for rows that changed and appends new ones — never
// a reset, so selection, scroll position and persistent indexes survive a refresh. Rows keep
// their order; sorting is a QSortFilterProxyModel's job. T needs `QString uuid` and ==.
template<typename T> class UuidTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<T> &rows() const { return m_rows; }
    const T &at(int row) const { return m_rows.at(row); }
    int rowOf(const QString &uuid) const { return m_index.value(uuid, -1); }
    const T *find(const QString &uuid) const
    {
        const int row = rowOf(uuid);
        return row < 0 ? nullptr : &m_rows.at(row);
    }

    void apply(const QList<T> &fresh)
    {
        QHash<QString, const T *> byUuid;
        byUuid.reserve(fresh.size());
        for (const T &item : fresh)
            byUuid.insert(item.uuid, &item);

        // 1. Removals, bottom-up in contiguous runs.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (byUuid.contains(m_rows.at(row).uuid)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !byUuid.contains(m_rows.at(first - 1).uuid))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
        // 2. Changes, reported in contiguous runs.
        int runStart = -1;
        const auto flush = [&](int end) {
            if (runStart >= 0)
                emit dataChanged(index(runStart, 0), index(end, columnCount() - 1));
            runStart = -1;
        };
        for (int row = 0; row < m_rows.size(); ++row) {
            const T *updated = byUuid.value(m_rows.at(row).uuid);
            if (updated && !(*updated == m_rows.at(row))) {
                m_rows[row] = *updated;
                if (runStart < 0)
                    runStart = row;
            } else {
                flush(row - 1);
            }
        }
        flush(int(m_rows.size()) - 1);
        // 3. Insertions at the end, in the order the server sent them.
        QSet<QString> present;
        present.reserve(m_rows.size());
        for (const T &row : std::as_const(m_rows))
            present.insert(row.uuid);
        QList<T> added;
        for (const T &item : fresh) {
            if (!present.contains(item.uuid)) {
                present.insert(item.uuid);
                added.append(item);
            }
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_rows.append(added);
            endInsertRows();
        }
        reindex();
    }

    // One row added or replaced (after a create, or a single GET).
    void upsert(const T &item)
    {
        const int row = rowOf(item.uuid);
        if (row >= 0) {
            if (!(m_rows.at(row) == item)) {
                m_rows[row] = item;
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(item);
        m_index.insert(item.uuid, int(m_rows.size()) - 1);
        endInsertRows();
    }

    void removeUuid(const QString &uuid)
    {
        const int row = rowOf(uuid);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        reindex();
    }

protected:
    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_index.insert(m_rows.at(row).uuid, row);
    }

    QList<T> m_rows;
    QHash<QString, int> m_index;
};

} // namespace Coolify::Models
