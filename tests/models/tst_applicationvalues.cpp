// Application values decoded tolerantly (coolify-api.md §6, §9): strings for numbers,
// comma-separated domains, absent redacted keys told apart from null, settings only in the detail.
#include "models/application.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Models;

class TestApplicationValues : public QObject
{
    Q_OBJECT

private slots:
    void listItemAsReadOnlyToken();
    void detailWithSettingsAndSecrets();
    void numericFields_data();
    void numericFields();
    void dockerImageRepository();
    void decodeListAcceptsArrayAndIndexObject();
    void decodeListRejectsWrongShapes_data();
    void decodeListRejectsWrongShapes();
    void decodeOne();
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

// A list item as a read-only token sees it: sensitive keys absent, numbers as strings.
const char *kListItem = R"({
    "uuid":"a1","name":"shop","description":"The shop",
    "fqdn":"https://shop.example.com, https://www.shop.example.com,,",
    "status":"running:unhealthy","server_status":true,"build_pack":"nixpacks",
    "git_repository":"acme/shop","git_branch":"main","git_commit_sha":"HEAD",
    "ports_exposes":"3000,8080,x","environment_id":"7","destination_id":2,"restart_count":"3",
    "created_at":"2026-08-20T10:00:00.000000Z","updated_at":"2026-08-22T15:22:50.123456Z",
    "last_online_at":"2026-08-22 15:00:00"})";
} // namespace

void TestApplicationValues::listItemAsReadOnlyToken()
{
    const Application a = Application::fromJson(doc(kListItem).object());
    QCOMPARE(a.uuid, u"a1"_s);
    QCOMPARE(a.fqdns,
             (QStringList{u"https://shop.example.com"_s, u"https://www.shop.example.com"_s}));
    QCOMPARE(a.primaryFqdn(), u"https://shop.example.com"_s);
    QCOMPARE(a.status.state, ResourceStatus::State::Running);
    QCOMPARE(a.status.health, ResourceStatus::Health::Unhealthy);
    QCOMPARE(a.serverReachable, std::optional<bool>(true));
    QCOMPARE(a.serverText(), u"Reachable"_s);
    QCOMPARE(a.environmentId, 7);
    QCOMPARE(a.destinationId, 2);
    QCOMPARE(a.restartCount, 3);
    QCOMPARE(a.ports(), (QList<int>{3000, 8080}));
    QCOMPARE(a.repositoryText(), u"acme/shop@main"_s);
    QCOMPARE(a.updatedAt, QDateTime(QDate(2026, 8, 22), QTime(15, 22, 50, 123), Qt::UTC));
    QCOMPARE(a.lastOnlineAt, QDateTime(QDate(2026, 8, 22), QTime(15, 0), Qt::UTC));
    QVERIFY(!a.settings.has_value()); // the list never carries settings
    // Every sensitive key is absent: each one is reported as redacted, none has a value.
    QCOMPARE(a.redactedKeys, Application::sensitiveKeys());
    QVERIFY(a.anyRedacted());
    QVERIFY(a.isRedacted(u"manual_webhook_secret_github"_s));
    QCOMPARE(a.sensitiveValue(u"dockerfile"_s), std::nullopt);
    QVERIFY(a.sensitiveValues.isEmpty());
    QVERIFY(Application::redactedText().contains(QLatin1String("read:sensitive")));
}

void TestApplicationValues::detailWithSettingsAndSecrets()
{
    const Application a = Application::fromJson(doc(R"({
        "uuid":"a2","name":"api","fqdn":null,"status":"exited:unhealthy",
        "environment_id":3,"settings":{"is_static":"1","is_spa":0,"is_auto_deploy_enabled":true,
        "is_force_https_enabled":false,"is_build_server_enabled":true,"gpu_driver":"nvidia"},
        "http_basic_auth_password":null,"manual_webhook_secret_github":"gh-secret",
        "manual_webhook_secret_gitlab":null,"manual_webhook_secret_bitbucket":null,
        "manual_webhook_secret_gitea":null,"dockerfile":"FROM node:22","docker_compose":null,
        "docker_compose_raw":null,"custom_labels":"dHJhZWZpaw==","private_key_id":null})")
                                                    .object());
    QVERIFY(a.fqdns.isEmpty());
    QCOMPARE(a.serverReachable, std::nullopt); // server_status absent: unknown, not "down"
    QCOMPARE(a.serverText(), u"Unknown"_s);
    QVERIFY(a.settings.has_value());
    QVERIFY(a.settings->isStatic);
    QVERIFY(!a.settings->isSpa);
    QVERIFY(a.settings->autoDeploy);
    QVERIFY(!a.settings->forceHttps);
    QVERIFY(a.settings->buildServer);
    QCOMPARE(a.settings->raw.value(QLatin1String("gpu_driver")).toString(), u"nvidia"_s);
    QVERIFY(a.redactedKeys.isEmpty());
    QVERIFY(!a.anyRedacted());
    QCOMPARE(a.sensitiveValue(u"manual_webhook_secret_github"_s),
             std::optional<QString>(u"gh-secret"_s));
    // Null is "not set", which is different from "hidden".
    QCOMPARE(a.sensitiveValue(u"manual_webhook_secret_gitlab"_s),
             std::optional<QString>(QString()));
    QCOMPARE(a.sensitiveValue(u"dockerfile"_s), std::optional<QString>(u"FROM node:22"_s));

    // The same object as a list row: the values are not kept, and nothing reads as redacted.
    const Application row = Application::fromListJson(doc(R"({"uuid":"a2",
        "manual_webhook_secret_github":"gh-secret","dockerfile":"FROM node:22"})")
                                                          .object());
    QVERIFY(row.sensitiveValues.isEmpty());
    QCOMPARE(row.sensitiveValue(u"manual_webhook_secret_github"_s), std::nullopt);
    QVERIFY(!row.isRedacted(u"manual_webhook_secret_github"_s));
    QVERIFY(row.isRedacted(u"docker_compose"_s));
}

