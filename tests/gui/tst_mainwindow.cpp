// The main window on the sandbox: the sidebar shows each instance with its state in words, the
// overview says what the token may do, and the geometry comes back on the next start.
#include "gui/appcontext.h"
#include "gui/mainwindow.h"
#include "sandbox/sandboxserver.h"
#include "screenshots.h"

#include "gui/resourceactions.h"
#include "gui/resourcetableview.h"
#include "gui/viewpane.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/instancesession.h"
#include "models/navigationmodel.h"
#include "models/roles.h"
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Coolify;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsSessionInstancesOnTheSandbox();
    void restoresGeometry();

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
    QSettings settings(m_dir.filePath(QStringLiteral("app.ini")), QSettings::IniFormat);
    Gui::AppContext context(&settings);
    Gui::MainWindow *window = context.window();
    window->resize(1280, 760);
    window->show();
    QCOMPARE(window->windowTitle(), QStringLiteral("Coolify Desktop"));

    context.addSessionInstance(QStringLiteral("Demo root"), sandbox.rootUrl(),
                               QStringLiteral("demo-root"), QColor(0x6b16ed));
    context.addSessionInstance(QStringLiteral("Demo read-only"), sandbox.rootUrl(),
                               QStringLiteral("demo-read"), QColor(0x0e8a6e));
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("navigationTree"));
    QTRY_COMPARE(tree->model()->rowCount(), 4); // All instances, active deployments, two instances
    QVERIFY(window->selectInstance(QStringLiteral("Demo root")));
    QCOMPARE(window->windowTitle(), QStringLiteral("Demo root — Coolify Desktop"));

    const auto label = [window](const char *name) {
        auto *found = window->findChild<QLabel *>(QLatin1String(name));
        return found ? found->text() : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(label("overviewState"), QStringLiteral("Online — Coolify 4.3.11"),
                              10000);
    QCOMPARE(label("overviewAbilities"), QStringLiteral("can read, write, deploy, read:sensitive"));
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("overviewSaveSession"))->isVisible());

    QVERIFY(window->selectInstance(QStringLiteral("demo READ-only")));
    QTRY_COMPARE_WITH_TIMEOUT(label("overviewAbilities"),
                              QStringLiteral("can read; cannot write, deploy, read:sensitive"),
                              10000);
    QTRY_COMPARE(tree->model()->index(3, 0).data(Models::NavigationModel::StateTextRole).toString(),
                 QStringLiteral("Online — Coolify 4.3.11"));

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
    QTRY_COMPARE_WITH_TIMEOUT(
        instancesShown(),
        (QSet<QString>{QStringLiteral("Demo root"), QStringLiteral("Demo read-only")}), 15000);

    // The read-only token's applications: actions are disabled and say why.
    const auto selectNode = [&](const QString &instance, Models::NavigationModel::Node node) {
        QString id;
        for (const QString &candidate : context.fleet()->ids())
            if (context.fleet()->session(candidate)->instance().name == instance)
                id = candidate;
        tree->setCurrentIndex(window->navigation()->find(id, node));
    };
    selectNode(QStringLiteral("Demo read-only"), Models::NavigationModel::Node::Applications);
    pane = window->primaryPane();
    table = pane->table()->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    // The count is about this instance's applications, not every row of the fleet.
    const int applications = table->model()->rowCount();
    QVERIFY(applications < context.fleet()->resources()->rowCount());
    auto *count = pane->findChild<QLabel *>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(),
             QCoreApplication::translate("Coolify::Gui::ResourceTableView", "%n item(s)", nullptr,
                                         applications));
    pane->table()->filterEdit()->setText(table->model()->index(0, 1).data().toString());
    QVERIFY(table->model()->rowCount() < applications);
    QCOMPARE(count->text(),
             QStringLiteral("%1 of %2").arg(table->model()->rowCount()).arg(applications));
    pane->table()->filterEdit()->clear();
    QVERIFY(pane->table()->findChild<QComboBox *>(QStringLiteral("statusFilter"))->isVisible());
    // Servers have no resource status: no status filter that would only empty the table.
    selectNode(QStringLiteral("Demo read-only"), Models::NavigationModel::Node::Servers);
    QVERIFY(!window->primaryPane()
                 ->table()
                 ->findChild<QComboBox *>(QStringLiteral("statusFilter"))
                 ->isVisible());
    selectNode(QStringLiteral("Demo read-only"), Models::NavigationModel::Node::Applications);
    pane = window->primaryPane();
    table = pane->table()->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->selectRow(0);
    QVERIFY(!pane->actions()->restart()->isEnabled());
    QVERIFY2(pane->actions()->restart()->toolTip().contains(
                 QStringLiteral("lacks the “deploy” permission")),
             qPrintable(pane->actions()->restart()->toolTip()));
    QVERIFY(pane->actions()->remove()->toolTip().contains(QStringLiteral("“write”")));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("detailsTitle"))
                ->text()
                .startsWith(QLatin1String("Application ")));
    QVERIFY(pane->findChild<QWidget *>(QStringLiteral("resourceDetails"))
                ->findChildren<QLabel *>()
                .size()
            > 5);

    // The deploy webhook of the selected application, ready to copy.
    auto *webhook = pane->findChild<QLineEdit *>(QStringLiteral("webhookUrl"));
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
    selectNode(QStringLiteral("Demo root"), Models::NavigationModel::Node::Applications);
    pane = window->primaryPane();
    table = pane->table()->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->selectRow(0);
    QVERIFY(pane->actions()->restart()->isEnabled());
    pane->actions()->restart()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        window->statusBar()->currentMessage().contains(QLatin1String("queued")), 10000);

    // The application's settings open from its details, in a window of their own.
    auto *editSettings = pane->findChild<QPushButton *>(QStringLiteral("editSettings"));
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
    settingsWindow->close();

    // Split view: the read-only instance's databases beside the root applications.
    selectNode(QStringLiteral("Demo read-only"), Models::NavigationModel::Node::Databases);
    window->openInSplitView();
    QVERIFY(window->secondaryPane());
    QCOMPARE(window->secondaryPane()->title(), QStringLiteral("Demo read-only — Databases"));
    QAbstractItemModel *databases = window->secondaryPane()->table()->table()->model();
    QTRY_VERIFY(databases->rowCount() >= 8);
    for (int row = 0; row < databases->rowCount(); ++row)
        QCOMPARE(databases->index(row, 0).data(Models::Roles::Kind).toString(),
                 QStringLiteral("database"));
    selectNode(QStringLiteral("Demo root"), Models::NavigationModel::Node::Applications);

    if (const QString dir = qEnvironmentVariable("COOLIFY_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // lay out the views just switched to
        QVERIFY(window->grab().save(dir + QStringLiteral("/main-window.png")));
    }
    // Session instances are never written to the settings.
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("Demo root"));
    window->close();
}

void TestMainWindow::restoresGeometry()
{
    QSettings settings(m_dir.filePath(QStringLiteral("geometry.ini")), QSettings::IniFormat);
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
