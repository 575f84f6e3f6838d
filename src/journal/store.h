#pragma once

#include "journal/entry.h"

#include <QString>

namespace Coolify::Journal {

// The journal's SQLite file through Qt SQL (QSQLITE), on whatever thread creates it — the app
// keeps it on Journal's worker thread. The schema version is SQLite's `user_version`; open()
// brings an older file up to date step by step (migrate()) and leaves a newer one unchanged,
// read-only. WAL mode, so a reader never waits for a writer.
//
// A damaged file is set aside (renamed to "<file>.damaged-<time>") and a new one started; a file
// another program keeps locked is reported and left alone. Neither stops the app.
class Store
{
public:
    static constexpr int SchemaVersion = 1;

    struct Status
    {
        bool open = false;
        bool writable = false;
        QString problem; // translated; what went wrong or was done about it, empty when all is well
        QString setAsidePath; // where a damaged file went
    };

    // `connectionName` must be unique per open Store in the process.
    explicit Store(const QString &connectionName);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    Status open(const QString &path);
    void close();
    const Status &status() const { return m_status; }
    QString path() const { return m_path; }

    // Stores `entry` and returns its id, or 0 when it could not be written (status().problem
    // then says why).
    qint64 append(const Entry &entry);
    // Stores all of them in one transaction (one write to disk); returns how many were stored:
    // all or none.
    int appendAll(const QList<Entry> &entries);
    QList<Entry> query(const Filter &filter) const;
    qint64 count() const;
    // Deletes entries older than `days` days; returns how many. 0 days keeps everything.
    int prune(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    enum class OpenResult { Ok, Damaged, Locked, Failed };
    OpenResult tryOpen(QString *error);
    bool migrate(int from, QString *error);
    void setAside();

    QString m_connection;
    QString m_path;
    Status m_status;
};

} // namespace Coolify::Journal
