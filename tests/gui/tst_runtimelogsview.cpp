// RuntimeLogsView against the sandbox: lines choice, timestamps, follow, and the 400
// "… is not running." answer explained for an application and a database.
#include "api/resourcekind.h"
#include "e2esandbox.h"
#include "gui/runtimelogsview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Gui::RuntimeLogsView;

class TestRuntimeLogsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applicationLines();
    void timestamps();
    void follow();
    void applicationNotRunning();
    void database();
    void databaseNotRunning();

private:
    // Looked up as demo-read, the token the views below read with.
    QString appUuid(const QString &name) { return m_e2e.uuidOf(u"applications"_s, name, kToken); }
    QString dbUuid(const QString &name) { return m_e2e.uuidOf(u"databases"_s, name, kToken); }

    static inline const QString kToken = u"demo-read"_s;
    E2eSandbox m_e2e;
};

void TestRuntimeLogsView::initTestCase()
{
    QVERIFY2(m_e2e.start(E2eSandbox::unthrottledDemo()), qPrintable(m_e2e.server->lastError()));
    m_e2e.client->setToken(kToken);
}

void TestRuntimeLogsView::applicationLines()
{
    RuntimeLogsView view(m_e2e.client.get(), Api::ResourceKind::Application,
                         appUuid(u"storefront-web"_s), u"storefront-web"_s);
    view.show();
    QSignalSpy loaded(&view, &RuntimeLogsView::loaded);
    view.refresh();
    QVERIFY(loaded.wait());
    QCOMPARE(view.lines(), 100);
    QCOMPARE(view.logText().split(u'\n').size(), 100);
    QVERIFY(view.message().isEmpty());
    auto *combo = view.findChild<QComboBox *>();
    QVERIFY(combo && !combo->accessibleName().isEmpty());
    QCOMPARE(combo->count(), 5);
    combo->setCurrentIndex(1); // 500 lines: the container has written 250
    QVERIFY(loaded.wait());
    QCOMPARE(view.lines(), 500);
    QCOMPARE(view.logText().split(u'\n').size(), 250);
    QVERIFY(view.logText().startsWith(u"[storefront-web] "_s));
}

void TestRuntimeLogsView::timestamps()
{
    RuntimeLogsView view(m_e2e.client.get(), Api::ResourceKind::Application,
                         appUuid(u"storefront-web"_s), u"storefront-web"_s);
    QSignalSpy loaded(&view, &RuntimeLogsView::loaded);
    auto *box = view.findChild<QCheckBox *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(box);
    view.setShowTimestamps(true);
    QVERIFY(loaded.wait());
    QVERIFY(view.showTimestamps());
    const QString first = view.logText().section(u'\n', 0, 0);
    QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT"_s).match(first).hasMatch(),
             qPrintable(first));
}

void TestRuntimeLogsView::follow()
{
    RuntimeLogsView view(m_e2e.client.get(), Api::ResourceKind::Application,
                         appUuid(u"storefront-web"_s), u"storefront-web"_s);
    view.setFollowInterval(50);
    QSignalSpy loaded(&view, &RuntimeLogsView::loaded);
    view.setFollowing(true);
    QTRY_VERIFY(loaded.size() >= 3);
    view.setFollowing(false);
    QTRY_VERIFY(!view.isLoading());
    const int count = loaded.size();
    QTest::qWait(200);
    QCOMPARE(loaded.size(), count);
}

void TestRuntimeLogsView::applicationNotRunning()
{
    RuntimeLogsView view(m_e2e.client.get(), Api::ResourceKind::Application,
                         appUuid(u"uptime-probe"_s), u"uptime-probe"_s);
    QSignalSpy loaded(&view, &RuntimeLogsView::loaded);
    view.refresh();
    QVERIFY(loaded.wait());
    QCOMPARE(view.message(),
             u"uptime-probe is not running, so it has no container "
             "logs to show. Start or deploy it, then refresh."_s);
    QVERIFY(view.logText().isEmpty());
}

void TestRuntimeLogsView::database()
{
    RuntimeLogsView view(m_e2e.client.get(), Api::ResourceKind::Database,
                         dbUuid(u"shop-postgres"_s), u"shop-postgres"_s);
    QSignalSpy loaded(&view, &RuntimeLogsView::loaded);
    view.refresh();
    QVERIFY(loaded.wait());
    QVERIFY(view.logText().startsWith(u"shop-postgres | LOG:  checkpoint 1"_s));
    QVERIFY(!view.showTimestamps()); // not offered for databases
}

void TestRuntimeLogsView::databaseNotRunning()
{
    RuntimeLogsView view(m_e2e.client.get(), Api::ResourceKind::Database, dbUuid(u"tools-mysql"_s),
                         u"tools-mysql"_s);
    QSignalSpy loaded(&view, &RuntimeLogsView::loaded);
    view.refresh();
    QVERIFY(loaded.wait());
    QVERIFY(view.message().startsWith(u"The database tools-mysql is not running"_s));
}

QTEST_MAIN(TestRuntimeLogsView)
#include "tst_runtimelogsview.moc"
