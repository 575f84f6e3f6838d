#include "journal/journal.h"

#include "journal/store.h"

#include <QAtomicInteger>
#include <QDir>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Coolify::Journal {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"coolify-journal-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Journal::Journal(const QString &path, int retentionDays, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(new QThread(this))
    , m_store(new Store(nextConnectionName()))
    , m_worker(new QObject)
{
    m_thread->setObjectName(u"journal"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    // Answers are posted to `this` from the worker: the destructor waits for the worker, and
    // events still queued for a destroyed object are dropped with it.
    QMetaObject::invokeMethod(m_worker, [this, store = m_store, path, retentionDays] {
        const Store::Status status = store->open(path);
        if (status.open)
            store->prune(retentionDays);
        const QString problem = status.problem;
        QMetaObject::invokeMethod(
            this,
            [this, problem] {
                m_ready = true;
                setProblem(problem);
                emit ready();
            },
            Qt::QueuedConnection);
    });
}

Journal::~Journal()
{
    // The store is closed on its own thread (Qt SQL connections belong to the thread that made
    // them), after every write handed over before.
    // quit() from here could end the worker's event loop before it reached those writes; posted
    // last, it runs after them.
    QMetaObject::invokeMethod(m_worker, [store = m_store] {
        delete store;
        QThread::currentThread()->quit();
    });
    m_thread->wait();
}

QString Journal::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"journal.sqlite"_s);
}

void Journal::record(const Entry &entry)
{
    QMetaObject::invokeMethod(m_worker, [this, store = m_store, entry] {
        Entry stored = entry;
        stored.id = store->append(entry);
        const QString problem = store->status().problem;
        QMetaObject::invokeMethod(
            this,
            [this, stored, problem] {
                setProblem(problem);
                if (stored.id > 0)
                    emit recorded(stored);
            },
            Qt::QueuedConnection);
    });
}

void Journal::query(const Filter &filter, QObject *context,
                    std::function<void(const QList<Entry> &)> callback)
{
    // `guard` is only looked at on this thread.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [this, guard, store = m_store, filter, callback] {
        const QList<Entry> rows = store->query(filter);
        QMetaObject::invokeMethod(
            this,
            [guard, rows, callback] {
                if (guard)
                    callback(rows);
            },
            Qt::QueuedConnection);
    });
}

void Journal::setRetentionDays(int days)
{
    QMetaObject::invokeMethod(m_worker, [store = m_store, days] { store->prune(days); });
}

void Journal::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}

} // namespace Coolify::Journal
