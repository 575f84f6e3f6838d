#include "api/requestscheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Api;

namespace {
// Records which jobs started, in order, and when (ms since the test's clock started).
struct StartLog
{
    QElapsedTimer clock;
    QStringList order;
    QList<qint64> at;

    StartLog() { clock.start(); }
    std::function<void()> job(RequestScheduler *scheduler, const QString &name, bool releaseAtOnce)
    {
        return [this, scheduler, name, releaseAtOnce] {
            order << name;
            at << clock.elapsed();
            if (releaseAtOnce)
                scheduler->release();
        };
    }
};
} // namespace

class TestRequestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void neverStartsSynchronously();
    void windowLimitHoldsTheNextStart();
    void maxConcurrent();
    void interactiveBeforeBackground_data();
    void interactiveBeforeBackground();
    void removeQueuedJob();
    void pauseFor();
    void pauseIsExtendedNotShortened();
    void noteRemainingZeroPauses();
    void noteRemainingCountsRequestsInFlight();
};

void TestRequestScheduler::neverStartsSynchronously()
{
    RequestScheduler scheduler;
    StartLog log;
    scheduler.enqueue(Priority::Interactive, log.job(&scheduler, u"a"_s, true));
    QVERIFY(log.order.isEmpty()); // callers connect to the reply after send()
    QTRY_COMPARE(log.order, QStringList{u"a"_s});
    QCOMPARE(scheduler.inFlight(), 0);
}

