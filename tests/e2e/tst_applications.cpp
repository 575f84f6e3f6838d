// End-to-end: the applications facade and values against the sandbox on 127.0.0.1 (random
// port): list (with ?tag), details with settings, redaction, create → list → delete,
// start/stop/restart answers, container logs and environment variables.
#include "e2esandbox.h"

#include "api/apiclient.h"
#include "api/families/applications.h"
#include "api/families/servers.h"
#include "models/application.h"
#include "models/applicationsmodel.h"
#include "models/deployment.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Api::ErrorKind;
using Models::Application;
using Models::DeployOutcome;

class TestE2eApplications : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listAll();
    void listByTag();
    void listFeedsModel();
    void readTokenSeesRedactedKeys();
    void detailCarriesSettings();
    void createPublicThenDelete();
    void createRejectsUnknownField();
    void startStopRestart();
    void updateWithInstantDeploy();
    void logs();
    void envs();

private:
    Api::ApiResult call(Api::ApiRequest request, const QString &token = u"demo-root"_s);
    QList<Application> applications(const QString &tag = {});
    QString uuidOf(const QString &name);
    Models::ResourceStatus::State stateOf(const QString &uuid);

    E2eSandbox m_e2e;
};

void TestE2eApplications::init()
{
    Sandbox::SandboxConfig config = Sandbox::SandboxConfig::demo();
    config.rateLimitPerMinute = 0;
    config.deployStepMs = 100;
    QVERIFY2(m_e2e.start(config), qPrintable(m_e2e.server->lastError()));
}

void TestE2eApplications::cleanup()
{
    m_e2e.reset();
}

Api::ApiResult TestE2eApplications::call(Api::ApiRequest request, const QString &token)
{
    return m_e2e.call(std::move(request), token);
}

QList<Application> TestE2eApplications::applications(const QString &tag)
{
    const Api::ApiResult r =
        call(Api::Applications::list(tag).withDecoder(&Application::decodeList));
    if (!r.ok())
        qWarning("list failed: %s", qPrintable(r.error.userMessage()));
    return r.value.value<QList<Application>>();
}

QString TestE2eApplications::uuidOf(const QString &name)
{
    for (const Application &a : applications()) {
        if (a.name == name)
            return a.uuid;
    }
    return {};
}

Models::ResourceStatus::State TestE2eApplications::stateOf(const QString &uuid)
{
    const Api::ApiResult r =
        call(Api::Applications::get(uuid).withDecoder(&Application::decodeOne));
    return r.value.value<Application>().status.state;
}

void TestE2eApplications::listAll()
{
    const Api::ApiResult r = call(Api::Applications::list().withDecoder(&Application::decodeList));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    QCOMPARE(r.httpStatus, 200);
    const auto apps = r.value.value<QList<Application>>();
    QCOMPARE(apps.size(), 9);
    QStringList names;
    for (const Application &a : apps)
        names << a.name;
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted); // the server sorts by name

    const auto find = [&apps](const QString &name) {
        return *std::find_if(apps.cbegin(), apps.cend(),
                             [&name](const Application &a) { return a.name == name; });
    };
    const Application api = find(u"storefront-api"_s);
    QCOMPARE(api.fqdns,
             (QStringList{u"https://api.shop.example.com"_s, u"https://api.acme.example.com"_s}));
    QCOMPARE(api.status.state, Models::ResourceStatus::State::Running);
    QCOMPARE(api.buildPack, u"dockerfile"_s);
    QCOMPARE(api.repositoryText(), u"acme/storefront-api@main"_s);
    QCOMPARE(api.portsExposes, u"8080"_s);
    QCOMPARE(api.environmentId, 1);
    QCOMPARE(api.serverReachable, std::optional<bool>(true));
    QVERIFY(api.createdAt.isValid() && api.updatedAt.isValid());
    QVERIFY(!api.settings.has_value()); // the list has no settings (coolify-api.md §9.10)
    QVERIFY(!api.anyRedacted()); // root reads sensitive fields…
    QVERIFY(api.sensitiveValues.isEmpty()); // …but list rows do not keep them (the detail does)

    // legacy-worker lives on the offline server.
    QCOMPARE(find(u"legacy-worker"_s).serverReachable, std::optional<bool>(false));
    QCOMPARE(find(u"uptime-probe"_s).repositoryText(), u"louislam/uptime-kuma:1"_s);
}

