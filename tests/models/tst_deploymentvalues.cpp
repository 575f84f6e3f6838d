// Deployment values (coolify-api.md §4): application_id as a string, status words, logs present
// only with read:sensitive, the active list as an array or an object, paging, and the two shapes of
// POST /deploy answers with their phantom "already queued" uuids.
#include "models/deployment.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Models;
using Kind = DeployOutcome::Kind;

class TestDeploymentValues : public QObject
{
    Q_OBJECT

private slots:
    void finishedWithLogs();
    void redactedLogsAndActive();
    void status_data();
    void status();
    void trigger_data();
    void trigger();
    void shortCommitAndDuration();
    void activeListArrayOrObject();
    void activeListRejectsMessage();
    void page();
    void pageRejectsWrongShape();
    void deployByUuid();
    void deployByTagSameSizes();
    void deployByTagDetailsOnlyForDeployments();
    void startAndRestartAnswers();
    void deployRejectsWrongShape();
};

namespace {
QJsonDocument doc(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return d;
}

const char *kFinished = R"({
    "id":12,"deployment_uuid":"d1","application_id":"5","application_name":"shop",
    "server_id":"1","server_name":"main","destination_id":"1","status":"finished",
    "commit":"0123456789abcdef0123456789abcdef01234567","commit_message":"Fix cart\n\nLong body",
    "pull_request_id":"0","force_rebuild":0,"restart_only":false,"rollback":false,
    "is_webhook":true,"is_api":false,"deployment_url":"/project/p/environment/e/application/a/deployment/d1",
    "created_at":"2026-08-22T15:20:00.000000Z","updated_at":"2026-08-22T15:23:05.000000Z",
    "finished_at":"2026-08-22T15:23:05.000000Z",
    "logs":"[{\"command\":null,\"output\":\"Starting\",\"type\":\"stdout\",\"hidden\":false}]"})";
} // namespace

void TestDeploymentValues::finishedWithLogs()
{
    const Deployment d = Deployment::fromJson(doc(kFinished).object());
    QCOMPARE(d.uuid, u"d1"_s);
    QCOMPARE(d.applicationId, u"5"_s);
    QCOMPARE(d.applicationName, u"shop"_s);
    QCOMPARE(d.serverId, 1);
    QCOMPARE(d.serverName, u"main"_s);
    QCOMPARE(d.status, Deployment::Status::Finished);
    QCOMPARE(d.statusText(), u"Finished"_s);
    QVERIFY(d.isDone());
    QVERIFY(!d.isActive());
    QCOMPARE(d.pullRequestId, 0);
    QVERIFY(!d.forceRebuild);
    QVERIFY(d.isWebhook);
    QVERIFY(d.logsPresent);
    // Kept raw: the log parser lives elsewhere.
    QVERIFY(d.logs.startsWith(QLatin1String("[{\"command\":null")));
    QCOMPARE(d.durationSeconds(), std::optional<qint64>(185));
    QCOMPARE(Deployment::durationText(185), u"3m 05s"_s);
}

void TestDeploymentValues::redactedLogsAndActive()
{
    const Deployment d = Deployment::fromJson(doc(R"({"deployment_uuid":"d2",
        "application_id":7,"status":"in_progress","commit":"HEAD","commit_message":null,
        "created_at":"2026-08-22T15:20:00.000000Z","finished_at":null})")
                                                  .object());
    QCOMPARE(d.applicationId, u"7"_s); // a number is accepted too
    QVERIFY(!d.logsPresent);
    QVERIFY(d.logs.isEmpty());
    QVERIFY(d.isActive());
    QCOMPARE(d.durationSeconds(), std::nullopt);
    QCOMPARE(d.shortCommit(), u"HEAD"_s);
    QVERIFY(d.commitMessage.isEmpty());
    // logs: null is present (an empty log), not redacted.
    QVERIFY(
        Deployment::fromJson(doc(R"({"deployment_uuid":"d3","logs":null})").object()).logsPresent);
}

void TestDeploymentValues::status_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    using S = Deployment::Status;
    QTest::newRow("queued") << "queued" << int(S::Queued) << "Queued";
    QTest::newRow("in_progress") << "in_progress" << int(S::InProgress) << "In progress";
    QTest::newRow("finished") << "finished" << int(S::Finished) << "Finished";
    QTest::newRow("failed") << "failed" << int(S::Failed) << "Failed";
    QTest::newRow("cancelled") << "cancelled-by-user" << int(S::Cancelled) << "Cancelled";
    QTest::newRow("upper case") << " QUEUED " << int(S::Queued) << "Queued";
    QTest::newRow("future word") << "paused-by-admin" << int(S::Unknown) << "paused-by-admin";
    QTest::newRow("empty") << "" << int(S::Unknown) << "Unknown";
}

