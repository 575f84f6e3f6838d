// An instance's Servers and Projects views as a user meets them. Servers: pick a server and see its
// address, state and role and what runs on it; Enter on one of those opens it (the sidebar
// follows); the picked server is still picked after a visit elsewhere. Projects: every project and
// environment with what it holds; Enter opens one with its resources.
#include "darkpalette.h"
#include "sandboxwindow.h"
#include "screenshots.h"

#include "gui/createdatabasedialog.h"
#include "gui/instanceoverview.h"
#include "gui/projectsoverview.h"
#include "gui/resourceactions.h"
#include "gui/resourcetableview.h"
#include "gui/serverdetails.h"
#include "gui/viewpane.h"
#include "gui/viewstates.h"
#include "models/applicationsmodel.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/instancesummary.h"
#include "models/projectoverviewmodel.h"
#include "models/projectsmodel.h"
#include "models/roles.h"
#include "models/serverresourcesmodel.h"
#include "models/serversmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Node = Models::NavigationModel::Node;

class TestInstanceViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void detailsAndResourcesOfTheSelectedServer();
    void enterOpensTheResource();
    void selectionSurvivesAVisitElsewhere();
    void projectsWithWhatTheyHold();
    void enterOpensAnEnvironment();
    void screenshots_data();
    void screenshots();
    void aCreatedDatabaseIsSelected();
    void unseenSplitterSizesAreNotKept();
    void overviewCountsOpenFilteredTables();

private:
    Gui::ViewPane *openServers();
    // Selects the server row called `name` in the pane's table; false when there is none.
    static bool selectServer(Gui::ViewPane *pane, const QString &name);
    static QString labelFor(QWidget *details, const QString &label);

    SandboxWindow m_w;
};

void TestInstanceViews::initTestCase()
{
    useEnglishPluralsForScreenshots();
    QVERIFY(m_w.start({1280, 800}));
}

void TestInstanceViews::cleanupTestCase()
{
    m_w.context.reset();
}

Gui::ViewPane *TestInstanceViews::openServers()
{
    m_w.tree()->setCurrentIndex(m_w.node(m_w.rootId, Node::Servers));
    Gui::ViewPane *pane = m_w.window()->primaryPane();
    return pane->spec().node == Node::Servers ? pane : nullptr;
}

