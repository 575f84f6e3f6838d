// The journal's SQLite store: schema version and WAL on a new file, filters, retention, and the
// files it must survive — damaged (set aside, a new one started), locked by another program
// (reported, left alone), written by a newer version (shown, never changed) — plus the threaded
// Journal facade.
#include "journal/journal.h"
#include "journal/store.h"
#include "journalentries.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify::Journal;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void newFileHasSchemaAndWal();
    void filters();
    void retention();
    void damagedFileIsSetAside();
    void lockedFileIsReported();
    void newerVersionIsOnlyRead();
    void unusableFolderIsReported();
    void journalRecordsOnItsThread();
    void journalWritesEverythingBeforeItCloses();

private:
    static Entry entry(const QString &name, Entry::Action action,
                       const QDateTime &time = QDateTime::currentDateTimeUtc());
    static QVariant pragma(const QString &path, const QString &name);
};

Entry TestStore::entry(const QString &name, Entry::Action action, const QDateTime &time)
{
    return journalEntry(name, action, time);
}

// Opens the file with a connection of its own, as another program would.
QVariant TestStore::pragma(const QString &path, const QString &name)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA "_s + name) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return value;
}

void TestStore::newFileHasSchemaAndWal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/journal.sqlite"_s);
    Store store(u"t1"_s);
    const Store::Status status = store.open(path);
    QVERIFY2(status.open && status.writable, qPrintable(status.problem));
    QVERIFY(status.problem.isEmpty());
    Entry e = entry(u"web"_s, Entry::Action::Edit);
    e.fields = {u"name"_s, u"ports_exposes"_s};
    e.deploymentUuid = u"dep1"_s;
    const qint64 id = store.append(e);
    QVERIFY(id > 0);
    const QList<Entry> rows = store.query({});
    QCOMPARE(rows.size(), 1);
    e.id = id;
    e.time = QDateTime::fromMSecsSinceEpoch(e.time.toMSecsSinceEpoch(), Qt::UTC);
    QCOMPARE(rows.first(), e);
    store.close();
    QCOMPARE(pragma(path, u"user_version"_s).toInt(), Store::SchemaVersion);
    QCOMPARE(pragma(path, u"journal_mode"_s).toString(), u"wal"_s);
}

void TestStore::filters()
{
    QTemporaryDir dir;
    Store store(u"t2"_s);
    QVERIFY(store.open(dir.filePath(u"j.sqlite"_s)).writable);
    const QDateTime base(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    store.append(entry(u"web"_s, Entry::Action::Deploy, base));
    Entry failed = entry(u"api"_s, Entry::Action::Restart, base.addDays(1));
    failed.outcome = Entry::Outcome::Failed;
    failed.detail = u"100% broken_thing"_s;
    store.append(failed);
    Entry other = entry(u"db"_s, Entry::Action::Stop, base.addDays(2));
    other.instanceId = u"i2"_s;
    other.instanceName = u"Staging"_s;
    store.append(other);

    auto names = [&store](const Filter &f) {
        QStringList n;
        for (const Entry &e : store.query(f))
            n << e.name;
        return n;
    };
    QCOMPARE(names({}), (QStringList{u"db"_s, u"api"_s, u"web"_s})); // newest first
    Filter f;
    f.text = u"staging"_s;
    QCOMPARE(names(f), QStringList{u"db"_s});
    f.text = u"100%"_s; // LIKE wildcards are plain characters
    QCOMPARE(names(f), QStringList{u"api"_s});
    f.text = u"0%"_s;
    QCOMPARE(names(f), QStringList{u"api"_s});
    f.text = u"_"_s;
    QCOMPARE(names(f), QStringList{u"api"_s});
    f = {};
    f.instanceId = u"i1"_s;
    QCOMPARE(names(f), (QStringList{u"api"_s, u"web"_s}));
    f = {};
    f.actions = {Entry::Action::Deploy, Entry::Action::Stop};
    QCOMPARE(names(f), (QStringList{u"db"_s, u"web"_s}));
    f = {};
    f.outcome = Entry::Outcome::Failed;
    QCOMPARE(names(f), QStringList{u"api"_s});
    f = {};
    f.from = base.addDays(1);
    f.to = base.addDays(2);
    QCOMPARE(names(f), QStringList{u"api"_s});
    f = {};
    f.uuid = u"web-uuid"_s;
    QCOMPARE(names(f), QStringList{u"web"_s});
    f = {};
    f.limit = 2;
    QCOMPARE(names(f), (QStringList{u"db"_s, u"api"_s}));
    QCOMPARE(store.count(), 3);
}

void TestStore::retention()
{
    QTemporaryDir dir;
    Store store(u"t3"_s);
    QVERIFY(store.open(dir.filePath(u"j.sqlite"_s)).writable);
    const QDateTime now(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    store.append(entry(u"old"_s, Entry::Action::Deploy, now.addDays(-400)));
    store.append(entry(u"recent"_s, Entry::Action::Deploy, now.addDays(-10)));
    QCOMPARE(store.prune(0, now), 0); // 0: keep everything
    QCOMPARE(store.prune(365, now), 1);
    QCOMPARE(store.query({}).size(), 1);
    QCOMPARE(store.query({}).first().name, u"recent"_s);
    // Many at once: one transaction.
    QCOMPARE(store.appendAll({entry(u"a"_s, Entry::Action::Stop, now),
                              entry(u"b"_s, Entry::Action::Start, now)}),
             2);
    QCOMPARE(store.count(), 3);
}

void TestStore::damagedFileIsSetAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x')); // not SQLite at all
    }
    Store store(u"t4"_s);
    const Store::Status status = store.open(path);
    QVERIFY2(status.open && status.writable, qPrintable(status.problem));
    QVERIFY(status.problem.contains(u"damaged"_s));
    QVERIFY(!status.setAsidePath.isEmpty());
    QVERIFY(status.problem.contains(status.setAsidePath));
    QFile aside(status.setAsidePath);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray(8192, 'x')); // kept as it was, for whoever wants it
    QVERIFY(store.append(entry(u"web"_s, Entry::Action::Deploy)) > 0);

    // A real database whose pages were overwritten halfway.
    store.close();
    QFile::remove(path);
    {
        Store fresh(u"t4b"_s);
        QVERIFY(fresh.open(path).writable);
        for (int i = 0; i < 300; ++i)
            fresh.append(entry(u"app%1"_s.arg(i), Entry::Action::Restart));
    }
    pragma(path, u"wal_checkpoint(TRUNCATE)"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(4096, '\xff'));
    }
    Store again(u"t4c"_s);
    const Store::Status second = again.open(path);
    QVERIFY2(second.open && second.writable, qPrintable(second.problem));
    QVERIFY2(second.problem.contains(u"damaged"_s), qPrintable(second.problem));
    QCOMPARE(again.count(), 0);
}

