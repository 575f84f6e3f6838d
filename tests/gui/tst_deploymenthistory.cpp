// DeploymentHistoryView against the sandbox: paging with skip/take and {count, deployments},
// "N of M", Load More until everything is shown, newest first, status in words with an icon,
// refresh picking up a new deployment, errors shown in words, double-click opening a deployment.
// Also the deploy webhook widget: the URL, Copy putting exactly it on the clipboard, and the URL
// really deploying when POSTed with a deploy token.
#include "controllers/deploymenthistory.h"
#include "fleetfixture.h"
#include "models/roles.h"
#include "screenshots.h"

#include "api/families/deployments.h"
#include "gui/deploymenthistoryview.h"
#include "gui/deploywebhookwidget.h"
#include "models/deploymenthistorymodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Gui::DeploymentHistoryView;
using Models::DeploymentsModel;

class TestDeploymentHistory : public QObject
{
    Q_OBJECT

private slots:
    void pagesLoadMoreAndRefresh();
    void unknownApplicationSaysSo();
    void rollbackAsksThenFollows();
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
    FleetFixture fx;
    QVERIFY(fx.startSandbox() >= 0);
    const QString id = fx.addInstance(u"Production"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(id), 15'000);
    const QString web = fx.uuidOf(id, u"applications"_s, u"storefront-web"_s);

    DeploymentHistoryView view(fx.fleet.get());
    QAbstractItemModelTester tester(view.history()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.history()->setPageSize(5);
    QSignalSpy loaded(&view, &DeploymentHistoryView::loaded);
    view.setApplication(id, web, u"storefront-web"_s);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(loaded.last().first().toBool(), true);
    QCOMPARE(view.history()->totalCount(), 12); // the seed's history of storefront-web
    QCOMPARE(view.history()->loadedCount(), 5);
    QCOMPARE(labelText(&view, "historyCount"), u"5 of 12 deployments"_s);
    QCOMPARE(labelText(&view, "historyTitle"), u"Deployments of storefront-web"_s);

    // Newest first, status in words with an icon, the trigger and the duration in words.
    QTableView *table = view.table();
    QCOMPARE(table->model()->rowCount(), 5);
    const QDateTime top =
        table->model()->index(0, DeploymentsModel::Started).data(Models::Roles::Sort).toDateTime();
    const QDateTime next =
        table->model()->index(1, DeploymentsModel::Started).data(Models::Roles::Sort).toDateTime();
    QVERIFY(top > next);
    const QModelIndex status = table->model()->index(0, DeploymentsModel::Status);
    QVERIFY(status.data().toString() == QLatin1String("Finished")
            || status.data().toString() == QLatin1String("Failed"));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!table->model()->index(0, DeploymentsModel::Trigger).data().toString().isEmpty());
    QVERIFY(!table->model()->index(0, DeploymentsModel::Duration).data().toString().isEmpty());

    auto *more = view.findChild<QPushButton *>(u"historyLoadMore"_s);
    QVERIFY(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(labelText(&view, "historyCount"), u"10 of 12 deployments"_s);
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(labelText(&view, "historyCount"), u"12 of 12 deployments"_s);
    QCOMPARE(table->model()->rowCount(), 12);
    QVERIFY(!more->isEnabled()); // everything is shown
    // One failed deployment in the seed's history (the eighth), shown as such.
    int failed = 0;
    for (int row = 0; row < 12; ++row)
        failed += table->model()->index(row, DeploymentsModel::Status).data().toString()
            == QLatin1String("Failed");
    QCOMPARE(failed, 1);
    saveScreenshot(&view, u"deployment-history"_s);

    // A new deployment (started by anyone) shows up on refresh, on top; the count follows.
    const auto queued = fx.call(id, Api::Deployments::deploy({web}));
    QVERIFY2(queued.ok(), qPrintable(queued.error.userMessage()));
    QTest::mouseClick(view.findChild<QPushButton *>(u"historyRefresh"_s), Qt::LeftButton);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(view.history()->totalCount(), 13);
    QCOMPARE(labelText(&view, "historyCount"), u"12 of 13 deployments"_s);
    QVERIFY(more->isEnabled());
    const QModelIndex newest = table->model()->index(0, DeploymentsModel::Status);
    QCOMPARE(newest.data().toString(), u"Queued"_s);

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
    const QString uuid = newest.data(Models::Roles::Uuid).toString();
    QCOMPARE(open.first().at(1).toString(), uuid);
    const auto real = fx.call(id, Api::Deployments::get(uuid));
    QVERIFY(real.ok());
}

// Answers the rollback confirmation once it is shown: checks what it names, then presses `key`
// (Enter confirms, Esc cancels). Returns the text it showed.
static void answerConfirmation(int key, QString *shown)
{
    QTimer::singleShot(0, [key, shown] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()),
                                 5'000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QCOMPARE(box->objectName(), u"rollbackConfirmation"_s);
        *shown = box->text() + u'\n' + box->informativeText();
        QTest::keyClick(box, Qt::Key(key));
    });
}