bool TestInstanceViews::selectServer(Gui::ViewPane *pane, const QString &name)
{
    QTableView *table = pane->table()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, Models::ServersModel::Name);
        if (index.data().toString() == name) {
            table->setFocus();
            table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

QString TestInstanceViews::labelFor(QWidget *details, const QString &label)
{
    for (auto *field : details->findChildren<QLabel *>()) {
        if (field->accessibleName() == label && field->isVisible())
            return field->text();
    }
    return {};
}

void TestInstanceViews::detailsAndResourcesOfTheSelectedServer()
{
    Gui::ViewPane *pane = openServers();
    QVERIFY(pane);
    auto *details = pane->findChild<Gui::ServerDetails *>();
    QVERIFY(details && details->isVisible());
    QVERIFY(pane->detailsSplitter()->isVisible());
    auto *title = details->findChild<QLabel *>(u"serverTitle"_s);
    QVERIFY(title->text().startsWith(u"Select a server"_s));
    QVERIFY(!details->resourcesView()->isVisible());

    QVERIFY(selectServer(pane, u"edge-fra-1"_s));
    QCOMPARE(title->text(), u"edge-fra-1"_s);
    QCOMPARE(labelFor(details, u"Address:"_s), u"root@203.0.113.10, SSH port 22"_s);
    QCOMPARE(labelFor(details, u"State:"_s), u"Reachable"_s);
    QCOMPARE(labelFor(details, u"Role:"_s), u"runs resources"_s);
    QVERIFY(details->findChild<QPushButton *>(u"openServerInCoolify"_s)->isVisible());
    QTableView *resources = details->resourcesView();
    QVERIFY(resources->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(resources->model()->rowCount(), 3, 10'000);
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names
            << resources->model()->index(row, Models::ServerResourcesModel::Name).data().toString();
    QCOMPARE(names, (QStringList{u"docs-site"_s, u"tools-mariadb"_s, u"uptime-probe"_s})); // sorted
    auto *state = details->findChild<QLabel *>(u"serverResourcesState"_s);
    QVERIFY2(state->text().contains(u"3"_s), qPrintable(state->text()));

    // The unreachable server says so; the localhost one hosts Coolify.
    QVERIFY(selectServer(pane, u"legacy-ams-2"_s));
    QCOMPARE(labelFor(details, u"State:"_s), u"Unreachable"_s);
    QVERIFY(selectServer(pane, u"localhost"_s));
    QVERIFY(labelFor(details, u"Role:"_s).contains(u"hosts Coolify itself"_s));
    QTRY_VERIFY_WITH_TIMEOUT(resources->model()->rowCount() > 3, 10'000);
}

void TestInstanceViews::enterOpensTheResource()
{
    Gui::ViewPane *pane = openServers();
    QVERIFY(pane);
    QVERIFY(selectServer(pane, u"edge-fra-1"_s));
    auto *details = pane->findChild<Gui::ServerDetails *>();
    QTableView *resources = details->resourcesView();
    QTRY_COMPARE_WITH_TIMEOUT(resources->model()->rowCount(), 3, 10'000);
    const QModelIndex docs = resources->model()->index(0, 0);
    QCOMPARE(docs.data().toString(), u"docs-site"_s);
    const QString uuid = docs.data(Models::Roles::Uuid).toString();
    resources->setFocus();
    resources->setCurrentIndex(docs);
    QTest::keyClick(resources, Qt::Key_Return);
    // The sidebar moves to the resource, and its view selects it.
    QTRY_COMPARE(m_w.tree()->currentIndex(), m_w.node(m_w.rootId, Node::Resource, uuid));
    pane = m_w.window()->primaryPane();
    QCOMPARE(pane->spec().node, Node::Resource);
    const QModelIndexList selected = pane->table()->selectedSourceRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(Models::Roles::Uuid).toString(), uuid);
}

void TestInstanceViews::selectionSurvivesAVisitElsewhere()
{
    Gui::ViewPane *pane = openServers();
    QVERIFY(pane);
    QVERIFY(selectServer(pane, u"legacy-ams-2"_s));
    m_w.tree()->setCurrentIndex(m_w.node(m_w.rootId, Node::Applications));
    QCOMPARE(m_w.window()->primaryPane()->spec().node, Node::Applications);
    pane = openServers();
    QVERIFY(pane);
    auto *details = pane->findChild<Gui::ServerDetails *>();
    QCOMPARE(details->findChild<QLabel *>(u"serverTitle"_s)->text(), u"legacy-ams-2"_s);
}

// The row of `name` under `parent` in the overview's tree (its sorted model).
static QModelIndex rowNamed(QTreeView *tree, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
        const QModelIndex index = tree->model()->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

void TestInstanceViews::projectsWithWhatTheyHold()
{
    m_w.tree()->setCurrentIndex(m_w.node(m_w.rootId, Node::Projects));
    Gui::ViewPane *pane = m_w.window()->primaryPane();
    QCOMPARE(pane->spec().node, Node::Projects);
    auto *overview = pane->findChild<Gui::ProjectsOverview *>();
    QVERIFY(overview && overview->isVisible());
    QTreeView *tree = overview->tree();
    const QModelIndex acme = rowNamed(tree, u"Acme Storefront"_s);
    QVERIFY(acme.isValid());
    QVERIFY(tree->isExpanded(acme));
    const QModelIndex staging = rowNamed(tree, u"staging"_s, acme);
    QVERIFY(staging.isValid());
    // The counts are the fleet table's rows in those environments.
    const auto *projects = m_w.fleet()->data(m_w.rootId)->projects();
    const int acmeRow = projects->rowOf(acme.data(Models::Roles::Uuid).toString());
    QSet<qint64> acmeEnvironments;
    for (const auto &environment : projects->children(acmeRow))
        acmeEnvironments.insert(environment.id);
    const qint64 stagingId = staging.data(Models::ProjectsModel::IdRole).toLongLong();
    int inAcme = 0, inStaging = 0, running = 0;
    for (const auto &row : m_w.fleet()->resources()->rows()) {
        if (row.instanceId != m_w.rootId || !acmeEnvironments.contains(row.environmentId))
            continue;
        ++inAcme;
        inStaging += row.environmentId == stagingId;
        running += row.status.isRunning() && !row.status.needsAttention();
    }
    QVERIFY(inAcme > inStaging && inStaging > 0);
    using M = Models::ProjectOverviewModel;
    QCOMPARE(acme.data(M::TotalRole).toInt(), inAcme);
    QCOMPARE(staging.data(M::TotalRole).toInt(), inStaging);
    QCOMPARE(acme.data(M::RunningRole).toInt(), running);
    const QString words = acme.siblingAtColumn(M::Resources).data().toString();
    QVERIFY2(words.startsWith(QString::number(inAcme) + u" — "_s), qPrintable(words));
    QVERIFY2(words.contains(u"running"_s), qPrintable(words));
    // An empty project says so.
    const QModelIndex playground = rowNamed(tree, u"Playground"_s);
    QVERIFY(playground.isValid());
    QCOMPARE(playground.siblingAtColumn(M::Resources).data().toString(), u"empty"_s);
}

void TestInstanceViews::enterOpensAnEnvironment()
{
    m_w.tree()->setCurrentIndex(m_w.node(m_w.rootId, Node::Projects));
    auto *overview = m_w.window()->primaryPane()->findChild<Gui::ProjectsOverview *>();
    QVERIFY(overview);
    QTreeView *tree = overview->tree();
    const QModelIndex staging = rowNamed(tree, u"staging"_s, rowNamed(tree, u"Acme Storefront"_s));
    QVERIFY(staging.isValid());
    const QString id = QString::number(staging.data(Models::ProjectsModel::IdRole).toLongLong());
    tree->setFocus();
    tree->setCurrentIndex(staging);
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE(m_w.tree()->currentIndex(), m_w.node(m_w.rootId, Node::Environment, id));
    Gui::ViewPane *pane = m_w.window()->primaryPane();
    QCOMPARE(pane->spec().node, Node::Environment);
    QTableView *table = pane->table()->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    bool stagingApp = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        stagingApp |= table->model()->index(row, Models::FleetModel::Name).data().toString()
            == u"storefront-web-staging"_s;
    QVERIFY(stagingApp);

    // A project opens as a project.
    m_w.tree()->setCurrentIndex(m_w.node(m_w.rootId, Node::Projects));
    overview = m_w.window()->primaryPane()->findChild<Gui::ProjectsOverview *>();
    tree = overview->tree();
    const QModelIndex acme = rowNamed(tree, u"Acme Storefront"_s);
    const QString acmeUuid = acme.data(Models::Roles::Uuid).toString(); // the view goes on Enter
    tree->setCurrentIndex(acme);
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE(m_w.tree()->currentIndex(), m_w.node(m_w.rootId, Node::Project, acmeUuid));
}

// Not a Servers/Projects matter, but the same window: what the user creates in a view is selected
// there once the refresh brings it in (issue 13 #6).
void TestInstanceViews::aCreatedDatabaseIsSelected()
{
    m_w.tree()->setCurrentIndex(m_w.node(m_w.rootId, Node::Databases));
    Gui::ViewPane *pane = m_w.window()->primaryPane();
    QCOMPARE(pane->spec().node, Node::Databases);
    QVERIFY(pane->actions()->newDatabase()->isEnabled());
    pane->actions()->newDatabase()->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_w.window()->findChild<Gui::CreateDatabaseDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"orders-db"_s);
    auto *create = dialog->findChild<QPushButton *>(u"createButton"_s);
    QTRY_VERIFY2(create->isEnabled(), qPrintable(create->toolTip())); // pickers filled
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QModelIndexList rows = pane->table()->selectedSourceRows();
            return rows.size() == 1
                && rows.first().siblingAtColumn(Models::FleetModel::Name).data().toString()
                == u"orders-db"_s;
        }(),
        10'000);
    QCOMPARE(m_w.window()->focusWidget(), pane->table()->table()); // keys go to the new row
}

// A view built before its window was shown (the fleet table at start-up, before the last view is
// restored) left its splitter's unlaid-out sizes behind: the table then got a third of the height.
void TestInstanceViews::unseenSplitterSizesAreNotKept()
{
    auto states = std::make_shared<Gui::ViewStates>();
    Gui::ViewPane pane(m_w.fleet(), states);
    pane.setSpec({Node::Fleet, {}, {}}); // built while hidden
    pane.detailsSplitter()->setSizes({100, 900}); // what an unlaid-out splitter may hold
    pane.setSpec({Node::Servers, m_w.rootId, {}}); // leaving it saves its state
    pane.resize(1200, 900);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setSpec({Node::Fleet, {}, {}});
    QTRY_VERIFY(pane.detailsSplitter()->sizes().value(0) > 0);
    const QList<int> sizes = pane.detailsSplitter()->sizes();
    QVERIFY2(sizes.at(0) > sizes.at(1), qPrintable(u"%1 / %2"_s.arg(sizes.at(0)).arg(sizes.at(1))));
}

void TestInstanceViews::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// Both views as a user sees them, light and dark (saved to $COOLIFY_SCREENSHOT_DIR when set; the
// copies in tests/data/screens and the README come from here). Without the directory it still
// checks that each picture shows the palette asked for.
void TestInstanceViews::screenshots()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkDesktopPalette()
                                  : QApplication::style()->standardPalette());
    const QString suffix = dark ? u"-dark"_s : u"-light"_s;
    m_w.window()->resize(1280, 800);
    Gui::ViewPane *pane = openServers();
    QVERIFY(pane);
    QVERIFY(selectServer(pane, u"edge-fra-1"_s));
    QTRY_COMPARE_WITH_TIMEOUT(
        pane->findChild<Gui::ServerDetails *>()->resourcesView()->model()->rowCount(), 3, 10'000);
    QCoreApplication::processEvents();
    const QImage servers = m_w.window()->grab().toImage();
    QCOMPARE(servers.pixelColor(servers.width() / 2, servers.height() - 30).lightnessF() < 0.5,
             dark);
    QVERIFY(saveScreenshot(m_w.window(), u"servers-view"_s + suffix));
    m_w.tree()->setCurrentIndex(m_w.node(m_w.rootId, Node::Projects));
    QCoreApplication::processEvents();
    QVERIFY(saveScreenshot(m_w.window(), u"projects-view"_s + suffix));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

// The instance page at a glance: counts per kind and status from the instance's data, each a
// link into the table with that status filter; what needs attention by name; deployments and
// servers.
void TestInstanceViews::overviewCountsOpenFilteredTables()
{
    QApplication::setPalette(screenshotsInDark() ? darkDesktopPalette()
                                                 : QApplication::style()->standardPalette());
    m_w.tree()->setCurrentIndex(m_w.node(m_w.rootId, Node::Instance));
    Gui::ViewPane *pane = m_w.window()->primaryPane();
    auto *overview = pane->findChild<Gui::InstanceOverview *>();
    QVERIFY(overview);
    const Models::InstanceSummary summary =
        Models::InstanceSummary::of(m_w.fleet()->data(m_w.rootId), QDateTime::currentDateTimeUtc());
    QVERIFY(summary.loaded);
    const auto &apps = summary.kinds.at(0);
    QCOMPARE(apps.total, m_w.fleet()->data(m_w.rootId)->applications()->rowCount());
    QVERIFY(apps.running > 0 && apps.stopped > 0 && apps.problems > 0);
    QCOMPARE(summary.servers, 3);
    QTRY_VERIFY(!overview->glanceLines().value(0).isEmpty());
    const QStringList lines = overview->glanceLines();
    QVERIFY2(lines.at(0).startsWith(u"<a href=\"node:"_s), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(u"%1 running"_s.arg(apps.running)));
    QVERIFY(lines.at(3).contains(summary.problemNames.first()));
    QCoreApplication::processEvents(); // the palette reaches every widget
    QVERIFY(saveScreenshot(m_w.window(), u"instance-overview"_s));

    // The applications that need attention, as a link: their table, filtered to Problems.
    auto *line = overview->findChild<QLabel *>(u"overviewGlance0"_s);
    const QString link = u"node:%1:%2"_s.arg(int(Node::Applications))
                             .arg(int(Models::ResourceFilterProxy::StatusGroup::Problems));
    QVERIFY(line->text().contains(link));
    emit line->linkActivated(link);
    QTRY_COMPARE(pane->spec().node, Node::Applications);
    QCOMPARE(pane->spec().instanceId, m_w.rootId);
    auto *status = pane->findChild<QComboBox *>(u"statusFilter"_s);
    QVERIFY(status);
    QCOMPARE(status->currentData().toInt(),
             int(Models::ResourceFilterProxy::StatusGroup::Problems));
    QTRY_COMPARE(pane->table()->table()->model()->rowCount(), apps.problems);
    // The sidebar follows, so Back/Alt+Left and the tree agree with what is shown.
    QCOMPARE(m_w.tree()->currentIndex(), m_w.node(m_w.rootId, Node::Applications));
    status->setCurrentIndex(status->findData(int(Models::ResourceFilterProxy::StatusGroup::All)));

    // Applications whose last deployment failed (legacy-worker's did): the count and the
    // filtered table agree.
    int failed = 0;
    QTRY_VERIFY((failed = Models::InstanceSummary::of(m_w.fleet()->data(m_w.rootId),
                                                      QDateTime::currentDateTimeUtc())
                              .failedLastDeployment)
                > 0);
    m_w.tree()->setCurrentIndex(m_w.node(m_w.rootId, Node::Instance));
    overview = pane->findChild<Gui::InstanceOverview *>();
    auto *deployments = overview->findChild<QLabel *>(u"overviewGlance4"_s);
    const QString failedLink =
        u"node:%1:%2"_s.arg(int(Node::Applications))
            .arg(int(Models::ResourceFilterProxy::StatusGroup::LastDeployFailed));
    QTRY_VERIFY(deployments->text().contains(failedLink));
    emit deployments->linkActivated(failedLink);
    QTRY_COMPARE(pane->spec().node, Node::Applications);
    QTRY_COMPARE(pane->table()->table()->model()->rowCount(), failed);
    status = pane->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(int(Models::ResourceFilterProxy::StatusGroup::All)));
}

QTEST_MAIN(TestInstanceViews)
#include "tst_instanceviews.moc"
