// ApplicationsModel under QAbstractItemModelTester while rows are inserted, changed and removed
// (never a reset), its roles, raw sort values and the last-deployment column.
#include "models/applicationsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

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
    a.buildPack = QStringLiteral("nixpacks");
    a.gitRepository = QStringLiteral("acme/") + name;
    a.gitBranch = QStringLiteral("main");
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

    model.apply(
        {app(QStringLiteral("a"), QStringLiteral("api"), QStringLiteral("running:healthy")),
         app(QStringLiteral("b"), QStringLiteral("web"), QStringLiteral("exited:unhealthy")),
         app(QStringLiteral("c"), QStringLiteral("etl"), QStringLiteral("running:healthy"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ApplicationsModel::ColumnCount));
    QCOMPARE(inserted.count(), 1);
    QPersistentModelIndex selected = model.index(2, ApplicationsModel::Name);

    // b is deleted, a starts failing, d is created.
    model.apply(
        {app(QStringLiteral("a"), QStringLiteral("api"), QStringLiteral("degraded:unhealthy")),
         app(QStringLiteral("c"), QStringLiteral("etl"), QStringLiteral("running:healthy")),
         app(QStringLiteral("d"), QStringLiteral("docs"), QStringLiteral("starting:unknown"))});
    QCOMPARE(column(model, ApplicationsModel::Name),
             (QStringList{QStringLiteral("api"), QStringLiteral("etl"), QStringLiteral("docs")}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(inserted.count(), 2);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 1);
    QCOMPARE(model.index(0, ApplicationsModel::Status).data().toString(),
             QStringLiteral("Degraded (unhealthy)"));

    changed.clear();
    model.apply(model.rows()); // same data: silent
    QCOMPARE(changed.count(), 0);

    model.upsert(app(QStringLiteral("e"), QStringLiteral("edge"), QStringLiteral("exited")));
    model.removeUuid(QStringLiteral("a"));
    QCOMPARE(model.rowOf(QStringLiteral("e")), 2);
    model.apply({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
    QVERIFY(!selected.isValid());
}

void TestApplicationsModel::rolesAndColumns()
{
    ApplicationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Application a =
        app(QStringLiteral("a"), QStringLiteral("shop"), QStringLiteral("running:healthy"),
            {QStringLiteral("https://shop.example.com"),
             QStringLiteral("https://www.shop.example.com")});
    a.environmentId = 12;
    Application image =
        app(QStringLiteral("i"), QStringLiteral("probe"), QStringLiteral("exited:unhealthy"));
    image.buildPack = QStringLiteral("dockerimage");
    image.dockerImage = QStringLiteral("louislam/uptime-kuma:1");
    image.serverReachable = false;
    Application unknown = app(QStringLiteral("u"), QStringLiteral("odd"), QStringLiteral("exited"));
    unknown.serverReachable.reset();
    unknown.buildPack = QStringLiteral("buildah");
    model.apply({a, image, unknown});

    const QModelIndex domains = model.index(0, ApplicationsModel::Domains);
    QCOMPARE(domains.data().toString(), QStringLiteral("https://shop.example.com (+1)"));
    QCOMPARE(domains.data(Qt::ToolTipRole).toString(),
             QStringLiteral("https://shop.example.com\nhttps://www.shop.example.com"));
    QCOMPARE(domains.data(ApplicationsModel::SortRole).toString(),
             QStringLiteral("https://shop.example.com"));
    QCOMPARE(domains.data(ApplicationsModel::FqdnRole).toUrl(),
             QUrl(QStringLiteral("https://shop.example.com")));
    QVERIFY(!model.index(1, 0).data(ApplicationsModel::FqdnRole).isValid());
    QCOMPARE(model.index(0, 0).data(ApplicationsModel::UuidRole).toString(), QStringLiteral("a"));
    QCOMPARE(model.index(0, 0).data(ApplicationsModel::EnvironmentIdRole).toLongLong(), 12);
    QCOMPARE(model.index(0, 0).data(ApplicationsModel::StatusRole).toInt(),
             int(ResourceStatus::State::Running));
    QCOMPARE(model.index(1, 0).data(ApplicationsModel::StatusRole).toInt(),
             int(ResourceStatus::State::Exited));
    QCOMPARE(column(model, ApplicationsModel::BuildPack),
             (QStringList{QStringLiteral("Nixpacks"), QStringLiteral("Docker image"),
                          QStringLiteral("buildah")}));
    QCOMPARE(model.index(1, ApplicationsModel::BuildPack).data(ApplicationsModel::SortRole),
             QVariant(QStringLiteral("dockerimage")));
    QCOMPARE(
        column(model, ApplicationsModel::Repository),
        (QStringList{QStringLiteral("acme/shop@main"), QStringLiteral("louislam/uptime-kuma:1"),
                     QStringLiteral("acme/odd@main")}));
    QCOMPARE(column(model, ApplicationsModel::Server),
             (QStringList{QStringLiteral("Reachable"), QStringLiteral("Unreachable"),
                          QStringLiteral("Unknown")}));
    QCOMPARE(
        model.index(0, ApplicationsModel::Updated).data(ApplicationsModel::SortRole).toDateTime(),
        a.updatedAt);
    QVERIFY(!model.index(0, ApplicationsModel::Updated).data().toString().isEmpty());
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
}

void TestApplicationsModel::sortByStatusSeverity()
{
    ApplicationsModel model;
    model.apply(
        {app(QStringLiteral("1"), QStringLiteral("ok"), QStringLiteral("running:healthy")),
         app(QStringLiteral("2"), QStringLiteral("down"), QStringLiteral("exited:unhealthy")),
         app(QStringLiteral("3"), QStringLiteral("sick"), QStringLiteral("running:unhealthy")),
         app(QStringLiteral("4"), QStringLiteral("worst"), QStringLiteral("degraded:unhealthy")),
         app(QStringLiteral("5"), QStringLiteral("boot"), QStringLiteral("restarting:unhealthy"))});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ApplicationsModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(ApplicationsModel::Status, Qt::AscendingOrder);
    // Problems first, by severity — not alphabetically by the status text.
    QCOMPARE(column(proxy, ApplicationsModel::Name),
             (QStringList{QStringLiteral("worst"), QStringLiteral("sick"), QStringLiteral("boot"),
                          QStringLiteral("ok"), QStringLiteral("down")}));
    // The proxy follows incremental updates.
    model.upsert(
        app(QStringLiteral("1"), QStringLiteral("ok"), QStringLiteral("degraded:unhealthy")));
    QCOMPARE(proxy.index(4, ApplicationsModel::Name).data().toString(), QStringLiteral("down"));
    QVERIFY(column(proxy, ApplicationsModel::Name).indexOf(QStringLiteral("ok")) < 2);
}

void TestApplicationsModel::lastDeploymentColumn()
{
    ApplicationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(
        {app(QStringLiteral("a"), QStringLiteral("api"), QStringLiteral("running:healthy")),
         app(QStringLiteral("b"), QStringLiteral("web"), QStringLiteral("running:healthy"))});
    QCOMPARE(model.index(1, ApplicationsModel::LastDeployment).data().toString(), QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Deployment d;
    d.uuid = QStringLiteral("d1");
    d.status = Deployment::Status::Failed;
    d.isWebhook = true;
    d.commitMessage = QStringLiteral("Break things");
    d.createdAt = QDateTime(QDate(2026, 8, 22), QTime(9, 30), Qt::UTC);
    model.setLastDeployment(QStringLiteral("b"), d);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(),
             model.index(1, ApplicationsModel::LastDeployment));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
             model.index(1, ApplicationsModel::LastDeployment));
    const QModelIndex cell = model.index(1, ApplicationsModel::LastDeployment);
    QVERIFY(cell.data().toString().startsWith(QLatin1String("Failed, ")));
    QCOMPARE(cell.data(ApplicationsModel::SortRole).toDateTime(), d.createdAt);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Failed — Webhook\nBreak things"));
    QVERIFY(model.lastDeployment(QStringLiteral("b")));
    QVERIFY(!model.lastDeployment(QStringLiteral("a")));

    model.setLastDeployment(QStringLiteral("b"), d); // unchanged: silent
    QCOMPARE(changed.count(), 1);
    model.setLastDeployment(QStringLiteral("zzz"), d); // not (yet) a row: remembered only
    QCOMPARE(changed.count(), 1);
    model.upsert(app(QStringLiteral("zzz"), QStringLiteral("new"), QStringLiteral("exited")));
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
             (QStringList{QStringLiteral("Name"), QStringLiteral("Status"),
                          QStringLiteral("Domains"), QStringLiteral("Build pack"),
                          QStringLiteral("Repository"), QStringLiteral("Server"),
                          QStringLiteral("Last deployment"), QStringLiteral("Updated")}));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(ApplicationsModel::ColumnCount, Qt::Horizontal).isValid());
}

QTEST_GUILESS_MAIN(TestApplicationsModel)
#include "tst_applicationsmodel.moc"
