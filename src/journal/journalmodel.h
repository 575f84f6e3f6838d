#pragma once

#include "journal/entry.h"
#include "models/roles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

class QIODevice;

namespace Coolify::Journal {

class Journal;

// The journal's entries that match a Filter, newest first, for the Journal window. Searching
// runs on the journal's thread; the rows are replaced when the answer arrives (answers to an
// older filter are dropped). New entries recorded meanwhile show up by themselves (one new query
// at most every 300 ms).
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        InstanceColumn,
        ResourceColumn,
        ActionColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };
    // Besides these, the shared Roles::InstanceId, Roles::Uuid (the resource) and Roles::Kind.
    enum Role {
        EntryIdRole = Models::Roles::FirstModelRole, // qint64
        DeploymentUuidRole, // QString, empty when none
        FailedRole, // bool
    };

    explicit JournalModel(Journal *journal, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    const QList<Entry> &entries() const { return m_entries; }
    const Entry &entry(int row) const { return m_entries.at(row); }
    // True from setFilter() until its rows are shown.
    bool isLoading() const { return m_pending > 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "web (application)" or the uuid; the fields or keys and the detail in one line.
    static QString resourceText(const Entry &entry);
    static QString detailText(const Entry &entry);

signals:
    void loaded(); // the rows of the current filter are shown

private:
    void requery();

    Journal *m_journal;
    Filter m_filter;
    QList<Entry> m_entries;
    int m_generation = 0;
    int m_pending = 0;
    QTimer m_refresh;
};

// Exports for "Export…": every column of each entry, UTF-8. CSV quotes every field (RFC 4180)
// and neutralises cells a spreadsheet would run as a formula (a leading =, +, -, @).
bool writeCsv(QIODevice *device, const QList<Entry> &entries);
bool writeJson(QIODevice *device, const QList<Entry> &entries);

} // namespace Coolify::Journal
