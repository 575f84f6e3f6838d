// ServerResources against the sandbox (coolify-api.md §14): what runs on a server, with its status;
// every resource is on exactly one server; the list follows the instance's changes; an unknown
// server is said, and switching servers never mixes their rows.
#include "fleetfixture.h"

#include "api/families/applications.h"
#include "api/families/resources.h"
#include "controllers/serverresources.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/roles.h"
#include "models/serverresourcesmodel.h"
#include "models/serversmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Controllers::ServerResources;
using Models::ServerResourcesModel;

class TestServerResources : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyResourceIsOnOneServer();
    void followsTheInstance();
    void unknownServer();
    void switchingServersNeverMixes();

private:
    bool setUp(int stepMs = 60'000);
    QString serverUuid(const QString &name) const;
    static QStringList names(const ServerResourcesModel *model);

    std::unique_ptr<FleetFixture> m_fx;
    QString m_id;
};

void TestServerResources::init()
{
    m_fx = std::make_unique<FleetFixture>();
}

void TestServerResources::cleanup()
{
    m_fx.reset();
}

bool TestServerResources::setUp(int stepMs)
{
    if (m_fx->startSandbox(stepMs) < 0)
        return false;
    m_id = m_fx->addInstance(u"Production"_s, u"demo-read"_s); // reading needs no more
    return QTest::qWaitFor([this] { return m_fx->ready(m_id); }, 15'000);
}

QString TestServerResources::serverUuid(const QString &name) const
{
    const auto *servers = m_fx->fleet->data(m_id)->servers();
    for (const auto &server : servers->rows()) {
        if (server.name == name)
            return server.uuid;
    }
    return {};
}

QStringList TestServerResources::names(const ServerResourcesModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, ServerResourcesModel::Name).data().toString();
    out.sort();
    return out;
}

void TestServerResources::everyResourceIsOnOneServer()
{
    QVERIFY(setUp());
    ServerResources onServer(m_fx->fleet.get());
    QAbstractItemModelTester tester(onServer.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSet<QString> seen;
    const auto *servers = m_fx->fleet->data(m_id)->servers();
    QVERIFY(servers->rowCount() >= 3);
    for (const auto &server : servers->rows()) {
        onServer.setServer(m_id, server.uuid);
        QVERIFY(onServer.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(onServer.hasLoaded(), 10'000);
        QVERIFY2(onServer.errorText().isEmpty(), qPrintable(onServer.errorText()));
        for (int row = 0; row < onServer.model()->rowCount(); ++row) {
            const QModelIndex index = onServer.model()->index(row, 0);
            const QString uuid = index.data(Models::Roles::Uuid).toString();
            QVERIFY2(!seen.contains(uuid), qPrintable(uuid)); // on one server only
            seen.insert(uuid);
            // The same resource as the fleet table's, of the same kind.
            const int fleetRow = m_fx->fleet->resources()->rowOf(m_id + u'/' + uuid);
            QVERIFY2(fleetRow >= 0, qPrintable(uuid));
            QCOMPARE(index.data(Models::Roles::Kind).toString(),
                     Api::kindKey(m_fx->fleet->resources()->at(fleetRow).kind));
        }
    }
    int inFleet = 0;
    for (int row = 0; row < m_fx->fleet->resources()->rowCount(); ++row)
        inFleet += m_fx->fleet->resources()->at(row).instanceId == m_id;
    QCOMPARE(seen.size(), inFleet);

    // The seed's edge node: two applications and a database, in words with their status.
    onServer.setServer(m_id, serverUuid(u"edge-fra-1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(onServer.hasLoaded(), 10'000);
    QCOMPARE(names(onServer.model()),
             (QStringList{u"docs-site"_s, u"tools-mariadb"_s, u"uptime-probe"_s}));
    for (int row = 0; row < onServer.model()->rowCount(); ++row) {
        const auto &r = onServer.model()->at(row);
        const QString type =
            onServer.model()->index(row, ServerResourcesModel::Type).data().toString();
        const QString status =
            onServer.model()->index(row, ServerResourcesModel::Status).data().toString();
        if (r.name == u"tools-mariadb"_s)
            QCOMPARE(type, u"MariaDB"_s);
        else
            QCOMPARE(type, u"Application"_s);
        QCOMPARE(status, r.status.text());
        QVERIFY(!status.isEmpty());
    }
}

void TestServerResources::followsTheInstance()
{
    QVERIFY(setUp(200)); // a stop takes one step
    const QString root = m_fx->addInstance(u"Root"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_fx->ready(root), 15'000);
    ServerResources onServer(m_fx->fleet.get());
    onServer.setServer(m_id, serverUuid(u"edge-fra-1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(onServer.hasLoaded(), 10'000);
    const QString docs = m_fx->uuidOf(m_id, u"applications"_s, u"docs-site"_s);
    const int row = onServer.model()->rowOf(docs);
    QVERIFY(row >= 0);
    QVERIFY(onServer.model()->at(row).status.isRunning());
    QSignalSpy changed(&onServer, &ServerResources::changed);
    // Stopped with another token; this instance sees it at its next refresh, and so does the list.
    QVERIFY(m_fx->call(root, Api::Resources::stop(Api::ResourceKind::Application, docs)).ok());
    // Once the sandbox has moved it (one step), however long that takes on a busy machine.
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx->call(root, Api::Applications::get(docs))
                                  .json.object()
                                  .value(u"status"_s)
                                  .toString()
                                  .startsWith(u"running"_s),
                             15'000);
    m_fx->fleet->data(m_id)->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        !onServer.model()->at(onServer.model()->rowOf(docs)).status.isRunning(), 15'000);
    QVERIFY(!changed.isEmpty());
}

void TestServerResources::unknownServer()
{
    QVERIFY(setUp());
    ServerResources onServer(m_fx->fleet.get());
    onServer.setServer(m_id, u"no-such-server"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!onServer.isLoading(), 10'000);
    QVERIFY(!onServer.hasLoaded());
    QVERIFY2(onServer.errorText().contains(u"Server not found"_s),
             qPrintable(onServer.errorText()));
    QCOMPARE(onServer.model()->rowCount(), 0);
    // A server of an instance that is gone: said at once, no request.
    onServer.setServer(u"gone"_s, serverUuid(u"edge-fra-1"_s));
    QVERIFY(!onServer.isLoading());
    QVERIFY(onServer.errorText().contains(u"no longer configured"_s));
}

void TestServerResources::switchingServersNeverMixes()
{
    QVERIFY(setUp());
    ServerResources onServer(m_fx->fleet.get());
    QAbstractItemModelTester tester(onServer.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    onServer.setServer(m_id, serverUuid(u"edge-fra-1"_s));
    onServer.setServer(m_id, serverUuid(u"localhost"_s)); // before the first answered
    QTRY_VERIFY_WITH_TIMEOUT(onServer.hasLoaded(), 10'000);
    QTest::qWait(200); // the cancelled answer would have arrived by now
    QVERIFY(!names(onServer.model()).contains(u"docs-site"_s));
    QVERIFY(onServer.model()->rowCount() > 0);
    onServer.setServer(m_id, {});
    QCOMPARE(onServer.model()->rowCount(), 0);
    QVERIFY(!onServer.isLoading());
}

QTEST_MAIN(TestServerResources)
#include "tst_serverresources.moc"
