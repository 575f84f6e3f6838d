// End-to-end: deployments against the sandbox (coolify-api.md §4): POST /deploy by uuid and by tag,
// queued → in_progress → finished through GET /deployments/{uuid}, the active list, an
// application's history with skip/take, cancel, phantom "already queued" uuids, queue-full
// 429, and the deploy ability.
#include "e2esandbox.h"

#include "api/apiclient.h"
#include "api/families/applications.h"
#include "api/families/deployments.h"
#include "models/application.h"
#include "models/deployment.h"
#include "models/deploymentsmodel.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Api::ErrorKind;
using Models::Application;
using Models::Deployment;
using Models::DeploymentPage;
using Models::DeployOutcome;
using Status = Models::Deployment::Status;

class TestE2eDeployments : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void deployRunsToFinished();
    void activeListsOnlyActive();
    void activeListAsObjectFeedsModel();
    void historyPaging();
    void historyErrors();
    void cancel();
    void alreadyQueuedIsPhantom();
    void deployByTag();
    void queueFullIs429();
    void startWhenQueueFullGivesPhantom();
    void deletedApplicationHidesItsDeployments();
    void deployNeedsDeployAbility();
    void deployErrors();

private:
    bool start(int stepMs, int queueLimit = 25);
    Api::ApiResult call(Api::ApiRequest request, const QString &token = u"demo-root"_s);
    QString uuidOf(const QString &name);
    Deployment fetch(const QString &uuid);
    DeployOutcome deploy(const QStringList &uuids);

    E2eSandbox m_e2e;
};

bool TestE2eDeployments::start(int stepMs, int queueLimit)
{
    Sandbox::SandboxConfig config = Sandbox::SandboxConfig::demo();
    config.rateLimitPerMinute = 0;
    config.deployStepMs = stepMs;
    config.deploymentQueueLimit = queueLimit;
    return m_e2e.start(config);
}

void TestE2eDeployments::cleanup()
{
    m_e2e.reset();
}

Api::ApiResult TestE2eDeployments::call(Api::ApiRequest request, const QString &token)
{
    return m_e2e.call(std::move(request), token);
}

QString TestE2eDeployments::uuidOf(const QString &name)
{
    const auto apps = call(Api::Applications::list().withDecoder(&Application::decodeList))
                          .value.value<QList<Application>>();
    for (const Application &a : apps) {
        if (a.name == name)
            return a.uuid;
    }
    return {};
}

Deployment TestE2eDeployments::fetch(const QString &uuid)
{
    return call(Api::Deployments::get(uuid).withDecoder(&Deployment::decodeOne))
        .value.value<Deployment>();
}

DeployOutcome TestE2eDeployments::deploy(const QStringList &uuids)
{
    return call(Api::Deployments::deploy(uuids).withDecoder(&DeployOutcome::decode))
        .value.value<DeployOutcome>();
}