void TestDeploymentValues::status()
{
    QFETCH(QString, raw);
    QFETCH(int, status);
    QFETCH(QString, text);
    QJsonObject o{{u"deployment_uuid"_s, u"x"_s}, {u"status"_s, raw}};
    const Deployment d = Deployment::fromJson(o);
    QCOMPARE(int(d.status), status);
    QCOMPARE(d.statusText(), text);
}

void TestDeploymentValues::trigger_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("trigger");
    QTest::addColumn<QString>("text");
    using T = Deployment::Trigger;
    QTest::newRow("manual") << QByteArray("{}") << int(T::Manual) << "Manual";
    QTest::newRow("webhook") << QByteArray(R"({"is_webhook":true})") << int(T::Webhook)
                             << "Webhook";
    QTest::newRow("api") << QByteArray(R"({"is_api":"1"})") << int(T::Api) << "API";
    QTest::newRow("restart") << QByteArray(R"({"is_api":true,"restart_only":true})")
                             << int(T::Restart) << "Restart";
    QTest::newRow("rollback") << QByteArray(R"({"rollback":true,"restart_only":true})")
                              << int(T::Rollback) << "Rollback";
    QTest::newRow("webhook PR forced")
        << QByteArray(R"({"is_webhook":true,"pull_request_id":"42","force_rebuild":true})")
        << int(T::Webhook) << "Webhook, PR #42, forced rebuild";
}

void TestDeploymentValues::trigger()
{
    QFETCH(QByteArray, json);
    QFETCH(int, trigger);
    QFETCH(QString, text);
    const Deployment d = Deployment::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(int(d.trigger()), trigger);
    QCOMPARE(d.triggerText(), text);
}

void TestDeploymentValues::shortCommitAndDuration()
{
    Deployment d;
    d.commit = u"0123456789abcdef"_s;
    QCOMPARE(d.shortCommit(), u"0123456"_s);
    d.commit = u"release/v2"_s; // a branch-like ref is not shortened
    QCOMPARE(d.shortCommit(), u"release/v2"_s);
    QCOMPARE(Deployment::durationText(45), u"45s"_s);
    QCOMPARE(Deployment::durationText(3725), u"1h 02m"_s);
    d.createdAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    d.finishedAt = d.createdAt.addSecs(-5); // clock skew: no negative durations
    QCOMPARE(d.durationSeconds(), std::nullopt);
}

void TestDeploymentValues::activeListArrayOrObject()
{
    QString error;
    QVariant value = Deployment::decodeList(
        doc(R"([{"deployment_uuid":"a","status":"queued"},{"status":"no uuid"},
               {"deployment_uuid":"b","status":"in_progress"}])"),
        &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    QCOMPARE(value.value<QList<Deployment>>().size(), 2);

    // Laravel's sortBy() without values(): keys keep the old positions (coolify-api.md §4, §9.13).
    value = Deployment::decodeList(doc(R"({"1":{"deployment_uuid":"late","status":"queued"},
        "0":{"deployment_uuid":"early","status":"in_progress"}})"),
                                   &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const auto list = value.value<QList<Deployment>>();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).uuid, u"early"_s);
    QCOMPARE(list.at(1).uuid, u"late"_s);

    value = Deployment::decodeList(doc("{}"), &error); // an empty collection as an object
    QVERIFY(value.isValid());
    QVERIFY(value.value<QList<Deployment>>().isEmpty());
}

void TestDeploymentValues::activeListRejectsMessage()
{
    QString error;
    QVERIFY(!Deployment::decodeList(doc(R"({"message":"Server Error"})"), &error).isValid());
    QVERIFY(!error.isEmpty());
}

void TestDeploymentValues::page()
{
    QString error;
    const QVariant value = DeploymentPage::decode(doc(R"({"count":"42","deployments":[
        {"deployment_uuid":"n1","status":"finished"},{"deployment_uuid":"n2","status":"failed"}]})"),
                                                  &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const auto page = value.value<DeploymentPage>();
    QCOMPARE(page.count, 42);
    QCOMPARE(page.deployments.size(), 2);
    QCOMPARE(page.deployments.at(1).status, Deployment::Status::Failed);

    // A missing count falls back to what arrived; deployments as an index object is accepted.
    const auto other =
        DeploymentPage::decode(doc(R"({"deployments":{"0":{"deployment_uuid":"x"}}})"), &error)
            .value<DeploymentPage>();
    QCOMPARE(other.count, 1);
    QCOMPARE(other.deployments.at(0).uuid, u"x"_s);
}

void TestDeploymentValues::pageRejectsWrongShape()
{
    QString error;
    // The spec wrongly promises an array of applications.
    QVERIFY(!DeploymentPage::decode(doc(R"([{"uuid":"app"}])"), &error).isValid());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!DeploymentPage::decode(doc(R"({"count":3})"), &error).isValid());
    QVERIFY(!error.isEmpty());
}

