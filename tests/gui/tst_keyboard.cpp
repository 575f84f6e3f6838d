// The main window without a mouse: Tab from the first control visits every visible, enabled,
// focusable control and comes back round; the standard shortcuts are where users expect them.
#include "sandboxwindow.h"
#include "widgetchecks.h"

#include "gui/logviewer.h"
#include "gui/preferencesdialog.h"
#include "gui/resourcetableview.h"
#include "gui/shortcutsdialog.h"
#include "gui/viewpane.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Node = Models::NavigationModel::Node;

namespace {
QWidget *focusTarget(QWidget *w)
{
    while (w->focusProxy())
        w = w->focusProxy();
    return w;
}

// The controls Tab should reach: shown, enabled, accepting Tab focus, in this window.
QSet<QWidget *> tabbable(QWidget *window)
{
    QSet<QWidget *> result;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() == window && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            result.insert(w);
    }
    return result;
}

QString names(const QSet<QWidget *> &widgets)
{
    QStringList list;
    for (const QWidget *w : widgets)
        list << describe(w);
    list.sort();
    return list.join(u'\n');
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabReachesEveryControl_data();
    void tabReachesEveryControl();
    void standardShortcuts();
    void shortcutsAreUnambiguous();
    void helpListsTheShortcutsThatWork();
    void aboutSaysVersionAndLicence();

private:
    SandboxWindow m_app;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_app.start());
    m_app.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
}

void TestKeyboard::tabReachesEveryControl_data()
{
    QTest::addColumn<int>("node");
    QTest::addColumn<bool>("split");
    QTest::newRow("all instances") << int(Node::Fleet) << false;
    QTest::newRow("instance overview") << int(Node::Instance) << false;
    QTest::newRow("applications beside the split") << int(Node::Applications) << true;
    QTest::newRow("servers") << int(Node::Servers) << false;
}

void TestKeyboard::tabReachesEveryControl()
{
    QFETCH(int, node);
    QFETCH(bool, split);
    Gui::MainWindow *window = m_app.window();
    QTreeView *tree = m_app.tree();
    tree->setCurrentIndex(Node(node) == Node::Fleet ? window->navigation()->fleetIndex()
                                                    : m_app.node(m_app.rootId, Node(node)));
    if (split)
        window->openInSplitView();
    QTRY_VERIFY(window->primaryPane()->isVisible());
    QCoreApplication::processEvents(); // panes show their new content on the next turn
    tree->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), tree);

    const QSet<QWidget *> expected = tabbable(window);
    QVERIFY(expected.size() > 1);
    QSet<QWidget *> reached{tree};
    QHash<QWidget *, int> extraTabs; // presses a widget kept for itself (cells, links)
    QStringList traps;
    QWidget *current = tree;
    bool cycled = false;
    for (int presses = 0; presses < 4000 && !cycled; ++presses) {
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        QVERIFY2(next, "Tab lost the focus");
        next = focusTarget(next);
        if (next == current) {
            if (++extraTabs[current] < 500)
                continue;
            // A keyboard trap: note it and leave the way Qt's focus chain would.
            traps << describe(current);
            next = current->nextInFocusChain();
            while (next != current && !tabbable(window).contains(next))
                next = next->nextInFocusChain();
            next->setFocus(Qt::TabFocusReason);
        }
        if (next == tree) {
            cycled = true;
            break;
        }
        QVERIFY2(
            !reached.contains(next),
            qPrintable(u"Tab loops back to %1 without reaching the tree"_s.arg(describe(next))));
        reached.insert(next);
        current = next;
    }
    QVERIFY2(cycled, "Tab never came back to the navigation tree");
    QVERIFY2((expected - reached).isEmpty(),
             qPrintable(u"not reachable by Tab:\n"_s + names(expected - reached)));
    // Walking a table's cells selects rows, which may show more controls (the details pane).
    const QSet<QWidget *> shown = expected + tabbable(window);
    QVERIFY2((reached - shown).isEmpty(),
             qPrintable(u"reached but hidden or disabled:\n"_s + names(reached - shown)));

    // Tab should leave a table at once (arrow keys move between cells); QTableView's default
    // tabKeyNavigation walks every cell and wraps round: a keyboard trap (WCAG 2.1.2).
    QStringList kept;
    for (auto it = extraTabs.cbegin(); it != extraTabs.cend(); ++it) {
        if (qobject_cast<QAbstractItemView *>(it.key()))
            kept << u"%1 kept %2 Tab presses"_s.arg(describe(it.key())).arg(it.value());
    }
    QVERIFY2(kept.isEmpty() && traps.isEmpty(),
             qPrintable(kept.join(u'\n') + u"\ntraps: "_s + traps.join(u',')));
    // Shift+Tab walks back: the last control before the tree.
    QTest::keyClick(tree, Qt::Key_Backtab);
    QVERIFY(QApplication::focusWidget() != tree);
    QVERIFY(reached.contains(focusTarget(QApplication::focusWidget())));
    if (split && window->secondaryPane())
        window->secondaryPane()->deleteLater();
    QTRY_VERIFY(!window->secondaryPane());
}

