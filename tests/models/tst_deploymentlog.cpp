// DeploymentLog: incremental parsing of a deployment's `logs` string (coolify-api.md §4) — growth
// parsed from the tail only, entries out of order, duplicates, the first entry without `order`,
// multi-line output, and strings that do not parse keeping what was shown.
#include "models/deploymentlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

using Coolify::Models::DeploymentLog;
using Coolify::Models::LogLine;

namespace {
QJsonObject entry(int order, const QString &output, const QString &type = u"stdout"_s,
                  bool hidden = false)
{
    QJsonObject o{{u"command"_s, QJsonValue(QJsonValue::Null)},
                  {u"output"_s, output},
                  {u"type"_s, type},
                  {u"timestamp"_s, u"2026-08-22T15:22:50.123456Z"_s},
                  {u"hidden"_s, hidden},
                  {u"batch"_s, 1}};
    if (order > 0)
        o.insert(u"order"_s, order);
    return o;
}

// Entries 1..n as Coolify writes them: the first one without an order.
QJsonArray entries(int from, int to)
{
    QJsonArray a;
    for (int i = from; i <= to; ++i)
        a.append(entry(i == 1 ? 0 : i, u"line %1"_s.arg(i)));
    return a;
}

QString text(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QStringList texts(const DeploymentLog &log)
{
    QStringList out;
    for (const LogLine &l : log.lines())
        out << l.text;
    return out;
}

QStringList numbered(int from, int to)
{
    QStringList out;
    for (int i = from; i <= to; ++i)
        out << u"line %1"_s.arg(i);
    return out;
}
} // namespace

class TestDeploymentLog : public QObject
{
    Q_OBJECT

private slots:
    void firstEntryWithoutOrder();
    void growthParsesOnlyTheTail();
    void growthWithPrettyJson();
    void emptyThenGrowing();
    void outOfOrderWithinAPoll();
    void lateEntryGoesIntoPlace();
    void duplicatesDropped();
    void duplicatesAcrossRewrittenLog();
    void fields();
    void multiLineOutput();
    void garbledKeepsWhatWasShown_data();
    void garbledKeepsWhatWasShown();
    void truncatedThenRecovers();
    void emptyString();
    void memoryProportional();
    void hugeBatchKeepsItsNewestLines();
};

void TestDeploymentLog::firstEntryWithoutOrder()
{
    DeploymentLog log;
    const auto batch = log.feed(text(entries(1, 3)));
    QVERIFY(batch.ok);
    QCOMPARE(batch.entries, 3);
    QCOMPARE(texts(log), numbered(1, 3));
    QCOMPARE(log.at(0).order, 1); // implicit: index + 1
    QCOMPARE(log.at(2).order, 3);
}

void TestDeploymentLog::growthParsesOnlyTheTail()
{
    DeploymentLog log;
    log.feed(text(entries(1, 10)));
    QCOMPARE(log.fullParses(), 1);
    for (int n = 20; n <= 100; n += 10) {
        const auto batch = log.feed(text(entries(1, n)));
        QVERIFY(batch.ok);
        QVERIFY(batch.incremental);
        QCOMPARE(batch.entries, 10);
        QCOMPARE(batch.lines.first().text, u"line %1"_s.arg(n - 9));
    }
    QCOMPARE(log.fullParses(), 1);
    QCOMPARE(texts(log), numbered(1, 100));
    // The same string again adds nothing and does not re-parse.
    const auto same = log.feed(text(entries(1, 100)));
    QVERIFY(same.incremental);
    QCOMPARE(same.entries, 0);
    QCOMPARE(log.size(), 100);
}

void TestDeploymentLog::growthWithPrettyJson()
{
    // Whitespace between entries (another serializer) must not break the tail parse.
    DeploymentLog log;
    log.feed(QString::fromUtf8(QJsonDocument(entries(1, 5)).toJson(QJsonDocument::Indented)));
    const auto batch =
        log.feed(QString::fromUtf8(QJsonDocument(entries(1, 8)).toJson(QJsonDocument::Indented)));
    QVERIFY(batch.ok);
    QCOMPARE(texts(log), numbered(1, 8));
}

void TestDeploymentLog::emptyThenGrowing()
{
    DeploymentLog log;
    QCOMPARE(log.feed(u"[]"_s).entries, 0);
    const auto batch = log.feed(text(entries(1, 2)));
    QVERIFY(batch.incremental);
    QCOMPARE(texts(log), numbered(1, 2));
    log.feed(text(entries(1, 4)));
    QCOMPARE(texts(log), numbered(1, 4));
    QCOMPARE(log.fullParses(), 1);
}

void TestDeploymentLog::outOfOrderWithinAPoll()
{
    QJsonArray a = entries(1, 2);
    a.append(entry(5, u"line 5"_s));
    a.append(entry(3, u"line 3"_s));
    a.append(entry(4, u"line 4"_s));
    DeploymentLog log;
    log.feed(text(a));
    QCOMPARE(texts(log), numbered(1, 5));
}

void TestDeploymentLog::lateEntryGoesIntoPlace()
{
    QJsonArray a = entries(1, 3);
    a.append(entry(5, u"line 5"_s));
    DeploymentLog log;
    log.feed(text(a));
    a.append(entry(4, u"line 4"_s));
    a.append(entry(6, u"line 6"_s));
    QList<std::pair<qsizetype, qsizetype>> inserts;
    DeploymentLog::Hooks hooks;
    hooks.aboutToInsert = [&](qsizetype first, qsizetype count) {
        inserts.append({first, count});
    };
    const auto batch = log.feed(text(a), hooks);
    QVERIFY(batch.incremental);
    QCOMPARE(texts(log), numbered(1, 6));
    // 4 goes between 3 and 5; 6 is appended.
    QCOMPARE(inserts, (QList<std::pair<qsizetype, qsizetype>>{{3, 1}, {5, 1}}));
}

void TestDeploymentLog::duplicatesDropped()
{
    QJsonArray a = entries(1, 3);
    a.append(entry(2, u"again 2"_s));
    a.append(entry(4, u"line 4"_s));
    a.append(entry(4, u"again 4"_s));
    DeploymentLog log;
    const auto batch = log.feed(text(a));
    QCOMPARE(batch.entries, 4);
    QCOMPARE(texts(log), numbered(1, 4));
    // An explicit order 1 duplicates the implicit order of the first entry.
    a.append(entry(1, u"again 1"_s));
    log.feed(text(a));
    QCOMPARE(texts(log), numbered(1, 4));
}

void TestDeploymentLog::duplicatesAcrossRewrittenLog()
{
    // A changed prefix (re-serialised log) forces a full parse; known entries are not repeated.
    DeploymentLog log;
    log.feed(text(entries(1, 5)));
    QJsonArray rewritten = entries(1, 7);
    QJsonObject first = rewritten.at(0).toObject();
    first.insert(u"batch"_s, 2); // the head differs now
    rewritten[0] = first;
    const auto batch = log.feed(text(rewritten));
    QVERIFY(!batch.incremental);
    QCOMPARE(batch.entries, 2);
    QCOMPARE(log.fullParses(), 2);
    QCOMPARE(texts(log), numbered(1, 7));
}

void TestDeploymentLog::fields()
{
    QJsonArray a = entries(1, 1);
    QJsonObject hidden = entry(2, QString(), u"stdout"_s, true);
    hidden.insert(u"command"_s, u"docker rm -f x"_s);
    a.append(hidden);
    a.append(entry(3, u"npm ERR! code ELIFECYCLE"_s, u"stderr"_s));
    QJsonObject retry = entry(4, u"retrying"_s);
    retry.remove(u"command"_s); // SSH-retry entries have no command
    retry.insert(u"timestamp"_s, u"garbage"_s);
    a.append(retry);
    DeploymentLog log;
    log.feed(text(a));
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.at(0).timestampMs,
             QDateTime(QDate(2026, 8, 22), QTime(15, 22, 50, 123), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(log.at(1).hidden);
    QCOMPARE(log.at(1).command, u"docker rm -f x"_s);
    QCOMPARE(log.at(2).type, LogLine::Type::Stderr);
    QCOMPARE(log.at(0).type, LogLine::Type::Stdout);
    QVERIFY(log.at(3).command.isNull());
    QCOMPARE(log.at(3).timestampMs, 0);
}

void TestDeploymentLog::multiLineOutput()
{
    QJsonArray a = entries(1, 1);
    a.append(entry(2, u"#1 load\r\n#2 build\n#3 done\n"_s));
    a.append(entry(3, u"after"_s));
    DeploymentLog log;
    const auto batch = log.feed(text(a));
    QCOMPARE(batch.entries, 3);
    QCOMPARE(texts(log),
             (QStringList{u"line 1"_s, u"#1 load"_s, u"#2 build"_s, u"#3 done"_s, u"after"_s}));
    QVERIFY(!log.at(1).continuation);
    QVERIFY(log.at(2).continuation);
    QCOMPARE(log.at(3).order, 2);
    // A late entry goes after all lines of the entry before it.
    a.insert(2, entry(2, u"dup"_s));
    QCOMPARE(log.feed(text(a)).entries, 0);
}

void TestDeploymentLog::garbledKeepsWhatWasShown_data()
{
    QTest::addColumn<QString>("bad");
    const QString good = text(entries(1, 6));
    QTest::newRow("truncated mid-entry") << good.left(good.size() - 20);
    QTest::newRow("missing closing bracket") << good.chopped(1);
    QTest::newRow("not json") << u"Deployment log unavailable"_s;
    QTest::newRow("an object") << u"{\"order\":1}"_s;
    QTest::newRow("garbage in the tail") << good.chopped(1) + u",{\"order\":7,]"_s;
    // Found by fuzz_deploymentlog: the tail parse accepted what a full parse refuses.
    QTest::newRow("missing comma in the tail")
        << text(entries(1, 4)).chopped(1) + text(entries(5, 5)).mid(1);
    // Found by fuzz_deploymentlog: \v is white space to QString::trimmed(), not to JSON.
    QTest::newRow("vertical tab before the bracket") << text(entries(1, 4)).chopped(1) + u"\v]"_s;
}

void TestDeploymentLog::garbledKeepsWhatWasShown()
{
    QFETCH(QString, bad);
    DeploymentLog log;
    log.feed(text(entries(1, 4)));
    const auto batch = log.feed(bad);
    QVERIFY(!batch.ok);
    QVERIFY(!batch.error.isEmpty());
    QCOMPARE(texts(log), numbered(1, 4));
    // The next good poll continues where it left off.
    const auto next = log.feed(text(entries(1, 6)));
    QVERIFY(next.ok);
    QCOMPARE(texts(log), numbered(1, 6));
}

void TestDeploymentLog::truncatedThenRecovers()
{
    DeploymentLog log;
    const QString full = text(entries(1, 3));
    QVERIFY(!log.feed(full.left(full.size() / 2)).ok);
    QVERIFY(log.isEmpty());
    QCOMPARE(log.feed(full).entries, 3);
}

void TestDeploymentLog::emptyString()
{
    DeploymentLog log;
    const auto batch = log.feed(QString());
    QVERIFY(batch.ok);
    QCOMPARE(log.size(), 0);
}

void TestDeploymentLog::memoryProportional()
{
    DeploymentLog log;
    QJsonArray a;
    for (int i = 1; i <= 2000; ++i)
        a.append(entry(i, u"Step %1/40 : RUN npm ci --omit=dev && npm run build"_s.arg(i)));
    const QString raw = text(a);
    log.feed(raw);
    QCOMPARE(log.size(), 2000);
    QVERIFY2(
        log.approximateBytes() <= 2 * raw.toUtf8().size(),
        qPrintable(u"%1 bytes for %2 raw"_s.arg(log.approximateBytes()).arg(raw.toUtf8().size())));
}

void TestDeploymentLog::hugeBatchKeepsItsNewestLines()
{
    // Three times the cap in one poll, newest first: the parser itself keeps only the newest
    // kMaxLines (so a huge log never holds all its lines at once) and counts the rest.
    constexpr int kEntries = 3 * int(DeploymentLog::kMaxLines);
    QJsonArray a;
    for (int order = kEntries; order >= 1; --order)
        a.append(QJsonObject{{u"output"_s, u"line %1"_s.arg(order)}, {u"order"_s, order}});
    DeploymentLog log;
    const DeploymentLog::Batch batch = log.parse(text(a));
    QVERIFY(batch.ok);
    QCOMPARE(batch.entries, kEntries);
    QCOMPARE(batch.lines.size(), DeploymentLog::kMaxLines);
    QCOMPARE(batch.droppedLines, 2 * DeploymentLog::kMaxLines);
    QCOMPARE(batch.lines.constFirst().order, 2 * DeploymentLog::kMaxLines + 1);
    QCOMPARE(batch.lines.constLast().order, qint64(kEntries));
    log.apply(batch);
    QCOMPARE(log.size(), DeploymentLog::kMaxLines);
    QCOMPARE(log.droppedLines(), 2 * DeploymentLog::kMaxLines);
    QCOMPARE(log.at(0).text, u"line %1"_s.arg(2 * DeploymentLog::kMaxLines + 1));
}

QTEST_GUILESS_MAIN(TestDeploymentLog)
#include "tst_deploymentlog.moc"
