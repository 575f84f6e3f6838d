#include "journal/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Coolify::Journal {

namespace {

// SQLite's result codes (sqlite3.h), as QSqlError::nativeErrorCode() gives them.
bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == "5"_L1 || code == "6"_L1; // SQLITE_BUSY, SQLITE_LOCKED
}

bool isDamaged(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == "11"_L1 || code == "26"_L1; // SQLITE_CORRUPT, SQLITE_NOTADB
}

// Each step brings the schema from version i to i + 1. Never edit a step that has shipped: add
// one, and raise Store::SchemaVersion.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 → 1
        {u"CREATE TABLE entries ("
         "  id INTEGER PRIMARY KEY,"
         "  time INTEGER NOT NULL," // ms since 1970, UTC
         "  instance_id TEXT NOT NULL,"
         "  instance_name TEXT NOT NULL,"
         "  kind TEXT NOT NULL,"
         "  uuid TEXT NOT NULL,"
         "  name TEXT NOT NULL,"
         "  action TEXT NOT NULL,"
         "  fields TEXT NOT NULL," // JSON array of names
         "  outcome TEXT NOT NULL," // "ok" or "failed"
         "  detail TEXT NOT NULL,"
         "  deployment_uuid TEXT NOT NULL)"_s,
         u"CREATE INDEX entries_time ON entries(time)"_s,
         u"CREATE INDEX entries_instance ON entries(instance_id, time)"_s,
         u"CREATE INDEX entries_uuid ON entries(uuid, time)"_s},
    };
    static_assert(Store::SchemaVersion == 1, "add the migration step of the new version");
    return steps;
}

QString fieldsText(const QStringList &fields)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact));
}

QStringList fieldsFrom(const QString &text)
{
    QStringList fields;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        fields << value.toString();
    return fields;
}

// A null QString is bound as SQL NULL; the columns hold text, possibly empty.
QString notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

QString escapedLike(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

} // namespace

Store::Store(const QString &connectionName)
    : m_connection(connectionName)
{ }

Store::~Store()
{
    close();
}

void Store::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_status = {};
}

Store::Status Store::open(const QString &path)
{
    close();
    m_path = path;
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        m_status.problem = QCoreApplication::translate(
            "Journal",
            "The journal cannot be kept: Qt's SQLite driver is not installed "
            "(on Debian and Ubuntu: libqt6sql6-sqlite).");
        return m_status;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    switch (tryOpen(&error)) {
    case OpenResult::Ok:
        break;
    case OpenResult::Damaged: {
        close();
        m_path = path;
        setAside();
        QString again;
        if (tryOpen(&again) != OpenResult::Ok) {
            close();
            m_status.problem =
                QCoreApplication::translate(
                    "Journal", "The journal file was damaged and could not be replaced: %1")
                    .arg(again);
            return m_status;
        }
        m_status.problem = m_status.setAsidePath.isEmpty()
            ? QCoreApplication::translate(
                "Journal", "The journal file was damaged; a new journal was started.")
            : QCoreApplication::translate(
                  "Journal",
                  "The journal file was damaged. It was set aside as %1 and a new journal was "
                  "started.")
                  .arg(QDir::toNativeSeparators(m_status.setAsidePath));
        break;
    }
    case OpenResult::Locked:
        close();
        m_status.problem = QCoreApplication::translate(
            "Journal",
            "The journal is locked by another program, so the changes of this "
            "session are not recorded. Close the other program and restart.");
        return m_status;
    case OpenResult::Failed:
        close();
        m_status.problem =
            QCoreApplication::translate("Journal", "The journal cannot be opened: %1").arg(error);
        return m_status;
    }
    return m_status;
}

Store::OpenResult Store::tryOpen(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=1500"_s);
    if (!db.open()) {
        *error = db.lastError().text();
        return isDamaged(db.lastError()) ? OpenResult::Damaged : OpenResult::Failed;
    }
    QSqlQuery q(db);
    auto failed = [&](const QSqlError &e) {
        *error = e.text();
        if (isDamaged(e))
            return OpenResult::Damaged;
        return isBusy(e) ? OpenResult::Locked : OpenResult::Failed;
    };
    // Not a database at all shows here first ("file is not a database").
    if (!q.exec(u"PRAGMA quick_check"_s))
        return failed(q.lastError());
    if (!q.next() || q.value(0).toString() != "ok"_L1) {
        *error = q.value(0).toString();
        return OpenResult::Damaged;
    }
    q.finish(); // a statement left open would keep the migration from committing
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return failed(q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    m_status.open = true;
    if (version > SchemaVersion) {
        // Written by a newer app: shown, never changed.
        m_status.writable = false;
        m_status.problem = QCoreApplication::translate(
            "Journal",
            "The journal was written by a newer version of Coolify Desktop; "
            "this version shows it but records nothing in it.");
        return OpenResult::Ok;
    }
    // With WAL, NORMAL syncs at checkpoints rather than at every commit: still never damaged by a
    // crash, at worst the last entries before a power cut are lost.
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.exec(u"PRAGMA synchronous=NORMAL"_s)) {
        m_status.open = false;
        return failed(q.lastError());
    }
    q.finish();
    if (version < SchemaVersion && !migrate(version, error)) {
        m_status.open = false;
        return isBusy(db.lastError()) || error->contains(u"locked"_s) ? OpenResult::Locked
                                                                      : OpenResult::Failed;
    }
    m_status.writable = true;
    return OpenResult::Ok;
}

