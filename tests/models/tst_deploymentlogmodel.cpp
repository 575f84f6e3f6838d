// DeploymentLogModel under QAbstractItemModelTester: rows appended while the log grows, late
// entries inserted into place, roles, and a reset.
#include "models/deploymentlogmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

using namespace Qt::StringLiterals;

using Coolify::Models::DeploymentLogModel;

namespace {
QJsonObject entry(int order, const QString &output, const QString &type = u"stdout"_s,
                  bool hidden = false)
{
    QJsonObject o{
        {u"command"_s, hidden ? QJsonValue(u"docker ps"_s) : QJsonValue(QJsonValue::Null)},
        {u"output"_s, output},
        {u"type"_s, type},
        {u"timestamp"_s, u"2026-08-22T15:22:50.000000Z"_s},
        {u"hidden"_s, hidden}};
    if (order > 1)
        o.insert(u"order"_s, order);
    return o;
}

QString text(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

class TestDeploymentLogModel : public QObject
{
    Q_OBJECT

private slots:
    void appendsRows();
    void lateEntryInsertedInPlace();
    void roles();
    void garbledChangesNothing();
    void reset();
    void keepsOnlyTheNewestLines();
    void parsesInTheBackground();
    void clearDiscardsARunningParse();
};

void TestDeploymentLogModel::appendsRows()
{
    DeploymentLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QJsonArray a;
    for (int poll = 0; poll < 5; ++poll) {
        for (int i = 0; i < 20; ++i)
            a.append(entry(a.size() + 1, u"line %1"_s.arg(a.size() + 1)));
        model.feed(text(a));
        QCOMPARE(model.rowCount(), a.size());
    }
    QCOMPARE(inserted.size(), 5); // one insertion per poll
    QCOMPARE(inserted.at(4).at(1).toInt(), 80);
    QCOMPARE(inserted.at(4).at(2).toInt(), 99);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(99).data().toString(), u"line 100"_s);
    QCOMPARE(model.rowCount(model.index(0)), 0);
}

void TestDeploymentLogModel::lateEntryInsertedInPlace()
{
    DeploymentLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray a{entry(1, u"a"_s), entry(2, u"b"_s), entry(4, u"d"_s)};
    model.feed(text(a));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    a.append(entry(3, u"c\nc2"_s));
    model.feed(text(a));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.index(r).data().toString();
    QCOMPARE(rows, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"c2"_s, u"d"_s}));
    QVERIFY(model.index(3).data(DeploymentLogModel::ContinuationRole).toBool());
}

void TestDeploymentLogModel::roles()
{
    DeploymentLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.feed(text(QJsonArray{entry(1, u"start"_s), entry(2, u"oops"_s, u"stderr"_s),
                               entry(3, QString(), u"stdout"_s, true)}));
    const QModelIndex err = model.index(1);
    QVERIFY(err.data(DeploymentLogModel::StderrRole).toBool());
    QCOMPARE(err.data(DeploymentLogModel::TypeRole).toInt(), 1);
    QCOMPARE(err.data(DeploymentLogModel::OrderRole).toLongLong(), 2);
    QCOMPARE(err.data(DeploymentLogModel::TimestampRole).toDateTime(),
             QDateTime(QDate(2026, 8, 22), QTime(15, 22, 50), Qt::UTC));
    const QModelIndex hidden = model.index(2);
    QVERIFY(hidden.data(DeploymentLogModel::HiddenRole).toBool());
    QCOMPARE(hidden.data(DeploymentLogModel::CommandRole).toString(), u"docker ps"_s);
    QVERIFY(!model.index(0).data(DeploymentLogModel::HiddenRole).toBool());
    QVERIFY(model.roleNames().values().contains("stderr"));
}

