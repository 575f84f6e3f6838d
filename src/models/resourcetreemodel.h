#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace Coolify::Models {

// A two-level tree of value rows keyed by uuid — services → their containers, projects → their
// environments — refreshed incrementally like UuidTableModel: removals, ranged dataChanged and
// appends for the top rows AND for the children of each, never a reset. Rows keep their order;
// sorting is a proxy's job.
//
// P and C need `QString uuid` and ==. Traits::takeChildren(P &) moves the children out of a
// fresh top-level value and returns them, or std::nullopt when the value does not say (a list
// item without its children): the rows already shown are then kept.
//
// Child indexes point at their parent's node (stable while the parent exists), so persistent
// indexes of children survive inserts and removals of other top-level rows.
template<typename P, typename C, typename Traits> class UuidTreeModel : public QAbstractItemModel
{
public:
    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (row < 0 || column < 0 || column >= columnCount(parent))
            return {};
        if (!parent.isValid())
            return row < topCount() ? createIndex(row, column, nullptr) : QModelIndex();
        if (parent.internalPointer() || parent.column() != 0 || parent.row() >= topCount())
            return {};
        Node *node = m_nodes[size_t(parent.row())].get();
        return row < node->children.size() ? createIndex(row, column, node) : QModelIndex();
    }

    QModelIndex parent(const QModelIndex &child) const override
    {
        if (!child.isValid() || !child.internalPointer())
            return {};
        const auto *node = static_cast<const Node *>(child.internalPointer());
        const int row = rowOf(node->item.uuid);
        return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (!parent.isValid())
            return topCount();
        if (parent.internalPointer() || parent.column() != 0 || parent.row() >= topCount())
            return 0;
        return int(m_nodes[size_t(parent.row())]->children.size());
    }

    int topCount() const { return int(m_nodes.size()); }
    const P &item(int row) const { return m_nodes[size_t(row)]->item; }
    const QList<C> &children(int row) const { return m_nodes[size_t(row)]->children; }
    int rowOf(const QString &uuid) const { return m_index.value(uuid, -1); }
    const P *find(const QString &uuid) const
    {
        const int row = rowOf(uuid);
        return row < 0 ? nullptr : &item(row);
    }
    QModelIndex indexOf(const QString &uuid, int column = 0) const
    {
        const int row = rowOf(uuid);
        return row < 0 ? QModelIndex() : index(row, column);
    }
    QModelIndex indexOfChild(const QString &parentUuid, const QString &childUuid,
                             int column = 0) const
    {
        const int row = rowOf(parentUuid);
        if (row < 0)
            return {};
        const QList<C> &kids = children(row);
        for (qsizetype i = 0; i < kids.size(); ++i) {
            if (kids.at(i).uuid == childUuid)
                return index(int(i), column, index(row, 0));
        }
        return {};
    }
    bool isChild(const QModelIndex &index) const
    {
        return index.isValid() && index.internalPointer() != nullptr;
    }
    // The top-level value of a top-level index, or the parent's for a child index.
    const P *itemFor(const QModelIndex &index) const
    {
        if (!index.isValid() || index.model() != this)
            return nullptr;
        if (!index.internalPointer())
            return &item(index.row());
        return &static_cast<const Node *>(index.internalPointer())->item;
    }
    const C *childFor(const QModelIndex &index) const
    {
        if (!isChild(index) || index.model() != this)
            return nullptr;
        return &static_cast<const Node *>(index.internalPointer())->children.at(index.row());
    }

    // A full refresh: top rows and, where the fresh values carry them, children.
    void apply(QList<P> fresh)
    {
        QList<std::optional<QList<C>>> freshChildren;
        QHash<QString, qsizetype> byUuid;
        freshChildren.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            freshChildren.append(Traits::takeChildren(fresh[i]));
            if (!byUuid.contains(fresh.at(i).uuid))
                byUuid.insert(fresh.at(i).uuid, i);
        }
        // 1. Removals, bottom-up in contiguous runs.
        for (int row = topCount() - 1; row >= 0;) {
            if (byUuid.contains(item(row).uuid)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !byUuid.contains(item(first - 1).uuid))
                --first;
            beginRemoveRows({}, first, row);
            m_nodes.erase(m_nodes.begin() + first, m_nodes.begin() + row + 1);
            reindex();
            endRemoveRows();
            row = first - 1;
        }
        // 2. Changes of the top rows, in contiguous runs; then each row's children.
        int runStart = -1;
        const auto flush = [&](int end) {
            if (runStart >= 0)
                emit dataChanged(index(runStart, 0), index(end, columnCount() - 1));
            runStart = -1;
        };
        for (int row = 0; row < topCount(); ++row) {
            const P &updated = fresh.at(byUuid.value(item(row).uuid));
            if (!(updated == item(row))) {
                m_nodes[size_t(row)]->item = updated;
                if (runStart < 0)
                    runStart = row;
            } else {
                flush(row - 1);
            }
        }
        flush(topCount() - 1);
        for (int row = 0; row < topCount(); ++row) {
            const auto &kids = freshChildren.at(byUuid.value(item(row).uuid));
            if (kids)
                syncChildren(row, *kids);
        }
        // 3. Insertions at the end, in the order the server sent them.
        std::vector<std::unique_ptr<Node>> added;
        QSet<QString> present(m_index.keyBegin(), m_index.keyEnd());
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (present.contains(fresh.at(i).uuid))
                continue;
            present.insert(fresh.at(i).uuid);
            added.push_back(std::make_unique<Node>(
                Node{fresh.at(i), freshChildren.at(i).value_or(QList<C>())}));
        }
        appendNodes(std::move(added));
    }

    // One top-level value added or replaced (after a create, or a single GET).
    void upsert(P value)
    {
        const std::optional<QList<C>> kids = Traits::takeChildren(value);
        const int row = rowOf(value.uuid);
        if (row < 0) {
            std::vector<std::unique_ptr<Node>> added;
            added.push_back(std::make_unique<Node>(Node{value, kids.value_or(QList<C>())}));
            appendNodes(std::move(added));
            return;
        }
        if (!(item(row) == value)) {
            m_nodes[size_t(row)]->item = value;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
        if (kids)
            syncChildren(row, *kids);
    }

    // Replaces the children of one top-level row; false when there is no such row.
    bool setChildren(const QString &uuid, const QList<C> &kids)
    {
        const int row = rowOf(uuid);
        if (row < 0)
            return false;
        syncChildren(row, kids);
        return true;
    }

    void removeUuid(const QString &uuid)
    {
        const int row = rowOf(uuid);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_nodes.erase(m_nodes.begin() + row);
        reindex();
        endRemoveRows();
    }

private:
    struct Node
    {
        P item;
        QList<C> children;
    };

    void reindex()
    {
        m_index.clear();
        m_index.reserve(qsizetype(m_nodes.size()));
        for (int row = 0; row < topCount(); ++row)
            m_index.insert(item(row).uuid, row);
    }

    void appendNodes(std::vector<std::unique_ptr<Node>> added)
    {
        if (added.empty())
            return;
        const int first = topCount();
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (auto &node : added)
            m_nodes.push_back(std::move(node));
        reindex();
        endInsertRows();
    }

    void syncChildren(int row, const QList<C> &fresh)
    {
        Node &node = *m_nodes[size_t(row)];
        const QModelIndex parentIndex = index(row, 0);
        QHash<QString, qsizetype> byUuid;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (!byUuid.contains(fresh.at(i).uuid))
                byUuid.insert(fresh.at(i).uuid, i);
        }
        for (int r = int(node.children.size()) - 1; r >= 0;) {
            if (byUuid.contains(node.children.at(r).uuid)) {
                --r;
                continue;
            }
            int first = r;
            while (first > 0 && !byUuid.contains(node.children.at(first - 1).uuid))
                --first;
            beginRemoveRows(parentIndex, first, r);
            node.children.remove(first, r - first + 1);
            endRemoveRows();
            r = first - 1;
        }
        int runStart = -1;
        const auto flush = [&](int end) {
            if (runStart >= 0)
                emit dataChanged(index(runStart, 0, parentIndex),
                                 index(end, columnCount(parentIndex) - 1, parentIndex));
            runStart = -1;
        };
        QSet<QString> present;
        for (int r = 0; r < node.children.size(); ++r) {
            present.insert(node.children.at(r).uuid);
            const C &updated = fresh.at(byUuid.value(node.children.at(r).uuid));
            if (!(updated == node.children.at(r))) {
                node.children[r] = updated;
                if (runStart < 0)
                    runStart = r;
            } else {
                flush(r - 1);
            }
        }
        flush(int(node.children.size()) - 1);
        QList<C> added;
        for (const C &child : fresh) {
            if (!present.contains(child.uuid)) {
                present.insert(child.uuid);
                added.append(child);
            }
        }
        if (added.isEmpty())
            return;
        const int first = int(node.children.size());
        beginInsertRows(parentIndex, first, first + int(added.size()) - 1);
        node.children.append(added);
        endInsertRows();
    }

    std::vector<std::unique_ptr<Node>> m_nodes;
    QHash<QString, int> m_index;
};

} // namespace Coolify::Models
