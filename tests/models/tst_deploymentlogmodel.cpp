// DeploymentLogModel under QAbstractItemModelTester: rows appended while the log grows, late
// entries inserted into place, roles, and a reset.
#include "models/deploymentlogmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using Coolify::Models::DeploymentLogModel;

namespace {
QJsonObject entry(int order, const QString &output, const QString &type = QStringLiteral("stdout"),
                  bool hidden = false)
{
    QJsonObject o{{QStringLiteral("command"),
                   hidden ? QJsonValue(QStringLiteral("docker ps")) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("output"), output},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("timestamp"), QStringLiteral("2026-08-22T15:22:50.000000Z")},
                  {QStringLiteral("hidden"), hidden}};
    if (order > 1)
        o.insert(QStringLiteral("order"), order);
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
            a.append(entry(a.size() + 1, QStringLiteral("line %1").arg(a.size() + 1)));
        model.feed(text(a));
        QCOMPARE(model.rowCount(), a.size());
    }
    QCOMPARE(inserted.size(), 5); // one insertion per poll
    QCOMPARE(inserted.at(4).at(1).toInt(), 80);
    QCOMPARE(inserted.at(4).at(2).toInt(), 99);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(99).data().toString(), QStringLiteral("line 100"));
    QCOMPARE(model.rowCount(model.index(0)), 0);
}

void TestDeploymentLogModel::lateEntryInsertedInPlace()
{
    DeploymentLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray a{entry(1, QStringLiteral("a")), entry(2, QStringLiteral("b")),
                 entry(4, QStringLiteral("d"))};
    model.feed(text(a));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    a.append(entry(3, QStringLiteral("c\nc2")));
    model.feed(text(a));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.index(r).data().toString();
    QCOMPARE(rows,
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("c2"), QStringLiteral("d")}));
    QVERIFY(model.index(3).data(DeploymentLogModel::ContinuationRole).toBool());
}

void TestDeploymentLogModel::roles()
{
    DeploymentLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.feed(text(QJsonArray{entry(1, QStringLiteral("start")),
                               entry(2, QStringLiteral("oops"), QStringLiteral("stderr")),
                               entry(3, QString(), QStringLiteral("stdout"), true)}));
    const QModelIndex err = model.index(1);
    QVERIFY(err.data(DeploymentLogModel::StderrRole).toBool());
    QCOMPARE(err.data(DeploymentLogModel::TypeRole).toInt(), 1);
    QCOMPARE(err.data(DeploymentLogModel::OrderRole).toLongLong(), 2);
    QCOMPARE(err.data(DeploymentLogModel::TimestampRole).toDateTime(),
             QDateTime(QDate(2026, 8, 22), QTime(15, 22, 50), Qt::UTC));
    const QModelIndex hidden = model.index(2);
    QVERIFY(hidden.data(DeploymentLogModel::HiddenRole).toBool());
    QCOMPARE(hidden.data(DeploymentLogModel::CommandRole).toString(), QStringLiteral("docker ps"));
    QVERIFY(!model.index(0).data(DeploymentLogModel::HiddenRole).toBool());
    QVERIFY(model.roleNames().values().contains("stderr"));
}

void TestDeploymentLogModel::garbledChangesNothing()
{
    DeploymentLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.feed(text(QJsonArray{entry(1, QStringLiteral("a"))}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(!model.feed(QStringLiteral("[{\"output\":")).ok);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void TestDeploymentLogModel::reset()
{
    DeploymentLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.feed(text(QJsonArray{entry(1, QStringLiteral("a")), entry(2, QStringLiteral("b"))}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    model.feed(text(QJsonArray{entry(1, QStringLiteral("a"))}));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestDeploymentLogModel)
#include "tst_deploymentlogmodel.moc"
