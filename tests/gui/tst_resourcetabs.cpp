// The tabs under a resource table come from one declared list (Gui::resourceTabs()): each
// resource kind gets the tabs that apply to it, a page is given the selected resource when it
// is shown, and switching back to a tab keeps what it shows. Against the sandbox, in the main
// window.
#include "sandboxwindow.h"

#include "gui/resourcetabs.h"
#include "gui/runtimelogsview.h"
#include "gui/viewpane.h"

#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Node = Models::NavigationModel::Node;

class TestResourceTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void declaredListMakesTheTabs();
    void tabsFollowTheKind();
    void logsLoadWhenShown();
    void narrowDetailsNeverScrollSideways();

private:
    Gui::ResourceTabs *showResource(const QString &name);
    QStringList offered(const Gui::ResourceTabs *tabs) const;

    SandboxWindow m_app;
};

void TestResourceTabs::initTestCase()
{
    QVERIFY(m_app.start());
}

Gui::ResourceTabs *TestResourceTabs::showResource(const QString &name)
{
    Gui::ViewPane *pane = m_app.window()->primaryPane();
    pane->setSpec({Node::Resource, m_app.rootId, m_app.resourceUuid(name)});
    return pane->tabs();
}

QStringList TestResourceTabs::offered(const Gui::ResourceTabs *tabs) const
{
    QStringList ids;
    for (const Gui::ResourceTabSpec &spec : Gui::resourceTabs()) {
        if (tabs->isOffered(spec.id))
            ids << spec.id;
    }
    return ids;
}

void TestResourceTabs::declaredListMakesTheTabs()
{
    Gui::ResourceTabs *tabs = showResource(u"storefront-web"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), Gui::resourceTabs().size());
    for (int i = 0; i < tabs->count(); ++i) {
        const Gui::ResourceTabSpec &spec = Gui::resourceTabs().at(i);
        QCOMPARE(tabs->widget(i)->objectName(), spec.id);
        QCOMPARE(tabs->tabText(i), spec.title());
        QCOMPARE(tabs->page(spec.id), tabs->widget(i));
        QVERIFY(dynamic_cast<Gui::ResourceTabPage *>(tabs->widget(i)));
    }
    QCOMPARE(tabs->page(u"noSuchTab"_s), nullptr);
}

void TestResourceTabs::tabsFollowTheKind()
{
    QCOMPARE(
        offered(showResource(u"storefront-web"_s)),
        (QStringList{u"detailsTab"_s, u"deploymentsTab"_s, u"logsTab"_s, u"environmentTab"_s}));
    QCOMPARE(offered(showResource(u"shop-postgres"_s)),
             (QStringList{u"detailsTab"_s, u"backupsTab"_s, u"logsTab"_s, u"environmentTab"_s}));
    QCOMPARE(offered(showResource(u"plausible-analytics"_s)),
             (QStringList{u"detailsTab"_s, u"environmentTab"_s}));
    // Nothing selected: the details say so, nothing else is offered.
    Gui::ResourceTabs *tabs = m_app.window()->primaryPane()->tabs();
    tabs->setResources({});
    QCOMPARE(offered(tabs), QStringList{u"detailsTab"_s});
}

void TestResourceTabs::logsLoadWhenShown()
{
    Gui::ResourceTabs *tabs = showResource(u"storefront-web"_s);
    QWidget *logsPage = tabs->page(u"logsTab"_s);
    QVERIFY(!logsPage->findChild<Gui::RuntimeLogsView *>()); // nothing fetched while hidden
    tabs->setCurrentWidget(logsPage);
    auto *logs = logsPage->findChild<Gui::RuntimeLogsView *>();
    QVERIFY(logs);
    QTRY_VERIFY_WITH_TIMEOUT(!logs->logText().isEmpty(), 10'000);
    QVERIFY(logs->logText().startsWith(u"[storefront-web] "_s));
    // Away and back: the same view, not a new fetch.
    tabs->setCurrentWidget(tabs->page(u"detailsTab"_s));
    tabs->setCurrentWidget(logsPage);
    QCOMPARE(logsPage->findChild<Gui::RuntimeLogsView *>(), logs);
    // Another resource selected while the logs are shown: its own logs, fetched at once.
    const QString db = m_app.resourceUuid(u"shop-postgres"_s);
    tabs->setResources({{m_app.rootId, Api::ResourceKind::Database, db, u"shop-postgres"_s, {}}});
    QCOMPARE(tabs->currentWidget(), logsPage);
    auto *dbLogs = logsPage->findChild<Gui::RuntimeLogsView *>();
    QVERIFY(dbLogs);
    QTRY_VERIFY_WITH_TIMEOUT(!dbLogs->logText().isEmpty(), 10'000);
    QVERIFY(!dbLogs->logText().contains(u"[storefront-web]"_s));
}

// A split pane at 1024 px leaves the details about 290 px: they wrap, never scroll sideways — with
// nothing selected, and with an application's long domains and webhook.
void TestResourceTabs::narrowDetailsNeverScrollSideways()
{
    Gui::ResourceTabs tabs(m_app.fleet());
    auto *details = qobject_cast<QScrollArea *>(tabs.page(u"detailsTab"_s));
    QVERIFY(details);
    tabs.resize(290, 400);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    tabs.setResources({});
    QCoreApplication::processEvents();
    QVERIFY(!details->horizontalScrollBar()->isVisible());
    tabs.setResources({{m_app.rootId,
                        Api::ResourceKind::Application,
                        m_app.resourceUuid(u"storefront-web"_s),
                        u"storefront-web"_s,
                        {}}});
    tabs.setCurrentWidget(details);
    QCoreApplication::processEvents();
    QVERIFY2(!details->horizontalScrollBar()->isVisible(),
             qPrintable(u"content %1 px wide"_s.arg(details->widget()->minimumSizeHint().width())));
}

QTEST_MAIN(TestResourceTabs)
#include "tst_resourcetabs.moc"
