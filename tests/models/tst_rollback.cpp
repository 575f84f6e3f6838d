// Rollback images (coolify-api.md §10): decoding Docker's answer tolerantly, which tags are
// targets, and how the history's rows are joined with the images (DeploymentHistoryModel).
#include "models/deploymenthistorymodel.h"
#include "models/rollbackimages.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify::Models;

class TestRollback : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void dockerTime_data();
    void dockerTime();
    void decodeTolerant();
    void decodeRefusesOtherShapes_data();
    void decodeRefusesOtherShapes();
    void targets();
    void marksJoinHistoryAndImages();
    void marksWithoutImages();
    void historyModelColumnAndRoles();
};

namespace {
const QString kA = u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
const QString kB = u"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s;
const QString kC = u"cccccccccccccccccccccccccccccccccccccccc"_s;

RollbackImages images(const QByteArray &json)
{
    QString error;
    const QVariant v = RollbackImages::decode(QJsonDocument::fromJson(json), &error);
    return v.value<RollbackImages>();
}

Deployment deployment(const QString &uuid, const QString &commit, Deployment::Status status,
                      int day, bool restartOnly = false)
{
    Deployment d;
    d.uuid = uuid;
    d.commit = commit;
    d.status = status;
    d.restartOnly = restartOnly;
    d.createdAt = QDateTime(QDate(2026, 8, day), QTime(10, 0), Qt::UTC);
    return d;
}

// The server keeps A (running) and B; C is gone; a build image and a preview are listed too.
RollbackImages keptAB()
{
    return images(R"({"current":")" + kA.toLatin1() + R"(","images":[
        {"tag":"pr-3-abc","created_at":"2026-08-21 09:00:00 +0000 UTC","is_current":false},
        {"tag":")" + kA.toLatin1()
                  + R"(-build","created_at":"2026-08-20 09:00:00 +0000 UTC","is_current":false},
        {"tag":")" + kA.toLatin1()
                  + R"(","created_at":"2026-08-20 10:00:00 +0000 UTC","is_current":true},
        {"tag":")" + kB.toLatin1()
                  + R"(","created_at":"2026-08-19 10:00:00 +0000 UTC","is_current":false}]})");
}

// The same images with B running (after a rollback).
RollbackImages keptABRunningB()
{
    RollbackImages out = keptAB();
    out.current = kB;
    for (RollbackImages::Image &image : out.images)
        image.isCurrent = image.tag == kB;
    return out;
}
} // namespace

void TestRollback::classify_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("kind");
    using K = RollbackImages::TagKind;
    QTest::newRow("sha") << kA << int(K::Regular);
    QTest::newRow("git ref") << u"v1.2.3"_s << int(K::Regular);
    QTest::newRow("build image") << u"3f2a9c-build"_s << int(K::Build);
    QTest::newRow("preview") << u"pr-12-3f2a9c"_s << int(K::PullRequest);
    QTest::newRow("latest") << u"latest"_s << int(K::Latest);
}

void TestRollback::classify()
{
    QFETCH(QString, tag);
    QFETCH(int, kind);
    QCOMPARE(int(RollbackImages::classify(tag)), kind);
}

void TestRollback::dockerTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    const QDateTime t(QDate(2026, 8, 20), QTime(10, 11, 12), Qt::UTC);
    QTest::newRow("UTC") << u"2026-08-20 10:11:12 +0000 UTC"_s << t;
    QTest::newRow("east of UTC") << u"2026-08-20 12:11:12 +0200 CEST"_s << t;
    QTest::newRow("west of UTC") << u"2026-08-20 05:11:12 -0500 EST"_s << t;
    QTest::newRow("fractional seconds") << u"2026-08-20 10:11:12.123 +0000 UTC"_s << t;
    QTest::newRow("ISO is not Docker's") << u"2026-08-20T10:11:12Z"_s << QDateTime();
    QTest::newRow("bad offset") << u"2026-08-20 10:11:12 UTC"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << u"yesterday at noon +0000"_s << QDateTime();
}

void TestRollback::dockerTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    QCOMPARE(RollbackImages::parseDockerTime(text), utc);
}

void TestRollback::decodeTolerant()
{
    const RollbackImages kept = keptAB();
    QCOMPARE(kept.current, kA);
    QCOMPARE(kept.images.size(), 4);
    QCOMPARE(kept.images.at(2).created, QDateTime(QDate(2026, 8, 20), QTime(10, 0), Qt::UTC));
    QVERIFY(kept.images.at(2).isCurrent);
    QCOMPARE(kept.images.at(1).kind, RollbackImages::TagKind::Build);

    // null current, items of the wrong type, a tag missing, an unreadable time, is_current as 1.
    const RollbackImages odd = images(R"({"current":null,"images":[
        7, "x", {"created_at":"2026-08-20 10:00:00 +0000 UTC"},
        {"tag":"v2","created_at":"last week","is_current":1}]})");
    QVERIFY(odd.current.isEmpty());
    QCOMPARE(odd.images.size(), 1);
    QCOMPARE(odd.images.first().tag, u"v2"_s);
    QCOMPARE(odd.images.first().createdText, u"last week"_s);
    QVERIFY(!odd.images.first().created.isValid());
    QVERIFY(odd.images.first().isCurrent);

    // The empty answer of an unreachable server decodes as an empty value, not an error.
    QString error;
    const QVariant empty =
        RollbackImages::decode(QJsonDocument::fromJson(R"({"current":null,"images":[]})"), &error);
    QVERIFY(error.isEmpty());
    QVERIFY(empty.value<RollbackImages>().images.isEmpty());
}

