// The main window on the sandbox: the sidebar shows each instance with its state in words, the
// overview says what the token may do, and the geometry comes back on the next start.
#include "controllers/cliimport.h"
#include "forms/settingsform.h"
#include "gui/appcontext.h"
#include "gui/backupsoverview.h"
#include "gui/cliimportdialog.h"
#include "gui/deploymentnotifier.h"
#include "gui/mainwindow.h"
#include "sandbox/sandboxserver.h"
#include "screenshots.h"

#include "gui/resourceactions.h"
#include "gui/resourcetableview.h"
#include "gui/viewpane.h"
#include "models/fleet.h"
#include "models/fleetbackupsmodel.h"
#include "models/fleetmodel.h"
#include "models/instancesession.h"
#include "models/navigationmodel.h"
#include "models/roles.h"
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsSessionInstancesOnTheSandbox();
    void restoresGeometry();
    void remembersViewsAcrossRestarts();
    void firstRunOffersTheDemo();
    void backupFromTheOverviewIsFollowedAfterLeavingIt();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    useEnglishPluralsForScreenshots();
}

void TestMainWindow::showsSessionInstancesOnTheSandbox()
{
    Sandbox::SandboxServer sandbox(Sandbox::SandboxConfig::demo());
    QVERIFY(sandbox.listen());
    QSettings settings(m_dir.filePath(u"app.ini"_s), QSettings::IniFormat);
    Gui::AppContext context(&settings);
    Gui::MainWindow *window = context.window();
    window->resize(1280, 760);
    window->show();
    QCOMPARE(window->windowTitle(), u"Coolify Desktop"_s);

    context.addSessionInstance(u"Demo root"_s, sandbox.rootUrl(), u"demo-root"_s, QColor(0x6b16ed));
    context.addSessionInstance(u"Demo read-only"_s, sandbox.rootUrl(), u"demo-read"_s,
                               QColor(0x0e8a6e));
    auto *tree = window->findChild<QTreeView *>(u"navigationTree"_s);
    // All instances, active deployments, backups, two instances
    QTRY_COMPARE(tree->model()->rowCount(), 5);
    QVERIFY(window->selectInstance(u"Demo root"_s));
    QCOMPARE(window->windowTitle(), u"Demo root — Coolify Desktop"_s);

    const auto label = [window](const char *name) {
        auto *found = window->findChild<QLabel *>(QLatin1String(name));
        return found ? found->text() : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(label("overviewState"), u"Online — Coolify 4.3.11"_s, 10000);
    QCOMPARE(label("overviewAbilities"), u"can read, write, deploy, read:sensitive"_s);
    QVERIFY(window->findChild<QPushButton *>(u"overviewSaveSession"_s)->isVisible());

    QVERIFY(window->selectInstance(u"demo READ-only"_s));
    QTRY_COMPARE_WITH_TIMEOUT(label("overviewAbilities"),
                              u"can read; cannot write, deploy, read:sensitive"_s, 10000);
    QTRY_COMPARE(tree->model()->index(3, 0).data(Models::NavigationModel::StateTextRole).toString(),
                 u"Online — Coolify 4.3.11"_s);

    // The fleet view: every resource of both instances in one table, with the instance named.
    tree->setCurrentIndex(window->navigation()->fleetIndex());
    Gui::ViewPane *pane = window->primaryPane();
    QCOMPARE(pane->spec().node, Models::NavigationModel::Node::Fleet);
    QTableView *table = pane->table()->table();
    const auto instancesShown = [table] {
        QSet<QString> names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names.insert(
                table->model()->index(row, Models::FleetModel::Instance).data().toString());
        return names;
    };
    QTRY_COMPARE_WITH_TIMEOUT(instancesShown(),
                              (QSet<QString>{u"Demo root"_s, u"Demo read-only"_s}), 15000);

    // The read-only token's applications: actions are disabled and say why.
    const auto selectNode = [&](const QString &instance, Models::NavigationModel::Node node) {
        QString id;
        for (const QString &candidate : context.fleet()->ids())
            if (context.fleet()->session(candidate)->instance().name == instance)
                id = candidate;
        tree->setCurrentIndex(window->navigation()->find(id, node));
    };
    selectNode(u"Demo read-only"_s, Models::NavigationModel::Node::Applications);
    pane = window->primaryPane();
    table = pane->table()->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    // The count is about this instance's applications, not every row of the fleet.
    const int applications = table->model()->rowCount();
    QVERIFY(applications < context.fleet()->resources()->rowCount());
    auto *count = pane->findChild<QLabel *>(u"countLabel"_s);
    QCOMPARE(count->text(),
             QCoreApplication::translate("Coolify::Gui::ResourceTableView", "%n item(s)", nullptr,
                                         applications));
    pane->table()->filterEdit()->setText(table->model()->index(0, 1).data().toString());
    QVERIFY(table->model()->rowCount() < applications);
    QCOMPARE(count->text(), u"%1 of %2"_s.arg(table->model()->rowCount()).arg(applications));
    pane->table()->filterEdit()->clear();
    QVERIFY(pane->table()->findChild<QComboBox *>(u"statusFilter"_s)->isVisible());
    // Servers have no resource status: no status filter that would only empty the table.
    selectNode(u"Demo read-only"_s, Models::NavigationModel::Node::Servers);
    QVERIFY(
        !window->primaryPane()->table()->findChild<QComboBox *>(u"statusFilter"_s)->isVisible());
    selectNode(u"Demo read-only"_s, Models::NavigationModel::Node::Applications);
    pane = window->primaryPane();
    table = pane->table()->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->selectRow(0);
    QVERIFY(!pane->actions()->restart()->isEnabled());
    QVERIFY2(pane->actions()->restart()->toolTip().contains(u"lacks the “deploy” permission"_s),
             qPrintable(pane->actions()->restart()->toolTip()));
    QVERIFY(pane->actions()->remove()->toolTip().contains(u"“write”"_s));
    QVERIFY(window->findChild<QLabel *>(u"detailsTitle"_s)
                ->text()
                .startsWith(QLatin1String("Application ")));
    QVERIFY(pane->findChild<QWidget *>(u"resourceDetails"_s)->findChildren<QLabel *>().size() > 5);

    // The deploy webhook of the selected application, ready to copy.
    auto *webhook = pane->findChild<QLineEdit *>(u"webhookUrl"_s);
    QVERIFY(webhook && webhook->isVisible());
    QVERIFY2(webhook->text().contains(QLatin1String("/api/v1/deploy?uuid=")),
             qPrintable(webhook->text()));

    // Last deployments are fetched for the rows on screen and shown in their column.
    const auto lastDeployments = [table] {
        int shown = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            shown += !table->model()
                          ->index(row, Models::FleetModel::LastDeployment)
                          .data()
                          .toString()
                          .isEmpty();
        return shown;
    };
    QTRY_VERIFY_WITH_TIMEOUT(lastDeployments() > 0, 10000);

    // The root token may restart: the request is queued and the row says so until it moves.
    selectNode(u"Demo root"_s, Models::NavigationModel::Node::Applications);
    pane = window->primaryPane();
    table = pane->table()->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    const auto rowNamed = [table](const QString &name) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, Models::FleetModel::Name).data().toString() == name)
                return row;
        }
        return -1;
    };
    // Actions fit the status: a stopped application offers Start, not Restart or Stop.
    table->selectRow(rowNamed(u"uptime-probe"_s));
    QVERIFY(pane->actions()->start()->isEnabled());
    QVERIFY(!pane->actions()->restart()->isEnabled());
    QVERIFY(!pane->actions()->stop()->isEnabled());
    QVERIFY(pane->actions()->deploy()->isEnabled());
    QVERIFY2(pane->actions()->stop()->toolTip().contains(u"is not running"_s),
             qPrintable(pane->actions()->stop()->toolTip()));
    // A running one offers Restart and Stop, and no Start that would quietly deploy again.
    table->selectRow(rowNamed(u"storefront-web"_s));
    QVERIFY(!pane->actions()->start()->isEnabled());
    QVERIFY2(pane->actions()->start()->toolTip().contains(u"already running"_s),
             qPrintable(pane->actions()->start()->toolTip()));
    QVERIFY(pane->actions()->stop()->isEnabled());
    QVERIFY(pane->actions()->restart()->isEnabled());
    pane->actions()->restart()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        window->statusBar()->currentMessage().contains(QLatin1String("queued")), 10000);

    // The application's settings open from its details, in a window of their own.
    auto *editSettings = pane->findChild<QPushButton *>(u"editSettings"_s);
    QVERIFY(editSettings && editSettings->isVisible());
    QTest::mouseClick(editSettings, Qt::LeftButton);
    QWidget *settingsWindow = nullptr;
    QTRY_VERIFY((settingsWindow = [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("settingsWindow") && w->isVisible())
                return w;
        return static_cast<QWidget *>(nullptr);
    }()));
    QVERIFY2(settingsWindow->windowTitle().contains(QLatin1String("Settings")),
             qPrintable(settingsWindow->windowTitle()));
    // Ctrl+W and Esc close it, asking first about unsaved edits.
    {
        QPointer<QWidget> settingsWin = settingsWindow;
        auto *form = settingsWin->findChild<Forms::SettingsForm *>();
        QLineEdit *name = nullptr;
        QTRY_VERIFY((name = form->findChild<QLineEdit *>(u"field_name"_s)) && name->isEnabled()
                    && !name->text().isEmpty());
        int asked = 0;
        auto choice = Forms::SettingsForm::LeaveChoice::Cancel;
        form->setLeavePrompt([&](QWidget *, auto answer) {
            ++asked;
            answer(choice);
        });
        settingsWin->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(settingsWin));
        name->setFocus();
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u"-2"_s);
        QTest::keyClick(name, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(asked, 1);
        QVERIFY(settingsWin && settingsWin->isVisible()); // kept editing
        choice = Forms::SettingsForm::LeaveChoice::Discard;
        QTest::keyClick(name, Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QTRY_VERIFY(!settingsWin);
    }

    // Split view: the read-only instance's databases beside the root applications.
    selectNode(u"Demo read-only"_s, Models::NavigationModel::Node::Databases);
    window->openInSplitView();
    QVERIFY(window->secondaryPane());
    QCOMPARE(window->secondaryPane()->title(), u"Demo read-only — Databases"_s);
    QAbstractItemModel *databases = window->secondaryPane()->table()->table()->model();
    QTRY_VERIFY(databases->rowCount() >= 8);
    for (int row = 0; row < databases->rowCount(); ++row)
        QCOMPARE(databases->index(row, 0).data(Models::Roles::Kind).toString(), u"database"_s);
    // The new pane is the active one (its title says so); the sidebar drives the pane the user
    // last worked in: a click into the left table makes the next sidebar choice land there.
    QCOMPARE(window->activePane(), window->secondaryPane());
    QVERIFY(window->secondaryPane()->hasActiveMarker());
    QVERIFY(!window->primaryPane()->hasActiveMarker());
    selectNode(u"Demo root"_s, Models::NavigationModel::Node::Databases);
    QCOMPARE(window->secondaryPane()->title(), u"Demo root — Databases"_s);
    QTableView *left = window->primaryPane()->table()->table();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::mouseClick(left->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
    QTRY_COMPARE(window->activePane(), window->primaryPane());
    QVERIFY(window->primaryPane()->hasActiveMarker());
    // The sidebar follows the active pane, so choosing the item the right pane shows still works.
    QCOMPARE(tree->currentIndex().data(Models::NavigationModel::InstanceIdRole).toString(),
             window->primaryPane()->spec().instanceId);
    selectNode(u"Demo root"_s, Models::NavigationModel::Node::Applications);
    QCOMPARE(window->primaryPane()->title(), u"Demo root — Applications"_s);
    QCOMPARE(window->secondaryPane()->title(), u"Demo root — Databases"_s);
    selectNode(u"Demo read-only"_s, Models::NavigationModel::Node::Databases);
    QCOMPARE(window->primaryPane()->title(), u"Demo read-only — Databases"_s);
    // Back in the right pane; then the left one shows the root applications again.
    QTest::mouseClick(window->secondaryPane()->table()->table()->viewport(), Qt::LeftButton, {},
                      QPoint(5, 5));
    QTRY_COMPARE(window->activePane(), window->secondaryPane());
    selectNode(u"Demo read-only"_s, Models::NavigationModel::Node::Databases);
    QCOMPARE(window->secondaryPane()->title(), u"Demo read-only — Databases"_s);
    left = window->primaryPane()->table()->table(); // rebuilt for the view chosen above
    QTest::mouseClick(left->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
    QTRY_COMPARE(window->activePane(), window->primaryPane());
    selectNode(u"Demo root"_s, Models::NavigationModel::Node::Applications);
    QCOMPARE(window->primaryPane()->title(), u"Demo root — Applications"_s);

    // Two panes fit a 1024 px screen: titles elide (whole on hover), the header's buttons go
    // icon-only, and each filter keeps room to type.
    QVERIFY2(window->minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(window->minimumSizeHint().width())));
    const QSize before = window->size();
    window->resize(1024, 700);
    QTRY_COMPARE(window->width(), 1024);
    for (Gui::ViewPane *shown : {window->primaryPane(), window->secondaryPane()}) {
        auto *filter = shown->findChild<QLineEdit *>(u"filterEdit"_s);
        QVERIFY(filter->width() >= filter->fontMetrics().horizontalAdvance(u"Filter… a word"_s));
        auto *title = shown->findChild<QLabel *>(u"paneTitle"_s);
        QVERIFY(title->fontMetrics().horizontalAdvance(title->text()) <= title->width());
        QCOMPARE(title->accessibleName(), shown->title());
        if (title->text() != shown->title())
            QCOMPARE(title->toolTip(), shown->title());
    }
    window->resize(before);
    if (const QString dir = qEnvironmentVariable("COOLIFY_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // lay out the views just switched to
        QVERIFY(window->grab().save(dir + u"/main-window.png"_s));
    }
    // Session instances are never written to the settings.
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("Demo root"));
    window->close();
}

void TestMainWindow::restoresGeometry()
{
    QSettings settings(m_dir.filePath(u"geometry.ini"_s), QSettings::IniFormat);
    {
        Gui::AppContext context(&settings);
        context.window()->setGeometry(40, 50, 777, 555);
        context.window()->show();
        context.window()->close();
    }
    Gui::AppContext again(&settings);
    again.window()->show();
    QCOMPARE(again.window()->size(), QSize(777, 555));
}

void TestMainWindow::remembersViewsAcrossRestarts()
{
    Sandbox::SandboxServer sandbox(Sandbox::SandboxConfig::demo());
    QVERIFY(sandbox.listen());
    QSettings settings(m_dir.filePath(u"views.ini"_s), QSettings::IniFormat);
    const auto start = [&](Gui::AppContext &context) {
        context.window()->resize(1280, 760);
        context.window()->show();
        context.addSessionInstance(u"Demo root"_s, sandbox.rootUrl(), u"demo-root"_s,
                                   QColor(0x6b16ed));
        return QTest::qWaitFor([&] { return context.fleet()->resources()->rowCount() > 10; },
                               15000);
    };
    const auto topLevel = [](Gui::MainWindow *window, Models::NavigationModel::Node node) {
        for (int row = 0; row < window->navigation()->rowCount(); ++row) {
            const QModelIndex index = window->navigation()->index(row, 0);
            if (index.data(Models::NavigationModel::NodeRole).toInt() == int(node))
                return index;
        }
        return QModelIndex();
    };
    {
        Gui::AppContext context(&settings);
        QVERIFY(start(context));
        Gui::MainWindow *window = context.window();
        auto *tree = window->findChild<QTreeView *>(u"navigationTree"_s);
        tree->setCurrentIndex(window->navigation()->fleetIndex());
        Gui::ViewPane *pane = window->primaryPane();
        // A fresh view gives the details a fair share, not a sliver under the table.
        QSplitter *split = pane->detailsSplitter();
        QVERIFY(split);
        QTRY_VERIFY(split->sizes().value(1) > 0);
        QVERIFY2(split->sizes().at(1) * 10 >= (split->sizes().at(0) + split->sizes().at(1)) * 3,
                 qPrintable(u"%1 / %2"_s.arg(split->sizes().at(0)).arg(split->sizes().at(1))));
        // The user's filter, sort, selection and split …
        pane->table()->filterEdit()->setText(u"store"_s);
        pane->table()->table()->sortByColumn(Models::FleetModel::Status, Qt::DescendingOrder);
        QTableView *table = pane->table()->table();
        QVERIFY(table->model()->rowCount() > 1);
        table->selectRow(1);
        const QString selected =
            table->model()->index(1, Models::FleetModel::Name).data().toString();
        split->setSizes({200, 400});
        const QList<int> sizes = split->sizes();
        // … survive a trip to another view,
        tree->setCurrentIndex(topLevel(window, Models::NavigationModel::Node::Deployments));
        QVERIFY(!window->primaryPane()->table());
        tree->setCurrentIndex(window->navigation()->fleetIndex());
        pane = window->primaryPane();
        table = pane->table()->table();
        QCOMPARE(pane->table()->filterEdit()->text(), u"store"_s);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
                 int(Models::FleetModel::Status));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()
                     ->selectedRows()
                     .first()
                     .siblingAtColumn(Models::FleetModel::Name)
                     .data()
                     .toString(),
                 selected);
        QCOMPARE(pane->detailsSplitter()->sizes(), sizes);
        // … and the app is left on Active Deployments.
        tree->setCurrentIndex(topLevel(window, Models::NavigationModel::Node::Deployments));
        window->close();
    }
    Gui::AppContext again(&settings);
    QVERIFY(start(again));
    Gui::MainWindow *window = again.window();
    auto *tree = window->findChild<QTreeView *>(u"navigationTree"_s);
    QCOMPARE(tree->currentIndex().data(Models::NavigationModel::NodeRole).toInt(),
             int(Models::NavigationModel::Node::Deployments));
    tree->setCurrentIndex(window->navigation()->fleetIndex());
    QCOMPARE(window->primaryPane()->table()->filterEdit()->text(), u"store"_s);
    QCOMPARE(window->primaryPane()->table()->table()->horizontalHeader()->sortIndicatorOrder(),
             Qt::DescendingOrder);
}

