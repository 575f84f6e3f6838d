// The Servers view as a user meets it: pick a server and see its address, state and role and what
// runs on it; Enter on one of those opens it (the sidebar follows); the picked server is still
// picked after a visit elsewhere.
#include "sandboxwindow.h"
#include "screenshots.h"

#include "gui/resourcetableview.h"
#include "gui/serverdetails.h"
#include "gui/viewpane.h"
#include "models/roles.h"
#include "models/serverresourcesmodel.h"
#include "models/serversmodel.h"

#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Node = Models::NavigationModel::Node;

class TestServersView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void detailsAndResourcesOfTheSelectedServer();
    void enterOpensTheResource();
    void selectionSurvivesAVisitElsewhere();

private:
    Gui::ViewPane *openServers();
    // Selects the server row called `name` in the pane's table; false when there is none.
    static bool selectServer(Gui::ViewPane *pane, const QString &name);
    static QString labelFor(QWidget *details, const QString &label);

    SandboxWindow m_w;
};

void TestServersView::initTestCase()
{
    useEnglishPluralsForScreenshots();
    QVERIFY(m_w.start({1280, 800}));
}

void TestServersView::cleanupTestCase()
{
    m_w.context.reset();
}

Gui::ViewPane *TestServersView::openServers()
{
    m_w.tree()->setCurrentIndex(m_w.node(m_w.rootId, Node::Servers));
    Gui::ViewPane *pane = m_w.window()->primaryPane();
    return pane->spec().node == Node::Servers ? pane : nullptr;
}

bool TestServersView::selectServer(Gui::ViewPane *pane, const QString &name)
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

QString TestServersView::labelFor(QWidget *details, const QString &label)
{
    for (auto *field : details->findChildren<QLabel *>()) {
        if (field->accessibleName() == label && field->isVisible())
            return field->text();
    }
    return {};
}

void TestServersView::detailsAndResourcesOfTheSelectedServer()
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
    QVERIFY(saveScreenshot(m_w.window(), u"servers-view"_s));
}

void TestServersView::enterOpensTheResource()
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

void TestServersView::selectionSurvivesAVisitElsewhere()
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

QTEST_MAIN(TestServersView)
#include "tst_serversview.moc"
