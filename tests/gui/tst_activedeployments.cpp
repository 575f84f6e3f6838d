// ActiveDeploymentsView and FleetDeploymentsModel against two sandboxes (two instances): the
// queued and running deployments of both in one table, each row with its instance's name and
// colour, a summary, incremental updates under QAbstractItemModelTester, double-click opening.
#include "fleetfixture.h"
#include "screenshots.h"

#include "api/families/deployments.h"
#include "gui/activedeploymentsview.h"
#include "models/deployment.h"
#include "models/deploymentsmodel.h"
#include "models/fleetdeploymentsmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Gui::ActiveDeploymentsView;
using Models::FleetDeploymentsModel;

class TestActiveDeployments : public QObject
{
    Q_OBJECT

private slots:
    void acrossTwoInstances();
    void durationTicksAndCancelWorks();
};

static bool refreshed(FleetFixture &fx, const QString &id)
{
    Models::InstanceData *data = fx.fleet->data(id);
    QSignalSpy done(data, &Models::InstanceData::refreshFinished);
    data->refresh();
    return done.wait(15'000) && done.last().first().toBool();
}

void TestActiveDeployments::acrossTwoInstances()
{
    FleetFixture fx;
    QVERIFY(fx.startSandbox() >= 0);
    QVERIFY(fx.startSandbox() >= 0);
    const QColor alphaColour(0x1e, 0x88, 0xe5);
    const QColor betaColour(0xe5, 0x39, 0x35);
    const QString alpha = fx.addInstance(u"Alpha"_s, u"demo-root"_s, 0, alphaColour);
    const QString beta = fx.addInstance(u"Beta"_s, u"demo-deploy"_s, 1, betaColour);
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(alpha) && fx.ready(beta), 15'000);

    ActiveDeploymentsView view(fx.fleet.get());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1000, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.findChild<QLabel *>(u"activeDeploymentsSummary"_s)->text(),
             u"No deployments are queued or running."_s);

    // Deployments started outside the view, through the API.
    const auto deploy = [&](const QString &id, const QString &name) {
        const QString app = fx.uuidOf(id, u"applications"_s, name);
        const auto result = fx.call(
            id, Api::Deployments::deploy({app}).withDecoder(&Models::DeployOutcome::decode));
        return result.value.value<Models::DeployOutcome>().deploymentUuids().value(0);
    };
    const QString a1 = deploy(alpha, u"storefront-web"_s);
    const QString b1 = deploy(beta, u"docs-site"_s);
    const QString b2 = deploy(beta, u"grafana-stack"_s);
    QVERIFY(!a1.isEmpty() && !b1.isEmpty() && !b2.isEmpty());
    QVERIFY(refreshed(fx, alpha));
    QVERIFY(refreshed(fx, beta));
    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(view.findChild<QLabel *>(u"activeDeploymentsSummary"_s)->text(),
             u"3 deployments queued or running on 2 instances"_s);

    // Each row says where it runs: the instance's name and colour, next to the usual columns.
    QTableView *table = view.table();
    // Both sandboxes share a seed, so their first deployment uuids are equal: rows are told
    // apart by instance, as two real instances may well collide too.
    QSet<QString> seen; // "<instance>/<uuid>"
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex instance = table->model()->index(row, FleetDeploymentsModel::Instance);
        const QString uuid = instance.data(Models::Roles::Uuid).toString();
        const QString id = instance.data(Models::Roles::InstanceId).toString();
        seen.insert(id + u'/' + uuid);
        QCOMPARE(instance.data().toString(), id == alpha ? u"Alpha"_s : u"Beta"_s);
        QCOMPARE(instance.data(Qt::DecorationRole).value<QColor>(),
                 id == alpha ? alphaColour : betaColour);
        const QModelIndex status = table->model()->index(row, FleetDeploymentsModel::Status);
        QCOMPARE(status.data().toString(), u"Queued"_s);
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    QCOMPARE(seen, (QSet<QString>{alpha + u'/' + a1, beta + u'/' + b1, beta + u'/' + b2}));
    const QModelIndex appIndex = view.model()->index(view.model()->rowOf(alpha + u'/' + a1),
                                                     FleetDeploymentsModel::Application);
    QCOMPARE(appIndex.data().toString(), u"storefront-web"_s);
    QCOMPARE(view.model()->headerData(FleetDeploymentsModel::Instance, Qt::Horizontal),
             QVariant(u"Instance"_s));
    saveScreenshot(&view, u"active-deployments"_s);

    // Double-click opens the deployment on its own instance.
    QSignalSpy open(&view, &ActiveDeploymentsView::openDeployment);
    const QRect rect = table->visualRect(table->model()->index(0, FleetDeploymentsModel::Commit));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.size(), 0); // a single click only selects
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.size(), 1);
    QTest::keyClick(table, Qt::Key_Return); // and so does Enter on the current row
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1), open.at(0));
    const QModelIndex first = table->model()->index(0, FleetDeploymentsModel::Instance);
    QCOMPARE(open.first().at(0).toString(), first.data(Models::Roles::InstanceId).toString());
    QCOMPARE(open.first().at(1).toString(), first.data(Models::Roles::Uuid).toString());

    // Cancelled on Beta: it leaves the table incrementally, the others stay.
    QVERIFY(fx.call(beta, Api::Deployments::cancel(b1)).ok());
    QSignalSpy removed(view.model(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(refreshed(fx, beta));
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(view.model()->rowOf(beta + u'/' + b1), -1);
    QVERIFY(view.model()->rowOf(alpha + u'/' + a1) >= 0);
    QCOMPARE(view.summary(), u"2 deployments queued or running on 2 instances"_s);

    // An instance removed from the app takes its rows with it.
    QVERIFY(fx.store.remove(beta));
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.summary(), u"1 deployment queued or running on 1 instance"_s);
}