void TestApplicationValues::numericFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("environmentId");
    QTest::addColumn<qint64>("destinationId");
    QTest::newRow("numbers") << QByteArray(R"({"environment_id":4,"destination_id":1})")
                             << qint64(4) << qint64(1);
    QTest::newRow("strings") << QByteArray(R"({"environment_id":" 12 ","destination_id":"3"})")
                             << qint64(12) << qint64(3);
    QTest::newRow("garbage") << QByteArray(R"({"environment_id":"x","destination_id":{}})")
                             << qint64(-1) << qint64(-1);
    QTest::newRow("null") << QByteArray(R"({"environment_id":null})") << qint64(-1) << qint64(-1);
    QTest::newRow("absent") << QByteArray("{}") << qint64(-1) << qint64(-1);
}

void TestApplicationValues::numericFields()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, environmentId);
    QFETCH(qint64, destinationId);
    const Application a = Application::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(a.environmentId, environmentId);
    QCOMPARE(a.destinationId, destinationId);
}

void TestApplicationValues::dockerImageRepository()
{
    const Application a = Application::fromJson(doc(R"({"uuid":"i","build_pack":"dockerimage",
        "git_repository":"coollabsio/coolify","git_branch":"main",
        "docker_registry_image_name":"louislam/uptime-kuma","docker_registry_image_tag":1})")
                                                    .object());
    QCOMPARE(a.dockerImage, u"louislam/uptime-kuma:1"_s);
    QCOMPARE(a.repositoryText(), u"louislam/uptime-kuma:1"_s);
    // A git app ignores image fields that happen to be there.
    const Application g = Application::fromJson(doc(R"({"uuid":"g","build_pack":"static",
        "git_repository":"acme/docs","docker_registry_image_name":"x"})")
                                                    .object());
    QCOMPARE(g.repositoryText(), u"acme/docs"_s);
}

void TestApplicationValues::decodeListAcceptsArrayAndIndexObject()
{
    QString error;
    QVariant value = Application::decodeList(
        doc(R"([{"uuid":"b","name":"B"},{"name":"no uuid"},"junk",{"uuid":"a","name":"A"}])"),
        &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    auto apps = value.value<QList<Application>>();
    QCOMPARE(apps.size(), 2);
    QCOMPARE(apps.at(0).uuid, u"b"_s);
    QCOMPARE(apps.at(1).uuid, u"a"_s);

    value = Application::decodeList(doc(R"({"1":{"uuid":"y"},"0":{"uuid":"x"}})"), &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    apps = value.value<QList<Application>>();
    QCOMPARE(apps.size(), 2);
    QCOMPARE(apps.at(0).uuid, u"x"_s);

    value = Application::decodeList(doc("[]"), &error);
    QVERIFY(value.isValid());
    QVERIFY(value.value<QList<Application>>().isEmpty());
}

void TestApplicationValues::decodeListRejectsWrongShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("message object") << QByteArray(R"({"message":"Unauthenticated."})");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("mixed keys") << QByteArray(R"({"0":{"uuid":"x"},"message":"x"})");
}

void TestApplicationValues::decodeListRejectsWrongShapes()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!Application::decodeList(QJsonDocument::fromJson(json), &error).isValid());
    QVERIFY(!error.isEmpty());
}

void TestApplicationValues::decodeOne()
{
    QString error;
    const QVariant value = Application::decodeOne(doc(kListItem), &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    QCOMPARE(value.value<Application>().name, u"shop"_s);
    QCOMPARE(value.value<Application>(), Application::fromJson(doc(kListItem).object()));

    error.clear();
    QVERIFY(!Application::decodeOne(doc(R"([{"uuid":"a"}])"), &error).isValid());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(Application::decodeOne(doc(R"({"uuid":"a"})"), &error).isValid());
    QVERIFY(
        !Application::decodeOne(doc(R"({"message":"Application not found."})"), &error).isValid());
}

QTEST_GUILESS_MAIN(TestApplicationValues)
#include "tst_applicationvalues.moc"
