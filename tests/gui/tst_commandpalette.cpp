// The Ctrl+K command palette, driven by keys on the sandbox: it jumps to views and resources,
// runs main-window and per-resource actions, and shows why a disabled action cannot run.
#include "sandboxwindow.h"

#include "gui/commandpalette.h"
#include "gui/resourceactions.h"
#include "gui/resourcetableview.h"
#include "gui/viewpane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Node = Models::NavigationModel::Node;

class TestCommandPalette : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchScore_data();
    void matchScore();
    void ctrlKOpensCentredOverTheWindow();
    void jumpsToAView();
    void jumpsToAResource();
    void runsAMainWindowAction();
    void runsAnActionOnOneResource();
    void disabledResourceActionShowsItsReason();
    void disabledWindowActionDoesNotRun();
    void pagesAndCloses();
    void listModelUnderTester();

private:
    void type(const QString &query);
    int rowOf(const QString &text) const;
    void moveTo(int row);
    QString currentText() const;

    SandboxWindow m_app;
    Gui::CommandPalette *m_palette = nullptr;
};

void TestCommandPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_app.start());
    Gui::MainWindow *window = m_app.window();
    m_palette = window->commandPalette();
    QVERIFY(m_palette);
}

void TestCommandPalette::matchScore_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("substring") << "front"
                               << "storefront-api" << true;
    QTest::newRow("case-insensitive") << "STOREFRONT"
                                      << "storefront-api" << true;
    QTest::newRow("subsequence") << "sfapi"
                                 << "storefront-api" << true;
    QTest::newRow("every word") << "restart api"
                                << "Restart storefront-api on Demo" << true;
    QTest::newRow("one word missing") << "restart zebra"
                                      << "Restart storefront-api" << false;
    QTest::newRow("out of order letters") << "ipa"
                                          << "api" << false;
    QTest::newRow("empty query") << ""
                                 << "anything" << true;
}

void TestCommandPalette::matchScore()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(Gui::CommandPalette::matchScore(query, text) >= 0, matches);
}

void TestCommandPalette::type(const QString &query)
{
    if (!m_palette->isVisible())
        m_palette->popup();
    QVERIFY(m_palette->isVisible());
    QCOMPARE(m_palette->searchField()->text(), QString());
    QTest::keyClicks(m_palette->searchField(), query);
    QCOMPARE(m_palette->searchField()->text(), query);
}

int TestCommandPalette::rowOf(const QString &text) const
{
    const QAbstractItemModel *model = m_palette->list()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Qt::UserRole).toString() == text)
            return row;
    }
    return -1;
}

QString TestCommandPalette::currentText() const
{
    return m_palette->list()->currentIndex().data(Qt::UserRole).toString();
}

// Down (or Up) from the current row until `row` is current, as a user would.
void TestCommandPalette::moveTo(int row)
{
    QVERIFY(row >= 0);
    int guard = 0;
    while (m_palette->list()->currentIndex().row() != row && guard++ < 500) {
        const bool down = m_palette->list()->currentIndex().row() < row;
        QTest::keyClick(m_palette->searchField(), down ? Qt::Key_Down : Qt::Key_Up);
    }
    QCOMPARE(m_palette->list()->currentIndex().row(), row);
}

void TestCommandPalette::ctrlKOpensCentredOverTheWindow()
{
    Gui::MainWindow *window = m_app.window();
    QCOMPARE(m_palette->toggleAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_palette->isVisible());
    QVERIFY(m_palette->windowFlags() & Qt::FramelessWindowHint);
    QVERIFY(m_palette->searchField()->hasFocus());
    const QPoint offset = m_palette->geometry().center() - window->geometry().center();
    QVERIFY2(offset.manhattanLength() <= 4,
             qPrintable(u"off by %1,%2"_s.arg(offset.x()).arg(offset.y())));
    QVERIFY(!m_palette->accessibleName().isEmpty());
    QVERIFY(!m_palette->searchField()->accessibleName().isEmpty());
    QVERIFY(!m_palette->list()->accessibleName().isEmpty());
    QTest::keyClicks(m_palette->searchField(), u"command palette"_s);
    QCOMPARE(rowOf(u"Command Palette…"_s), -1);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Escape);
    QVERIFY(!m_palette->isVisible());
}

void TestCommandPalette::jumpsToAView()
{
    type(u"read-only databases"_s);
    const int row = rowOf(u"Demo read-only — Databases"_s);
    QVERIFY2(row >= 0, "the view is offered");
    moveTo(row);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Return);
    QVERIFY(!m_palette->isVisible());
    QCOMPARE(m_app.tree()->currentIndex(), m_app.node(m_app.readId, Node::Databases));
    QCOMPARE(m_app.window()->primaryPane()->title(), u"Demo read-only — Databases"_s);
}

void TestCommandPalette::jumpsToAResource()
{
    const QString uuid = m_app.resourceUuid(u"storefront-api"_s);
    QVERIFY(!uuid.isEmpty());
    type(u"storefront-api"_s);
    // Both instances hold a storefront-api; pick the root one by its context line.
    const QAbstractItemModel *model = m_palette->list()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(Qt::UserRole).toString() == QLatin1String("storefront-api")
            && index.data(Qt::ToolTipRole).toString().endsWith(QLatin1String("on Demo root")))
            row = r;
    }
    moveTo(row);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Enter);
    QCOMPARE(m_app.tree()->currentIndex(), m_app.node(m_app.rootId, Node::Resource, uuid));
    QVERIFY(m_app.tree()->hasFocus());
    const auto selected = m_app.window()->primaryPane()->table()->selectedSourceRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(m_app.fleet()->resources()->at(selected.first().row()).name, u"storefront-api"_s);
}

