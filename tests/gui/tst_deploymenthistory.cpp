// DeploymentHistoryView against the sandbox: paging with skip/take and {count, deployments},
// "N of M", Load More until everything is shown, newest first, status in words with an icon,
// refresh picking up a new deployment, errors shown in words, double-click opening a deployment.
// Also the deploy webhook widget: the URL, Copy putting exactly it on the clipboard, and the URL
// really deploying when POSTed with a deploy token.
#include "deployfixture.h"

#include "api/families/deployments.h"
#include "gui/deploymenthistoryview.h"
#include "gui/deploywebhookwidget.h"
#include "models/deploymentsmodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace Coolify;
using Gui::DeploymentHistoryView;
using Models::DeploymentsModel;

class TestDeploymentHistory : public QObject
{
    Q_OBJECT

private slots:
    void pagesLoadMoreAndRefresh();
    void unknownApplicationSaysSo();
    void webhookUrlAndCopy_data();
    void webhookUrlAndCopy();
    void webhookUrlDeploysWhenPosted();
};

static QString labelText(QWidget *w, const char *name)
{
    return w->findChild<QLabel *>(QLatin1String(name))->text();
}

void TestDeploymentHistory::pagesLoadMoreAndRefresh()
{
    DeployFixture fx;
    QVERIFY(fx.startSandbox() >= 0);
    const QString id = fx.addInstance(QStringLiteral("Production"), QStringLiteral("demo-root"));
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(id), 15'000);
    const QString web =
        fx.uuidOf(id, QStringLiteral("applications"), QStringLiteral("storefront-web"));

    DeploymentHistoryView view(fx.fleet.get());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPageSize(5);
    QSignalSpy loaded(&view, &DeploymentHistoryView::loaded);
    view.setApplication(id, web, QStringLiteral("storefront-web"));
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(loaded.last().first().toBool(), true);
    QCOMPARE(view.totalCount(), 12); // the seed's history of storefront-web
    QCOMPARE(view.loadedCount(), 5);
    QCOMPARE(labelText(&view, "historyCount"), QStringLiteral("5 of 12 deployments"));
    QCOMPARE(labelText(&view, "historyTitle"), QStringLiteral("Deployments of storefront-web"));

    // Newest first, status in words with an icon, the trigger and the duration in words.
    QTableView *table = view.table();
    QCOMPARE(table->model()->rowCount(), 5);
    const QDateTime top = table->model()
                              ->index(0, DeploymentsModel::Started)
                              .data(DeploymentsModel::SortRole)
                              .toDateTime();
    const QDateTime next = table->model()
                               ->index(1, DeploymentsModel::Started)
                               .data(DeploymentsModel::SortRole)
                               .toDateTime();
    QVERIFY(top > next);
    const QModelIndex status = table->model()->index(0, DeploymentsModel::Status);
    QVERIFY(status.data().toString() == QLatin1String("Finished")
            || status.data().toString() == QLatin1String("Failed"));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!table->model()->index(0, DeploymentsModel::Trigger).data().toString().isEmpty());
    QVERIFY(!table->model()->index(0, DeploymentsModel::Duration).data().toString().isEmpty());

    auto *more = view.findChild<QPushButton *>(QStringLiteral("historyLoadMore"));
    QVERIFY(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(labelText(&view, "historyCount"), QStringLiteral("10 of 12 deployments"));
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(labelText(&view, "historyCount"), QStringLiteral("12 of 12 deployments"));
    QCOMPARE(table->model()->rowCount(), 12);
    QVERIFY(!more->isEnabled()); // everything is shown
    // One failed deployment in the seed's history (the eighth), shown as such.
    int failed = 0;
    for (int row = 0; row < 12; ++row)
        failed += table->model()->index(row, DeploymentsModel::Status).data().toString()
            == QLatin1String("Failed");
    QCOMPARE(failed, 1);
    saveScreenshot(&view, QStringLiteral("deployment-history"));

    // A new deployment (started by anyone) shows up on refresh, on top; the count follows.
    const auto queued = fx.call(id, Api::Deployments::deploy({web}));
    QVERIFY2(queued.ok(), qPrintable(queued.error.userMessage()));
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("historyRefresh")),
                      Qt::LeftButton);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(view.totalCount(), 13);
    QCOMPARE(labelText(&view, "historyCount"), QStringLiteral("12 of 13 deployments"));
    QVERIFY(more->isEnabled());
    const QModelIndex newest = table->model()->index(0, DeploymentsModel::Status);
    QCOMPARE(newest.data().toString(), QStringLiteral("Queued"));

    // Double-click opens that deployment.
    QSignalSpy open(&view, &DeploymentHistoryView::openDeployment);
    const QRect rect = table->visualRect(table->model()->index(0, DeploymentsModel::Commit));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.size(), 0); // a single click only selects
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.size(), 1);
    QTest::keyClick(table, Qt::Key_Return); // and so does Enter on the current row
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1), open.at(0));
    QCOMPARE(open.first().at(0).toString(), id);
    const QString uuid = newest.data(DeploymentsModel::UuidRole).toString();
    QCOMPARE(open.first().at(1).toString(), uuid);
    const auto real = fx.call(id, Api::Deployments::get(uuid));
    QVERIFY(real.ok());
}