void TestE2eApplications::listByTag()
{
    QStringList names;
    for (const Application &a : applications(u"monitoring"_s))
        names << a.name;
    QCOMPARE(names, (QStringList{u"grafana-stack"_s, u"uptime-probe"_s}));
    QVERIFY(applications(u"no-such-tag"_s).isEmpty());
    const Api::ApiResult r =
        call(Api::Applications::list(u"no-such-tag"_s).withDecoder(&Application::decodeList));
    QVERIFY(r.ok()); // an unknown tag is an empty list, not an error
}

void TestE2eApplications::listFeedsModel()
{
    Models::ApplicationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.apply(applications());
    QCOMPARE(model.rowCount(), 9);
    const QString uuid = uuidOf(u"uptime-probe"_s);
    QVERIFY(!uuid.isEmpty());
    QVERIFY(call(Api::Applications::remove(uuid)).ok());
    model.apply(applications());
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.rowOf(uuid), -1);
    QCOMPARE(resets.count(), 0);
}

void TestE2eApplications::readTokenSeesRedactedKeys()
{
    const Api::ApiResult r =
        call(Api::Applications::list().withDecoder(&Application::decodeList), u"demo-read"_s);
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    const auto apps = r.value.value<QList<Application>>();
    QVERIFY(!apps.isEmpty());
    for (const Application &a : apps) {
        QCOMPARE(a.redactedKeys, Application::sensitiveKeys());
        QCOMPARE(a.sensitiveValue(u"manual_webhook_secret_github"_s), std::nullopt);
    }
}

void TestE2eApplications::detailCarriesSettings()
{
    const QString uuid = uuidOf(u"docs-site"_s);
    const Api::ApiResult r =
        call(Api::Applications::get(uuid).withDecoder(&Application::decodeOne));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    const Application docs = r.value.value<Application>();
    QCOMPARE(docs.uuid, uuid);
    QVERIFY(docs.settings.has_value());
    QVERIFY(docs.settings->isStatic);
    QVERIFY(docs.settings->autoDeploy);
    QVERIFY(docs.settings->raw.contains(QLatin1String("is_gzip_enabled")));
    QVERIFY(!docs.settings->raw.contains(QLatin1String("id"))); // always omitted
    const Application api = call(Api::Applications::get(uuidOf(u"storefront-api"_s))
                                     .withDecoder(&Application::decodeOne))
                                .value.value<Application>();
    QVERIFY(
        api.sensitiveValue(u"dockerfile"_s).value_or(QString()).startsWith(QLatin1String("FROM")));

    const Api::ApiResult missing = call(Api::Applications::get(u"nope"_s));
    QCOMPARE(missing.error.kind, ErrorKind::NotFound);
    QCOMPARE(missing.httpStatus, 404);
}