void TestMainWindow::firstRunOffersTheDemo()
{
    Sandbox::SandboxServer sandbox(Sandbox::SandboxConfig::demo());
    QVERIFY(sandbox.listen());
    QSettings settings(m_dir.filePath(u"firstrun.ini"_s), QSettings::IniFormat);
    Gui::AppContext context(&settings);
    Gui::MainWindow *window = context.window();
    window->show();
    auto *empty = window->findChild<QWidget *>(u"emptyPage"_s);
    auto *demo = window->findChild<QPushButton *>(u"emptyDemoButton"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(window->findChild<QPushButton *>(u"emptyAddButton"_s)->isVisible());
    // Nothing tells a GUI user about command-line options.
    QVERIFY(!window->findChild<QLabel *>(u"emptyText"_s)->text().contains(u"--"_s));
    QVERIFY(!demo->isVisible()); // the GUI alone cannot start a demo

    // Users of coolify-cli are offered its instances, when it has a configuration.
    auto *importCli = window->findChild<QPushButton *>(u"emptyImportButton"_s);
    const QString cliFile = m_dir.filePath(u"cli/coolify/config.json"_s);
    window->setCliConfigCandidates({cliFile});
    QVERIFY(!importCli->isVisible());
    QVERIFY(QDir().mkpath(QFileInfo(cliFile).absolutePath()));
    QFile cli(cliFile);
    QVERIFY(cli.open(QIODevice::WriteOnly));
    cli.write(R"({"instances":[{"name":"prod","fqdn":"https://c.example.com","token":"3|x"}]})");
    cli.close();
    window->setCliConfigCandidates({cliFile});
    QVERIFY(importCli->isVisible());
    QTest::mouseClick(importCli, Qt::LeftButton);
    Gui::CliImportDialog *import = nullptr;
    QTRY_VERIFY((import = window->findChild<Gui::CliImportDialog *>()));
    QCOMPARE(import->controller()->model()->rowCount(), 1);
    QTest::keyClick(import, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<Gui::CliImportDialog *>()); // deleted on close
    window->setCliConfigCandidates({});
    QVERIFY(!importCli->isVisible());

    int started = 0;
    window->setDemoStarter([&]() -> QString {
        ++started;
        context.addSessionInstance(u"Demo root"_s, sandbox.rootUrl(), u"demo-root"_s,
                                   QColor(0x6b16ed));
        return {};
    });
    QVERIFY(demo->isVisible());
    window->resize(1024, 700);
    QCoreApplication::processEvents();
    QVERIFY(saveScreenshot(window, u"first-run"_s));
    QTest::mouseClick(demo, Qt::LeftButton);
    QCOMPARE(started, 1);
    QTRY_VERIFY(!empty->isVisible()); // the demo instance is shown
    QVERIFY(window->findChild<QSplitter *>(u"workspace"_s)->isVisible());

    // A demo that cannot start says why.
    window->setDemoStarter([] { return u"Address already in use"_s; });
    demo->click(); // the page is hidden now; the button would be clicked on a fresh start
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>()));
    QVERIFY(box->text().contains(u"Address already in use"_s));
    box->close();
    window->close();
}

