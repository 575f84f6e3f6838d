// Incremental refresh by uuid under QAbstractItemModelTester: inserts, changes and removals,
// never a reset; persistent indexes (selection) follow their rows.
#include "models/serversmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

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
};

void TestUuidTableModel::applySequence()
{
    ServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.apply({server(QStringLiteral("a"), QStringLiteral("A")),
                 server(QStringLiteral("b"), QStringLiteral("B")),
                 server(QStringLiteral("c"), QStringLiteral("C")),
                 server(QStringLiteral("d"), QStringLiteral("D"))});
    QCOMPARE(names(model),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                          QStringLiteral("D")}));
    QCOMPARE(inserted.count(), 1);

    QPersistentModelIndex selected = model.index(3, 0); // "D" is selected
    // b and c vanish, a changes, e is new, d unchanged.
    model.apply({server(QStringLiteral("e"), QStringLiteral("E")),
                 server(QStringLiteral("d"), QStringLiteral("D")),
                 server(QStringLiteral("a"), QStringLiteral("A2"), false)});
    QCOMPARE(names(model),
             (QStringList{QStringLiteral("A2"), QStringLiteral("D"), QStringLiteral("E")}));
    QCOMPARE(removed.count(), 1); // b and c in one contiguous run
    QCOMPARE(changed.count(), 1); // only a
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(inserted.count(), 2);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 1);
    QCOMPARE(selected.data().toString(), QStringLiteral("D"));
    QCOMPARE(model.rowOf(QStringLiteral("e")), 2);
    QCOMPARE(model.index(0, ServersModel::State).data().toString(), QStringLiteral("Unreachable"));

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
    model.upsert(server(QStringLiteral("x"), QStringLiteral("X")));
    model.upsert(server(QStringLiteral("y"), QStringLiteral("Y")));
    model.upsert(server(QStringLiteral("x"), QStringLiteral("X2")));
    QCOMPARE(names(model), (QStringList{QStringLiteral("X2"), QStringLiteral("Y")}));
    model.removeUuid(QStringLiteral("x"));
    QCOMPARE(names(model), QStringList{QStringLiteral("Y")});
    QCOMPARE(model.rowOf(QStringLiteral("y")), 0);
    QVERIFY(model.find(QStringLiteral("x")) == nullptr);
    model.removeUuid(QStringLiteral("nope"));
    QCOMPARE(model.rowCount(), 1);
}

void TestUuidTableModel::diffFromASnapshot()
{
    ServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply({server(QStringLiteral("a"), QStringLiteral("A")),
                 server(QStringLiteral("b"), QStringLiteral("B")),
                 server(QStringLiteral("c"), QStringLiteral("C"))});

    // The diff is computed from a snapshot (as on the worker thread) and holds only changes.
    const QList<Server> snapshot = model.rows();
    const auto diff = ServersModel::diff(snapshot,
                                         {server(QStringLiteral("a"), QStringLiteral("A")),
                                          server(QStringLiteral("c"), QStringLiteral("C2")),
                                          server(QStringLiteral("d"), QStringLiteral("D"))});
    QCOMPARE(diff.removed, QStringList{QStringLiteral("b")});
    QCOMPARE(diff.changed.size(), 1);
    QCOMPARE(diff.changed.first().name, QStringLiteral("C2"));
    QCOMPARE(diff.added.size(), 1);
    QCOMPARE(diff.added.first().name, QStringLiteral("D"));
    QVERIFY(ServersModel::diff(snapshot, snapshot).isEmpty());

    // Meanwhile the user deleted "c" and created "d" here: the diff does not undo either.
    model.removeUuid(QStringLiteral("c"));
    model.upsert(server(QStringLiteral("d"), QStringLiteral("D")));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.applyDiff(diff);
    QCOMPARE(names(model), (QStringList{QStringLiteral("A"), QStringLiteral("D")}));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("d")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("b")), -1);
}

QTEST_GUILESS_MAIN(TestUuidTableModel)
#include "tst_uuidtablemodel.moc"
