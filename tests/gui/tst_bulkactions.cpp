// Bulk actions as a user meets them, on the sandbox with a full-power and a read-only instance:
// several rows of the fleet table selected across instances, the confirmation stating the blast
// radius (per instance, production called out, the read-only rows left out with the reason),
// typing the count before stopping many, and the progress window with one row per resource and
// the started deployment's log in its lower pane.
#include "sandboxwindow.h"
#include "screenshots.h"

#include "controllers/bulkrun.h"
#include "gui/bulkconfirmdialog.h"
#include "gui/bulkprogresswindow.h"
#include "gui/deploymentview.h"
#include "gui/resourceactions.h"
#include "gui/resourcetableview.h"
#include "gui/tagdeploydialog.h"
#include "gui/viewpane.h"
#include "models/applicationsmodel.h"
#include "models/bulkprogressmodel.h"
#include "models/instancedata.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify;
using Node = Models::NavigationModel::Node;
using State = Models::BulkProgressModel::State;

// Screenshot runs load the English plural forms; plain runs keep the "(s)" of the C locale.
static QString plural(const QString &cLocale, const QString &english)
{
    return qEnvironmentVariableIsEmpty("COOLIFY_SCREENSHOT_DIR") ? cLocale : english;
}

class TestBulkActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deployAcrossInstancesStatesTheBlastRadius();
    void stoppingManyNeedsTheCount();
    void escFirstStopsSendingThenCloses();
    void deployByTagFromTheMenu();
    void instancesNotAskedAreNamed();

private:
    // Selects, in the fleet table, the rows named `names` of the instances `ids` (all of them).
    Gui::ViewPane *selectInFleet(const QStringList &names, const QStringList &ids);
    Gui::BulkConfirmDialog *openConfirmation(Gui::ViewPane *pane, const char *actionName);
    Gui::BulkProgressWindow *progressWindow() const;

    SandboxWindow m_w;
    QList<QPair<QByteArray, QString>> m_served;
};

void TestBulkActions::initTestCase()
{
    useScreenshotPalette();
    useEnglishPluralsForScreenshots();
    QVERIFY(m_w.start({1280, 760}));
    connect(&m_w.sandbox, &Sandbox::SandboxServer::requestServed, this,
            [this](const QByteArray &method, const QUrl &url, int) {
                m_served.append({method, url.path()});
            });
}

Gui::ViewPane *TestBulkActions::selectInFleet(const QStringList &names, const QStringList &ids)
{
    m_w.tree()->setCurrentIndex(m_w.node({}, Node::Fleet));
    Gui::ViewPane *pane = m_w.window()->primaryPane();
    QTableView *table = pane->table()->table();
    table->setFocus();
    table->clearSelection();
    QItemSelection selection;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        const QString name = index.siblingAtColumn(1).data().toString();
        if (names.contains(name) && ids.contains(index.data(Models::Roles::InstanceId).toString()))
            selection.select(index, index.siblingAtColumn(table->model()->columnCount() - 1));
    }
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return pane;
}