void TestActiveDeployments::durationTicksAndCancelWorks()
{
    FleetFixture fx;
    QVERIFY(fx.startSandbox() >= 0);
    const QString root = fx.addInstance(u"Root"_s, u"demo-root"_s);
    const QString reader = fx.addInstance(u"Reader"_s, u"demo-read"_s);
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(root) && fx.ready(reader), 15'000);
    ActiveDeploymentsView view(fx.fleet.get());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1000, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QString app = fx.uuidOf(root, u"applications"_s, u"storefront-web"_s);
    const auto result =
        fx.call(root, Api::Deployments::deploy({app}).withDecoder(&Models::DeployOutcome::decode));
    const QString uuid = result.value.value<Models::DeployOutcome>().deploymentUuids().value(0);
    QVERIFY(!uuid.isEmpty());
    QVERIFY(refreshed(fx, root));
    QVERIFY(refreshed(fx, reader));
    const int row = view.model()->rowOf(root + u'/' + uuid);
    QVERIFY(row >= 0);

    // The running time ticks: the instance model's clock moves, the fleet table's cell follows.
    Models::DeploymentsModel *source = fx.fleet->data(root)->activeDeployments();
    const QDateTime queuedAt = source->find(uuid)->createdAt;
    QVERIFY(queuedAt.isValid());
    QSignalSpy changed(view.model(), &QAbstractItemModel::dataChanged);
    source->setClock([queuedAt] { return queuedAt.addSecs(65); });
    const QModelIndex duration = view.model()->index(row, FleetDeploymentsModel::Duration);
    QCOMPARE(duration.data().toString(), u"queued for 1m 05s"_s);
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().row() == row
            && args.at(0).toModelIndex().column() <= FleetDeploymentsModel::Duration
            && args.at(1).toModelIndex().column() >= FleetDeploymentsModel::Duration;
    }));
    source->setClock([queuedAt] { return queuedAt.addSecs(3725); });
    QCOMPARE(duration.data().toString(), u"queued for 1h 02m"_s);
    QCOMPARE(duration.data(Models::Roles::Sort).toLongLong(), 3725);

    // Cancel: enabled for the root token, not for the read-only one (which says why).
    QTableView *table = view.table();
    const auto selectRow = [&](const QString &key) {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex i = table->model()->index(r, 0);
            if (i.data(Models::Roles::InstanceId).toString() + u'/'
                    + i.data(Models::Roles::Uuid).toString()
                == key) {
                table->selectRow(r);
                return true;
            }
        }
        return false;
    };
    QVERIFY(!view.cancelAction()->isEnabled());
    QVERIFY(view.cancelAction()->toolTip().contains(u"Select a deployment first."_s));
    const auto readerResult =
        fx.call(root,
                Api::Deployments::deploy({fx.uuidOf(root, u"applications"_s, u"docs-site"_s)})
                    .withDecoder(&Models::DeployOutcome::decode));
    QVERIFY(readerResult.ok());
    QVERIFY(refreshed(fx, reader)); // the reader sees the root's deployments too (same team)
    const QString docs =
        readerResult.value.value<Models::DeployOutcome>().deploymentUuids().value(0);
    QVERIFY(selectRow(reader + u'/' + docs));
    QVERIFY(!view.cancelAction()->isEnabled());
    QVERIFY2(view.cancelAction()->toolTip().contains(u"deploy"_s),
             qPrintable(view.cancelAction()->toolTip()));

    QVERIFY(selectRow(root + u'/' + uuid));
    QVERIFY(view.cancelAction()->isEnabled());
    QSignalSpy removed(view.model(), &QAbstractItemModel::rowsRemoved);
    view.cancelAction()->trigger();
    view.cancelAction()->trigger(); // a double click sends one request
    QTRY_COMPARE_WITH_TIMEOUT(view.message(), u"storefront-web: Deployment cancelled."_s, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowOf(root + u'/' + uuid), -1, 15'000);
    QVERIFY(view.model()->rowOf(reader + u'/' + docs) >= 0);
}

QTEST_MAIN(TestActiveDeployments)
#include "tst_activedeployments.moc"
