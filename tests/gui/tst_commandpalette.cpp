// The Ctrl+K command palette, driven by keys on the sandbox: it jumps to views and resources,
// runs main-window and per-resource actions, and shows why a disabled action cannot run.
#include "sandboxwindow.h"

#include "gui/commandpalette.h"
#include "gui/resourceactions.h"
#include "gui/resourcetableview.h"
#include "gui/viewpane.h"
#include "models/applicationsmodel.h"
#include "models/instancedata.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QScopeGuard>
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
    void inapplicableResourceActionsAreLeftOut();
    void disabledWindowActionDoesNotRun();
    void pagesAndCloses();
    void typingOnNarrowsLikeAFreshSearch();
    void keepsASourcesListUntilItsRevisionChanges();
    void aStatusChangeRebuildsOneRowsEntries();
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
    QVERIFY(root >= 0);
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

// Per-resource commands are offered only where they can run: not without the permission (the
// read-only token), not against the status (Start on a running app), not for the wrong kind
// (Deploy on a database). Greyed-out entries by the thousand would bury the useful ones.
void TestCommandPalette::inapplicableResourceActionsAreLeftOut()
{
    type(u"storefront-api"_s);
    const QAbstractItemModel *model = m_palette->list()->model();
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        texts << model->index(row, 0).data(Qt::UserRole).toString();
        QVERIFY(model->index(row, 0).data(Qt::UserRole + 1).toBool()); // all runnable
    }
    QVERIFY(texts.contains(u"storefront-api"_s)); // the jump is still there
    for (const QString &text : std::as_const(texts))
        QVERIFY2(!text.endsWith(u" on Demo read-only"_s), qPrintable(text));
    QVERIFY(texts.contains(u"Restart storefront-api on Demo root"_s));
    QVERIFY(texts.contains(u"Stop storefront-api on Demo root"_s));
    QVERIFY(!texts.contains(u"Start storefront-api on Demo root"_s)); // it is running
    QTest::keyClick(m_palette->searchField(), Qt::Key_Escape);

    // A database: started or stopped as its status allows, never deployed.
    const Models::FleetModel *rows = m_app.fleet()->resources();
    QString database;
    for (int row = 0; row < rows->rowCount() && database.isEmpty(); ++row) {
        if (rows->at(row).kind == Api::ResourceKind::Database
            && rows->at(row).instanceName == u"Demo root"_s)
            database = rows->at(row).name;
    }
    QVERIFY(!database.isEmpty());
    type(database);
    texts.clear();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, 0).data(Qt::UserRole).toString();
    QVERIFY(!texts.contains(u"Deploy %1 on Demo root"_s.arg(database)));
    QVERIFY(texts.contains(u"Start %1 on Demo root"_s.arg(database))
            != texts.contains(u"Stop %1 on Demo root"_s.arg(database)));
    QTest::keyClick(m_palette->searchField(), Qt::Key_Escape);
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
    QVERIFY(list->model()->rowCount() <= Gui::CommandPalette::kMaxShown);
    QVERIFY(m_palette->matchCount() >= list->model()->rowCount());
    const auto *hint = m_palette->findChild<QLabel *>(u"commandHint"_s);
    QCOMPARE(hint->text().contains(u"more"_s),
             m_palette->matchCount() > Gui::CommandPalette::kMaxShown);
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
// Each keystroke looks only at what the previous query matched; the result must be what the
// whole query finds from scratch, also after Backspace and after a new word.
void TestCommandPalette::typingOnNarrowsLikeAFreshSearch()
{
    const auto rows = [this] {
        QStringList out;
        const QAbstractItemModel *model = m_palette->list()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, 0).data(Qt::UserRole).toString();
        return out;
    };
    const auto fresh = [&](const QString &query) {
        m_palette->hide();
        m_palette->popup();
        m_palette->searchField()->setText(query); // one step
        const QStringList found = rows();
        m_palette->hide();
        return found;
    };
    for (const QString &query : {u"rest stor"_s, u"st"_s, u"demo root api"_s}) {
        type(query); // a keystroke at a time
        const QStringList typed = rows();
        const int typedCount = m_palette->matchCount();
        m_palette->hide();
        QCOMPARE(typed, fresh(query));
        QVERIFY(!typed.isEmpty());
        QVERIFY(typedCount >= typed.size());
    }
    type(u"restart web"_s);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Backspace);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Backspace);
    QTest::keyClick(m_palette->searchField(), Qt::Key_Backspace);
    QCOMPARE(m_palette->searchField()->text(), u"restart "_s);
    QTest::keyClicks(m_palette->searchField(), u"api"_s);
    const QStringList edited = rows();
    m_palette->hide();
    QCOMPARE(edited, fresh(u"restart api"_s));
}

