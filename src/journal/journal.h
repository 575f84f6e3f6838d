#pragma once

#include "journal/entry.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QThread;

namespace Coolify::Journal {

class Store;

// The app's journal of changes: a Store on a worker thread of its own, so that neither writing
// nor searching ever blocks the UI. Everything is asynchronous; answers arrive on the caller's
// thread, only while `context` lives.
//
//   Journal journal(Journal::defaultPath());
//   journal.record(entry);
//   journal.query(filter, this, [this](const QList<Entry> &rows) { show(rows); });
class Journal : public QObject
{
    Q_OBJECT
public:
    // Days kept when the user has not chosen; 0 keeps everything.
    static constexpr int DefaultRetentionDays = 365;

    // Opens (creating or migrating) the file on the worker thread, then drops entries older than
    // `retentionDays`.
    explicit Journal(const QString &path, int retentionDays = DefaultRetentionDays,
                     QObject *parent = nullptr);
    // Waits for the writes already handed over.
    ~Journal() override;

    // "<XDG data dir>/journal.sqlite" (~/.local/share/<app>/journal.sqlite).
    static QString defaultPath();
    QString path() const { return m_path; }

    void record(const Entry &entry);
    void query(const Filter &filter, QObject *context,
               std::function<void(const QList<Entry> &)> callback);
    void setRetentionDays(int days);

    // Translated: what is wrong with the journal right now (not kept, damaged file set aside, a
    // locked file, a newer version's file); empty when all is well.
    QString problem() const { return m_problem; }
    bool isReady() const { return m_ready; }

signals:
    void ready(); // opened (or failed to): problem() says how it went
    void recorded(const Coolify::Journal::Entry &entry); // stored, with its id
    void problemChanged(const QString &problem);

private:
    void setProblem(const QString &problem);

    QString m_path;
    QThread *m_thread;
    Store *m_store; // lives on m_thread; only touched there
    QObject *m_worker; // m_thread's context object for queued calls
    QString m_problem;
    bool m_ready = false;
};

} // namespace Coolify::Journal
