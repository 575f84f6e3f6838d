#include "models/deploymentlog.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringView>
#include <QTime>

#include <algorithm>
#include <limits>

namespace Coolify::Models {

namespace {
// How much of the consumed prefix is compared on every poll: its first and last characters.
// The server only ever appends; a rewritten log (another deployment, a reset) changes either end.
constexpr qsizetype kAnchorChars = 96;
// Orders below this are tracked in a bitmap, the rest in a set.
constexpr qint64 kDenseOrders = 1 << 24;

int digits(QStringView s, qsizetype from, qsizetype count, bool *ok)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "2026-08-22T15:22:50.123456Z" without QDateTime's general parser (hot path: every entry).
qint64 parseTimestamp(const QString &text)
{
    const QStringView s(text);
    if (s.size() >= 20 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' && s.at(13) == u':'
        && s.at(16) == u':') {
        bool ok = true;
        const QDate date(digits(s, 0, 4, &ok), digits(s, 5, 2, &ok), digits(s, 8, 2, &ok));
        int ms = 0;
        if (s.size() >= 23 && s.at(19) == u'.')
            ms = digits(s, 20, 3, &ok);
        const QTime time(digits(s, 11, 2, &ok), digits(s, 14, 2, &ok), digits(s, 17, 2, &ok), ms);
        if (ok && date.isValid() && time.isValid() && s.back() == u'Z')
            return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
}

// Sorts the batch by order (stable: an entry's lines stay together) and keeps its newest
// kMaxLines: only those can ever be stored, whatever is already stored.
void keepNewest(LogBatch *batch, bool *sorted)
{
    if (!*sorted) {
        std::stable_sort(batch->lines.begin(), batch->lines.end(),
                         [](const LogLine &a, const LogLine &b) { return a.order < b.order; });
        *sorted = true;
    }
    const qsizetype excess = batch->lines.size() - DeploymentLog::kMaxLines;
    if (excess > 0) {
        batch->lines.remove(0, excess);
        batch->droppedLines += excess;
    }
}

// JSON's white space only (QChar::isSpace() also takes \v, \f and Unicode spaces, which a JSON
// parser refuses: skipping them would accept a log that a full parse rejects).
bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

QStringView jsonTrimmed(QStringView text)
{
    while (!text.isEmpty() && isJsonSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isJsonSpace(text.back()))
        text.chop(1);
    return text;
}

// Index of the last '}' before the closing ']' of an array text, or -1.
qsizetype lastEntryEnd(QStringView text)
{
    qsizetype i = text.size() - 1;
    while (i >= 0 && isJsonSpace(text.at(i)))
        --i;
    if (i < 0 || text.at(i) != u']')
        return -1;
    --i;
    while (i >= 0 && isJsonSpace(text.at(i)))
        --i;
    return (i >= 0 && text.at(i) == u'}') ? i : -1;
}

QString parseError(const QJsonParseError &error)
{
    return DeploymentLog::tr("The deployment log could not be read (%1 at character %2); "
                             "showing what was received before.")
        .arg(error.errorString())
        .arg(error.offset);
}
} // namespace

LogBatch DeploymentLogParser::parse(const QString &logsJson)
{
    LogBatch batch;
    if (logsJson.trimmed().isEmpty())
        return batch;
    if (parseTail(logsJson, &batch))
        return batch;
    return parseFull(logsJson);
}

bool DeploymentLogParser::parseTail(const QString &text, LogBatch *batch)
{
    if (m_boundary < 0 || text.size() < m_boundary)
        return false;
    const QStringView view(text);
    if (view.first(m_head.size()) != m_head
        || view.sliced(m_boundary - m_anchor.size(), m_anchor.size()) != m_anchor)
        return false;
    // The tail is `]` (nothing new) or `,{…},{…}]` (or `{…}]` after an empty array).
    QStringView tail = jsonTrimmed(view.sliced(m_boundary));
    if (tail == u"]") {
        batch->incremental = true;
        return true;
    }
    // After at least one element the separator is required: a missing comma is broken JSON, as
    // a full parse would say.
    if (m_elements > 0) {
        if (!tail.startsWith(u','))
            return false;
        tail = tail.sliced(1);
    } else if (tail.startsWith(u',')) {
        return false;
    }
    const qsizetype end = lastEntryEnd(tail);
    if (end < 0)
        return false;
    QByteArray utf8;
    utf8.reserve(tail.size() + 2);
    utf8.append('[');
    utf8.append(tail.toUtf8());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    const QJsonArray array = doc.array();
    batch->incremental = true;
    collect(array, m_elements, batch);
    // Offset of the new last '}' in the whole string.
    const qsizetype boundary = (tail.data() - view.data()) + end + 1;
    rememberBoundary(text, boundary, m_elements + array.size());
    return true;
}

LogBatch DeploymentLogParser::parseFull(const QString &text)
{
    LogBatch batch;
    ++m_fullParses;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        batch.ok = false;
        batch.error = parseError(error);
        return batch;
    }
    if (!doc.isArray()) {
        batch.ok = false;
        batch.error =
            DeploymentLog::tr("The deployment log is not a list of entries; showing what was "
                              "received before.");
        return batch;
    }
    const QJsonArray array = doc.array();
    collect(array, 0, &batch);
    const qsizetype end = lastEntryEnd(QStringView(text));
    if (end >= 0) {
        rememberBoundary(text, end + 1, array.size());
    } else if (array.isEmpty()) {
        rememberBoundary(text, text.indexOf(u'[') + 1, 0);
    } else {
        m_boundary = -1; // not an array of objects at its end: always parse in full
    }
    return batch;
}

void DeploymentLogParser::rememberBoundary(const QString &text, qsizetype boundary,
                                           qsizetype elements)
{
    m_boundary = boundary;
    m_elements = elements;
    const qsizetype n = std::min(kAnchorChars, boundary);
    m_head = text.first(n);
    m_anchor = text.sliced(boundary - n, n);
}

bool DeploymentLogParser::markSeen(qint64 order)
{
    if (order >= 0 && order < kDenseOrders) {
        if (order >= m_seen.size())
            m_seen.resize(std::max<qsizetype>(order + 1, m_seen.size() * 2));
        if (m_seen.testBit(order))
            return false;
        m_seen.setBit(order);
        return true;
    }
    if (m_seenSparse.contains(order))
        return false;
    m_seenSparse.insert(order);
    return true;
}

void DeploymentLogParser::collect(const QJsonArray &array, qsizetype firstIndex, LogBatch *batch)
{
    const QLatin1String kOrder("order"), kOutput("output"), kType("type"), kHidden("hidden"),
        kTimestamp("timestamp"), kCommand("command");
    qsizetype index = firstIndex;
    bool sorted = true;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (const QJsonValue &value : array) {
        const qsizetype position = index++;
        if (!value.isObject())
            continue;
        const QJsonObject entry = value.toObject();
        const QJsonValue orderValue = entry.value(kOrder);
        qint64 order = position + 1; // the first entry is written without an order
        if (orderValue.isDouble())
            order = orderValue.toInteger(position + 1);
        else if (orderValue.isString())
            order = orderValue.toString().toLongLong();
        if (!markSeen(order))
            continue; // a duplicate
        LogLine line;
        line.order = order;
        line.type = entry.value(kType).toString() == QLatin1String("stderr")
            ? LogLine::Type::Stderr
            : LogLine::Type::Stdout;
        const QJsonValue hidden = entry.value(kHidden);
        line.hidden = hidden.isBool() ? hidden.toBool() : hidden.toInt() != 0;
        line.timestampMs = parseTimestamp(entry.value(kTimestamp).toString());
        const QJsonValue command = entry.value(kCommand);
        if (command.isString())
            line.command = command.toString();
        QString output = entry.value(kOutput).toString();
        if (output.endsWith(u'\n'))
            output.chop(1);
        ++batch->entries;
        if (batch->lines.size() >= 2 * DeploymentLog::kMaxLines) {
            keepNewest(batch, &sorted); // a huge log costs ~2 × kMaxLines lines, not all of them
            previous = batch->lines.constLast().order;
        }
        if (order < previous)
            sorted = false;
        previous = std::max(previous, order);
        if (!output.contains(u'\n')) {
            line.text = std::move(output);
            batch->lines.append(std::move(line));
            continue;
        }
        const QList<QStringView> parts = QStringView(output).split(u'\n');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            LogLine part = line;
            QStringView text = parts.at(i);
            if (text.endsWith(u'\r'))
                text.chop(1);
            part.text = text.toString();
            part.continuation = i > 0;
            batch->lines.append(std::move(part));
        }
    }
    keepNewest(batch, &sorted);
    m_entries += batch->entries;
}