// Building thousands of entries is what made Ctrl+K slow: a source with a revision is asked
// again only when the revision changed; one without (0) on every opening.
void TestCommandPalette::keepsASourcesListUntilItsRevisionChanges()
{
    struct Counting : Gui::CommandSource
    {
        quint64 rev = 1;
        mutable int asked = 0;
        QString name;
        QList<Gui::Command> commands() const override
        {
            ++asked;
            Gui::Command c;
            c.text = name + QString::number(rev);
            return {c};
        }
        quint64 revision() const override { return rev; }
    };
    auto cached = std::make_shared<Counting>();
    cached->name = u"zqcached"_s;
    auto always = std::make_shared<Counting>();
    always->name = u"zqalways"_s;
    always->rev = 0;
    Gui::CommandPalette palette(m_app.window());
    palette.addSource(cached);
    palette.addSource(always);
    palette.popup();
    palette.hide();
    palette.popup();
    QCOMPARE(cached->asked, 1);
    QCOMPARE(always->asked, 2);
    QCOMPARE(palette.commandAt(0).text, u"zqcached1"_s);
    QCOMPARE(palette.commandAt(0).matchText, u"zqcached1"_s);
    cached->rev = 2;
    palette.hide();
    palette.popup();
    QCOMPARE(cached->asked, 2);
    QCOMPARE(palette.commandAt(0).text, u"zqcached2"_s);
    QCOMPARE(palette.commandCount(), 2);
    palette.hide();

    // The real sources move their revision with their data.
    Gui::ResourceCommandSource resources(m_app.fleet(), m_app.window());
    const quint64 before = resources.revision();
    auto *rows = const_cast<Models::FleetModel *>(m_app.fleet()->resources());
    emit rows->dataChanged(rows->index(0, 0), rows->index(0, 0));
    QVERIFY(resources.revision() != before);
    Gui::NavigationCommandSource navigation(m_app.window()->navigation(), {});
    const quint64 navBefore = navigation.revision();
    QVERIFY(navBefore != 0);
    auto *nav = m_app.window()->navigation();
    emit nav->dataChanged(nav->index(0, 0), nav->index(0, 0));
    QVERIFY(navigation.revision() != navBefore);
}

// Ctrl+K after a poll changed one status must not rebuild the entries of every resource (with
// ten thousand that took 150-180 ms on the UI thread): only the changed row's, and the idle
// warm-up does even that before the palette is opened.
void TestCommandPalette::aStatusChangeRebuildsOneRowsEntries()
{
    // Only the changes made here: no polling, and no refresh still on its way (an earlier test's
    // restart makes the instance poll fast).
    m_app.fleet()->setAutoRefresh(false);
    const auto restore = qScopeGuard([this] { m_app.fleet()->setAutoRefresh(true); });
    for (const QString &id : {m_app.rootId, m_app.readId})
        QTRY_VERIFY_WITH_TIMEOUT(!m_app.fleet()->data(id)->isRefreshing(), 20000);
    Gui::ResourceCommandSource source(m_app.fleet(), m_app.window());
    const Models::FleetModel *rows = m_app.fleet()->resources();
    const auto texts = [&source] {
        QStringList out;
        for (const Gui::Command &c : source.commands())
            out << c.text;
        return out;
    };
    QVERIFY(texts().contains(u"Stop storefront-api on Demo root"_s));
    QCOMPARE(source.rowsBuilt(), rows->rowCount());
    texts();
    QCOMPARE(source.rowsBuilt(), rows->rowCount()); // nothing changed, nothing rebuilt

    // storefront-api stops (as a poll would report it).
    Models::ApplicationsModel *apps = m_app.fleet()->data(m_app.rootId)->applications();
    int row = 0;
    while (row < apps->rowCount() && apps->at(row).name != u"storefront-api"_s)
        ++row;
    QVERIFY(row < apps->rowCount());
    Models::Application app = apps->at(row);
    const Models::Application running = app;
    app.status = Models::ResourceStatus::parse(u"exited:unhealthy"_s);
    const int built = source.rowsBuilt();
    apps->upsert(app);
    const QStringList after = texts();
    QCOMPARE(source.rowsBuilt(), built + 1);
    QVERIFY(after.contains(u"Start storefront-api on Demo root"_s));
    QVERIFY(!after.contains(u"Stop storefront-api on Demo root"_s));

    // Back to running, and the palette not asked: the warm-up rebuilds the row while idle.
    apps->upsert(running);
    QTRY_COMPARE(source.rowsBuilt(), built + 2);
    QVERIFY(texts().contains(u"Stop storefront-api on Demo root"_s));
    QCOMPARE(source.rowsBuilt(), built + 2);
}

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