void TestDeploymentLogModel::garbledChangesNothing()
{
    DeploymentLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.feed(text(QJsonArray{entry(1, u"a"_s)}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(!model.feed(u"[{\"output\":"_s).ok);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void TestDeploymentLogModel::reset()
{
    DeploymentLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.feed(text(QJsonArray{entry(1, u"a"_s), entry(2, u"b"_s)}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    model.feed(text(QJsonArray{entry(1, u"a"_s)}));
    QCOMPARE(model.rowCount(), 1);
}

void TestDeploymentLogModel::keepsOnlyTheNewestLines()
{
    using Coolify::Models::DeploymentLog;
    DeploymentLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dropped(&model, &DeploymentLogModel::droppedLinesChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // One entry of many lines per poll: 3 polls of 20,000 lines, then one of 70,000 at once.
    QJsonArray a;
    const auto addEntry = [&a](int lines) {
        QStringList out;
        for (int i = 0; i < lines; ++i)
            out << u"e%1 l%2"_s.arg(a.size() + 1).arg(i);
        a.append(entry(a.size() + 1, out.join(u'\n')));
    };
    addEntry(20000);
    addEntry(20000);
    model.feed(text(a));
    QCOMPARE(model.rowCount(), 40000);
    QCOMPARE(model.droppedLines(), 0);
    QCOMPARE(dropped.size(), 0);

    addEntry(20000);
    model.feed(text(a));
    QCOMPARE(model.rowCount(), int(DeploymentLog::kMaxLines));
    QCOMPARE(model.droppedLines(), 10000);
    QCOMPARE(removed.size(), 1); // the oldest rows, removed as rows
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(model.index(0).data().toString(), u"e1 l10000"_s);
    QCOMPARE(model.index(model.rowCount() - 1).data().toString(), u"e3 l19999"_s);

    // A batch longer than the cap: only its newest lines are ever stored.
    addEntry(70000);
    model.feed(text(a));
    QCOMPARE(model.rowCount(), int(DeploymentLog::kMaxLines));
    QCOMPARE(model.droppedLines(), 10000 + 50000 + 20000);
    QCOMPARE(model.index(0).data().toString(), u"e4 l20000"_s);
    QCOMPARE(model.index(model.rowCount() - 1).data().toString(), u"e4 l69999"_s);

    model.clear();
    QCOMPARE(model.droppedLines(), 0);
    QCOMPARE(dropped.last().at(0).value<qsizetype>(), 0);
}

void TestDeploymentLogModel::parsesInTheBackground()
{
    DeploymentLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy fed(&model, &DeploymentLogModel::fed);
    QJsonArray a;
    const auto grow = [&a](int entries) {
        for (int i = 0; i < entries; ++i)
            a.append(entry(a.size() + 1, u"line %1"_s.arg(a.size() + 1)));
    };
    grow(2000);
    model.feedInBackground(text(a));
    // Nothing is parsed on this thread: the rows arrive through the event loop.
    QVERIFY(model.isParsing());
    QCOMPARE(model.rowCount(), 0);
    // Three more polls while the first is parsed: only the newest is parsed next.
    for (int poll = 0; poll < 3; ++poll) {
        grow(10);
        model.feedInBackground(text(a));
    }
    QTRY_COMPARE(fed.size(), 2);
    QVERIFY(!model.isParsing());
    QCOMPARE(model.rowCount(), a.size());
    QCOMPARE(model.index(model.rowCount() - 1).data().toString(), u"line 2030"_s);
    const auto second = fed.at(1).at(0).value<Coolify::Models::LogBatch>();
    QVERIFY(second.ok);
    QVERIFY(second.incremental);
    QCOMPARE(second.entries, 30);

    // A garbled poll is refused in the background too, and changes nothing.
    model.feedInBackground(text(a).chopped(3));
    QTRY_COMPARE(fed.size(), 3);
    QVERIFY(!fed.at(2).at(0).value<Coolify::Models::LogBatch>().ok);
    QCOMPARE(model.rowCount(), a.size());
}

void TestDeploymentLogModel::clearDiscardsARunningParse()
{
    QJsonArray big, small;
    for (int i = 0; i < 20000; ++i)
        big.append(entry(big.size() + 1, u"old %1"_s.arg(i)));
    small.append(entry(1, u"new"_s));
    {
        DeploymentLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy fed(&model, &DeploymentLogModel::fed);
        model.feedInBackground(text(big));
        model.clear();
        QVERIFY(!model.isParsing());
        model.feedInBackground(text(small));
        QTRY_COMPARE(fed.size(), 1);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(fed.size(), 1); // the old parse finished unseen
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"new"_s);

        // Destroyed while parsing: the worker keeps its own share of the parser.
        auto *doomed = new DeploymentLogModel;
        doomed->feedInBackground(text(big));
        delete doomed;
    }
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_GUILESS_MAIN(TestDeploymentLogModel)
#include "tst_deploymentlogmodel.moc"