QTEST_MAIN(TestMainWindow)
// The overview is gone once the user looks elsewhere; the backup it started still ends in a
// desktop notification (the window's runner follows it, not the view).
void TestMainWindow::backupFromTheOverviewIsFollowedAfterLeavingIt()
{
    Sandbox::SandboxConfig config = Sandbox::SandboxConfig::demo();
    config.deployStepMs = 200;
    Sandbox::SandboxServer sandbox(config);
    QVERIFY(sandbox.listen());
    QSettings settings(m_dir.filePath(u"backup.ini"_s), QSettings::IniFormat);
    Gui::AppContext context(&settings);
    Gui::MainWindow *window = context.window();
    QList<Gui::DeploymentNotifier::Notification> shown;
    window->notifier()->setSink(
        [&shown](const Gui::DeploymentNotifier::Notification &n) { shown.append(n); });
    window->resize(1280, 760);
    window->show();
    context.addSessionInstance(u"Demo root"_s, sandbox.rootUrl(), u"demo-root"_s, QColor(0x6b16ed));
    auto *tree = window->findChild<QTreeView *>(u"navigationTree"_s);
    QTRY_COMPARE(tree->model()->rowCount(), 4);
    tree->setCurrentIndex(window->navigation()->backupsIndex());
    QPointer<Gui::BackupsOverview> overview = window->findChild<Gui::BackupsOverview *>();
    QVERIFY(overview);
    QTableView *table = overview->table();
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                if (table->model()->index(r, Models::FleetBackupsModel::Name).data()
                    == u"shop-postgres"_s)
                    row = r;
            }
            return row >= 0;
        }(),
        15'000);
    table->selectRow(row);
    auto *backUp = overview->findChild<QPushButton *>(u"backupsOverviewBackUp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(backUp->isEnabled(), 10'000);
    QTest::mouseClick(backUp, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(overview->findChild<QLabel *>(u"backupsOverviewMessage"_s)->text()
                                 == u"Backup of shop-postgres started."_s,
                             10'000);
    tree->setCurrentIndex(window->navigation()->fleetIndex());
    QTRY_VERIFY(overview.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20'000);
    QCOMPARE(shown.first().title, u"Backup finished"_s);
    QCOMPARE(shown.first().applicationName, u"shop-postgres"_s);
    QVERIFY2(shown.first().body.startsWith(u"Backup of shop-postgres finished: "_s),
             qPrintable(shown.first().body));
}

#include "tst_mainwindow.moc"