void TestE2eDeployments::deployRunsToFinished()
{
    QVERIFY(start(500));
    const QString app = uuidOf(u"storefront-api"_s);
    const Api::ApiResult r =
        call(Api::Deployments::deploy({app}, true).withDecoder(&DeployOutcome::decode));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    const DeployOutcome outcome = r.value.value<DeployOutcome>();
    QCOMPARE(outcome.entries.size(), 1);
    QCOMPARE(outcome.entries.at(0).kind, DeployOutcome::Kind::Queued);
    QCOMPARE(outcome.entries.at(0).resourceUuid, app);
    QCOMPARE(outcome.entries.at(0).message, u"Application storefront-api deployment queued."_s);
    const QString uuid = outcome.deploymentUuids().value(0);

    const Deployment first = fetch(uuid);
    QCOMPARE(first.uuid, uuid);
    QCOMPARE(first.status, Status::Queued);
    QCOMPARE(first.applicationName, u"storefront-api"_s);
    QVERIFY(!first.applicationId.isEmpty());
    QVERIFY(first.forceRebuild);
    QVERIFY(first.isApi);
    QVERIFY(first.logsPresent); // root may read the logs

    QList<Status> seen{first.status};
    const auto observe = [&] {
        const Deployment now = fetch(uuid);
        if (seen.constLast() != now.status)
            seen.append(now.status);
        return now.status;
    };
    QTRY_COMPARE_WITH_TIMEOUT(observe(), Status::Finished, 15000);
    QCOMPARE(seen, (QList<Status>{Status::Queued, Status::InProgress, Status::Finished}));
    const Deployment done = fetch(uuid);
    QVERIFY(done.finishedAt.isValid());
    QVERIFY(done.durationSeconds().has_value());
    QVERIFY(done.logs.contains(QLatin1String("Rolling update completed.")));

    // A read-only token sees the same deployment without its logs.
    const Deployment redacted =
        call(Api::Deployments::get(uuid).withDecoder(&Deployment::decodeOne), u"demo-read"_s)
            .value.value<Deployment>();
    QCOMPARE(redacted.status, Status::Finished);
    QVERIFY(!redacted.logsPresent);

    // Newest first in the application's history.
    const DeploymentPage page =
        call(Api::Deployments::forApplication(app, 0, 1).withDecoder(&DeploymentPage::decode))
            .value.value<DeploymentPage>();
    QCOMPARE(page.deployments.value(0).uuid, uuid);
}

