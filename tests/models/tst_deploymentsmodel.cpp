// DeploymentsModel under QAbstractItemModelTester while deployments move through their states
// (queued → in_progress → finished), appear and disappear; roles and raw sort values.
#include "models/deploymentsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace Coolify::Models;

namespace {
const QDateTime kStart(QDate(2026, 8, 22), QTime(15, 0), Qt::UTC);

Deployment deployment(const QString &uuid, Deployment::Status status, int startOffsetSecs = 0,
                      int durationSecs = -1)
{
    Deployment d;
    d.uuid = uuid;
    d.applicationId = QStringLiteral("5");
    d.applicationName = QStringLiteral("app-") + uuid;
    d.serverName = QStringLiteral("main");
    d.status = status;
    d.commit = QStringLiteral("abcdef0123456789");
    d.commitMessage = QStringLiteral("Ship it\n\nDetails");
    d.isApi = true;
    d.createdAt = kStart.addSecs(startOffsetSecs);
    if (durationSecs >= 0)
        d.finishedAt = d.createdAt.addSecs(durationSecs);
    return d;
}
QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data(role).toString();
    return out;
}
} // namespace

class TestDeploymentsModel : public QObject
{
    Q_OBJECT

private slots:
    void lifecycleUnderTester();
    void columnsAndRoles();
    void sortRoles();
    void headers();
};

void TestDeploymentsModel::lifecycleUnderTester()
{
    using S = Deployment::Status;
    DeploymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.apply({deployment(QStringLiteral("d1"), S::Queued),
                 deployment(QStringLiteral("d2"), S::Queued, 5)});
    QCOMPARE(column(model, DeploymentsModel::Status),
             (QStringList{QStringLiteral("Queued"), QStringLiteral("Queued")}));
    QPersistentModelIndex followed = model.index(1, DeploymentsModel::Status);

    model.apply({deployment(QStringLiteral("d1"), S::InProgress),
                 deployment(QStringLiteral("d2"), S::Queued, 5)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, DeploymentsModel::Status).data().toString(),
             QStringLiteral("In progress"));
    QCOMPARE(model.index(0, DeploymentsModel::Duration).data().toString(),
             QStringLiteral("running"));
    QVERIFY(model.index(0, 0).data(DeploymentsModel::ActiveRole).toBool());

    // d1 finishes and leaves the active list; d2 starts; d3 is queued.
    model.apply({deployment(QStringLiteral("d2"), S::InProgress, 5),
                 deployment(QStringLiteral("d3"), S::Queued, 9)});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(followed.isValid());
    QCOMPARE(followed.row(), 0);
    QCOMPARE(followed.data().toString(), QStringLiteral("In progress"));

    // A single GET updates one row in place.
    model.upsert(deployment(QStringLiteral("d2"), S::Finished, 5, 83));
    QCOMPARE(model.index(0, DeploymentsModel::Duration).data().toString(),
             QStringLiteral("1m 23s"));
    QVERIFY(!model.index(0, 0).data(DeploymentsModel::ActiveRole).toBool());
    model.removeUuid(QStringLiteral("d3"));
    model.apply({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

void TestDeploymentsModel::columnsAndRoles()
{
    DeploymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Deployment restart = deployment(QStringLiteral("r"), Deployment::Status::Cancelled, 0, 4);
    restart.restartOnly = true;
    restart.commit = QStringLiteral("HEAD");
    restart.commitMessage.clear();
    Deployment webhook = deployment(QStringLiteral("w"), Deployment::Status::Failed, 60, 3725);
    webhook.isWebhook = true;
    webhook.isApi = false;
    webhook.pullRequestId = 7;
    model.apply({restart, webhook});

    QCOMPARE(column(model, DeploymentsModel::Application),
             (QStringList{QStringLiteral("app-r"), QStringLiteral("app-w")}));
    QCOMPARE(column(model, DeploymentsModel::Commit),
             (QStringList{QStringLiteral("HEAD"), QStringLiteral("abcdef0 Ship it")}));
    QCOMPARE(model.index(1, DeploymentsModel::Commit).data(Qt::ToolTipRole).toString(),
             QStringLiteral("abcdef0123456789\nShip it\n\nDetails"));
    QCOMPARE(column(model, DeploymentsModel::Trigger),
             (QStringList{QStringLiteral("Restart"), QStringLiteral("Webhook, PR #7")}));
    QCOMPARE(column(model, DeploymentsModel::Duration),
             (QStringList{QStringLiteral("4s"), QStringLiteral("1h 02m")}));
    QCOMPARE(column(model, DeploymentsModel::Server),
             (QStringList{QStringLiteral("main"), QStringLiteral("main")}));
    QVERIFY(!model.index(0, DeploymentsModel::Started).data().toString().isEmpty());
    QCOMPARE(model.index(0, 0).data(DeploymentsModel::UuidRole).toString(), QStringLiteral("r"));
    QCOMPARE(model.index(1, 0).data(DeploymentsModel::StatusRole).toInt(),
             int(Deployment::Status::Failed));
    QCOMPARE(model.index(1, 0).data(DeploymentsModel::ApplicationIdRole).toString(),
             QStringLiteral("5"));
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
}

void TestDeploymentsModel::sortRoles()
{
    using S = Deployment::Status;
    DeploymentsModel model;
    model.apply({deployment(QStringLiteral("fin"), S::Finished, 0, 600),
                 deployment(QStringLiteral("run"), S::InProgress, 30),
                 deployment(QStringLiteral("bad"), S::Failed, 20, 9),
                 deployment(QStringLiteral("que"), S::Queued, 40)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DeploymentsModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    proxy.sort(DeploymentsModel::Status);
    QCOMPARE(column(proxy, 0, DeploymentsModel::UuidRole),
             (QStringList{QStringLiteral("bad"), QStringLiteral("run"), QStringLiteral("que"),
                          QStringLiteral("fin")}));
    proxy.sort(DeploymentsModel::Started, Qt::DescendingOrder);
    QCOMPARE(column(proxy, 0, DeploymentsModel::UuidRole),
             (QStringList{QStringLiteral("que"), QStringLiteral("run"), QStringLiteral("bad"),
                          QStringLiteral("fin")}));
    // Duration sorts on seconds ("10m 00s" > "9s"), unknown durations first.
    proxy.sort(DeploymentsModel::Duration, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(DeploymentsModel::UuidRole).toString(), QStringLiteral("fin"));
    QCOMPARE(proxy.index(1, 0).data(DeploymentsModel::UuidRole).toString(), QStringLiteral("bad"));
}

void TestDeploymentsModel::headers()
{
    DeploymentsModel model;
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(
        headers,
        (QStringList{QStringLiteral("Application"), QStringLiteral("Status"),
                     QStringLiteral("Commit"), QStringLiteral("Trigger"), QStringLiteral("Started"),
                     QStringLiteral("Duration"), QStringLiteral("Server")}));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

QTEST_GUILESS_MAIN(TestDeploymentsModel)
#include "tst_deploymentsmodel.moc"
