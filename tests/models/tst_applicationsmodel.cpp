// ApplicationsModel under QAbstractItemModelTester while rows are inserted, changed and removed
// (never a reset), its roles, raw sort values and the last-deployment column.
#include "models/applicationsmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Models;

namespace {
Application app(const QString &uuid, const QString &name, const QString &status,
                const QStringList &fqdns = {})
{
    Application a;
    a.uuid = uuid;
    a.name = name;
    a.status = ResourceStatus::parse(status);
    a.fqdns = fqdns;
    a.buildPack = u"nixpacks"_s;
    a.gitRepository = u"acme/"_s + name;
    a.gitBranch = u"main"_s;
    a.environmentId = 3;
    a.serverReachable = true;
    a.updatedAt = QDateTime(QDate(2026, 8, 22), QTime(12, 0), Qt::UTC);
    return a;
}
QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data(role).toString();
    return out;
}
} // namespace

class TestApplicationsModel : public QObject
{
    Q_OBJECT

private slots:
    void applySequenceUnderTester();
    void rolesAndColumns();
    void sortByStatusSeverity();
    void lastDeploymentColumn();
    void headers();
};

void TestApplicationsModel::applySequenceUnderTester()
{
    ApplicationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.apply({app(u"a"_s, u"api"_s, u"running:healthy"_s),
                 app(u"b"_s, u"web"_s, u"exited:unhealthy"_s),
                 app(u"c"_s, u"etl"_s, u"running:healthy"_s)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ApplicationsModel::ColumnCount));
    QCOMPARE(inserted.count(), 1);
    QPersistentModelIndex selected = model.index(2, ApplicationsModel::Name);

    // b is deleted, a starts failing, d is created.
    model.apply({app(u"a"_s, u"api"_s, u"degraded:unhealthy"_s),
                 app(u"c"_s, u"etl"_s, u"running:healthy"_s),
                 app(u"d"_s, u"docs"_s, u"starting:unknown"_s)});
    QCOMPARE(column(model, ApplicationsModel::Name), (QStringList{u"api"_s, u"etl"_s, u"docs"_s}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(inserted.count(), 2);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 1);
    QCOMPARE(model.index(0, ApplicationsModel::Status).data().toString(),
             u"Degraded (unhealthy)"_s);

    changed.clear();
    model.apply(model.rows()); // same data: silent
    QCOMPARE(changed.count(), 0);

    model.upsert(app(u"e"_s, u"edge"_s, u"exited"_s));
    model.removeUuid(u"a"_s);
    QCOMPARE(model.rowOf(u"e"_s), 2);
    model.apply({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
    QVERIFY(!selected.isValid());
}

void TestApplicationsModel::rolesAndColumns()
{
    ApplicationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Application a = app(u"a"_s, u"shop"_s, u"running:healthy"_s,
                        {u"https://shop.example.com"_s, u"https://www.shop.example.com"_s});
    a.environmentId = 12;
    Application image = app(u"i"_s, u"probe"_s, u"exited:unhealthy"_s);
    image.buildPack = u"dockerimage"_s;
    image.dockerImage = u"louislam/uptime-kuma:1"_s;
    image.serverReachable = false;
    Application unknown = app(u"u"_s, u"odd"_s, u"exited"_s);
    unknown.serverReachable.reset();
    unknown.buildPack = u"buildah"_s;
    model.apply({a, image, unknown});

    const QModelIndex domains = model.index(0, ApplicationsModel::Domains);
    QCOMPARE(domains.data().toString(), u"https://shop.example.com (+1)"_s);
    QCOMPARE(domains.data(Qt::ToolTipRole).toString(),
             u"https://shop.example.com\nhttps://www.shop.example.com"_s);
    QCOMPARE(domains.data(Roles::Sort).toString(), u"https://shop.example.com"_s);
    QCOMPARE(domains.data(Roles::Link).toUrl(), QUrl(u"https://shop.example.com"_s));
    QVERIFY(!model.index(1, 0).data(Roles::Link).isValid());
    QCOMPARE(model.index(0, 0).data(Roles::Uuid).toString(), u"a"_s);
    QCOMPARE(model.index(0, 0).data(Roles::EnvironmentId).toLongLong(), 12);
    QCOMPARE(model.index(0, 0).data(Roles::StatusState).toInt(),
             int(ResourceStatus::State::Running));
    QCOMPARE(model.index(1, 0).data(Roles::StatusState).toInt(),
             int(ResourceStatus::State::Exited));
    QCOMPARE(column(model, ApplicationsModel::BuildPack),
             (QStringList{u"Nixpacks"_s, u"Docker image"_s, u"buildah"_s}));
    QCOMPARE(model.index(1, ApplicationsModel::BuildPack).data(Roles::Sort),
             QVariant(u"dockerimage"_s));
    QCOMPARE(column(model, ApplicationsModel::Repository),
             (QStringList{u"acme/shop@main"_s, u"louislam/uptime-kuma:1"_s, u"acme/odd@main"_s}));
    QCOMPARE(column(model, ApplicationsModel::Server),
             (QStringList{u"Reachable"_s, u"Unreachable"_s, u"Unknown"_s}));
    QCOMPARE(model.index(0, ApplicationsModel::Updated).data(Roles::Sort).toDateTime(),
             a.updatedAt);
    QVERIFY(!model.index(0, ApplicationsModel::Updated).data().toString().isEmpty());
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
}

void TestApplicationsModel::sortByStatusSeverity()
{
    ApplicationsModel model;
    model.apply({app(u"1"_s, u"ok"_s, u"running:healthy"_s),
                 app(u"2"_s, u"down"_s, u"exited:unhealthy"_s),
                 app(u"3"_s, u"sick"_s, u"running:unhealthy"_s),
                 app(u"4"_s, u"worst"_s, u"degraded:unhealthy"_s),
                 app(u"5"_s, u"boot"_s, u"restarting:unhealthy"_s)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Roles::Sort);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(ApplicationsModel::Status, Qt::AscendingOrder);
    // Problems first, by severity — not alphabetically by the status text.
    QCOMPARE(column(proxy, ApplicationsModel::Name),
             (QStringList{u"worst"_s, u"sick"_s, u"boot"_s, u"ok"_s, u"down"_s}));
    // The proxy follows incremental updates.
    model.upsert(app(u"1"_s, u"ok"_s, u"degraded:unhealthy"_s));
    QCOMPARE(proxy.index(4, ApplicationsModel::Name).data().toString(), u"down"_s);
    QVERIFY(column(proxy, ApplicationsModel::Name).indexOf(u"ok"_s) < 2);
}

void TestApplicationsModel::lastDeploymentColumn()
{
    ApplicationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(
        {app(u"a"_s, u"api"_s, u"running:healthy"_s), app(u"b"_s, u"web"_s, u"running:healthy"_s)});
    QCOMPARE(model.index(1, ApplicationsModel::LastDeployment).data().toString(), QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Deployment d;
    d.uuid = u"d1"_s;
    d.status = Deployment::Status::Failed;
    d.isWebhook = true;
    d.commitMessage = u"Break things"_s;
    d.createdAt = QDateTime(QDate(2026, 8, 22), QTime(9, 30), Qt::UTC);
    model.setLastDeployment(u"b"_s, d);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(),
             model.index(1, ApplicationsModel::LastDeployment));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
             model.index(1, ApplicationsModel::LastDeployment));
    const QModelIndex cell = model.index(1, ApplicationsModel::LastDeployment);
    QVERIFY(cell.data().toString().startsWith(QLatin1String("Failed, ")));
    QCOMPARE(cell.data(Roles::Sort).toDateTime(), d.createdAt);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"Failed — Webhook\nBreak things"_s);
    QVERIFY(model.lastDeployment(u"b"_s));
    QVERIFY(!model.lastDeployment(u"a"_s));
    // The "last deployment failed" filter reads this role on any column.
    QVERIFY(model.index(1, 0).data(Roles::LastDeploymentFailed).toBool());
    QVERIFY(!model.index(0, 0).data(Roles::LastDeploymentFailed).toBool());

    model.setLastDeployment(u"b"_s, d); // unchanged: silent
    QCOMPARE(changed.count(), 1);
    model.setLastDeployment(u"zzz"_s, d); // not (yet) a row: remembered only
    QCOMPARE(changed.count(), 1);
    model.upsert(app(u"zzz"_s, u"new"_s, u"exited"_s));
    QVERIFY(model.index(2, ApplicationsModel::LastDeployment)
                .data()
                .toString()
                .startsWith(QLatin1String("Failed")));

    // A refresh of the list keeps the remembered deployment.
    model.apply(model.rows());
    QVERIFY(!model.index(1, ApplicationsModel::LastDeployment).data().toString().isEmpty());
}

void TestApplicationsModel::headers()
{
    ApplicationsModel model;
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers,
             (QStringList{u"Name"_s, u"Status"_s, u"Domains"_s, u"Build pack"_s, u"Repository"_s,
                          u"Server"_s, u"Last deployment"_s, u"Updated"_s}));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(ApplicationsModel::ColumnCount, Qt::Horizontal).isValid());
}

QTEST_GUILESS_MAIN(TestApplicationsModel)
#include "tst_applicationsmodel.moc"
