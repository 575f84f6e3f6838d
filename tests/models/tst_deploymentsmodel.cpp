// DeploymentsModel under QAbstractItemModelTester while deployments move through their states
// (queued → in_progress → finished), appear and disappear; roles and raw sort values.
#include "models/deploymentsmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Models;

namespace {
const QDateTime kStart(QDate(2026, 8, 22), QTime(15, 0), Qt::UTC);

Deployment deployment(const QString &uuid, Deployment::Status status, int startOffsetSecs = 0,
                      int durationSecs = -1)
{
    Deployment d;
    d.uuid = uuid;
    d.applicationId = u"5"_s;
    d.applicationName = u"app-"_s + uuid;
    d.serverName = u"main"_s;
    d.status = status;
    d.commit = u"abcdef0123456789"_s;
    d.commitMessage = u"Ship it\n\nDetails"_s;
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

    model.apply({deployment(u"d1"_s, S::Queued), deployment(u"d2"_s, S::Queued, 5)});
    QCOMPARE(column(model, DeploymentsModel::Status), (QStringList{u"Queued"_s, u"Queued"_s}));
    QPersistentModelIndex followed = model.index(1, DeploymentsModel::Status);

    model.apply({deployment(u"d1"_s, S::InProgress), deployment(u"d2"_s, S::Queued, 5)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, DeploymentsModel::Status).data().toString(), u"In progress"_s);
    // Still going: the time since it was queued, by the model's clock, ticking every second.
    model.setClock([] { return kStart.addSecs(75); });
    QCOMPARE(model.index(0, DeploymentsModel::Duration).data().toString(), u"running for 1m 15s"_s);
    QCOMPARE(model.index(1, DeploymentsModel::Duration).data().toString(), u"queued for 1m 10s"_s);
    changed.clear();
    model.tick();
    QCOMPARE(changed.count(), 2); // the two active rows' Duration cells
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(DeploymentsModel::Duration));
    changed.clear();
    QVERIFY(model.index(0, 0).data(DeploymentsModel::ActiveRole).toBool());

    // d1 finishes and leaves the active list; d2 starts; d3 is queued.
    model.apply({deployment(u"d2"_s, S::InProgress, 5), deployment(u"d3"_s, S::Queued, 9)});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(followed.isValid());
    QCOMPARE(followed.row(), 0);
    QCOMPARE(followed.data().toString(), u"In progress"_s);

    // A single GET updates one row in place.
    model.upsert(deployment(u"d2"_s, S::Finished, 5, 83));
    QCOMPARE(model.index(0, DeploymentsModel::Duration).data().toString(), u"1m 23s"_s);
    QVERIFY(!model.index(0, 0).data(DeploymentsModel::ActiveRole).toBool());
    model.removeUuid(u"d3"_s);
    model.apply({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

void TestDeploymentsModel::columnsAndRoles()
{
    DeploymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Deployment restart = deployment(u"r"_s, Deployment::Status::Cancelled, 0, 4);
    restart.restartOnly = true;
    restart.commit = u"HEAD"_s;
    restart.commitMessage.clear();
    Deployment webhook = deployment(u"w"_s, Deployment::Status::Failed, 60, 3725);
    webhook.isWebhook = true;
    webhook.isApi = false;
    webhook.pullRequestId = 7;
    model.apply({restart, webhook});

    QCOMPARE(column(model, DeploymentsModel::Application), (QStringList{u"app-r"_s, u"app-w"_s}));
    QCOMPARE(column(model, DeploymentsModel::Commit),
             (QStringList{u"HEAD"_s, u"abcdef0 Ship it"_s}));
    QCOMPARE(model.index(1, DeploymentsModel::Commit).data(Qt::ToolTipRole).toString(),
             u"abcdef0123456789\nShip it\n\nDetails"_s);
    QCOMPARE(column(model, DeploymentsModel::Trigger),
             (QStringList{u"Restart"_s, u"Webhook, PR #7"_s}));
    QCOMPARE(column(model, DeploymentsModel::Duration), (QStringList{u"4s"_s, u"1h 02m"_s}));
    QCOMPARE(column(model, DeploymentsModel::Server), (QStringList{u"main"_s, u"main"_s}));
    QVERIFY(!model.index(0, DeploymentsModel::Started).data().toString().isEmpty());
    QCOMPARE(model.index(0, 0).data(Roles::Uuid).toString(), u"r"_s);
    QCOMPARE(model.index(1, 0).data(DeploymentsModel::DeploymentStatusRole).toInt(),
             int(Deployment::Status::Failed));
    QCOMPARE(model.index(1, 0).data(DeploymentsModel::ApplicationIdRole).toString(), u"5"_s);
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
}

void TestDeploymentsModel::sortRoles()
{
    using S = Deployment::Status;
    DeploymentsModel model;
    model.setClock([] { return kStart.addSecs(100); }); // run: 70 s so far, que: 60 s
    model.apply({deployment(u"fin"_s, S::Finished, 0, 600), deployment(u"run"_s, S::InProgress, 30),
                 deployment(u"bad"_s, S::Failed, 20, 9), deployment(u"que"_s, S::Queued, 40)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Roles::Sort);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    proxy.sort(DeploymentsModel::Status);
    QCOMPARE(column(proxy, 0, Roles::Uuid), (QStringList{u"bad"_s, u"run"_s, u"que"_s, u"fin"_s}));
    proxy.sort(DeploymentsModel::Started, Qt::DescendingOrder);
    QCOMPARE(column(proxy, 0, Roles::Uuid), (QStringList{u"que"_s, u"run"_s, u"bad"_s, u"fin"_s}));
    // Duration sorts on seconds ("10m 00s" > "9s"), running ones by their time so far.
    proxy.sort(DeploymentsModel::Duration, Qt::DescendingOrder);
    QCOMPARE(column(proxy, 0, Roles::Uuid), (QStringList{u"fin"_s, u"run"_s, u"que"_s, u"bad"_s}));
}

void TestDeploymentsModel::headers()
{
    DeploymentsModel model;
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers,
             (QStringList{u"Application"_s, u"Status"_s, u"Commit"_s, u"Trigger"_s, u"Started"_s,
                          u"Duration"_s, u"Server"_s}));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

QTEST_GUILESS_MAIN(TestDeploymentsModel)
#include "tst_deploymentsmodel.moc"