void TestE2eApplications::createPublicThenDelete()
{
    const Api::ApiResult projects = call(Api::ApiRequest::get(u"projects"_s));
    QVERIFY(projects.ok());
    QString projectUuid;
    for (const QJsonValue &p : projects.json.array()) {
        if (p[QLatin1String("name")].toString() == QLatin1String("Playground"))
            projectUuid = p[QLatin1String("uuid")].toString();
    }
    const Api::ApiResult servers = call(Api::Servers::list());
    QVERIFY(servers.ok());
    const QString serverUuid = servers.json.array().at(0)[QLatin1String("uuid")].toString();
    QVERIFY(!projectUuid.isEmpty() && !serverUuid.isEmpty());

    const QJsonObject body{
        {u"project_uuid"_s, projectUuid},
        {u"server_uuid"_s, serverUuid},
        {u"environment_name"_s, u"production"_s},
        {u"git_repository"_s, u"https://github.com/acme/hello-e2e"_s},
        {u"git_branch"_s, u"main"_s},
        {u"build_pack"_s, u"nixpacks"_s},
        {u"ports_exposes"_s, u"3000"_s},
        {u"name"_s, u"hello-e2e"_s},
    };
    const Api::ApiResult created = call(Api::Applications::createPublic(body));
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    QCOMPARE(created.httpStatus, 201);
    const QString uuid = created.json[QLatin1String("uuid")].toString();
    QVERIFY(!uuid.isEmpty());
    QVERIFY(created.json.object().contains(QLatin1String("domains")));

    QCOMPARE(uuidOf(u"hello-e2e"_s), uuid);
    const Application app = call(Api::Applications::get(uuid).withDecoder(&Application::decodeOne))
                                .value.value<Application>();
    QCOMPARE(app.gitBranch, u"main"_s);
    QCOMPARE(app.buildPack, u"nixpacks"_s);
    QCOMPARE(app.ports(), QList<int>{3000});
    QCOMPARE(app.status.state, Models::ResourceStatus::State::Exited); // never deployed

    // A read+deploy token may not delete (write).
    const Api::ApiResult refused = call(Api::Applications::remove(uuid), u"demo-deploy"_s);
    QCOMPARE(refused.error.kind, ErrorKind::Forbidden);
    QCOMPARE(refused.error.forbiddenCause, Api::ForbiddenCause::MissingAbility);
    QCOMPARE(refused.error.missingAbility, u"write"_s);

    Api::Applications::DeleteOptions keepVolumes;
    keepVolumes.deleteVolumes = false;
    const Api::ApiResult removed = call(Api::Applications::remove(uuid, keepVolumes));
    QVERIFY2(removed.ok(), qPrintable(removed.error.userMessage()));
    QCOMPARE(removed.httpStatus, 200);
    QVERIFY(uuidOf(u"hello-e2e"_s).isEmpty());
    QCOMPARE(call(Api::Applications::get(uuid)).error.kind, ErrorKind::NotFound);
    QCOMPARE(call(Api::Applications::remove(uuid)).error.kind, ErrorKind::NotFound);
}

void TestE2eApplications::createRejectsUnknownField()
{
    const Api::ApiResult r = call(
        Api::Applications::createPublic({{u"git_branch"_s, u"main"_s}, {u"colour"_s, u"blue"_s}}));
    QCOMPARE(r.error.kind, ErrorKind::Validation);
    QCOMPARE(r.httpStatus, 422);
    QCOMPARE(r.error.validation.fields.value(u"colour"_s),
             QStringList{u"This field is not allowed."_s});
    QVERIFY(r.error.validation.fields.contains(u"project_uuid"_s));
}

void TestE2eApplications::startStopRestart()
{
    const QString uuid = uuidOf(u"analytics-ui"_s); // exited
    Api::ApiResult r =
        call(Api::Applications::start(uuid, true).withDecoder(&DeployOutcome::decode));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    QCOMPARE(r.json[QLatin1String("message")].toString(), u"Deployment request queued."_s);
    DeployOutcome outcome = r.value.value<DeployOutcome>();
    QCOMPARE(outcome.deploymentUuids().size(), 1);
    const QString deployment = outcome.deploymentUuids().constFirst();
    const Api::ApiResult followed = call(Api::ApiRequest::get(u"deployments/"_s + deployment)
                                             .withDecoder(&Models::Deployment::decodeOne));
    QVERIFY2(followed.ok(), qPrintable(followed.error.userMessage()));
    QVERIFY(followed.value.value<Models::Deployment>().forceRebuild);

    // Same commit again while the first is still active: "already queued", no uuid at all.
    r = call(Api::Applications::start(uuid).withDecoder(&DeployOutcome::decode));
    QVERIFY(r.ok());
    outcome = r.value.value<DeployOutcome>();
    QCOMPARE(outcome.count(DeployOutcome::Kind::AlreadyQueued), 1);
    QVERIFY(outcome.deploymentUuids().isEmpty());

    // 200 means queued: the status settles later.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), Models::ResourceStatus::State::Running, 10000);

    r = call(Api::Applications::stop(uuid).withDecoder(&DeployOutcome::decode));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    QCOMPARE(r.json[QLatin1String("message")].toString(),
             u"Application stopping request queued."_s);
    QCOMPARE(r.value.value<DeployOutcome>().count(DeployOutcome::Kind::NoDeployment), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), Models::ResourceStatus::State::Exited, 10000);

    r = call(Api::Applications::restart(uuid).withDecoder(&DeployOutcome::decode));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    QCOMPARE(r.json[QLatin1String("message")].toString(), u"Restart request queued."_s);
    const QStringList restarts = r.value.value<DeployOutcome>().deploymentUuids();
    QCOMPARE(restarts.size(), 1);
    const Models::Deployment restart =
        call(Api::ApiRequest::get(u"deployments/"_s + restarts.constFirst())
                 .withDecoder(&Models::Deployment::decodeOne))
            .value.value<Models::Deployment>();
    QVERIFY(restart.restartOnly);
    QCOMPARE(restart.trigger(), Models::Deployment::Trigger::Restart);
}