Gui::BulkConfirmDialog *TestBulkActions::openConfirmation(Gui::ViewPane *pane,
                                                          const char *actionName)
{
    QAction *action = nullptr;
    for (QAction *a : pane->actions()->all()) {
        if (a->objectName() == QLatin1String(actionName))
            action = a;
    }
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    Gui::BulkConfirmDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_w.window()->findChild<Gui::BulkConfirmDialog *>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

Gui::BulkProgressWindow *TestBulkActions::progressWindow() const
{
    return m_w.window()->findChild<Gui::BulkProgressWindow *>();
}

void TestBulkActions::deployAcrossInstancesStatesTheBlastRadius()
{
    Gui::ViewPane *pane =
        selectInFleet({u"storefront-web"_s, u"storefront-web-staging"_s, u"docs-site"_s},
                      {m_w.rootId, m_w.readId});
    QCOMPARE(pane->actions()->targets().size(), 6);
    // Restart fits every row; the read-only rows do not block it, they are left out.
    QAction *deploy = pane->actions()->deploy();
    QVERIFY2(deploy->isEnabled(), qPrintable(deploy->toolTip()));

    Gui::BulkConfirmDialog *dialog = openConfirmation(pane, "actionDeploy");
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(u"bulkQuestion"_s)->text(),
             plural(u"Deploy 3 resource(s) on 1 instance(s)?"_s,
                    u"Deploy 3 resources on 1 instance?"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"bulkConsequence"_s)
                ->text()
                .startsWith(plural(u"2 of them run(s) in production."_s,
                                   u"2 of them run in production."_s)));
    QTreeWidget *tree = dialog->resourceTree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0),
             plural(u"Demo root — 3 resource(s), 2 in production"_s,
                    u"Demo root — 3 resources, 2 in production"_s));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
    QCOMPARE(tree->topLevelItem(1)->text(0),
             plural(u"Left out — 3 resource(s)"_s, u"Left out — 3 resources"_s));
    QVERIFY(tree->topLevelItem(1)->child(0)->text(0).endsWith(u" on Demo read-only"_s));
    QVERIFY(tree->topLevelItem(1)->child(0)->text(1).startsWith(u"The token lacks"_s));
    QCOMPARE(dialog->confirmButton()->text(), u"Deploy 3"_s);
    QVERIFY(dialog->confirmButton()->isDefault());
    QVERIFY(!dialog->countField());
    QVERIFY(saveScreenshot(dialog, u"bulk-confirm"_s));

    m_served.clear();
    QTest::keyClick(dialog, Qt::Key_Return); // Enter deploys
    Gui::BulkProgressWindow *window = nullptr;
    QTRY_VERIFY((window = progressWindow()) && window->isVisible());
    QAbstractItemModelTester tester(window->run()->progress(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!window->run()->isRunning(), 15'000);
    const auto *model = window->run()->progress();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->countIn(State::DeploymentStarted), 3);
    QCOMPARE(model->countIn(State::Skipped), 3);
    int deploys = 0;
    for (const auto &[method, path] : std::as_const(m_served))
        deploys += method == "POST" && path == u"/api/v1/deploy"_s ? 1 : 0;
    QCOMPARE(deploys, 1); // one request for the instance
    QCOMPARE(window->summaryText(),
             plural(u"Finished. 3 deployment(s) started, 3 skipped."_s,
                    u"Finished. 3 deployments started, 3 skipped."_s));
    // The first started deployment is followed in the lower pane.
    QTRY_VERIFY(!window->followedDeployment().isEmpty());
    QVERIFY(window->findChild<Gui::DeploymentView *>()->isVisible());
    // Another row's log replaces it: one pane, not one window per resource.
    QTableView *rows = window->table();
    int other = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->row(row).deploymentUuid.isEmpty()
            && model->row(row).deploymentUuid != window->followedDeployment())
            other = row;
    }
    QVERIFY(other >= 0);
    rows->setCurrentIndex(model->index(other, 0));
    QTRY_COMPARE(window->followedDeployment(), model->row(other).deploymentUuid);
    QTRY_VERIFY(window->findChildren<Gui::DeploymentView *>().size() == 1);
    QVERIFY(saveScreenshot(window, u"bulk-progress"_s));
    // Done: Esc closes at once.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!progressWindow());
}

void TestBulkActions::stoppingManyNeedsTheCount()
{
    Gui::ViewPane *pane = selectInFleet(
        {u"storefront-web"_s, u"storefront-api"_s, u"storefront-web-staging"_s, u"docs-site"_s},
        {m_w.rootId});
    Gui::BulkConfirmDialog *dialog = openConfirmation(pane, "actionStop");
    QVERIFY(dialog);
    QLineEdit *count = dialog->countField();
    QVERIFY(count);
    QTRY_COMPARE(QApplication::focusWidget(), count);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    // Enter before the count only says what is missing.
    QTest::keyClick(count, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    auto *hint = dialog->findChild<QLabel *>(u"bulkHint"_s);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"Type 4"_s));
    QTest::keyClicks(count, u"3"_s);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    count->clear();
    QTest::keyClicks(count, u"4"_s);
    QVERIFY(dialog->confirmButton()->isEnabled());
    QVERIFY(saveScreenshot(dialog, u"bulk-stop"_s));
    // Esc leaves them running: nothing is sent.
    m_served.clear();
    QTest::keyClick(count, Qt::Key_Escape);
    QTRY_VERIFY(!m_w.window()->findChild<Gui::BulkConfirmDialog *>());
    QTest::qWait(100);
    for (const auto &[method, path] : std::as_const(m_served))
        QVERIFY2(!path.endsWith(u"/stop"_s), qPrintable(path));
    QVERIFY(!progressWindow());
}

