// DeploymentLog: incremental parsing of a deployment's `logs` string (FACTS §4) — growth parsed
// from the tail only, entries out of order, duplicates, the first entry without `order`,
// multi-line output, and strings that do not parse keeping what was shown.
#include "models/deploymentlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using Coolify::Models::DeploymentLog;
using Coolify::Models::LogLine;

namespace {
QJsonObject entry(int order, const QString &output, const QString &type = QStringLiteral("stdout"),
                  bool hidden = false)
{
    QJsonObject o{{QStringLiteral("command"), QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("output"), output},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("timestamp"), QStringLiteral("2026-08-22T15:22:50.123456Z")},
                  {QStringLiteral("hidden"), hidden},
                  {QStringLiteral("batch"), 1}};
    if (order > 0)
        o.insert(QStringLiteral("order"), order);
    return o;
}

// Entries 1..n as Coolify writes them: the first one without an order.
QJsonArray entries(int from, int to)
{
    QJsonArray a;
    for (int i = from; i <= to; ++i)
        a.append(entry(i == 1 ? 0 : i, QStringLiteral("line %1").arg(i)));
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
        out << QStringLiteral("line %1").arg(i);
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
        QCOMPARE(batch.lines.first().text, QStringLiteral("line %1").arg(n - 9));
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
    QCOMPARE(log.feed(QStringLiteral("[]")).entries, 0);
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
    a.append(entry(5, QStringLiteral("line 5")));
    a.append(entry(3, QStringLiteral("line 3")));
    a.append(entry(4, QStringLiteral("line 4")));
    DeploymentLog log;
    log.feed(text(a));
    QCOMPARE(texts(log), numbered(1, 5));
}

void TestDeploymentLog::lateEntryGoesIntoPlace()
{
    QJsonArray a = entries(1, 3);
    a.append(entry(5, QStringLiteral("line 5")));
    DeploymentLog log;
    log.feed(text(a));
    a.append(entry(4, QStringLiteral("line 4")));
    a.append(entry(6, QStringLiteral("line 6")));
    QList<std::pair<qsizetype, qsizetype>> inserts;
    const auto batch = log.feed(text(a), [&](qsizetype first, qsizetype count) {
        inserts.append({first, count});
    });
    QVERIFY(batch.incremental);
    QCOMPARE(texts(log), numbered(1, 6));
    // 4 goes between 3 and 5; 6 is appended.
    QCOMPARE(inserts, (QList<std::pair<qsizetype, qsizetype>>{{3, 1}, {5, 1}}));
}

void TestDeploymentLog::duplicatesDropped()
{
    QJsonArray a = entries(1, 3);
    a.append(entry(2, QStringLiteral("again 2")));
    a.append(entry(4, QStringLiteral("line 4")));
    a.append(entry(4, QStringLiteral("again 4")));
    DeploymentLog log;
    const auto batch = log.feed(text(a));
    QCOMPARE(batch.entries, 4);
    QCOMPARE(texts(log), numbered(1, 4));
    // An explicit order 1 duplicates the implicit order of the first entry.
    a.append(entry(1, QStringLiteral("again 1")));
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
    first.insert(QStringLiteral("batch"), 2); // the head differs now
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
    QJsonObject hidden = entry(2, QString(), QStringLiteral("stdout"), true);
    hidden.insert(QStringLiteral("command"), QStringLiteral("docker rm -f x"));
    a.append(hidden);
    a.append(entry(3, QStringLiteral("npm ERR! code ELIFECYCLE"), QStringLiteral("stderr")));
    QJsonObject retry = entry(4, QStringLiteral("retrying"));
    retry.remove(QStringLiteral("command")); // SSH-retry entries have no command
    retry.insert(QStringLiteral("timestamp"), QStringLiteral("garbage"));
    a.append(retry);
    DeploymentLog log;
    log.feed(text(a));
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.at(0).timestampMs,
             QDateTime(QDate(2026, 8, 22), QTime(15, 22, 50, 123), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(log.at(1).hidden);
    QCOMPARE(log.at(1).command, QStringLiteral("docker rm -f x"));
    QCOMPARE(log.at(2).type, LogLine::Type::Stderr);
    QCOMPARE(log.at(0).type, LogLine::Type::Stdout);
    QVERIFY(log.at(3).command.isNull());
    QCOMPARE(log.at(3).timestampMs, 0);
}

void TestDeploymentLog::multiLineOutput()
{
    QJsonArray a = entries(1, 1);
    a.append(entry(2, QStringLiteral("#1 load\r\n#2 build\n#3 done\n")));
    a.append(entry(3, QStringLiteral("after")));
    DeploymentLog log;
    const auto batch = log.feed(text(a));
    QCOMPARE(batch.entries, 3);
    QCOMPARE(texts(log),
             (QStringList{QStringLiteral("line 1"), QStringLiteral("#1 load"),
                          QStringLiteral("#2 build"), QStringLiteral("#3 done"),
                          QStringLiteral("after")}));
    QVERIFY(!log.at(1).continuation);
    QVERIFY(log.at(2).continuation);
    QCOMPARE(log.at(3).order, 2);
    // A late entry goes after all lines of the entry before it.
    a.insert(2, entry(2, QStringLiteral("dup")));
    QCOMPARE(log.feed(text(a)).entries, 0);
}

void TestDeploymentLog::garbledKeepsWhatWasShown_data()
{
    QTest::addColumn<QString>("bad");
    const QString good = text(entries(1, 6));
    QTest::newRow("truncated mid-entry") << good.left(good.size() - 20);
    QTest::newRow("missing closing bracket") << good.chopped(1);
    QTest::newRow("not json") << QStringLiteral("Deployment log unavailable");
    QTest::newRow("an object") << QStringLiteral("{\"order\":1}");
    QTest::newRow("garbage in the tail") << good.chopped(1) + QStringLiteral(",{\"order\":7,]");
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
        a.append(
            entry(i, QStringLiteral("Step %1/40 : RUN npm ci --omit=dev && npm run build").arg(i)));
    const QString raw = text(a);
    log.feed(raw);
    QCOMPARE(log.size(), 2000);
    QVERIFY2(log.approximateBytes() <= 2 * raw.toUtf8().size(),
             qPrintable(QStringLiteral("%1 bytes for %2 raw")
                            .arg(log.approximateBytes())
                            .arg(raw.toUtf8().size())));
}

QTEST_GUILESS_MAIN(TestDeploymentLog)
#include "tst_deploymentlog.moc"
