// DeployController end-to-end against the sandbox (coolify-api.md §4): one POST per instance,
// queued deployments followed, the "already queued" phantom uuid detected and never followed,
// services/databases started without a deployment, 404 "No resources found.", queue-full 429
// with its Retry-After seconds, a token without `deploy`, and deploying by tag.
#include "fleetfixture.h"

#include "api/families/deployments.h"
#include "controllers/deploycontroller.h"
#include "models/deployment.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Controllers::DeployController;
using Result = DeployController::Result;

class TestDeployController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deployOneIsQueuedAndFollowed();
    void deploySeveralInOneRequestPerInstance();
    void sameCommitAgainIsPhantom();
    void serviceAndDatabaseStartWithoutDeployment();
    void unknownUuidIsNotFound();
    void queueFullSaysWhenToRetry();
    void readTokenLacksDeploy();
    void deployByTag();

private:
    bool setUp(int stepMs = 60'000, int queueLimit = 25, const QString &token = u"demo-root"_s);
    DeployController::Summary run(const std::function<void()> &start);

    std::unique_ptr<FleetFixture> m_fx;
    std::unique_ptr<DeployController> m_controller;
    std::unique_ptr<QSignalSpy> m_follow;
    std::unique_ptr<QSignalSpy> m_messages;
    QString m_id;
};

void TestDeployController::init()
{
    m_fx = std::make_unique<FleetFixture>();
}

void TestDeployController::cleanup()
{
    m_follow.reset();
    m_messages.reset();
    m_controller.reset();
    m_fx.reset();
}