void TestDeploymentHistory::unknownApplicationSaysSo()
{
    DeployFixture fx;
    QVERIFY(fx.startSandbox() >= 0);
    const QString id = fx.addInstance(QStringLiteral("Production"), QStringLiteral("demo-root"));
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(id), 15'000);
    DeploymentHistoryView view(fx.fleet.get());
    QSignalSpy loaded(&view, &DeploymentHistoryView::loaded);
    view.setApplication(id, QStringLiteral("no-such-app"), QStringLiteral("ghost"));
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(loaded.last().first().toBool(), false);
    const QString error = labelText(&view, "historyError");
    QVERIFY2(error.contains(QLatin1String("Application not found")), qPrintable(error));
    QCOMPARE(view.loadedCount(), 0);
}

void TestDeploymentHistory::webhookUrlAndCopy_data()
{
    QTest::addColumn<QUrl>("root");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QUrl(QStringLiteral("https://coolify.example.com")) << "abc123"
                           << "https://coolify.example.com/api/v1/deploy?uuid=abc123";
    QTest::newRow("trailing slash")
        << QUrl(QStringLiteral("https://coolify.example.com/")) << "abc123"
        << "https://coolify.example.com/api/v1/deploy?uuid=abc123";
    QTest::newRow("sub path and port")
        << QUrl(QStringLiteral("http://10.0.0.5:8000/coolify")) << "x9y8"
        << "http://10.0.0.5:8000/coolify/api/v1/deploy?uuid=x9y8";
    QTest::newRow("no uuid") << QUrl(QStringLiteral("https://coolify.example.com")) << ""
                             << "";
}

void TestDeploymentHistory::webhookUrlAndCopy()
{
    QFETCH(QUrl, root);
    QFETCH(QString, uuid);
    QFETCH(QString, expected);
    Gui::DeployWebhookWidget widget;
    widget.show();
    widget.setApplication(root, uuid);
    auto *line = widget.findChild<QLineEdit *>(QStringLiteral("webhookUrl"));
    auto *copy = widget.findChild<QPushButton *>(QStringLiteral("webhookCopy"));
    QCOMPARE(line->text(), expected);
    QVERIFY(line->isReadOnly());
    QCOMPARE(copy->isEnabled(), !expected.isEmpty());
    const QString note = widget.findChild<QLabel *>(QStringLiteral("webhookNote"))->text();
    QVERIFY(note.contains(QLatin1String("POST")));
    QVERIFY(note.contains(QStringLiteral("“deploy”")));
    QVERIFY(!copy->accessibleName().isEmpty() && !line->accessibleName().isEmpty());
    if (expected.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
}

void TestDeploymentHistory::webhookUrlDeploysWhenPosted()
{
    DeployFixture fx;
    QVERIFY(fx.startSandbox() >= 0);
    const QString id = fx.addInstance(QStringLiteral("Production"), QStringLiteral("demo-root"));
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(id), 15'000);
    const QString docs = fx.uuidOf(id, QStringLiteral("applications"), QStringLiteral("docs-site"));
    Gui::DeployWebhookWidget widget;
    widget.setApplication(fx.sandboxes.front()->rootUrl(), docs);
    widget.copy();
    const QUrl url(QGuiApplication::clipboard()->text());
    QVERIFY(url.isValid());
    QVERIFY(!url.toString().contains(QLatin1String("demo-"))); // no token in it

    // What a CI job would do with it: POST with a deploy token.
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer demo-deploy");
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = fx.network.post(request, QByteArray());
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    const QJsonObject entry = body.value(QLatin1String("deployments")).toArray().first().toObject();
    QCOMPARE(entry.value(QLatin1String("resource_uuid")).toString(), docs);
    QVERIFY(!entry.value(QLatin1String("deployment_uuid")).toString().isEmpty());
    reply->deleteLater();
}

QTEST_MAIN(TestDeploymentHistory)
#include "tst_deploymenthistory.moc"
