// Incremental refresh by uuid under QAbstractItemModelTester: inserts, changes and removals,
// never a reset; persistent indexes (selection) follow their rows.
#include "models/serversmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Models;

namespace {
Server server(const QString &uuid, const QString &name, bool reachable = true)
{
    Server s;
    s.uuid = uuid;
    s.name = name;
    s.reachable = reachable;
    s.usable = reachable;
    return s;
}
QStringList names(const ServersModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, ServersModel::Name).data().toString();
    return out;
}
} // namespace

class TestUuidTableModel : public QObject
{
    Q_OBJECT

private slots:
    void applySequence();
    void upsertAndRemove();
    void diffFromASnapshot();
    void manyRowsArriveInSlices();
    void diffsWhileRowsWaitStayInSlices();
};

void TestUuidTableModel::applySequence()
{
    ServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.apply({server(u"a"_s, u"A"_s), server(u"b"_s, u"B"_s), server(u"c"_s, u"C"_s),
                 server(u"d"_s, u"D"_s)});
    QCOMPARE(names(model), (QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
    QCOMPARE(inserted.count(), 1);

    QPersistentModelIndex selected = model.index(3, 0); // "D" is selected
    // b and c vanish, a changes, e is new, d unchanged.
    model.apply({server(u"e"_s, u"E"_s), server(u"d"_s, u"D"_s), server(u"a"_s, u"A2"_s, false)});
    QCOMPARE(names(model), (QStringList{u"A2"_s, u"D"_s, u"E"_s}));
    QCOMPARE(removed.count(), 1); // b and c in one contiguous run
    QCOMPARE(changed.count(), 1); // only a
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(inserted.count(), 2);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 1);
    QCOMPARE(selected.data().toString(), u"D"_s);
    QCOMPARE(model.rowOf(u"e"_s), 2);
    QCOMPARE(model.index(0, ServersModel::State).data().toString(), u"Unreachable"_s);

    changed.clear();
    model.apply(model.rows()); // identical refresh: no signal at all
    QCOMPARE(changed.count(), 0);

    model.apply({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!selected.isValid());
    QCOMPARE(resets.count(), 0);
}

void TestUuidTableModel::upsertAndRemove()
{
    ServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.upsert(server(u"x"_s, u"X"_s));
    model.upsert(server(u"y"_s, u"Y"_s));
    model.upsert(server(u"x"_s, u"X2"_s));
    QCOMPARE(names(model), (QStringList{u"X2"_s, u"Y"_s}));
    model.removeUuid(u"x"_s);
    QCOMPARE(names(model), QStringList{u"Y"_s});
    QCOMPARE(model.rowOf(u"y"_s), 0);
    QVERIFY(model.find(u"x"_s) == nullptr);
    model.removeUuid(u"nope"_s);
    QCOMPARE(model.rowCount(), 1);
}

void TestUuidTableModel::diffFromASnapshot()
{
    ServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply({server(u"a"_s, u"A"_s), server(u"b"_s, u"B"_s), server(u"c"_s, u"C"_s)});

    // The diff is computed from a snapshot (as on the worker thread) and holds only changes.
    const QList<Server> snapshot = model.rows();
    const auto diff = ServersModel::diff(
        snapshot, {server(u"a"_s, u"A"_s), server(u"c"_s, u"C2"_s), server(u"d"_s, u"D"_s)});
    QCOMPARE(diff.removed, QStringList{u"b"_s});
    QCOMPARE(diff.changed.size(), 1);
    QCOMPARE(diff.changed.first().name, u"C2"_s);
    QCOMPARE(diff.added.size(), 1);
    QCOMPARE(diff.added.first().name, u"D"_s);
    QVERIFY(ServersModel::diff(snapshot, snapshot).isEmpty());

    // Meanwhile the user deleted "c" and created "d" here: the diff does not undo either.
    model.removeUuid(u"c"_s);
    model.upsert(server(u"d"_s, u"D"_s));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.applyDiff(diff);
    QCOMPARE(names(model), (QStringList{u"A"_s, u"D"_s}));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowOf(u"d"_s), 1);
    QCOMPARE(model.rowOf(u"b"_s), -1);
}

void TestUuidTableModel::manyRowsArriveInSlices()
{
    ServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    constexpr int kRows = 4 * int(ServersModel::kSliceRows) + 10;
    QList<Server> many;
    for (int i = 0; i < kRows; ++i)
        many << server(u"s%1"_s.arg(i), u"S%1"_s.arg(i));

    // The first slice now, the rest one slice per event-loop turn, in the server's order.
    model.apply(many);
    QCOMPARE(model.rowCount(), int(ServersModel::kSliceRows));
    QCOMPARE(model.waitingRows(), kRows - ServersModel::kSliceRows);
    QTRY_COMPARE(model.rowCount(), kRows);
    QCOMPARE(model.waitingRows(), 0);
    QCOMPARE(inserted.count(), 5);
    QCOMPARE(model.index(kRows - 1, ServersModel::Name).data().toString(), u"S%1"_s.arg(kRows - 1));
    QCOMPARE(model.rowOf(u"s%1"_s.arg(kRows - 1)), kRows - 1);

    // A change while rows still wait appends them first: nothing is lost or doubled.
    model.removeUuid(u"s0"_s);
    model.removeUuid(u"s1"_s);
    QTRY_COMPARE(model.rowCount(), kRows - 2);
    QList<Server> more;
    for (int i = 0; i < 3000; ++i)
        more << server(u"n%1"_s.arg(i), u"N%1"_s.arg(i));
    model.apply(model.rows() + more);
    QVERIFY(model.waitingRows() > 0);
    model.upsert(server(u"n2999"_s, u"changed"_s));
    QCOMPARE(model.waitingRows(), 0);
    QCOMPARE(model.rowCount(), kRows - 2 + 3000);
    QCOMPARE(model.find(u"n2999"_s)->name, u"changed"_s);
    QCoreApplication::processEvents(); // a queued slice finds nothing left to do
    QCOMPARE(model.rowCount(), kRows - 2 + 3000);

    // A refresh while rows wait compares against all of them: one that is gone goes at once.
    QList<Server> twice = model.rows();
    for (int i = 0; i < 1000; ++i)
        twice << server(u"m%1"_s.arg(i), u"M%1"_s.arg(i));
    model.apply(twice);
    QVERIFY(model.waitingRows() > 0);
    twice.removeLast(); // "m999" is still waiting, and the server no longer has it
    model.apply(twice);
    QTRY_COMPARE(model.waitingRows(), 0);
    QCOMPARE(model.rowOf(u"m999"_s), -1);
    QCOMPARE(model.rowCount(), int(twice.size()));
}

void TestUuidTableModel::diffsWhileRowsWaitStayInSlices()
{
    ServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto many = [](const QString &prefix, int count) {
        QList<Server> list;
        for (int i = 0; i < count; ++i)
            list << server(u"%1%2"_s.arg(prefix).arg(i), u"%1 %2"_s.arg(prefix).arg(i));
        return list;
    };
    // Two instances' lists arrive in the same turn: the second queues behind the first instead
    // of appending everything that waits at once.
    ServersModel::Diff first;
    first.added = many(u"a"_s, 1000);
    model.applyDiff(first);
    QCOMPARE(model.rowCount(), int(ServersModel::kSliceRows));

    ServersModel::Diff second;
    second.added = many(u"b"_s, 1000);
    second.added << server(u"a900"_s, u"renamed while waiting"_s); // replaced where it waits
    second.removed << u"a999"_s << u"a0"_s; // one waiting, one in the table
    model.applyDiff(second);
    QCOMPARE(model.rowCount(), int(ServersModel::kSliceRows) - 1);
    QCOMPARE(model.waitingRows(), 1000 - qsizetype(ServersModel::kSliceRows) - 1 + 1000);
    QCOMPARE(model.snapshot().size(), 1998);

    QTRY_COMPARE(model.waitingRows(), 0);
    QCOMPARE(model.rowCount(), 1998);
    QCOMPARE(model.rowOf(u"a999"_s), -1);
    QCOMPARE(model.rowOf(u"a0"_s), -1);
    QCOMPARE(model.find(u"a900"_s)->name, u"renamed while waiting"_s);
    // The server's order: the first list, then the second.
    QCOMPARE(model.at(0).uuid, u"a1"_s);
    QCOMPARE(model.at(997).uuid, u"a998"_s);
    QCOMPARE(model.at(998).uuid, u"b0"_s);
    QCOMPARE(model.at(1997).uuid, u"b999"_s);
}

QTEST_GUILESS_MAIN(TestUuidTableModel)
#include "tst_uuidtablemodel.moc"