bool TestDeployController::setUp(int stepMs, int queueLimit, const QString &token)
{
    if (m_fx->startSandbox(stepMs, queueLimit) < 0)
        return false;
    m_id = m_fx->addInstance(u"Production"_s, token);
    if (!QTest::qWaitFor([this] { return m_fx->ready(m_id); }, 15'000))
        return false;
    m_controller = std::make_unique<DeployController>(m_fx->fleet.get());
    m_follow = std::make_unique<QSignalSpy>(m_controller.get(), &DeployController::followRequested);
    m_messages = std::make_unique<QSignalSpy>(m_controller.get(), &DeployController::message);
    return true;
}

DeployController::Summary TestDeployController::run(const std::function<void()> &start)
{
    QSignalSpy finished(m_controller.get(), &DeployController::finished);
    start();
    if (!finished.wait(15'000))
        return {};
    return finished.first().first().value<DeployController::Summary>();
}

static QString joined(const QSignalSpy &spy)
{
    QStringList out;
    for (const auto &args : spy)
        out << args.first().toString();
    return out.join(u'\n');
}

void TestDeployController::deployOneIsQueuedAndFollowed()
{
    QVERIFY(setUp());
    const QString app = m_fx->uuidOf(m_id, u"applications"_s, u"storefront-web"_s);
    QVERIFY(!app.isEmpty());
    const auto summary = run([&] {
        m_controller->deploy({{m_id, app, u"storefront-web"_s}});
        QCOMPARE(m_controller->pendingRequests(), 1);
    });
    QCOMPARE(summary.reports.size(), 1);
    const auto &r = summary.reports.first();
    QCOMPARE(r.result, Result::Queued);
    QCOMPARE(r.resourceUuid, app);
    QVERIFY(!r.deploymentUuid.isEmpty());
    QCOMPARE(m_follow->size(), 1);
    QCOMPARE(m_follow->first().at(0).toString(), m_id);
    QCOMPARE(m_follow->first().at(1).toString(), r.deploymentUuid);
    QVERIFY2(joined(*m_messages).contains(u"storefront-web on Production: deployment queued"_s),
             qPrintable(joined(*m_messages)));
    QCOMPARE(summary.text(), u"1 deployment queued."_s);
    // The uuid is real: the server knows it.
    const auto got = m_fx->call(m_id, Api::Deployments::get(r.deploymentUuid));
    QVERIFY2(got.ok(), qPrintable(got.error.userMessage()));
    // The instance polls fast now (an action was sent).
    QVERIFY(m_fx->fleet->data(m_id)->isBusy());
}

void TestDeployController::deploySeveralInOneRequestPerInstance()
{
    QVERIFY(setUp());
    const QString web = m_fx->uuidOf(m_id, u"applications"_s, u"storefront-web"_s);
    const QString docs = m_fx->uuidOf(m_id, u"applications"_s, u"docs-site"_s);
    const auto summary = run([&] {
        m_controller->deploy({{m_id, web, QString()}, {m_id, docs, QString()}}, true);
        QCOMPARE(m_controller->pendingRequests(), 1); // one POST, uuids comma-separated
    });
    QCOMPARE(summary.reports.size(), 2);
    QCOMPARE(summary.count(Result::Queued), 2);
    QCOMPARE(summary.deploymentUuids().size(), 2);
    QCOMPARE(m_follow->size(), 2);
    // Names come from the instance's models when the caller gave none.
    QVERIFY2(joined(*m_messages).contains(QLatin1String("docs-site on Production")),
             qPrintable(joined(*m_messages)));
    const auto got = m_fx->call(m_id,
                                Api::Deployments::get(summary.deploymentUuids().last())
                                    .withDecoder(&Models::Deployment::decodeOne));
    QVERIFY(got.value.value<Models::Deployment>().forceRebuild);
}

void TestDeployController::sameCommitAgainIsPhantom()
{
    QVERIFY(setUp());
    const QString web = m_fx->uuidOf(m_id, u"applications"_s, u"storefront-web"_s);
    const auto first = run([&] { m_controller->deploy({{m_id, web, QString()}}); });
    QCOMPARE(first.count(Result::Queued), 1);
    m_follow->clear();
    m_messages->clear();

    const auto again = run([&] { m_controller->deploy({{m_id, web, QString()}}); });
    QCOMPARE(again.reports.size(), 1);
    QCOMPARE(again.reports.first().result, Result::AlreadyQueued);
    QVERIFY(again.reports.first().deploymentUuid.isEmpty()); // the phantom is not handed out
    QCOMPARE(m_follow->size(), 0); // never followed
    QVERIFY2(joined(*m_messages).contains(QLatin1String("already queued or running")),
             qPrintable(joined(*m_messages)));
    QCOMPARE(again.text(), u"1 already queued for the same commit."_s);
}

void TestDeployController::serviceAndDatabaseStartWithoutDeployment()
{
    QVERIFY(setUp());
    const QJsonArray services = m_fx->call(m_id, Api::ApiRequest::get(u"services"_s)).json.array();
    const QJsonArray databases =
        m_fx->call(m_id, Api::ApiRequest::get(u"databases"_s)).json.array();
    QVERIFY(!services.isEmpty() && !databases.isEmpty());
    const QString service = services.first().toObject().value(QLatin1String("uuid")).toString();
    const QString database = databases.first().toObject().value(QLatin1String("uuid")).toString();
    const auto summary = run([&] {
        m_controller->deploy({{m_id, service, QString()}, {m_id, database, QString()}});
    });
    QCOMPARE(summary.reports.size(), 2);
    QCOMPARE(summary.count(Result::Started), 2);
    QCOMPARE(m_follow->size(), 0);
    QVERIFY2(joined(*m_messages).contains(QLatin1String("no deployment to follow")),
             qPrintable(joined(*m_messages)));
    const QString serviceName = services.first().toObject().value(QLatin1String("name")).toString();
    QVERIFY(joined(*m_messages).contains(serviceName));
}

void TestDeployController::unknownUuidIsNotFound()
{
    QVERIFY(setUp());
    const auto summary = run([&] {
        m_controller->deploy({{m_id, u"no-such-uuid"_s, u"ghost"_s}});
    });
    QCOMPARE(summary.reports.size(), 1);
    QCOMPARE(summary.reports.first().result, Result::NotFound);
    QCOMPARE(summary.reports.first().serverMessage, u"No resources found."_s);
    QVERIFY2(joined(*m_messages).contains(u"“No resources found.”"_s),
             qPrintable(joined(*m_messages)));
    QCOMPARE(summary.text(), u"1 not deployed."_s);
}

void TestDeployController::queueFullSaysWhenToRetry()
{
    QVERIFY(setUp(60'000, 1));
    const QString web = m_fx->uuidOf(m_id, u"applications"_s, u"storefront-web"_s);
    const QString api = m_fx->uuidOf(m_id, u"applications"_s, u"storefront-api"_s);
    QCOMPARE(run([&] { m_controller->deploy({{m_id, web, QString()}}); }).count(Result::Queued), 1);
    const auto full = run([&] { m_controller->deploy({{m_id, api, QString()}}); });
    QCOMPARE(full.reports.size(), 1);
    QCOMPARE(full.reports.first().result, Result::QueueFull);
    QCOMPARE(full.reports.first().retryAfterSeconds, 60);
    QVERIFY2(full.reports.first().text.contains(QLatin1String("queue is full; try again in 60 s")),
             qPrintable(full.reports.first().text));
    QCOMPARE(m_follow->size(), 1); // only the first one
}

void TestDeployController::readTokenLacksDeploy()
{
    QVERIFY(setUp(60'000, 25, u"demo-read"_s));
    const QString web = m_fx->uuidOf(m_id, u"applications"_s, u"storefront-web"_s);
    const auto summary = run([&] { m_controller->deploy({{m_id, web, u"storefront-web"_s}}); });
    QCOMPARE(summary.reports.size(), 1);
    QCOMPARE(summary.reports.first().result, Result::MissingAbility);
    QVERIFY2(summary.reports.first().text.contains(u"lacks the “deploy” permission"_s),
             qPrintable(summary.reports.first().text));
    QCOMPARE(m_follow->size(), 0);
    // Nothing was queued on the server.
    const auto active =
        m_fx->call(m_id, Api::Deployments::active().withDecoder(&Models::Deployment::decodeList));
    QVERIFY(active.ok());
    QVERIFY(active.value.value<QList<Models::Deployment>>().isEmpty());
}

void TestDeployController::deployByTag()
{
    QVERIFY(setUp());
    const auto summary = run([&] { m_controller->deployTag(m_id, {u"production"_s}); });
    QCOMPARE(summary.count(Result::Queued), 2); // storefront-web and storefront-api
    QCOMPARE(m_follow->size(), 2);
    QVERIFY2(joined(*m_messages).contains(QLatin1String("storefront-api on Production")),
             qPrintable(joined(*m_messages)));
    const auto none = run([&] { m_controller->deployTag(m_id, {u"no-such-tag"_s}); });
    QCOMPARE(none.reports.size(), 1);
    QCOMPARE(none.reports.first().result, Result::NotFound);
    QCOMPARE(none.reports.first().serverMessage, u"No resources found with this tag."_s);
}

QTEST_MAIN(TestDeployController)
#include "tst_deploycontroller.moc"