void TestDeploymentHistory::rollbackAsksThenFollows()
{
    useScreenshotPalette();
    useEnglishPluralsForScreenshots();
    FleetFixture fx;
    QVERIFY(fx.startSandbox() >= 0);
    const QString id = fx.addInstance(u"Production"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(id), 15'000);
    const QString web = fx.uuidOf(id, u"applications"_s, u"storefront-web"_s);
    DeploymentHistoryView view(fx.fleet.get());
    view.resize(1000, 460);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setApplication(id, web, u"storefront-web"_s);
    QTRY_VERIFY_WITH_TIMEOUT(labelText(&view, "historyImages").startsWith(u"Running "_s), 10'000);
    auto *images = view.findChild<QLabel *>(u"historyImages"_s);
    QVERIFY(images->isVisible());
    QVERIFY2(images->text().contains(u"2 older image"_s), qPrintable(images->text()));

    // The Image column sits beside the commit: the newest build runs, two older ones are kept.
    QTableView *table = view.table();
    const int imageColumn = Models::DeploymentHistoryModel::Image;
    QCOMPARE(table->horizontalHeader()->visualIndex(imageColumn), DeploymentsModel::Commit + 1);
    QCOMPARE(table->model()->index(0, imageColumn).data().toString(), u"Running now · Last good"_s);
    int keptRow = -1;
    for (int row = 0; row < table->model()->rowCount() && keptRow < 0; ++row) {
        if (table->model()->index(row, imageColumn).data().toString() == QLatin1String("Kept"))
            keptRow = row;
    }
    QVERIFY(keptRow > 0);

    // Roll Back follows the selection: not for the running image, yes for a kept one.
    auto *rollback = view.findChild<QPushButton *>(u"historyRollback"_s);
    QVERIFY(!rollback->isEnabled()); // nothing selected
    table->setCurrentIndex(table->model()->index(0, DeploymentsModel::Commit));
    QVERIFY(!rollback->isEnabled());
    QCOMPARE(rollback->toolTip(), u"This image is running now."_s);
    const QModelIndex kept = table->model()->index(keptRow, DeploymentsModel::Commit);
    table->setCurrentIndex(kept);
    QVERIFY(rollback->isEnabled());
    const QString tag = kept.data(Models::DeploymentHistoryModel::RollbackTagRole).toString();
    QCOMPARE(rollback->toolTip(), u"Roll back to %1."_s.arg(tag.left(12)));

    // Esc in the confirmation sends nothing.
    QString shown;
    answerConfirmation(Qt::Key_Escape, &shown);
    QTest::mouseClick(rollback, Qt::LeftButton);
    QVERIFY2(shown.contains(u"Roll back storefront-web on Production to %1?"_s.arg(tag.left(12))),
             qPrintable(shown));
    QVERIFY(shown.contains(u"Running now: "_s));
    QVERIFY(!view.history()->isRollingBack());
    QCOMPARE(view.history()->totalCount(), 12);

    // Enter confirms: the rollback is queued and its deployment opened.
    QSignalSpy open(&view, &DeploymentHistoryView::openDeployment);
    answerConfirmation(Qt::Key_Return, &shown);
    QTest::mouseClick(rollback, Qt::LeftButton);
    QVERIFY(view.history()->isRollingBack());
    QVERIFY(!rollback->isEnabled()); // no second click while it is on its way
    QVERIFY(open.wait(10'000));
    QCOMPARE(open.first().at(0).toString(), id);
    const QString deployment = open.first().at(1).toString();
    const auto stored =
        fx.call(id, Api::Deployments::get(deployment).withDecoder(&Models::Deployment::decodeOne))
            .value.value<Models::Deployment>();
    QVERIFY(stored.rollback);
    QCOMPARE(stored.commit, tag);
    QCOMPARE(labelText(&view, "historyNotice"),
             u"Rollback of storefront-web to %1 queued."_s.arg(tag.left(12)));
    // The refresh brings the queued rollback in; no second rollback while it is queued.
    QTRY_COMPARE_WITH_TIMEOUT(view.history()->totalCount(), 13, 10'000);
    // (the new row came in on top: find the kept one again)
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, DeploymentsModel::Commit);
        if (index.data(Models::DeploymentHistoryModel::RollbackTagRole).toString() == tag)
            table->setCurrentIndex(index);
    }
    QCOMPARE(table->currentIndex().data(Models::DeploymentHistoryModel::RollbackTagRole).toString(),
             tag);
    QVERIFY(!rollback->isEnabled());
    QVERIFY(rollback->toolTip().contains(u"queued or running"_s));
    saveScreenshot(&view, u"deployment-rollback"_s);
}

void TestDeploymentHistory::unknownApplicationSaysSo()
{
    FleetFixture fx;
    QVERIFY(fx.startSandbox() >= 0);
    const QString id = fx.addInstance(u"Production"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(id), 15'000);
    DeploymentHistoryView view(fx.fleet.get());
    QSignalSpy loaded(&view, &DeploymentHistoryView::loaded);
    view.setApplication(id, u"no-such-app"_s, u"ghost"_s);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(loaded.last().first().toBool(), false);
    const QString error = labelText(&view, "historyError");
    QVERIFY2(error.contains(QLatin1String("Application not found")), qPrintable(error));
    QCOMPARE(view.history()->loadedCount(), 0);
}

void TestDeploymentHistory::webhookUrlAndCopy_data()
{
    QTest::addColumn<QUrl>("root");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QUrl(u"https://coolify.example.com"_s) << "abc123"
                           << "https://coolify.example.com/api/v1/deploy?uuid=abc123";
    QTest::newRow("trailing slash") << QUrl(u"https://coolify.example.com/"_s) << "abc123"
                                    << "https://coolify.example.com/api/v1/deploy?uuid=abc123";
    QTest::newRow("sub path and port") << QUrl(u"http://10.0.0.5:8000/coolify"_s) << "x9y8"
                                       << "http://10.0.0.5:8000/coolify/api/v1/deploy?uuid=x9y8";
    QTest::newRow("no uuid") << QUrl(u"https://coolify.example.com"_s) << ""
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
    auto *line = widget.findChild<QLineEdit *>(u"webhookUrl"_s);
    auto *copy = widget.findChild<QPushButton *>(u"webhookCopy"_s);
    QCOMPARE(line->text(), expected);
    QVERIFY(line->isReadOnly());
    QCOMPARE(copy->isEnabled(), !expected.isEmpty());
    const QString note = widget.findChild<QLabel *>(u"webhookNote"_s)->text();
    QVERIFY(note.contains(QLatin1String("POST")));
    QVERIFY(note.contains(u"“deploy”"_s));
    QVERIFY(!copy->accessibleName().isEmpty() && !line->accessibleName().isEmpty());
    if (expected.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(u"something else"_s);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
}

void TestDeploymentHistory::webhookUrlDeploysWhenPosted()
{
    FleetFixture fx;
    QVERIFY(fx.startSandbox() >= 0);
    const QString id = fx.addInstance(u"Production"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(id), 15'000);
    const QString docs = fx.uuidOf(id, u"applications"_s, u"docs-site"_s);
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