void TestRequestScheduler::windowLimitHoldsTheNextStart()
{
    RequestScheduler scheduler({3, 300, 10});
    StartLog log;
    for (const QString &name : {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s})
        scheduler.enqueue(Priority::Interactive, log.job(&scheduler, name, true));
    QTRY_COMPARE(log.order.size(), 3);
    QCOMPARE(scheduler.queuedCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(log.order.size(), 5, 3000);
    QCOMPARE(log.order, (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
    // The 4th and 5th start only once the first starts leave the 300 ms window.
    QVERIFY2(log.at[3] >= 300, qPrintable(QString::number(log.at[3])));
    QVERIFY2(log.at[4] >= 300, qPrintable(QString::number(log.at[4])));
    QVERIFY2(log.at[3] - log.at[0] >= 299, qPrintable(QString::number(log.at[3] - log.at[0])));
    QVERIFY2(log.at[2] < 300, qPrintable(QString::number(log.at[2])));
}

void TestRequestScheduler::maxConcurrent()
{
    RequestScheduler scheduler({100, 60'000, 2});
    StartLog log;
    for (const QString &name : {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s})
        scheduler.enqueue(Priority::Interactive, log.job(&scheduler, name, false));
    QTRY_COMPARE(log.order.size(), 2);
    // All starts that may happen happen in one pump, so a third would already be there.
    QCOMPARE(scheduler.inFlight(), 2);
    QCOMPARE(scheduler.queuedCount(), 3);
    scheduler.release();
    QTRY_COMPARE(log.order.size(), 3);
    QCOMPARE(scheduler.inFlight(), 2);
    scheduler.release();
    scheduler.release();
    QTRY_COMPARE(log.order.size(), 5);
    QCOMPARE(scheduler.inFlight(), 2);
    scheduler.release();
    scheduler.release();
    scheduler.release(); // one too many must not go negative
    QCOMPARE(scheduler.inFlight(), 0);
}

void TestRequestScheduler::interactiveBeforeBackground_data()
{
    QTest::addColumn<QStringList>("enqueue"); // "b:x" background, "i:x" interactive
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("interactive queued after background goes first")
        << QStringList{u"b:1"_s, u"b:2"_s, u"i:3"_s, u"i:4"_s}
        << QStringList{u"3"_s, u"4"_s, u"1"_s, u"2"_s};
    QTest::newRow("fifo within a priority") << QStringList{u"i:1"_s, u"b:2"_s, u"i:3"_s, u"b:4"_s}
                                            << QStringList{u"1"_s, u"3"_s, u"2"_s, u"4"_s};
}

void TestRequestScheduler::interactiveBeforeBackground()
{
    QFETCH(QStringList, enqueue);
    QFETCH(QStringList, expected);
    RequestScheduler scheduler({100, 60'000, 1});
    StartLog log;
    for (const QString &entry : std::as_const(enqueue)) {
        const Priority priority =
            entry.startsWith(u'i') ? Priority::Interactive : Priority::Background;
        scheduler.enqueue(priority, log.job(&scheduler, entry.mid(2), false));
    }
    for (qsizetype i = 1; i <= expected.size(); ++i) {
        QTRY_COMPARE(log.order.size(), i);
        QCOMPARE(scheduler.inFlight(), 1);
        scheduler.release();
    }
    QCOMPARE(log.order, expected);

    // A click while a background refresh runs overtakes the refreshes still waiting.
    log.order.clear();
    scheduler.enqueue(Priority::Background, log.job(&scheduler, u"refresh1"_s, false));
    scheduler.enqueue(Priority::Background, log.job(&scheduler, u"refresh2"_s, false));
    QTRY_COMPARE(log.order.size(), 1);
    scheduler.enqueue(Priority::Interactive, log.job(&scheduler, u"click"_s, false));
    scheduler.release();
    QTRY_COMPARE(log.order.size(), 2);
    scheduler.release();
    QTRY_COMPARE(log.order.size(), 3);
    scheduler.release();
    QCOMPARE(log.order, (QStringList{u"refresh1"_s, u"click"_s, u"refresh2"_s}));
}

void TestRequestScheduler::removeQueuedJob()
{
    RequestScheduler scheduler({100, 60'000, 1});
    StartLog log;
    const auto a = scheduler.enqueue(Priority::Interactive, log.job(&scheduler, u"a"_s, false));
    const auto b = scheduler.enqueue(Priority::Interactive, log.job(&scheduler, u"b"_s, false));
    const auto c = scheduler.enqueue(Priority::Background, log.job(&scheduler, u"c"_s, false));
    QVERIFY(a != b && b != c);
    QTRY_COMPARE(log.order, QStringList{u"a"_s});
    QVERIFY(!scheduler.remove(a)); // already started
    QVERIFY(scheduler.remove(b));
    QVERIFY(!scheduler.remove(b)); // already removed
    QCOMPARE(scheduler.queuedCount(), 1);
    scheduler.release();
    QTRY_COMPARE(log.order, (QStringList{u"a"_s, u"c"_s}));
    QVERIFY(!scheduler.remove(c));
    QVERIFY(!scheduler.remove(9999));
    scheduler.release();
    QCOMPARE(scheduler.queuedCount(), 0);
}

void TestRequestScheduler::pauseFor()
{
    RequestScheduler scheduler;
    QSignalSpy paused(&scheduler, &RequestScheduler::pausedChanged);
    StartLog log;
    scheduler.pauseFor(300);
    QVERIFY(scheduler.isPaused());
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.at(0).at(0).toBool(), true);
    QCOMPARE(paused.at(0).at(1).toInt(), 300);
    scheduler.enqueue(Priority::Interactive, log.job(&scheduler, u"a"_s, true));
    QVERIFY(paused.wait(2000));
    QCOMPARE(paused.size(), 2);
    QCOMPARE(paused.at(1).at(0).toBool(), false);
    QVERIFY(!scheduler.isPaused());
    QTRY_COMPARE(log.order, QStringList{u"a"_s});
    QVERIFY2(log.at[0] >= 299, qPrintable(QString::number(log.at[0])));
}

void TestRequestScheduler::pauseIsExtendedNotShortened()
{
    RequestScheduler scheduler;
    QSignalSpy paused(&scheduler, &RequestScheduler::pausedChanged);
    StartLog log;
    scheduler.pauseFor(400);
    scheduler.pauseFor(100); // a shorter pause does not cut the longer one
    QCOMPARE(paused.size(), 1);
    scheduler.enqueue(Priority::Interactive, log.job(&scheduler, u"a"_s, true));
    QTRY_COMPARE_WITH_TIMEOUT(log.order.size(), 1, 3000);
    QVERIFY2(log.at[0] >= 399, qPrintable(QString::number(log.at[0])));
    QCOMPARE(paused.size(), 2);
    QCOMPARE(paused.last().at(0).toBool(), false);
}

void TestRequestScheduler::noteRemainingZeroPauses()
{
    RequestScheduler scheduler({100, 600, 4});
    QSignalSpy paused(&scheduler, &RequestScheduler::pausedChanged);
    scheduler.noteRemaining(5);
    scheduler.noteRemaining(-1);
    QCOMPARE(paused.size(), 0);
    QVERIFY(!scheduler.isPaused());

    StartLog log;
    scheduler.noteRemaining(0);
    QVERIFY(scheduler.isPaused());
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.at(0).at(1).toInt(), 100); // a sixth of the window
    scheduler.enqueue(Priority::Background, log.job(&scheduler, u"a"_s, true));
    QTRY_COMPARE(log.order.size(), 1);
    QVERIFY2(log.at[0] >= 99, qPrintable(QString::number(log.at[0])));
    QTRY_COMPARE(paused.size(), 2);
    QCOMPARE(paused.at(1).at(0).toBool(), false);
}

void TestRequestScheduler::noteRemainingCountsRequestsInFlight()
{
    // Two requests still on their way will use up two of what the server has left.
    RequestScheduler scheduler({100, 600, 4});
    int started = 0;
    for (int i = 0; i < 2; ++i)
        scheduler.enqueue(Priority::Interactive, [&started] { ++started; });
    QTRY_COMPARE(scheduler.inFlight(), 2);
    scheduler.noteRemaining(3);
    QVERIFY(!scheduler.isPaused());
    scheduler.noteRemaining(2);
    QVERIFY(scheduler.isPaused());
    scheduler.release();
    scheduler.release();
}

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