void TestRollback::decodeRefusesOtherShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("array") << QByteArray(R"([{"tag":"a"}])");
    QTest::newRow("message only") << QByteArray(R"({"message":"ok"})");
    QTest::newRow("empty object") << QByteArray("{}");
}

void TestRollback::decodeRefusesOtherShapes()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!RollbackImages::decode(QJsonDocument::fromJson(json), &error).isValid());
    QVERIFY(!error.isEmpty());
}

void TestRollback::targets()
{
    const RollbackImages kept = keptAB();
    QVERIFY(kept.isTarget(kB));
    QVERIFY(!kept.isTarget(kA)); // running now
    QVERIFY(!kept.isTarget(kC)); // not kept
    QVERIFY(!kept.isTarget(kA + u"-build"_s));
    QVERIFY(!kept.isTarget(u"pr-3-abc"_s));
    QVERIFY(!kept.isTarget(QString()));
    QCOMPARE(kept.targetCount(), 1);
}

void TestRollback::marksJoinHistoryAndImages()
{
    using S = Deployment::Status;
    // Rows in model order (a new row is appended at the end), not time order.
    const QList<Deployment> rows{
        deployment(u"d-b"_s, kB, S::Finished, 10),
        deployment(u"d-a"_s, kA, S::Finished, 12),
        deployment(u"d-c"_s, kC, S::Finished, 9),
        deployment(u"d-failed"_s, kC, S::Failed, 14),
        deployment(u"d-restart"_s, kA, S::Finished, 15, true),
        deployment(u"d-a-old"_s, kA, S::Finished, 11),
        deployment(u"d-queued"_s, u"HEAD"_s, S::Queued, 16),
    };
    const RollbackImages kept = keptAB();
    const RollbackMarks marks = RollbackMarks::compute(rows, kept);
    QCOMPARE(marks.lastGoodCommit, kA);
    QCOMPARE(marks.of(u"d-a"_s), (RollbackMarks::Mark{true, false, true}));
    QCOMPARE(marks.of(u"d-b"_s), (RollbackMarks::Mark{false, true, false}));
    QCOMPARE(marks.of(u"d-c"_s), RollbackMarks::Mark()); // its image is gone
    QCOMPARE(marks.of(u"d-failed"_s), RollbackMarks::Mark()); // a failed build left nothing
    QCOMPARE(marks.of(u"d-restart"_s), RollbackMarks::Mark()); // a restart builds nothing
    QCOMPARE(marks.of(u"d-a-old"_s), RollbackMarks::Mark()); // only the newest row runs
    QVERIFY(!marks.runsOlderThanLastGood(kept));

    // After a rollback to B failed to be recorded, A's newer build is the last good one while B
    // runs: an older image than the last successful deploy.
    const RollbackImages runningB = keptABRunningB();
    const RollbackMarks older = RollbackMarks::compute(rows, runningB);
    QVERIFY(older.runsOlderThanLastGood(runningB));
    QCOMPARE(older.of(u"d-b"_s), (RollbackMarks::Mark{true, false, false}));
    QCOMPARE(older.of(u"d-a"_s), (RollbackMarks::Mark{false, true, true}));
}

void TestRollback::marksWithoutImages()
{
    const QList<Deployment> rows{deployment(u"d-a"_s, kA, Deployment::Status::Finished, 12)};
    const RollbackMarks marks = RollbackMarks::compute(rows, RollbackImages());
    QCOMPARE(marks.of(u"d-a"_s), (RollbackMarks::Mark{false, false, true}));
    QVERIFY(!marks.runsOlderThanLastGood(RollbackImages()));
}

void TestRollback::historyModelColumnAndRoles()
{
    using S = Deployment::Status;
    DeploymentHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), int(DeploymentHistoryModel::HistoryColumnCount));
    QCOMPARE(model.headerData(DeploymentHistoryModel::Image, Qt::Horizontal).toString(),
             u"Image"_s);
    model.apply(
        {deployment(u"d-a"_s, kA, S::Finished, 12), deployment(u"d-b"_s, kB, S::Finished, 10)});
    const auto text = [&model](int row) {
        return model.index(row, DeploymentHistoryModel::Image).data().toString();
    };
    QCOMPARE(text(0), u"Last good"_s); // images not known yet
    QCOMPARE(text(1), QString());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setImages(keptAB());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(DeploymentHistoryModel::Image));
    QCOMPARE(text(0), u"Running now · Last good"_s);
    QCOMPARE(text(1), u"Kept"_s);
    QCOMPARE(model.index(1, 0).data(DeploymentHistoryModel::RollbackTagRole).toString(), kB);
    QCOMPARE(model.index(0, 0).data(DeploymentHistoryModel::RollbackTagRole).toString(), QString());
    QVERIFY(model.index(0, 3).data(DeploymentHistoryModel::RunningImageRole).toBool());
    QVERIFY(model.index(1, DeploymentHistoryModel::Image)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(kB));
    QVERIFY(model.roleNames().contains(DeploymentHistoryModel::RollbackTagRole));

    // A rollback to B that finished: it is the newest row now (appended last), runs, is last good.
    changed.clear();
    const RollbackImages runningB = keptABRunningB();
    model.apply({deployment(u"d-a"_s, kA, S::Finished, 12),
                 deployment(u"d-b"_s, kB, S::Finished, 10),
                 deployment(u"d-rb"_s, kB, S::Finished, 13)});
    model.setImages(runningB);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(2), u"Running now · Last good"_s);
    QCOMPARE(text(0), u"Kept"_s);
    QCOMPARE(text(1), QString()); // an older row of the running commit
    // Setting the same images again announces nothing.
    changed.clear();
    model.setImages(runningB);
    QVERIFY(changed.isEmpty());
}

QTEST_GUILESS_MAIN(TestRollback)
#include "tst_rollback.moc"
