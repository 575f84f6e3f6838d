#pragma once

#include <QBitArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace Coolify::Models {

// One display line of a deployment log. A log entry whose `output` spans several lines becomes
// several LogLines sharing the entry's order, type, timestamp and command (continuation = true
// from the second one on), so a view can use uniform single-line rows.
struct LogLine
{
    enum class Type : quint8 { Stdout, Stderr };

    qint64 order = 0; // the entry's `order` (implicit index + 1 when the entry had none)
    qint64 timestampMs = 0; // ms since epoch (UTC); 0 when absent or unreadable
    QString text; // one line of `output`
    QString command; // the entry's `command` (implicitly shared between its lines); may be null
    Type type = Type::Stdout;
    bool hidden = false; // internal command, hidden unless asked for
    bool continuation = false; // not the entry's first line

    bool operator==(const LogLine &) const = default;
};

// What one parse of a deployment's `logs` found.
struct LogBatch
{
    QList<LogLine> lines; // new lines, sorted by order; at most DeploymentLog::kMaxLines
    qsizetype droppedLines = 0; // older new lines left out because newer ones fill the cap
    int entries = 0; // new entries (one entry may give several lines)
    bool incremental = false; // only the tail was parsed
    bool ok = true; // false: the string did not parse; nothing changed
    QString error; // why it did not parse, for the user
};

// The parsing half of DeploymentLog (coolify-api.md §4): `logs` is a string holding a JSON array
// that the server rewrites on every poll with new entries appended. Give it the whole string
// each time; it parses only the tail after the last entry it already consumed (after checking
// that the consumed prefix still starts and ends the same) and falls back to a full parse when
// that check fails. Entries are identified by `order` (missing on the very first entry: index
// + 1); duplicates are dropped and new entries are sorted by order. A string that does not parse
// (truncated, garbled) changes nothing.
//
// It holds no lines, only what it has seen, so it may run on a worker thread while the lines
// are shown (DeploymentLogModel::feedInBackground); one thread at a time.
class DeploymentLogParser
{
public:
    LogBatch parse(const QString &logsJson);
    int entryCount() const { return m_entries; }
    // How many parses fell back to the whole string (diagnostics for the benchmark and tests).
    int fullParses() const { return m_fullParses; }
    qsizetype approximateBytes() const { return m_seen.size() / 8 + m_seenSparse.size() * 16; }

private:
    LogBatch parseFull(const QString &text);
    bool parseTail(const QString &text, LogBatch *batch);
    // Appends the entries of `array` (element indexes from `firstIndex`) that are new.
    void collect(const class QJsonArray &array, qsizetype firstIndex, LogBatch *batch);
    bool markSeen(qint64 order);
    void rememberBoundary(const QString &text, qsizetype boundary, qsizetype elements);

    QBitArray m_seen; // orders 0..n seen, dense (Coolify's orders are 1..count)
    QSet<qint64> m_seenSparse; // negative or huge orders
    qsizetype m_boundary = -1; // chars of the string consumed: up to the last entry's '}'
    qsizetype m_elements = 0; // array elements in the consumed prefix
    QString m_head; // the first characters of the consumed prefix
    QString m_anchor; // the last characters of the consumed prefix (the end of the last entry)
    int m_entries = 0;
    int m_fullParses = 0;
};

// A deployment's log lines, kept in order, at most kMaxLines of them, with the parser that
// finds the new ones (see DeploymentLogParser).
//
//     DeploymentLog log;
//     log.feed(deployment.logs);            // parse() + apply()
class DeploymentLog
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::DeploymentLog)

public:
    using Batch = LogBatch;

    // Parses what is new in `logsJson` and marks it seen. Does not store the lines: apply()
    // or insert() does.
    Batch parse(const QString &logsJson) { return m_parser.parse(logsJson); }
    // Where a line of this order belongs: after every stored line of an order <= it.
    qsizetype insertPosition(qint64 order) const;
    void insert(qsizetype position, const QList<LogLine> &lines);
    // Stores a batch's lines at the right places; the hooks run around each insertion (a model
    // calls beginInsertRows/endInsertRows there). Appends are one insertion.
    //
    // Keeps at most kMaxLines: the oldest lines beyond it are dropped (droppedLines() counts
    // them), the hooks of the removal run around it (a model calls beginRemoveRows/endRemoveRows).
    using InsertHook = std::function<void(qsizetype first, qsizetype count)>;
    struct Hooks
    {
        InsertHook aboutToInsert;
        std::function<void()> inserted;
        std::function<void(qsizetype count)> aboutToDropOldest;
        std::function<void()> droppedOldest;
    };
    void apply(const Batch &batch, const Hooks &hooks = {});
    Batch feed(const QString &logsJson, const Hooks &hooks = {});

    // The most lines kept, as in Coolify's own log view: a build that prints millions of lines
    // must not hold them all in memory.
    static constexpr qsizetype kMaxLines = 50'000;
    // Lines dropped from the front (never shown, or scrolled out) since the last clear().
    qsizetype droppedLines() const { return m_dropped; }

    void clear();
    qsizetype size() const { return m_lines.size(); }
    bool isEmpty() const { return m_lines.isEmpty(); }
    const LogLine &at(qsizetype i) const { return m_lines.at(i); }
    const QList<LogLine> &lines() const { return m_lines; }
    const DeploymentLogParser &parser() const { return m_parser; }
    int entryCount() const { return m_parser.entryCount(); }
    int fullParses() const { return m_parser.fullParses(); }
    // Rough heap bytes held (lines, texts, bookkeeping), for the memory budget.
    qsizetype approximateBytes() const;

private:
    QList<LogLine> m_lines;
    DeploymentLogParser m_parser;
    qsizetype m_dropped = 0;
};

} // namespace Coolify::Models

// QList may move lines with memcpy when it grows (QString members are relocatable).
Q_DECLARE_TYPEINFO(Coolify::Models::LogLine, Q_RELOCATABLE_TYPE);
