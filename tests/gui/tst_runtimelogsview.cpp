// RuntimeLogsView against the sandbox: lines choice, timestamps, follow, and the 400
// "… is not running." answer explained for an application and a database.
#include "api/apiclient.h"
#include "api/families/applications.h"
#include "api/families/databases.h"
#include "gui/runtimelogsview.h"
#include "models/application.h"
#include "models/database.h"
#include "sandbox/sandboxserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

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
    QString appUuid(const QString &name);
    QString dbUuid(const QString &name);
    Api::ApiResult call(Api::ApiRequest request);

    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Api::ApiClient> m_client;
};

void TestRuntimeLogsView::initTestCase()
{
    Sandbox::SandboxConfig config = Sandbox::SandboxConfig::demo();
    config.rateLimitPerMinute = 0;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(config);
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<Api::ApiClient>(&m_network, m_sandbox->rootUrl(),
                                                Api::RequestScheduler::Limits{100000, 60000, 4});
    m_client->setToken(QStringLiteral("demo-read"));
}

Api::ApiResult TestRuntimeLogsView::call(Api::ApiRequest request)
{
    Api::ApiReply *reply = m_client->send(std::move(request));
    Api::ApiResult result;
    QSignalSpy spy(reply, &Api::ApiReply::finished);
    connect(reply, &Api::ApiReply::finished, this, [&result, reply] { result = reply->result(); });
    if (spy.isEmpty())
        spy.wait(10000);
    return result;
}

QString TestRuntimeLogsView::appUuid(const QString &name)
{
    const auto apps = call(Api::Applications::list().withDecoder(&Models::Application::decodeList))
                          .value.value<QList<Models::Application>>();
    for (const auto &a : apps) {
        if (a.name == name)
            return a.uuid;
    }
    return {};
}

QString TestRuntimeLogsView::dbUuid(const QString &name)
{
    const QJsonArray dbs = call(Api::Databases::list()).json.array();
    for (const QJsonValue &d : dbs) {
        if (d.toObject().value(QStringLiteral("name")).toString() == name)
            return d.toObject().value(QStringLiteral("uuid")).toString();
    }
    return {};
}

void TestRuntimeLogsView::applicationLines()
{
    RuntimeLogsView view(m_client.get(), RuntimeLogsView::Kind::Application,
                         appUuid(QStringLiteral("storefront-web")),
                         QStringLiteral("storefront-web"));
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
    QVERIFY(view.logText().startsWith(QStringLiteral("[storefront-web] ")));
}

void TestRuntimeLogsView::timestamps()
{
    RuntimeLogsView view(m_client.get(), RuntimeLogsView::Kind::Application,
                         appUuid(QStringLiteral("storefront-web")),
                         QStringLiteral("storefront-web"));
    QSignalSpy loaded(&view, &RuntimeLogsView::loaded);
    auto *box = view.findChild<QCheckBox *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(box);
    view.setShowTimestamps(true);
    QVERIFY(loaded.wait());
    QVERIFY(view.showTimestamps());
    const QString first = view.logText().section(u'\n', 0, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT")).match(first).hasMatch(),
             qPrintable(first));
}

void TestRuntimeLogsView::follow()
{
    RuntimeLogsView view(m_client.get(), RuntimeLogsView::Kind::Application,
                         appUuid(QStringLiteral("storefront-web")),
                         QStringLiteral("storefront-web"));
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
    RuntimeLogsView view(m_client.get(), RuntimeLogsView::Kind::Application,
                         appUuid(QStringLiteral("uptime-probe")), QStringLiteral("uptime-probe"));
    QSignalSpy loaded(&view, &RuntimeLogsView::loaded);
    view.refresh();
    QVERIFY(loaded.wait());
    QCOMPARE(view.message(),
             QStringLiteral("uptime-probe is not running, so it has no container "
                            "logs to show. Start or deploy it, then refresh."));
    QVERIFY(view.logText().isEmpty());
}

void TestRuntimeLogsView::database()
{
    RuntimeLogsView view(m_client.get(), RuntimeLogsView::Kind::Database,
                         dbUuid(QStringLiteral("shop-postgres")), QStringLiteral("shop-postgres"));
    QSignalSpy loaded(&view, &RuntimeLogsView::loaded);
    view.refresh();
    QVERIFY(loaded.wait());
    QVERIFY(view.logText().startsWith(QStringLiteral("shop-postgres | LOG:  checkpoint 1")));
    QVERIFY(!view.showTimestamps()); // not offered for databases
}

void TestRuntimeLogsView::databaseNotRunning()
{
    RuntimeLogsView view(m_client.get(), RuntimeLogsView::Kind::Database,
                         dbUuid(QStringLiteral("tools-mysql")), QStringLiteral("tools-mysql"));
    QSignalSpy loaded(&view, &RuntimeLogsView::loaded);
    view.refresh();
    QVERIFY(loaded.wait());
    QVERIFY(view.message().startsWith(QStringLiteral("The database tools-mysql is not running")));
}

QTEST_MAIN(TestRuntimeLogsView)
#include "tst_runtimelogsview.moc"