void TestStore::lockedFileIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        // Another program holds the (still empty) file in an exclusive transaction.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE other_program (x)"_s));
        QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(q.exec(u"INSERT INTO other_program VALUES (1)"_s));

        Store store(u"t5"_s);
        const Store::Status status = store.open(path);
        QVERIFY(!status.open);
        QVERIFY2(status.problem.contains(u"locked"_s), qPrintable(status.problem));
        QCOMPARE(store.append(entry(u"web"_s, Entry::Action::Deploy)), 0);
        QVERIFY(QFile::exists(path)); // left alone, not set aside
        QVERIFY(q.exec(u"COMMIT"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    Store later(u"t5b"_s);
    QVERIFY(later.open(path).writable); // once the other program let go
}

void TestStore::newerVersionIsOnlyRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        Store store(u"t6"_s);
        QVERIFY(store.open(path).writable);
        store.append(entry(u"web"_s, Entry::Action::Deploy));
    }
    pragma(path, u"user_version = 99"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    Store store(u"t6b"_s);
    const Store::Status status = store.open(path);
    QVERIFY(status.open);
    QVERIFY(!status.writable);
    QVERIFY(status.problem.contains(u"newer version"_s));
    QCOMPARE(store.query({}).size(), 1);
    QCOMPARE(store.append(entry(u"api"_s, Entry::Action::Deploy)), 0);
    QCOMPARE(store.prune(1, QDateTime::currentDateTimeUtc().addYears(5)), 0);
    store.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(pragma(path, u"user_version"_s).toInt(), 99);
}

void TestStore::unusableFolderIsReported()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Store store(u"t7"_s);
    const Store::Status status = store.open(dir.filePath(u"file/journal.sqlite"_s));
    QVERIFY(!status.open);
    QVERIFY2(status.problem.contains(u"cannot be opened"_s), qPrintable(status.problem));
}

void TestStore::journalRecordsOnItsThread()
{
    QTemporaryDir dir;
    Journal journal(dir.filePath(u"j.sqlite"_s));
    QSignalSpy ready(&journal, &Journal::ready);
    QVERIFY(ready.wait(5000));
    QVERIFY2(journal.problem().isEmpty(), qPrintable(journal.problem()));
    QSignalSpy recorded(&journal, &Journal::recorded);
    journal.record(entry(u"web"_s, Entry::Action::Deploy));
    QVERIFY(recorded.wait(5000));
    QVERIFY(recorded.first().first().value<Entry>().id > 0);

    QList<Entry> rows;
    bool answered = false;
    journal.query({}, this, [&](const QList<Entry> &r) {
        rows = r;
        answered = true;
    });
    QVERIFY(!answered); // never inside the call
    QTRY_VERIFY(answered);
    QCOMPARE(rows.size(), 1);

    // A context gone before the answer: no callback.
    auto *context = new QObject;
    bool called = false;
    journal.query({}, context, [&called](const QList<Entry> &) { called = true; });
    delete context;
    QTest::qWait(100);
    QVERIFY(!called);
}

void TestStore::journalWritesEverythingBeforeItCloses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"j.sqlite"_s);
    {
        Journal journal(path);
        for (int i = 0; i < 50; ++i)
            journal.record(entry(u"app%1"_s.arg(i), Entry::Action::Restart));
    } // destroyed at once, before any answer
    Store store(u"t9"_s);
    QVERIFY(store.open(path).open);
    QCOMPARE(store.count(), 50);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