bool Store::migrate(int from, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // One transaction for all steps: a migration interrupted halfway leaves the old file.
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = q.lastError().text();
        return false;
    }
    for (int version = from; version < SchemaVersion; ++version) {
        for (const QString &statement : migrations().at(version)) {
            if (!q.exec(statement)) {
                *error = q.lastError().text();
                q.exec(u"ROLLBACK"_s);
                return false;
            }
        }
    }
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion)) || !q.exec(u"COMMIT"_s)) {
        *error = q.lastError().text();
        q.exec(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

void Store::setAside()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString target = m_path + u".damaged-"_s + stamp;
    if (QFile::rename(m_path, target))
        m_status.setAsidePath = target;
    else
        QFile::remove(m_path);
    // The write-ahead log and its index belong to the damaged file.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1StringView(suffix);
        if (QFile::exists(side) && !QFile::rename(side, target + QLatin1StringView(suffix)))
            QFile::remove(side);
    }
}

int Store::appendAll(const QList<Entry> &entries)
{
    if (!m_status.open || !m_status.writable || entries.isEmpty())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return 0;
    for (const Entry &entry : entries) {
        if (append(entry) == 0) {
            db.rollback();
            return 0;
        }
    }
    return db.commit() ? int(entries.size()) : 0;
}

qint64 Store::append(const Entry &entry)
{
    if (!m_status.open || !m_status.writable)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO entries (time, instance_id, instance_name, kind, uuid, name, action,"
              " fields, outcome, detail, deployment_uuid)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QDateTime time = entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc();
    q.addBindValue(time.toMSecsSinceEpoch());
    q.addBindValue(notNull(entry.instanceId));
    q.addBindValue(notNull(entry.instanceName));
    q.addBindValue(notNull(entry.kind));
    q.addBindValue(notNull(entry.uuid));
    q.addBindValue(notNull(entry.name));
    q.addBindValue(Entry::actionKey(entry.action));
    q.addBindValue(fieldsText(entry.fields));
    q.addBindValue(entry.outcome == Entry::Outcome::Succeeded ? u"ok"_s : u"failed"_s);
    q.addBindValue(notNull(entry.detail));
    q.addBindValue(notNull(entry.deploymentUuid));
    if (!q.exec()) {
        m_status.problem = isBusy(q.lastError())
            ? QCoreApplication::translate(
                "Journal", "The journal is locked by another program; a change was not recorded.")
            : QCoreApplication::translate("Journal",
                                          "A change could not be recorded in the journal: %1")
                  .arg(q.lastError().text());
        return 0;
    }
    if (!m_status.problem.isEmpty() && m_status.setAsidePath.isEmpty())
        m_status.problem.clear(); // writing works again
    return q.lastInsertId().toLongLong();
}

QList<Entry> Store::query(const Filter &filter) const
{
    QList<Entry> entries;
    if (!m_status.open)
        return entries;
    QStringList where;
    QVariantList binds;
    if (!filter.text.trimmed().isEmpty()) {
        // Column by column rather than over one concatenated text: no string is built per row,
        // and the first matching column ends the test.
        static const QStringList columns{u"name"_s,   u"instance_name"_s,   u"uuid"_s, u"fields"_s,
                                         u"detail"_s, u"deployment_uuid"_s, u"kind"_s};
        QStringList tests;
        const QString pattern = escapedLike(filter.text.trimmed());
        for (const QString &column : columns) {
            tests << column + u" LIKE ? ESCAPE '\\'"_s;
            binds << pattern;
        }
        where << u'(' + tests.join(u" OR "_s) + u')';
    }
    if (!filter.instanceId.isEmpty()) {
        where << u"instance_id = ?"_s;
        binds << filter.instanceId;
    }
    if (!filter.uuid.isEmpty()) {
        where << u"uuid = ?"_s;
        binds << filter.uuid;
    }
    if (!filter.actions.isEmpty()) {
        QStringList marks;
        for (Entry::Action action : filter.actions) {
            marks << u"?"_s;
            binds << Entry::actionKey(action);
        }
        where << u"action IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (filter.outcome) {
        where << u"outcome = ?"_s;
        binds << (*filter.outcome == Entry::Outcome::Succeeded ? u"ok"_s : u"failed"_s);
    }
    if (filter.from.isValid()) {
        where << u"time >= ?"_s;
        binds << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        where << u"time < ?"_s;
        binds << filter.to.toMSecsSinceEpoch();
    }
    QString sql = u"SELECT id, time, instance_id, instance_name, kind, uuid, name, action, fields,"
                  " outcome, detail, deployment_uuid FROM entries"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY time DESC, id DESC LIMIT %1"_s.arg(qMax(0, filter.limit));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec())
        return entries;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.time = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.instanceId = q.value(2).toString();
        e.instanceName = q.value(3).toString();
        e.kind = q.value(4).toString();
        e.uuid = q.value(5).toString();
        e.name = q.value(6).toString();
        e.action = Entry::actionFromKey(q.value(7).toString());
        e.fields = fieldsFrom(q.value(8).toString());
        e.outcome =
            q.value(9).toString() == "ok"_L1 ? Entry::Outcome::Succeeded : Entry::Outcome::Failed;
        e.detail = q.value(10).toString();
        e.deploymentUuid = q.value(11).toString();
        entries << e;
    }
    return entries;
}

qint64 Store::count() const
{
    if (!m_status.open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(u"SELECT COUNT(*) FROM entries"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

int Store::prune(int days, const QDateTime &now)
{
    if (!m_status.open || !m_status.writable || days <= 0)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM entries WHERE time < ?"_s);
    q.addBindValue(now.addDays(-days).toMSecsSinceEpoch());
    return q.exec() ? q.numRowsAffected() : 0;
}

} // namespace Coolify::Journal
