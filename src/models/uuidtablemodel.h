#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <algorithm>

namespace Coolify::Models {

// A table of value rows keyed by `T::uuid`, refreshed incrementally: apply() removes the rows
// whose uuid disappeared, emits dataChanged for rows that changed and appends new ones — never
// a reset, so selection, scroll position and persistent indexes survive a refresh. Rows keep
// their order; sorting is a QSortFilterProxyModel's job. T needs `QString uuid` and ==.
//
// Many new rows at once (a first load of 10,000 applications) are appended kSliceRows at a time
// over several event-loop turns, so the views and proxies that follow never hold the UI thread
// for long. Rows that still wait count as rows: a diff removes or replaces them where they wait
// and queues its own new rows behind them (ten instances loading at once stay in slices), while
// a single change the user made (upsert, removeUuid) first appends everything that waits.
template<typename T> class UuidTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    static constexpr qsizetype kSliceRows = 125;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<T> &rows() const { return m_rows; }
    // rows() and those still waiting to be appended: what a diff is computed against.
    QList<T> snapshot() const { return m_waiting.isEmpty() ? m_rows : m_rows + m_waiting; }
    const T &at(int row) const { return m_rows.at(row); }
    int rowOf(const QString &uuid) const { return m_index.value(uuid, -1); }
    const T *find(const QString &uuid) const
    {
        const int row = rowOf(uuid);
        return row < 0 ? nullptr : &m_rows.at(row);
    }

    // What a refresh changes, by uuid: computed by diff() — on a worker thread for big lists,
    // against a snapshot of rows() — and applied by applyDiff() on the model's thread, so the
    // UI thread only pays for the rows that really changed.
    struct Diff
    {
        QStringList removed;
        QList<T> changed; // rows whose value differs from the snapshot
        QList<T> added; // in the order the server sent them
        bool isEmpty() const { return removed.isEmpty() && changed.isEmpty() && added.isEmpty(); }
    };

    // Pure and thread-safe (all arguments are values): `current` is a snapshot of rows().
    static Diff diff(const QList<T> &current, const QList<T> &fresh)
    {
        QHash<QString, const T *> byUuid;
        byUuid.reserve(fresh.size());
        for (const T &item : fresh)
            byUuid.insert(item.uuid, &item);
        Diff diff;
        QSet<QString> known;
        known.reserve(current.size());
        for (const T &row : current) {
            known.insert(row.uuid);
            const T *updated = byUuid.value(row.uuid);
            if (!updated)
                diff.removed << row.uuid;
            else if (!(*updated == row))
                diff.changed << *updated;
        }
        for (const T &item : fresh) {
            if (!known.contains(item.uuid)) {
                known.insert(item.uuid);
                diff.added << item;
            }
        }
        return diff;
    }

    // Replaces all rows by `fresh`, incrementally (rows still waiting count as rows: a waiting
    // row that `fresh` lacks is removed now, not one refresh later).
    void apply(const QList<T> &fresh) { applyDiff(diff(snapshot(), fresh)); }