void TestBulkActions::escFirstStopsSendingThenCloses()
{
    // A plan of many rows on one instance: the client sends four at a time, so Esc right away
    // finds rows not sent yet.
    QList<Controllers::ResourceRef> refs;
    const auto *apps = m_w.fleet()->data(m_w.rootId)->applications();
    for (const auto &app : apps->rows()) {
        if (app.status.isRunning())
            refs.append(Controllers::ResourceRef{m_w.rootId, Api::ResourceKind::Application,
                                                 app.uuid, app.name, app.status.raw});
    }
    QVERIFY(refs.size() >= 5);
    auto *window = new Gui::BulkProgressWindow(
        m_w.fleet(),
        Controllers::BulkPlan::make(m_w.fleet(), Controllers::BulkAction::Restart, refs),
        m_w.window());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    QPointer<Gui::BulkProgressWindow> guard(window);
    QVERIFY(window->run()->isRunning());
    QVERIFY(window->cancelButton()->isEnabled());
    // Closing it (what Esc does) before the answers are in: the first time only stops sending.
    window->close();
    QVERIFY(guard);
    QVERIFY(window->isVisible());
    QVERIFY(window->run()->wasCancelled());
    QVERIFY(!window->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!window->run()->isRunning(), 15'000);
    QVERIFY(window->run()->progress()->countIn(State::Cancelled) > 0);
    QVERIFY2(window->summaryText().startsWith(u"Stopped sending."_s),
             qPrintable(window->summaryText()));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!guard);
}

void TestBulkActions::deployByTagFromTheMenu()
{
    QAction *action = m_w.window()->findChild<QAction *>(u"actionDeployTag"_s);
    QVERIFY(action);
    action->trigger();
    Gui::TagDeployDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_w.window()->findChild<Gui::TagDeployDialog *>()));
    QListWidget *tags = dialog->tagList();
    QTRY_VERIFY(tags->count() > 0);
    QTRY_COMPARE(QApplication::focusWidget(), tags);
    int web = -1;
    for (int row = 0; row < tags->count(); ++row) {
        if (tags->item(row)->data(Qt::UserRole).toString() == u"web"_s)
            web = row;
    }
    QVERIFY(web >= 0);
    QCOMPARE(tags->item(web)->text(), u"web — on Demo root, Demo read-only"_s);
    tags->setCurrentRow(web);
    QVERIFY(dialog->continueButton()->isEnabled());
    QVERIFY(saveScreenshot(dialog, u"bulk-tag"_s));
    QTest::keyClick(tags, Qt::Key_Return); // Enter continues

    Gui::BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_w.window()->findChild<Gui::BulkConfirmDialog *>())
                && confirm->isVisible());
    const QString question = confirm->findChild<QLabel *>(u"bulkQuestion"_s)->text();
    QVERIFY2(question.startsWith(u"Deploy the tag “web”: 3 resource"_s), qPrintable(question));
    QVERIFY(confirm->findChild<QLabel *>(u"bulkConsequence"_s)
                ->text()
                .contains(u"also starts the services tagged “web”"_s));
    QCOMPARE(confirm->plan().excluded().size(), 3); // the read-only instance's
    m_served.clear();
    QTest::keyClick(confirm, Qt::Key_Return);
    Gui::BulkProgressWindow *window = nullptr;
    QTRY_VERIFY((window = progressWindow()) && window->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!window->run()->isRunning(), 15'000);
    const auto *model = window->run()->progress();
    QCOMPARE(model->countIn(State::DeploymentStarted) + model->countIn(State::AlreadyQueued), 3);
    int deploys = 0;
    for (const auto &[method, path] : std::as_const(m_served))
        deploys += method == "POST" && path == u"/api/v1/deploy"_s ? 1 : 0;
    QCOMPARE(deploys, 1);
    window->close();
    QTRY_VERIFY(!progressWindow());
}

void TestBulkActions::instancesNotAskedAreNamed()
{
    // A tag lookup that failed on one instance: the confirmation says so instead of silently
    // deploying less.
    QList<Controllers::ResourceRef> refs;
    for (const auto &app : m_w.fleet()->data(m_w.rootId)->applications()->rows()) {
        if (app.name == u"docs-site"_s)
            refs.append(Controllers::ResourceRef{m_w.rootId, Api::ResourceKind::Application,
                                                 app.uuid, app.name, app.status.raw});
    }
    Controllers::BulkPlan plan = Controllers::BulkPlan::forTag(m_w.fleet(), u"docs"_s, refs, false);
    plan.unreachable = {u"Staging: Connection refused"_s};
    Gui::BulkConfirmDialog dialog(plan, m_w.window());
    const QString text = dialog.findChild<QLabel *>(u"bulkConsequence"_s)->text();
    QVERIFY2(text.contains(u"Not asked, so not included: Staging: Connection refused."_s),
             qPrintable(text));
}

QTEST_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