void TestE2eDeployments::activeListsOnlyActive()
{
    QVERIFY(start(200));
    const Api::ApiResult before =
        call(Api::Deployments::active().withDecoder(&Deployment::decodeList));
    QVERIFY2(before.ok(), qPrintable(before.error.userMessage()));
    QVERIFY(before.value.value<QList<Deployment>>().isEmpty()); // the seed history is finished

    const QStringList started =
        deploy({uuidOf(u"docs-site"_s), uuidOf(u"etl-runner"_s)}).deploymentUuids();
    QCOMPARE(started.size(), 2);
    const auto active = call(Api::Deployments::active().withDecoder(&Deployment::decodeList))
                            .value.value<QList<Deployment>>();
    QStringList uuids;
    for (const Deployment &d : active) {
        QVERIFY(d.isActive());
        uuids << d.uuid;
    }
    uuids.sort();
    QStringList expected = started;
    expected.sort();
    QCOMPARE(uuids, expected);

    const auto activeCount = [this] {
        return call(Api::Deployments::active().withDecoder(&Deployment::decodeList))
            .value.value<QList<Deployment>>()
            .size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(activeCount(), 0, 15000);
    QCOMPARE(fetch(started.at(0)).status, Status::Finished);
}

void TestE2eDeployments::activeListAsObjectFeedsModel()
{
    // Three deployments on a server with two build slots: once two advance, the rows' physical
    // order differs from id order and Laravel serialises the list as an object (coolify-api.md §4).
    QVERIFY(start(1000));
    const QStringList started =
        deploy({uuidOf(u"storefront-web"_s), uuidOf(u"grafana-stack"_s), uuidOf(u"analytics-ui"_s)})
            .deploymentUuids();
    QCOMPARE(started.size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(call(Api::Deployments::active()).json.isObject(), 10000);
    const Api::ApiResult r = call(Api::Deployments::active().withDecoder(&Deployment::decodeList));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    const auto active = r.value.value<QList<Deployment>>();
    QCOMPARE(active.size(), 3);

    Models::DeploymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(active);
    QCOMPARE(model.rowCount(), 3);
    int queued = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        queued += model.index(row, 0).data(Models::DeploymentsModel::DeploymentStatusRole).toInt()
            == int(Status::Queued);
    }
    QCOMPARE(queued, 1); // the third waits for a build slot
}

void TestE2eDeployments::historyPaging()
{
    QVERIFY(start(1000));
    const QString app = uuidOf(u"storefront-web"_s); // 12 seeded deployments
    const auto page = [&](int skip, int take) {
        return call(Api::Deployments::forApplication(app, skip, take)
                        .withDecoder(&DeploymentPage::decode))
            .value.value<DeploymentPage>();
    };
    const DeploymentPage first = page(0, 5);
    QCOMPARE(first.count, 12);
    QCOMPARE(first.deployments.size(), 5);
    for (int i = 1; i < first.deployments.size(); ++i)
        QVERIFY(first.deployments.at(i - 1).createdAt >= first.deployments.at(i).createdAt);
    const DeploymentPage second = page(5, 5);
    QCOMPARE(second.count, 12);
    QCOMPARE(second.deployments.size(), 5);
    QVERIFY(first.deployments.constLast().createdAt >= second.deployments.constFirst().createdAt);
    for (const Deployment &d : second.deployments)
        QVERIFY(!first.deployments.contains(d));
    const DeploymentPage last = page(10, 5);
    QCOMPARE(last.deployments.size(), 2);
    QCOMPARE(page(20, 5).deployments.size(), 0);
    QCOMPARE(page(0, 100).deployments.size(), 12); // no maximum for take

    // Default page size is 10.
    const Api::ApiResult defaults = call(Api::ApiRequest::get(u"deployments/applications/"_s + app)
                                             .withDecoder(&DeploymentPage::decode));
    QCOMPARE(defaults.value.value<DeploymentPage>().deployments.size(), 10);
}

void TestE2eDeployments::historyErrors()
{
    QVERIFY(start(1000));
    const Api::ApiResult missing = call(Api::Deployments::forApplication(u"nope"_s));
    QCOMPARE(missing.error.kind, ErrorKind::NotFound);
    // take=0 bypasses the facade's clamp: Laravel-native validation answers 422.
    QUrlQuery query;
    query.addQueryItem(u"take"_s, u"0"_s);
    const Api::ApiResult invalid = call(
        Api::ApiRequest::get(u"deployments/applications/"_s + uuidOf(u"storefront-web"_s), query));
    QCOMPARE(invalid.error.kind, ErrorKind::Validation);
    QCOMPARE(invalid.error.validation.fields.value(u"take"_s),
             QStringList{u"The take field must be at least 1."_s});
    // The facade never sends an invalid page.
    QCOMPARE(Api::Deployments::forApplication(u"x"_s, -3, 0).query.queryItemValue(u"take"_s),
             u"1"_s);
    QCOMPARE(call(Api::Deployments::get(u"nope"_s)).error.kind, ErrorKind::NotFound);
}

void TestE2eDeployments::cancel()
{
    QVERIFY(start(5000));
    const QString uuid = deploy({uuidOf(u"docs-site"_s)}).deploymentUuids().value(0);
    QVERIFY(!uuid.isEmpty());

    const Api::ApiResult refused = call(Api::Deployments::cancel(uuid), u"demo-read"_s);
    QCOMPARE(refused.error.kind, ErrorKind::Forbidden);
    QCOMPARE(refused.error.missingAbility, u"deploy"_s);

    const Api::ApiResult r = call(Api::Deployments::cancel(uuid), u"demo-deploy"_s);
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    QCOMPARE(r.json[QLatin1String("status")].toString(), u"cancelled-by-user"_s);
    QCOMPARE(r.json[QLatin1String("deployment_uuid")].toString(), uuid);
    const Deployment cancelled = fetch(uuid);
    QCOMPARE(cancelled.status, Status::Cancelled);
    QVERIFY(cancelled.finishedAt.isValid());

    const Api::ApiResult again = call(Api::Deployments::cancel(uuid));
    QCOMPARE(again.error.kind, ErrorKind::BadRequest);
    QCOMPARE(again.httpStatus, 400);
    QCOMPARE(again.error.serverMessage,
             u"Deployment cannot be cancelled. Current status: cancelled-by-user"_s);

    const Api::ApiResult unknown = call(Api::Deployments::cancel(u"nope"_s));
    QCOMPARE(unknown.error.kind, ErrorKind::NotFound);
    QCOMPARE(unknown.error.serverMessage, u"Deployment not found."_s);
}

void TestE2eDeployments::alreadyQueuedIsPhantom()
{
    QVERIFY(start(5000));
    const QString app = uuidOf(u"storefront-web"_s);
    const DeployOutcome first = deploy({app});
    QCOMPARE(first.deploymentUuids().size(), 1);

    const DeployOutcome second = deploy({app});
    QCOMPARE(second.entries.size(), 1);
    const DeployOutcome::Entry phantom = second.entries.at(0);
    QCOMPARE(phantom.kind, DeployOutcome::Kind::AlreadyQueued);
    QCOMPARE(phantom.message, u"Deployment already queued for this commit."_s);
    QVERIFY(!phantom.deploymentUuid.isEmpty());
    QVERIFY(phantom.deploymentUuid != first.deploymentUuids().constFirst());
    QVERIFY(second.deploymentUuids().isEmpty());
    // The uuid the server handed out was never stored.
    QCOMPARE(call(Api::Deployments::get(phantom.deploymentUuid)).error.kind, ErrorKind::NotFound);
}

void TestE2eDeployments::deployByTag()
{
    QVERIFY(start(5000));
    const Api::ApiResult r =
        call(Api::Deployments::deployTag({u"monitoring"_s}).withDecoder(&DeployOutcome::decode));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    QVERIFY(r.json[QLatin1String("message")].isArray()); // the tag shape
    const DeployOutcome outcome = r.value.value<DeployOutcome>();
    QCOMPARE(outcome.deploymentUuids().size(), 2); // grafana-stack and uptime-probe
    for (const QString &uuid : outcome.deploymentUuids())
        QVERIFY(fetch(uuid).isActive());

    // Again: both are already queued, and neither phantom uuid exists.
    const DeployOutcome again =
        call(Api::Deployments::deployTag({u"monitoring"_s}).withDecoder(&DeployOutcome::decode))
            .value.value<DeployOutcome>();
    QCOMPARE(again.count(DeployOutcome::Kind::AlreadyQueued), 2);
    for (const DeployOutcome::Entry &e : again.entries)
        QCOMPARE(call(Api::Deployments::get(e.deploymentUuid)).error.kind, ErrorKind::NotFound);

    const Api::ApiResult none = call(Api::Deployments::deployTag({u"no-such-tag"_s}));
    QCOMPARE(none.error.kind, ErrorKind::NotFound);
    QCOMPARE(none.error.serverMessage, u"No resources found with this tag."_s);
}

void TestE2eDeployments::queueFullIs429()
{
    QVERIFY(start(10000, 2));
    // Three applications on the same server (localhost) with a queue limit of two.
    QVERIFY(!deploy({uuidOf(u"storefront-web"_s)}).deploymentUuids().isEmpty());
    QVERIFY(!deploy({uuidOf(u"grafana-stack"_s)}).deploymentUuids().isEmpty());
    QSignalSpy paused(m_e2e.client.get(), &Api::ApiClient::rateLimited);
    const Api::ApiResult r = call(Api::Deployments::deploy({uuidOf(u"etl-runner"_s)}));
    QCOMPARE(r.error.kind, ErrorKind::RateLimited);
    QCOMPARE(r.httpStatus, 429);
    QVERIFY(r.error.deploymentQueueFull);
    QCOMPARE(r.error.retryAfterSeconds, 60);
    // Not the rate limiter: the client does not pause every other request for a minute.
    QCOMPARE(paused.count(), 0);
    QVERIFY(call(Api::Deployments::active()).ok());
}

void TestE2eDeployments::startWhenQueueFullGivesPhantom()
{
    QVERIFY(start(10000, 2));
    QVERIFY(!deploy({uuidOf(u"storefront-web"_s)}).deploymentUuids().isEmpty());
    QVERIFY(!deploy({uuidOf(u"grafana-stack"_s)}).deploymentUuids().isEmpty());
    // coolify-api.md §5/§9.12: /start does not check the queue limit; it answers 200 with a uuid
    // that was never stored.
    const Api::ApiResult r =
        call(Api::Applications::start(uuidOf(u"etl-runner"_s)).withDecoder(&DeployOutcome::decode));
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    const QString uuid = r.json[QLatin1String("deployment_uuid")].toString();
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(call(Api::Deployments::get(uuid)).error.kind, ErrorKind::NotFound);
}

void TestE2eDeployments::deletedApplicationHidesItsDeployments()
{
    QVERIFY(start(10000));
    const QString app = uuidOf(u"docs-site"_s);
    const QStringList history = [&] {
        QStringList out;
        const auto page =
            call(Api::Deployments::forApplication(app, 0, 50).withDecoder(&DeploymentPage::decode))
                .value.value<DeploymentPage>();
        for (const Deployment &d : page.deployments)
            out << d.uuid;
        return out;
    }();
    QVERIFY(!history.isEmpty());
    QVERIFY(call(Api::Applications::remove(app)).ok());
    QCOMPARE(call(Api::Deployments::forApplication(app)).error.kind, ErrorKind::NotFound);
    // coolify-api.md §4: GET /deployments/{uuid} is 404 for deployments of deleted applications.
    const Api::ApiResult old = call(Api::Deployments::get(history.constFirst()));
    QCOMPARE(old.error.kind, ErrorKind::NotFound);
}

void TestE2eDeployments::deployNeedsDeployAbility()
{
    QVERIFY(start(5000));
    const QString app = uuidOf(u"docs-site"_s);
    const Api::ApiResult r = call(Api::Deployments::deploy({app}), u"demo-read"_s);
    QCOMPARE(r.error.kind, ErrorKind::Forbidden);
    QCOMPARE(r.httpStatus, 403);
    QCOMPARE(r.error.forbiddenCause, Api::ForbiddenCause::MissingAbility);
    QCOMPARE(r.error.missingAbility, u"deploy"_s);
    QCOMPARE(call(Api::Deployments::active()).json.array().size(), 0); // nothing was queued
    QVERIFY(call(Api::Deployments::deploy({app}), u"demo-deploy"_s).ok());
}

void TestE2eDeployments::deployErrors()
{
    QVERIFY(start(5000));
    const Api::ApiResult unknown = call(Api::Deployments::deploy({u"nope"_s}));
    QCOMPARE(unknown.error.kind, ErrorKind::NotFound);
    QCOMPARE(unknown.error.serverMessage, u"No resources found."_s);
    const Api::ApiResult empty = call(Api::Deployments::deploy({}));
    // "" becomes null on the server (ConvertEmptyStringsToNull): no uuid at all.
    QCOMPARE(empty.error.kind, ErrorKind::BadRequest);
    QCOMPARE(empty.error.serverMessage, u"You must provide uuid or tag."_s);
    const Api::ApiResult viaGet = call(Api::ApiRequest::get(u"deploy"_s));
    QCOMPARE(viaGet.error.kind, ErrorKind::MethodNotAllowed);
    QCOMPARE(viaGet.allow, QByteArray("POST"));
    // Several uuids in one call: one comma-separated string, entries in request order.
    const QString web = uuidOf(u"storefront-web"_s);
    const QString docs = uuidOf(u"docs-site"_s);
    const DeployOutcome both = deploy({web, docs});
    QCOMPARE(both.entries.size(), 2);
    QCOMPARE(both.entries.at(0).resourceUuid, web);
    QCOMPARE(both.entries.at(1).resourceUuid, docs);
}

QTEST_GUILESS_MAIN(TestE2eDeployments)
#include "tst_deployments.moc"