    // Applies a difference by uuid, also when the model changed since the snapshot it was
    // computed from (a row created or deleted meanwhile stays as the user's action left it):
    // removals in contiguous runs, changes as ranged dataChanged, new rows appended at the end
    // (behind any that still wait).
    void applyDiff(const Diff &diff)
    {
        const Diff rest = applyToWaiting(diff);
        if (!rest.removed.isEmpty()) {
            QList<int> gone;
            gone.reserve(rest.removed.size());
            for (const QString &uuid : rest.removed) {
                if (const int row = rowOf(uuid); row >= 0)
                    gone << row;
            }
            std::sort(gone.begin(), gone.end());
            for (qsizetype i = gone.size() - 1; i >= 0;) {
                qsizetype first = i;
                while (first > 0 && gone.at(first - 1) == gone.at(first) - 1)
                    --first;
                beginRemoveRows({}, gone.at(first), gone.at(i));
                m_rows.remove(gone.at(first), i - first + 1);
                endRemoveRows();
                i = first - 1;
            }
            if (!gone.isEmpty())
                reindex();
        }
        QList<T> added;
        QList<int> changedRows;
        for (const T &item : rest.changed) {
            const int row = rowOf(item.uuid);
            if (row < 0)
                continue; // deleted here meanwhile: the user's action wins until the next refresh
            if (!(m_rows.at(row) == item)) {
                m_rows[row] = item;
                changedRows << row;
            }
        }
        for (const T &item : rest.added) {
            const int row = rowOf(item.uuid);
            if (row < 0) {
                added << item;
            } else if (!(m_rows.at(row) == item)) { // created here meanwhile
                m_rows[row] = item;
                changedRows << row;
            }
        }
        std::sort(changedRows.begin(), changedRows.end());
        for (qsizetype i = 0; i < changedRows.size();) {
            qsizetype last = i;
            while (last + 1 < changedRows.size()
                   && changedRows.at(last + 1) == changedRows.at(last) + 1)
                ++last;
            emit dataChanged(index(changedRows.at(i), 0),
                             index(changedRows.at(last), columnCount() - 1));
            i = last + 1;
        }
        if (!added.isEmpty()) {
            m_waiting.append(added); // behind the rows that still wait
            if (!m_sliceQueued)
                appendWaiting(kSliceRows);
        }
    }

    // Rows of the last applyDiff() still to be appended (0 when the model is complete).
    qsizetype waitingRows() const { return m_waiting.size(); }

    // One row added or replaced (after a create, or a single GET): in the table on return.
    void upsert(const T &item)
    {
        appendWaiting(m_waiting.size());
        Diff diff;
        diff.added << item;
        applyDiff(diff);
    }

    void removeUuid(const QString &uuid)
    {
        appendWaiting(m_waiting.size());
        Diff diff;
        diff.removed << uuid;
        applyDiff(diff);
    }

protected:
    // Removes and replaces the rows of `diff` that still wait; returns the part left for the
    // rows of the table and for new rows.
    Diff applyToWaiting(const Diff &diff)
    {
        if (m_waiting.isEmpty())
            return diff;
        QHash<QString, qsizetype> waitingAt;
        waitingAt.reserve(m_waiting.size());
        for (qsizetype i = 0; i < m_waiting.size(); ++i)
            waitingAt.insert(m_waiting.at(i).uuid, i);
        Diff rest;
        QList<bool> gone(m_waiting.size(), false);
        for (const QString &uuid : diff.removed) {
            if (const auto it = waitingAt.constFind(uuid); it != waitingAt.cend())
                gone[*it] = true;
            else
                rest.removed << uuid;
        }
        const auto replace = [&](const QList<T> &items, QList<T> &left) {
            for (const T &item : items) {
                if (const auto it = waitingAt.constFind(item.uuid); it != waitingAt.cend())
                    m_waiting[*it] = item;
                else
                    left << item;
            }
        };
        replace(diff.changed, rest.changed);
        replace(diff.added, rest.added);
        qsizetype kept = 0;
        for (qsizetype i = 0; i < m_waiting.size(); ++i) {
            if (!gone.at(i))
                m_waiting[kept++] = m_waiting.at(i);
        }
        m_waiting.resize(kept);
        return rest;
    }

    // Appends up to `count` waiting rows now; the rest a slice per event-loop turn.
    void appendWaiting(qsizetype count)
    {
        count = std::min(count, m_waiting.size());
        if (count > 0) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(count) - 1);
            m_rows.append(m_waiting.first(count));
            m_waiting.remove(0, count);
            for (int row = first; row < m_rows.size(); ++row)
                m_index.insert(m_rows.at(row).uuid, row);
            endInsertRows();
        }
        if (!m_waiting.isEmpty() && !m_sliceQueued) {
            m_sliceQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_sliceQueued = false;
                appendWaiting(kSliceRows);
            });
        }
    }

    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_index.insert(m_rows.at(row).uuid, row);
    }

    QList<T> m_rows;
    QHash<QString, int> m_index;
    QList<T> m_waiting; // new rows not appended yet (see kSliceRows)
    bool m_sliceQueued = false;
};

} // namespace Coolify::Models