void TestCommandPalette::runsAMainWindowAction()
{
    QVERIFY(!m_app.window()->secondaryPane());
    QSignalSpy executed(m_palette, &Gui::CommandPalette::executed);
    type(u"split vie"_s);
    QCOMPARE(currentText(), u"Open in Split View"_s);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Return);
    QCOMPARE(executed.size(), 1);
    QVERIFY(m_app.window()->secondaryPane());
}

void TestCommandPalette::runsAnActionOnOneResource()
{
    type(u"restart storefront-api"_s);
    const int root = rowOf(u"Restart storefront-api on Demo root"_s);
    const int read = rowOf(u"Restart storefront-api on Demo read-only"_s);
    QVERIFY(root >= 0 && read >= 0);
    QVERIFY2(root < read, "runnable entries rank above disabled ones");
    moveTo(root);
    QVERIFY(!m_palette->reasonLabel()->isVisible());
    QTest::keyClick(m_palette->searchField(), Qt::Key_Return);
    QVERIFY(!m_palette->isVisible());
    // The window's resource source reports to the status bar.
    QStatusBar *status = m_app.window()->statusBar();
    QTRY_VERIFY_WITH_TIMEOUT(status->currentMessage().startsWith(QLatin1String("storefront-api: ")),
                             10000);
    QVERIFY2(status->currentMessage().contains(QLatin1String("queued"), Qt::CaseInsensitive),
             qPrintable(status->currentMessage()));
}

void TestCommandPalette::disabledResourceActionShowsItsReason()
{
    QSignalSpy executed(m_palette, &Gui::CommandPalette::executed);
    type(u"restart storefront-api read-only"_s);
    const int row = rowOf(u"Restart storefront-api on Demo read-only"_s);
    moveTo(row);
    QVERIFY(m_palette->reasonLabel()->isVisible());
    QVERIFY2(m_palette->reasonLabel()->text().contains(u"lacks the “deploy” permission"_s),
             qPrintable(m_palette->reasonLabel()->text()));
    const QModelIndex index = m_palette->list()->currentIndex();
    QVERIFY(index.data(Qt::DisplayRole).toString().contains(QLatin1String("Unavailable")));
    QCOMPARE(index.data(Qt::ForegroundRole).value<QBrush>().color(),
             m_palette->list()->palette().color(QPalette::Disabled, QPalette::Text));
    QTest::keyClick(m_palette->searchField(), Qt::Key_Return);
    QVERIFY2(m_palette->isVisible(), "Enter on a disabled entry keeps the palette open");
    QCOMPARE(executed.size(), 0);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Escape);
    QVERIFY(!m_palette->isVisible());
}

void TestCommandPalette::disabledWindowActionDoesNotRun()
{
    // On "All instances" there is no instance to edit.
    m_app.tree()->setCurrentIndex(m_app.window()->navigation()->fleetIndex());
    QSignalSpy executed(m_palette, &Gui::CommandPalette::executed);
    type(u"edit instance"_s);
    QCOMPARE(currentText(), u"Edit Instance…"_s);
    QVERIFY(!m_palette->list()->currentIndex().data(Qt::UserRole + 1).toBool());
    QVERIFY(m_palette->reasonLabel()->isVisible());
    QVERIFY(!m_palette->reasonLabel()->text().isEmpty());
    QTest::keyClick(m_palette->searchField(), Qt::Key_Return);
    QVERIFY(m_palette->isVisible());
    QCOMPARE(executed.size(), 0);
    QCOMPARE(m_app.window()->findChildren<QDialog *>().size(), 0);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Escape);
}

void TestCommandPalette::pagesAndCloses()
{
    type(QString());
    QListView *list = m_palette->list();
    QVERIFY(list->model()->rowCount() > 50); // views, resources and their actions
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Up);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(m_palette->searchField(), Qt::Key_PageDown);
    const int page = list->currentIndex().row();
    QVERIFY2(page > 1, qPrintable(QString::number(page)));
    QTest::keyClick(m_palette->searchField(), Qt::Key_PageDown);
    QCOMPARE(list->currentIndex().row(), 2 * page);
    QTest::keyClick(m_palette->searchField(), Qt::Key_PageUp);
    QCOMPARE(list->currentIndex().row(), page);
    QTest::keyClicks(m_palette->searchField(), u"no such thing at all"_s);
    QCOMPARE(list->model()->rowCount(), 0);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Return); // nothing to run, nothing breaks
    QVERIFY(m_palette->isVisible());
    QTest::keyClick(m_palette->searchField(), Qt::Key_Escape);
    QVERIFY(!m_palette->isVisible());
}

// The palette's private list model keeps Qt's model contract while it is refiltered on every
// keystroke, reset when it opens and emptied by a query that matches nothing.
void TestCommandPalette::listModelUnderTester()
{
    QAbstractItemModel *model = m_palette->list()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    type(u"sto"_s);
    const int narrowed = model->rowCount();
    QVERIFY(narrowed > 0);
    QTest::keyClicks(m_palette->searchField(), u"refront"_s);
    QVERIFY(model->rowCount() <= narrowed);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Backspace);
    QTest::keyClicks(m_palette->searchField(), u"zzzz"_s);
    QCOMPARE(model->rowCount(), 0);
    m_palette->searchField()->clear();
    QVERIFY(model->rowCount() > narrowed);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Escape);
    QVERIFY(!m_palette->isVisible());
}

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