qsizetype DeploymentLog::insertPosition(qint64 order) const
{
    if (m_lines.isEmpty() || m_lines.constLast().order <= order)
        return m_lines.size();
    const auto it = std::upper_bound(m_lines.cbegin(), m_lines.cend(), order,
                                     [](qint64 o, const LogLine &line) { return o < line.order; });
    return it - m_lines.cbegin();
}

void DeploymentLog::insert(qsizetype position, const QList<LogLine> &lines)
{
    if (position >= m_lines.size()) {
        m_lines.append(lines);
        return;
    }
    m_lines.insert(position, lines.size(), LogLine());
    std::copy(lines.cbegin(), lines.cend(), m_lines.begin() + position);
}

DeploymentLog::Batch DeploymentLog::feed(const QString &logsJson, const Hooks &hooks)
{
    const Batch batch = m_parser.parse(logsJson);
    apply(batch, hooks);
    return batch;
}

void DeploymentLog::apply(const Batch &batch, const Hooks &hooks)
{
    m_dropped += batch.droppedLines;
    const auto put = [&](qsizetype position, const QList<LogLine> &lines) {
        if (hooks.aboutToInsert)
            hooks.aboutToInsert(position, lines.size());
        insert(position, lines);
        if (hooks.inserted)
            hooks.inserted();
    };
    for (qsizetype i = 0; i < batch.lines.size(); ++i) {
        const qsizetype position = insertPosition(batch.lines.at(i).order);
        if (position == m_lines.size()) {
            // The batch is sorted: this line and all after it go to the end, in one go. Of a
            // batch longer than the cap, only its newest kMaxLines are ever stored.
            const qsizetype rest = batch.lines.size() - i;
            const qsizetype skipped = std::max<qsizetype>(0, rest - kMaxLines);
            m_dropped += skipped;
            put(position, i == 0 && skipped == 0 ? batch.lines : batch.lines.mid(i + skipped));
            break;
        }
        put(position, {batch.lines.at(i)}); // a late entry (rare): into its place
    }
    if (m_lines.size() > kMaxLines) {
        const qsizetype excess = m_lines.size() - kMaxLines;
        if (hooks.aboutToDropOldest)
            hooks.aboutToDropOldest(excess);
        m_lines.remove(0, excess);
        m_dropped += excess;
        if (hooks.droppedOldest)
            hooks.droppedOldest();
    }
}

void DeploymentLog::clear()
{
    *this = DeploymentLog();
}

qsizetype DeploymentLog::approximateBytes() const
{
    qsizetype bytes = m_lines.capacity() * qsizetype(sizeof(LogLine)) + m_parser.approximateBytes();
    for (const LogLine &line : m_lines) {
        if (!line.text.isEmpty())
            bytes += 24 + line.text.capacity() * 2;
    }
    return bytes;
}

} // namespace Coolify::Models