void TestDeploymentValues::deployByUuid()
{
    QString error;
    const QVariant value = DeployOutcome::decode(doc(R"({"deployments":[
        {"message":"Application shop deployment queued.","resource_uuid":"a","deployment_uuid":"d1"},
        {"message":"Deployment already queued for this commit.","resource_uuid":"b","deployment_uuid":"ghost"},
        {"message":"Service x started. It could take a while, be patient.","resource_uuid":"s"},
        {"message":"Unauthorized to deploy this application.","resource_uuid":"c"}]})"),
                                                 &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const auto outcome = value.value<DeployOutcome>();
    QCOMPARE(outcome.entries.size(), 4);
    QCOMPARE(outcome.entries.at(0).kind, Kind::Queued);
    QCOMPARE(outcome.entries.at(1).kind, Kind::AlreadyQueued);
    QVERIFY(outcome.entries.at(1).isPhantom());
    QCOMPARE(outcome.entries.at(1).deploymentUuid, u"ghost"_s);
    QCOMPARE(outcome.entries.at(1).resourceUuid, u"b"_s);
    QCOMPARE(outcome.entries.at(2).kind, Kind::NoDeployment);
    QCOMPARE(outcome.entries.at(3).kind, Kind::NoDeployment);
    QCOMPARE(outcome.entries.at(3).message, u"Unauthorized to deploy this application."_s);
    // The phantom uuid must never be followed.
    QCOMPARE(outcome.deploymentUuids(), QStringList{u"d1"_s});
    QCOMPARE(outcome.count(Kind::AlreadyQueued), 1);
}

void TestDeploymentValues::deployByTagSameSizes()
{
    QString error;
    const auto outcome = DeployOutcome::decode(doc(R"({"message":[
        "Application a deployment queued.","Deployment already queued for this commit."],
        "details":[{"resource_uuid":"a","deployment_uuid":"d1"},
                   {"resource_uuid":"b","deployment_uuid":"ghost"}]})"),
                                               &error)
                             .value<DeployOutcome>();
    QCOMPARE(outcome.entries.size(), 2);
    QCOMPARE(outcome.entries.at(0).message, u"Application a deployment queued."_s);
    QCOMPARE(outcome.entries.at(0).kind, Kind::Queued);
    QCOMPARE(outcome.entries.at(1).kind, Kind::AlreadyQueued);
    QCOMPARE(outcome.entries.at(1).resourceUuid, u"b"_s);
    QCOMPARE(outcome.deploymentUuids(), QStringList{u"d1"_s});
    QVERIFY(outcome.extraMessages.isEmpty());
}

void TestDeploymentValues::deployByTagDetailsOnlyForDeployments()
{
    // Coolify only adds a detail when a deployment uuid came back: messages outnumber details.
    QString error;
    const auto outcome = DeployOutcome::decode(doc(R"({"message":[
        "Service s started. It could take a while, be patient.",
        "Deployment already queued for this commit.",
        "Application a deployment queued."],
        "details":[{"resource_uuid":"b","deployment_uuid":"ghost"},
                   {"resource_uuid":"a","deployment_uuid":"d1"}]})"),
                                               &error)
                             .value<DeployOutcome>();
    QCOMPARE(outcome.entries.size(), 2);
    QCOMPARE(outcome.entries.at(0).kind, Kind::AlreadyQueued);
    QCOMPARE(outcome.entries.at(0).resourceUuid, u"b"_s);
    QCOMPARE(outcome.entries.at(1).kind, Kind::Queued);
    QCOMPARE(outcome.extraMessages,
             QStringList{u"Service s started. It could take a while, be patient."_s});
    QCOMPARE(outcome.deploymentUuids(), QStringList{u"d1"_s});
}

void TestDeploymentValues::startAndRestartAnswers()
{
    QString error;
    auto outcome =
        DeployOutcome::decode(
            doc(R"({"message":"Deployment request queued.","deployment_uuid":"d9"})"), &error)
            .value<DeployOutcome>();
    QCOMPARE(outcome.entries.size(), 1);
    QCOMPARE(outcome.entries.at(0).kind, Kind::Queued);
    QCOMPARE(outcome.deploymentUuids(), QStringList{u"d9"_s});

    outcome = DeployOutcome::decode(
                  doc(R"({"message":"Deployment already queued for this commit."})"), &error)
                  .value<DeployOutcome>();
    QCOMPARE(outcome.entries.at(0).kind, Kind::AlreadyQueued);
    QVERIFY(outcome.deploymentUuids().isEmpty());

    outcome =
        DeployOutcome::decode(doc(R"({"message":"Application stopping request queued."})"), &error)
            .value<DeployOutcome>();
    QCOMPARE(outcome.entries.at(0).kind, Kind::NoDeployment);
}

void TestDeploymentValues::deployRejectsWrongShape()
{
    QString error;
    QVERIFY(!DeployOutcome::decode(doc(R"([1,2])"), &error).isValid());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!DeployOutcome::decode(doc(R"({"uuid":"x"})"), &error).isValid());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDeploymentValues)
#include "tst_deploymentvalues.moc"