void TestKeyboard::standardShortcuts()
{
    Gui::MainWindow *window = m_app.window();
    const auto action = [window](const char *name) {
        return window->findChild<QAction *>(QLatin1String(name));
    };
    QCOMPARE(action("actionRefresh")->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(action("actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
    QCOMPARE(action("actionAddInstance")->shortcut(), QKeySequence(QKeySequence::New));

    // Find: Ctrl+F in a table view puts the focus in its filter.
    m_app.tree()->setCurrentIndex(m_app.node(m_app.rootId, Node::Applications));
    Gui::ResourceTableView *table = window->primaryPane()->table();
    table->table()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table->table()->isVisible());
    QTest::keyClick(table->table(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), table->filterEdit());

    // F5 refreshes from anywhere in the window.
    QTest::keyClick(table->filterEdit(), Qt::Key_F5);
    QCOMPARE(window->statusBar()->currentMessage(), u"Refreshing every instance…"_s);

    QAction *palette = action("actionCommandPalette");
    QVERIFY(palette && palette->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *preferences = action("actionPreferences");
    QVERIFY(preferences
            && preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
}

void TestKeyboard::shortcutsAreUnambiguous()
{
    // Two actions with the same key in one window make Qt do neither ("ambiguous shortcut").
    Gui::MainWindow *window = m_app.window();
    m_app.tree()->setCurrentIndex(m_app.node(m_app.rootId, Node::Applications));
    QHash<QKeySequence, QStringList> byKey;
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcutContext() != Qt::WindowShortcut
            && action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts())
            byKey[key] << action->objectName();
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        QStringList owners = it.value();
        owners.removeDuplicates();
        if (owners.size() > 1)
            clashes << it.key().toString() + u": "_s + owners.join(u',');
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    QVERIFY(byKey.contains(QKeySequence(QKeySequence::Refresh)));
}

void TestKeyboard::helpListsTheShortcutsThatWork()
{
    Gui::MainWindow *window = m_app.window();
    auto *help = window->findChild<QAction *>(u"actionShortcuts"_s);
    QVERIFY(help);
    help->trigger();
    auto *dialog = window->findChild<Gui::ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(u"shortcutsList"_s);
    QHash<QString, QString> shown; // "what" → keys as shown
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j)
            shown.insert(list->topLevelItem(i)->child(j)->text(0),
                         list->topLevelItem(i)->child(j)->text(1));
    const auto native = [](const QKeySequence &key) {
        return key.toString(QKeySequence::NativeText);
    };
    // Every shortcut of the menus, with its key.
    QCOMPARE(shown.value(u"Refresh"_s), native(QKeySequence(QKeySequence::Refresh)));
    QCOMPARE(shown.value(u"Add Instance"_s), native(QKeySequence(QKeySequence::New)));
    QCOMPARE(shown.value(u"Keyboard Shortcuts"_s), native(help->shortcut()));
    QCOMPARE(shown.value(u"Deploy"_s), native(QKeySequence(Qt::CTRL | Qt::Key_D)));
    QCOMPARE(shown.value(u"Filter the table"_s), native(QKeySequence(QKeySequence::Find)));
    QVERIFY(shown.value(u"Close the window (asks first about unsaved edits)"_s)
                .contains(native(QKeySequence(Qt::Key_Escape))));
    // The log viewer's list is the one it binds: a real viewer has exactly those keys.
    Gui::LogViewer viewer;
    QSet<QKeySequence> bound;
    for (const QShortcut *shortcut : viewer.findChildren<QShortcut *>())
        bound.insert(shortcut->key());
    QSet<QKeySequence> listed;
    for (const Gui::ShortcutHelp &entry : Gui::LogViewer::shortcutHelp()) {
        listed.insert(entry.keys.first());
        QVERIFY2(shown.contains(entry.what), qPrintable(entry.what));
    }
    QCOMPARE(listed, bound);
    // Esc closes it; opening it twice shows the one already open.
    help->trigger();
    QCOMPARE(window->findChildren<Gui::ShortcutsDialog *>().size(), 1);
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<Gui::ShortcutsDialog *>());
}

void TestKeyboard::aboutSaysVersionAndLicence()
{
    Gui::MainWindow *window = m_app.window();
    window->findChild<QAction *>(u"actionAbout"_s)->trigger();
    auto *box = window->findChild<QMessageBox *>(u"aboutBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral(COOLIFY_VERSION)));
    QVERIFY(box->informativeText().contains(u"MIT"_s));
    QVERIFY(box->informativeText().contains(u"4.3.11"_s));
    box->close();
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
