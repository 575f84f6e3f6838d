// End-to-end: the services family against the sandbox — list and details with their
// sub-applications/databases, aggregate statuses, start/stop/restart with their 400s, and the
// services tree following each refresh incrementally.
#include "e2esandbox.h"

#include "api/apiclient.h"
#include "api/families/services.h"
#include "models/servicesmodel.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Api::ErrorKind;
using Models::ResourceStatus;
using Models::Service;
using Models::ServiceComponent;

class TestE2eServices : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listAndTree();
    void detailsWithComponents();
    void lifecycle();
    void restartLatest();
    void unknownService();

private:
    Api::ApiResult call(Api::ApiRequest request);
    QList<Service> list();
    Service byName(const QString &name);
    QString statusOf(const QString &uuid);

    E2eSandbox m_e2e;
};

void TestE2eServices::init()
{
    Sandbox::SandboxConfig config = Sandbox::SandboxConfig::demo();
    config.rateLimitPerMinute = 0;
    config.deployStepMs = 50;
    QVERIFY2(m_e2e.start(config), qPrintable(m_e2e.server->lastError()));
}

void TestE2eServices::cleanup()
{
    m_e2e.reset();
}

Api::ApiResult TestE2eServices::call(Api::ApiRequest request)
{
    return m_e2e.call(std::move(request));
}

QList<Service> TestE2eServices::list()
{
    return call(Api::Services::list().withDecoder(&Service::decodeList))
        .value.value<QList<Service>>();
}

Service TestE2eServices::byName(const QString &name)
{
    const QList<Service> all = list();
    for (const Service &s : all) {
        if (s.name == name)
            return s;
    }
    return {};
}

QString TestE2eServices::statusOf(const QString &uuid)
{
    return call(Api::Services::get(uuid).withDecoder(&Service::decode))
        .value.value<Service>()
        .status.raw;
}

void TestE2eServices::listAndTree()
{
    const Api::ApiResult result = call(Api::Services::list().withDecoder(&Service::decodeList));
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const QList<Service> services = result.value.value<QList<Service>>();
    QCOMPARE(services.size(), 3);

    Models::ServicesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(services);
    QCOMPARE(model.rowCount(), 3);
    const int n8n = model.rowOf(byName(u"n8n-automation"_s).uuid);
    const int minio = model.rowOf(byName(u"minio-storage"_s).uuid);
    QVERIFY(n8n >= 0 && minio >= 0);
    // Aggregates: three parts with :excluded, and a bare "exited".
    QVERIFY(model.item(n8n).status.excluded);
    QCOMPARE(model.item(minio).status.raw, u"exited"_s);
    QCOMPARE(model.item(minio).status.state, ResourceStatus::State::Exited);
    QCOMPARE(model.index(minio, Models::ServicesModel::Status).data().toString(), u"Exited"_s);
    // Each service's components are its children, whatever the list carried.
    for (const Service &s : services) {
        const Service detail =
            call(Api::Services::get(s.uuid).withDecoder(&Service::decode)).value.value<Service>();
        QVERIFY(detail.components.has_value());
        model.upsert(detail);
        QCOMPARE(model.rowCount(model.indexOf(s.uuid)), int(detail.components->size()));
    }
    const QModelIndex excluded =
        model.indexOfChild(model.item(n8n).uuid,
                           model.children(n8n).value(1).uuid); // its postgresql
    QVERIFY(excluded.isValid());
    QCOMPARE(excluded.data(Models::ServicesModel::ExcludedRole).toBool(), true);
    QCOMPARE(excluded.data(Models::ServicesModel::ComponentKindRole).toInt(),
             int(Models::ServicesModel::Kind::Database));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.apply(list()); // an identical refresh keeps every row and child
    QCOMPARE(removed.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 3);
}

void TestE2eServices::detailsWithComponents()
{
    const Service listed = byName(u"plausible-analytics"_s);
    QVERIFY(!listed.uuid.isEmpty());
    const Api::ApiResult result =
        call(Api::Services::get(listed.uuid).withDecoder(&Service::decode));
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const Service s = result.value.value<Service>();
    QCOMPARE(s.serviceType, u"plausible"_s);
    QVERIFY(s.environmentId > 0);
    QVERIFY(s.serverId >= 0);
    QVERIFY(!s.composeHidden); // root token
    QCOMPARE(s.applications().size(), 1);
    QCOMPARE(s.databases().size(), 2);
    const ServiceComponent app = s.applications().constFirst();
    QCOMPARE(app.name, u"plausible"_s);
    QVERIFY(app.fqdn.startsWith(QLatin1String("https://")));
    QVERIFY(!app.image.isEmpty());
    QCOMPARE(app.status.state, ResourceStatus::State::Running);
    for (const ServiceComponent &db : s.databases())
        QVERIFY(!db.uuid.isEmpty() && !db.image.isEmpty());
}

void TestE2eServices::lifecycle()
{
    const QString running = byName(u"n8n-automation"_s).uuid;
    const Api::ApiResult already = call(Api::Services::start(running));
    QCOMPARE(already.error.kind, ErrorKind::BadRequest);
    QCOMPARE(already.httpStatus, 400);
    QCOMPARE(already.error.serverMessage, u"Service is already running."_s);

    const QString stopped = byName(u"minio-storage"_s).uuid;
    const Api::ApiResult alreadyStopped = call(Api::Services::stop(stopped));
    QCOMPARE(alreadyStopped.error.kind, ErrorKind::BadRequest);
    QCOMPARE(alreadyStopped.error.serverMessage, u"Service is already stopped."_s);

    const Api::ApiResult start = call(Api::Services::start(stopped));
    QVERIFY2(start.ok(), qPrintable(start.error.userMessage()));
    QCOMPARE(start.json.object().value(QLatin1String("message")).toString(),
             u"Service starting request queued."_s);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(stopped).startsWith(QLatin1String("running")), 5000);

    const Api::ApiResult stop = call(Api::Services::stop(stopped, false));
    QVERIFY2(stop.ok(), qPrintable(stop.error.userMessage()));
    QCOMPARE(stop.json.object().value(QLatin1String("message")).toString(),
             u"Service stopping request queued."_s);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(stopped).startsWith(QLatin1String("exited")), 5000);
}

void TestE2eServices::restartLatest()
{
    const QString uuid = byName(u"plausible-analytics"_s).uuid;
    for (const bool latest : {false, true}) {
        const Api::ApiRequest request = Api::Services::restart(uuid, latest);
        QCOMPARE(request.query.hasQueryItem(u"latest"_s), latest);
        const Api::ApiResult restart = call(request);
        QVERIFY2(restart.ok(), qPrintable(restart.error.userMessage()));
        QCOMPARE(restart.json.object().value(QLatin1String("message")).toString(),
                 u"Service restarting request queued."_s);
    }
}

void TestE2eServices::unknownService()
{
    for (Api::ApiRequest request :
         {Api::Services::get(u"nope"_s), Api::Services::start(u"nope"_s),
          Api::Services::stop(u"nope"_s), Api::Services::restart(u"nope"_s)}) {
        const Api::ApiResult result = call(request);
        QCOMPARE(result.error.kind, ErrorKind::NotFound);
        QCOMPARE(result.error.serverMessage, u"Service not found."_s);
    }
}

QTEST_GUILESS_MAIN(TestE2eServices)
#include "tst_res_services.moc"