void TestE2eApplications::updateWithInstantDeploy()
{
    const QString uuid = uuidOf(u"legacy-worker"_s);
    Api::ApiResult r = call(Api::Applications::update(uuid, {{u"description"_s, u"Batch"_s}}));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    QCOMPARE(r.json.object(), (QJsonObject{{u"uuid"_s, uuid}})); // nothing else
    QCOMPARE(call(Api::Applications::get(uuid).withDecoder(&Application::decodeOne))
                 .value.value<Application>()
                 .description,
             u"Batch"_s);

    QVERIFY(call(Api::Applications::start(uuid)).ok());
    // Same commit already queued: the change is saved, the answer says "already queued".
    r = call(Api::Applications::update(uuid,
                                       {{u"description"_s, u"Jobs"_s}, {u"instant_deploy"_s, true}})
                 .withDecoder(&DeployOutcome::decode));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    QCOMPARE(r.value.value<DeployOutcome>().count(DeployOutcome::Kind::AlreadyQueued), 1);
    QCOMPARE(call(Api::Applications::get(uuid).withDecoder(&Application::decodeOne))
                 .value.value<Application>()
                 .description,
             u"Jobs"_s);

    // Stop has no "already stopped" check: twice is fine.
    QVERIFY(call(Api::Applications::stop(uuid, false)).ok());
    QVERIFY(call(Api::Applications::stop(uuid)).ok());
}

void TestE2eApplications::logs()
{
    const QString running = uuidOf(u"storefront-web"_s);
    Api::ApiResult r = call(Api::Applications::logs(running, 5, true));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    const QStringList lines = r.json[QLatin1String("logs")].toString().split(u'\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.constFirst().startsWith(QLatin1String("20"))); // a timestamp first
    r = call(Api::Applications::logs(running, 0));
    QCOMPARE(r.json[QLatin1String("logs")].toString().split(u'\n').size(), 100); // default

    const Api::ApiResult stopped = call(Api::Applications::logs(uuidOf(u"uptime-probe"_s)));
    QCOMPARE(stopped.error.kind, ErrorKind::BadRequest);
    QCOMPARE(stopped.httpStatus, 400);
    QCOMPARE(stopped.error.serverMessage, u"Application is not running."_s);
    QCOMPARE(call(Api::Applications::logs(u"nope"_s)).error.kind, ErrorKind::NotFound);
}

void TestE2eApplications::envs()
{
    const QString uuid = uuidOf(u"storefront-web"_s);
    Api::ApiResult r = call(Api::Applications::envs(uuid));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    const QJsonArray all = r.json.array();
    QCOMPARE(all.size(), 6); // three variables and their preview twins
    QCOMPARE(all.at(0)[QLatin1String("value")].toString(), u"production"_s);
    QVERIFY(!all.at(2).toObject().contains(QLatin1String("value"))); // is_shown_once

    r = call(Api::Applications::envs(uuid), u"demo-read"_s);
    QVERIFY(r.ok());
    for (const QJsonValue &env : r.json.array())
        QVERIFY(!env.toObject().contains(QLatin1String("value")));
}

QTEST_GUILESS_MAIN(TestE2eApplications)
#include "tst_applications.moc"
