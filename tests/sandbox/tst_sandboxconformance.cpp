// Conformance table: one row per fact of docs/coolify-api.md (row names cite the section).
// Each row is a real HTTP request against a SandboxServer on 127.0.0.1 with a random port.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Sandbox;

class TestSandboxConformance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void conformance_data();
    void conformance();
    void rateLimit();
    void rateLimitHtmlWithoutJsonAccept();

private:
    static SandboxConfig baseConfig();
    QString expand(QString text) const;
    static QJsonValue walk(const QJsonValue &root, const QString &path, bool *found);

    std::unique_ptr<SandboxServer> m_main;
    std::unique_ptr<SandboxServer> m_disabled;
    std::unique_ptr<SandboxServer> m_ipRestricted;
    std::unique_ptr<SandboxServer> m_queueOfOne; // deployment_queue_limit 1, same seed as main
    HttpClient m_http;
    QHash<QString, QString> m_names; // placeholder -> uuid
};

SandboxConfig TestSandboxConformance::baseConfig()
{
    SandboxConfig config;
    config.tokens = {{u"root-token"_s, {u"root"_s}},
                     {u"read-token"_s, {u"read"_s}},
                     {u"sens-token"_s, {u"read"_s, u"read:sensitive"_s}},
                     {u"write-token"_s, {u"write"_s}},
                     {u"deploy-token"_s, {u"deploy"_s}},
                     {u"star-token"_s, {u"*"_s}},
                     {u"legacy-token"_s, {u"read"_s, u"view:sensitive"_s}}};
    config.rateLimitPerMinute = 0;
    config.deployStepMs = 60000; // keep queued deployments still while the table runs
    return config;
}

void TestSandboxConformance::initTestCase()
{
    m_main = std::make_unique<SandboxServer>(baseConfig());
    QVERIFY2(m_main->listen(), qPrintable(m_main->lastError()));
    SandboxConfig disabled = baseConfig();
    disabled.apiDisabled = true;
    m_disabled = std::make_unique<SandboxServer>(disabled);
    QVERIFY(m_disabled->listen());
    SandboxConfig restricted = baseConfig();
    restricted.allowedIps = {u"203.0.113.50"_s};
    m_ipRestricted = std::make_unique<SandboxServer>(restricted);
    QVERIFY(m_ipRestricted->listen());
    SandboxConfig queueOfOne = baseConfig();
    queueOfOne.deploymentQueueLimit = 1;
    m_queueOfOne = std::make_unique<SandboxServer>(queueOfOne);
    QVERIFY(m_queueOfOne->listen());

    const QStringList auth{u"Accept: application/json"_s, u"Authorization: Bearer root-token"_s};
    const QString api = m_main->rootUrl().toString() + QLatin1String("/api/v1");
    HttpResult r;
    const auto index = [&](const char *path, const QString &key, QHash<QString, QString> aliases) {
        QVERIFY(m_http.send("GET", QUrl(api + QLatin1String(path)), auth, {}, &r));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json().toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(key).toString();
            if (aliases.contains(name))
                m_names.insert(aliases.value(name), o.value(QLatin1String("uuid")).toString());
        }
    };
    index("/applications", u"name"_s,
          {{u"storefront-web"_s, u"app"_s},
           {u"docs-site"_s, u"noproxyapp"_s},
           {u"grafana-stack"_s, u"compose"_s},
           {u"uptime-probe"_s, u"stoppedapp"_s},
           {u"etl-runner"_s, u"etl"_s},
           {u"legacy-worker"_s, u"offlineapp"_s}});
    index("/databases", u"name"_s,
          {{u"shop-postgres"_s, u"db"_s},
           {u"tools-mysql"_s, u"dbexited"_s},
           {u"cache-keydb"_s, u"keydb"_s}});
    index("/services", u"name"_s,
          {{u"plausible-analytics"_s, u"svc"_s}, {u"minio-storage"_s, u"svcexited"_s}});
    index("/projects", u"name"_s,
          {{u"Acme Storefront"_s, u"project"_s}, {u"Data Platform"_s, u"dataproject"_s}});
    index("/servers", u"name"_s, {{u"localhost"_s, u"server"_s}});
    QVERIFY(m_http.send("GET", QUrl(api + QLatin1String("/services/") + m_names.value(u"svc"_s)),
                        auth, {}, &r));
    m_names.insert(u"svcapp"_s,
                   r.json()[QLatin1String("applications")][0][QLatin1String("uuid")].toString());
    QVERIFY(m_http.send("GET",
                        QUrl(api + QLatin1String("/deployments/applications/")
                             + m_names.value(u"app"_s) + QLatin1String("?take=1")),
                        auth, {}, &r));
    m_names.insert(
        u"finished"_s,
        r.json()[QLatin1String("deployments")][0][QLatin1String("deployment_uuid")].toString());
    // The image storefront-web runs and the newest other kept one (§10).
    QVERIFY(m_http.send("GET",
                        QUrl(api + QLatin1String("/applications/") + m_names.value(u"app"_s)
                             + QLatin1String("/rollback-images")),
                        auth, {}, &r));
    const QString current = r.json()[QLatin1String("current")].toString();
    m_names.insert(u"current"_s, current);
    for (const QJsonValue &image : r.json()[QLatin1String("images")].toArray()) {
        const QString tag = image[QLatin1String("tag")].toString();
        if (tag != current && tag.size() == 40) {
            m_names.insert(u"kept"_s, tag);
            break;
        }
    }
    // shop-postgres's backup schedule and its newest execution (§11).
    QVERIFY(m_http.send("GET",
                        QUrl(api + QLatin1String("/databases/") + m_names.value(u"db"_s)
                             + QLatin1String("/backups")),
                        auth, {}, &r));
    m_names.insert(u"backup"_s, r.json()[0][QLatin1String("uuid")].toString());
    m_names.insert(u"execution"_s,
                   r.json()[0][QLatin1String("executions")][0][QLatin1String("uuid")].toString());
    QVERIFY(m_http.send("GET", QUrl(api + QLatin1String("/s3-storages")), auth, {}, &r));
    m_names.insert(u"s3"_s, r.json()[0][QLatin1String("uuid")].toString());
    QCOMPARE(m_names.size(), 21);
}

QString TestSandboxConformance::expand(QString text) const
{
    for (auto it = m_names.begin(); it != m_names.end(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

QJsonValue TestSandboxConformance::walk(const QJsonValue &root, const QString &path, bool *found)
{
    QJsonValue v = root;
    *found = true;
    for (const QString &part : path.split(u'/')) {
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            int i = part.toInt();
            if (i < 0)
                i += int(a.size());
            if (i < 0 || i >= a.size()) {
                *found = false;
                return {};
            }
            v = a.at(i);
        } else if (v.isObject() && v.toObject().contains(part)) {
            v = v.toObject().value(part);
        } else {
            *found = false;
            return {};
        }
    }
    return v;
}

void TestSandboxConformance::conformance_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expectedBody"); // exact JSON (or text) when not empty
    QTest::addColumn<QStringList>("checks"); // "a/0/b" present, "!a" absent, "a=<json>"
    QTest::addColumn<QStringList>("expectedHeaders");

    const auto row = [](const char *name, const char *method, const char *path, const char *token,
                        int status, const char *expected, QStringList checks = {},
                        QStringList respHeaders = {}, QByteArray body = {},
                        QStringList headers = {}, const char *profile = "main") {
        QTest::newRow(name) << QString::fromLatin1(profile) << QByteArray(method)
                            << QString::fromLatin1(path) << QString::fromLatin1(token) << headers
                            << body << status << QByteArray(expected) << checks << respHeaders;
    };
    const QStringList noAccept{u"-accept"_s};
    const QStringList plainBody{u"-ctype"_s};
    const auto L = [](std::initializer_list<const char *> items) {
        QStringList l;
        for (const char *i : items)
            l.append(QString::fromUtf8(i));
        return l;
    };
    const char *unauth = R"({"message":"Unauthenticated."})";
    const char *catchAll = R"({"message":"Not found.","docs":"https://coolify.io/docs"})";
    const char *postRequired = R"({"message":"This endpoint has changed to a POST request."})";
    const QStringList allowPost = L({"Allow: POST", "Content-Type: application/json"});

    // §1 Authentication
    row("§1 missing token is 401 JSON", "GET", "/api/v1/applications", "", 401, unauth, {},
        L({"Content-Type: application/json"}));
    row("§1 wrong token is 401 JSON even without Accept", "GET", "/api/v1/applications", "bogus",
        401, unauth, {}, L({"Content-Type: application/json"}), {}, noAccept);
    row("§1 non-Bearer Authorization is 401", "GET", "/api/v1/applications", "", 401, unauth, {},
        {}, {}, L({"Authorization: Token root-token"}));
    row("§1 /api/health needs no auth", "GET", "/api/health", "", 200, "OK", {},
        L({"Content-Type: text/html; charset=UTF-8"}));
    row("§1 /api/v1/health needs no auth", "GET", "/api/v1/health", "", 200, "OK");
    row("§1 /version is text/html 4.3.11", "GET", "/api/v1/version", "read-token", 200, "4.3.11",
        {}, L({"Content-Type: text/html; charset=UTF-8"}));
    row("§1 /version needs read", "GET", "/api/v1/version", "write-token", 403,
        R"({"message":"Missing required permissions: read"})");
    row("§1 API disabled is 403 with success:true", "GET", "/api/v1/applications", "read-token",
        403, R"({"success":true,"message":"API is disabled."})", {}, {}, {}, {}, "disabled");
    row("§1 API disabled: bad token still 401", "GET", "/api/v1/applications", "bogus", 401, unauth,
        {}, {}, {}, {}, "disabled");
    row("§1 API disabled: health still answers", "GET", "/api/health", "", 200, "OK", {}, {}, {},
        {}, "disabled");
    row("§1 API disabled: GET /enable is the 405 stub (no ApiAllowed)", "GET", "/api/v1/enable",
        "root-token", 405, postRequired, {}, allowPost, {}, {}, "disabled");
    row("§1 IP allowlist refuses other clients", "GET", "/api/v1/projects", "read-token", 403,
        R"({"success":true,"message":"You are not allowed to access the API."})", {}, {}, {}, {},
        "restricted");
    row("§1 IP allowlist: bad token still 401", "GET", "/api/v1/projects", "bogus", 401, unauth, {},
        {}, {}, {}, "restricted");
    row("§1 POST /enable needs write", "POST", "/api/v1/enable", "read-token", 403,
        R"({"message":"Missing required permissions: write"})");
    row("§1 POST /enable with root", "POST", "/api/v1/enable", "root-token", 200,
        R"({"message":"API enabled."})");

    // §2 Abilities and redaction
    row("§2 write does not imply read", "GET", "/api/v1/applications", "write-token", 403,
        R"({"message":"Missing required permissions: read"})");
    row("§2 deploy-only cannot read deployments", "GET", "/api/v1/deployments", "deploy-token", 403,
        R"({"message":"Missing required permissions: read"})");
    row("§2 legacy * acts as root", "GET", "/api/v1/applications/{app}", "star-token", 200, "",
        L({"manual_webhook_secret_github", "custom_labels", "!id"}));
    row("§2 view:sensitive is not honoured", "GET", "/api/v1/applications/{app}", "legacy-token",
        200, "", L({"!manual_webhook_secret_github", "!custom_labels"}));
    row("§2 read:sensitive shows app secrets", "GET", "/api/v1/applications/{app}", "sens-token",
        200, "",
        L({"manual_webhook_secret_github", "custom_labels", "private_key_id", "dockerfile",
           "docker_compose_raw"}));
    row("§2 read omits app secrets (absent, not masked)", "GET", "/api/v1/applications/{app}",
        "read-token", 200, "",
        L({"!manual_webhook_secret_github", "!dockerfile", "!docker_compose", "!docker_compose_raw",
           "!custom_labels", "!http_basic_auth_password", "!private_key_id", "!id", "uuid",
           "fqdn"}));
    row("§2 read omits database passwords", "GET", "/api/v1/databases/{db}", "read-token", 200, "",
        L({"!postgres_password", "!internal_db_url", "!external_db_url", "!id", "postgres_user",
           "postgres_db"}));
    row("§2 read:sensitive shows database passwords", "GET", "/api/v1/databases/{db}", "sens-token",
        200, "", L({"postgres_password", "internal_db_url"}));
    row("§2 deployment logs absent without sensitive", "GET",
        "/api/v1/deployments/applications/{app}?take=1", "read-token", 200, "",
        L({"!deployments/0/logs", "!deployments/0/configuration_snapshot",
           "deployments/0/deployment_uuid"}));
    row("§2 deployment logs present with sensitive", "GET",
        "/api/v1/deployments/applications/{app}?take=1", "sens-token", 200, "",
        L({"deployments/0/logs"}));
    row("§2 env values absent without sensitive", "GET", "/api/v1/applications/{app}/envs",
        "read-token", 200, "", L({"!0/value", "!0/real_value", "0/key"}));
    row("§2 is_shown_once env value hidden even with sensitive", "GET",
        "/api/v1/applications/{app}/envs", "sens-token", 200, "",
        L({"0/value", "2/key=\"STRIPE_SECRET_KEY\"", "!2/value", "!2/real_value"}));
    row("§16 seeded preview twin of a locked variable shows its value", "GET",
        "/api/v1/applications/{app}/envs", "sens-token", 200, "",
        L({"5/key=\"STRIPE_SECRET_KEY\"", "5/is_preview=true", "5/is_shown_once=false", "5/value",
           "!6"}));
    row("§2 §16 seeded database variables show locked values", "GET", "/api/v1/databases/{db}/envs",
        "sens-token", 200, "",
        L({"1/key=\"POSTGRES_PASSWORD\"", "1/is_shown_once=true", "1/value", "0/is_preview=false",
           "!5"}));
    row("§2 §16 seeded service variables hide locked values", "GET", "/api/v1/services/{svc}/envs",
        "sens-token", 200, "",
        L({"0/key=\"SERVICE_FQDN_PLAUSIBLE_ANALYTICS\"", "0/value",
           "2/key=\"SERVICE_PASSWORD_POSTGRES\"", "!2/value", "!6"}));
    row("§2 server settings secrets absent without sensitive", "GET", "/api/v1/servers",
        "read-token", 200, "",
        L({"!0/settings/sentinel_token", "!0/settings/logdrain_axiom_api_key",
           "0/settings/is_reachable"}));
    row("§2 server settings secrets shown with sensitive", "GET", "/api/v1/servers", "sens-token",
        200, "", L({"0/settings/sentinel_token"}));
    row("§2 service compose absent without sensitive", "GET", "/api/v1/services/{svc}",
        "read-token", 200, "", L({"!docker_compose_raw", "!docker_compose", "!id"}));
    row("§2 §6 environment details: nested rows omit secrets without sensitive", "GET",
        "/api/v1/projects/{project}/production", "read-token", 200, "",
        L({"postgresqls/0/id", "postgresqls/0/postgres_user", "!postgresqls/0/postgres_password",
           "!postgresqls/0/internal_db_url", "!postgresqls/0/external_db_url", "services/0/id",
           "!services/0/docker_compose_raw", "!services/0/docker_compose", "applications/0/id",
           "!applications/0/manual_webhook_secret_github", "!applications/0/custom_labels",
           "!applications/0/docker_compose_raw"}));
    row("§2 §6 environment details: no removeSensitiveData, so secrets absent even for root", "GET",
        "/api/v1/projects/{project}/production", "root-token", 200, "",
        L({"postgresqls/0/id", "!postgresqls/0/postgres_password", "!postgresqls/0/internal_db_url",
           "!services/0/docker_compose_raw", "!applications/0/manual_webhook_secret_github"}));
    row("§2 GET /deploy stub needs deploy", "GET", "/api/v1/deploy", "write-token", 403,
        R"({"message":"Missing required permissions: deploy"})");
    row("§2 GET /deploy stub with deploy is 405", "GET", "/api/v1/deploy", "deploy-token", 405,
        postRequired, {}, allowPost);

    // §3 Validation and error shapes
    const QByteArray ok = R"({"uuid":"{app}"})";
    row("§3 PATCH without JSON Content-Type is 400", "PATCH", "/api/v1/applications/{app}",
        "root-token", 400,
        R"({"message":"Invalid request.","error":"Content-Type must be application/json."})", {},
        {}, R"({"name":"x"})", plainBody);
    row("§3 PATCH invalid JSON is 400", "PATCH", "/api/v1/applications/{app}", "root-token", 400,
        R"({"message":"Invalid request.","error":"Invalid JSON."})", {}, {}, "{bad");
    row("§3 PATCH empty object is 400 Empty JSON", "PATCH", "/api/v1/applications/{app}",
        "root-token", 400, R"({"message":"Invalid request.","error":"Empty JSON."})", {}, {}, "{}");
    row("§3 400 body check comes before 404", "PATCH", "/api/v1/applications/nope", "root-token",
        400, R"({"message":"Invalid request.","error":"Empty JSON."})", {}, {}, "{}");
    row("§3 PATCH 404 has no period", "PATCH", "/api/v1/applications/nope", "root-token", 404,
        R"({"message":"Application not found"})", {}, {}, R"({"name":"x"})");
    row("§3 PATCH needs write", "PATCH", "/api/v1/applications/{app}", "read-token", 403,
        R"({"message":"Missing required permissions: write"})", {}, {}, R"({"name":"x"})");
    row("§3 unknown field is not allowed", "PATCH", "/api/v1/applications/{app}", "root-token", 422,
        R"({"message":"Validation failed.","errors":{"foo":["This field is not allowed."]}})", {},
        {}, R"({"foo":1})");
    row("§3 dockerfile is rejected by PATCH", "PATCH", "/api/v1/applications/{app}", "root-token",
        422,
        R"({"message":"Validation failed.","errors":{"dockerfile":["This field is not allowed."]}})",
        {}, {}, R"({"dockerfile":"FROM alpine"})");
    row("§3 query-string parameters count as fields", "PATCH", "/api/v1/applications/{app}?fqdn=x",
        "root-token", 422,
        R"({"message":"Validation failed.","errors":{"fqdn":["This field is not allowed."]}})", {},
        {}, R"({"name":"ok"})");
    row("§3 unknown field merged with rule errors", "PATCH", "/api/v1/applications/{app}",
        "root-token", 422,
        R"({"message":"Validation failed.","errors":{"limits_memory":["The limits_memory field must be a string."],"status":["This field is not allowed."]}})",
        {}, {}, R"({"limits_memory":512,"status":"x"})");
    row("§3 ports_exposes error is a plain string", "PATCH", "/api/v1/applications/{app}",
        "root-token", 422,
        R"({"message":"Validation failed.","errors":{"ports_exposes":"The ports_exposes should be a comma separated list of numbers."}})",
        {}, {}, R"({"ports_exposes":"80,abc"})");
    row("§3 domain errors are a list", "PATCH", "/api/v1/applications/{app}", "root-token", 422,
        R"({"message":"Validation failed.","errors":["Invalid URL: foo"]})", {}, {},
        R"({"domains":"foo"})");
    row("§3 domain conflict is 409 with conflicts", "PATCH", "/api/v1/applications/{app}",
        "root-token", 409, "",
        L({"message=\"Domain conflicts detected. Use force_domain_override=true to proceed.\"",
           "conflicts/0/resource_type=\"application\"",
           "conflicts/0/resource_name=\"storefront-api\"", "warning"}),
        {}, R"({"domains":"https://api.shop.example.com"})");
    row("§3 empty string becomes null and fails string rule", "PATCH", "/api/v1/applications/{app}",
        "root-token", 422,
        R"({"message":"Validation failed.","errors":{"name":["The name field must be a string."]}})",
        {}, {}, R"({"name":""})");
    row("§3 build_pack dockerimage is not accepted", "PATCH", "/api/v1/applications/{app}",
        "root-token", 422,
        R"({"message":"Validation failed.","errors":{"build_pack":["The selected build_pack is invalid."]}})",
        {}, {}, R"({"build_pack":"dockerimage"})");
    row("§3 boolean rule rejects \"true\"", "PATCH", "/api/v1/applications/{app}", "root-token",
        422,
        R"({"message":"Validation failed.","errors":{"is_static":["The is_static field must be true or false."]}})",
        {}, {}, R"({"is_static":"true"})");
    row("§3 dockercompose apps reject domains", "PATCH", "/api/v1/applications/{compose}",
        "root-token", 422, "", L({"errors/domains", "message=\"Validation failed.\""}), {},
        R"({"domains":"https://x.example.com"})");
    row("§3 PATCH returns only the uuid", "PATCH", "/api/v1/applications/{app}", "root-token", 200,
        ok.constData(), {}, {},
        R"({"name":"  trimmed <b>name</b>  ","domains":"HTTPS://New.Example.COM/Path","health_check_port":8080,"is_static":true,"limits_memory":"512m"})");
    row("§3 strings trimmed, tags stripped, domains lower-cased into fqdn", "GET",
        "/api/v1/applications/{app}", "read-token", 200, "",
        L({"name=\"trimmed name\"", "fqdn=\"https://new.example.com/Path\"",
           "health_check_port=\"8080\"", "limits_memory=\"512m\"", "settings/is_static=true",
           "!is_static", "!domains"}));
    row("§3 settings are not in the list", "GET", "/api/v1/applications", "read-token", 200, "",
        L({"!0/settings", "0/server_status"}));
    row("§3 force_domain_override skips the 409", "PATCH", "/api/v1/applications/{app}",
        "root-token", 200, ok.constData(), {}, {},
        R"({"domains":"https://api.shop.example.com","force_domain_override":true})");
    row("§3 domains silently ignored on a proxy-less server", "PATCH",
        "/api/v1/applications/{noproxyapp}", "root-token", 200, R"({"uuid":"{noproxyapp}"})", {},
        {}, R"({"domains":"https://docs2.example.com"})");
    row("§3 ignored domains stay unset", "GET", "/api/v1/applications/{noproxyapp}", "read-token",
        200, "", L({"fqdn=null"}));

    // §4 Deployments
    row("§4 GET /deploy is 405 with Allow: POST", "GET", "/api/v1/deploy", "root-token", 405,
        postRequired, {}, allowPost);
    row("§4 deploy needs uuid or tag", "POST", "/api/v1/deploy", "root-token", 400,
        R"({"message":"You must provide uuid or tag."})");
    row("§4 deploy rejects uuid and tag together", "POST", "/api/v1/deploy?uuid=a&tag=b",
        "root-token", 400, R"({"message":"You can only use uuid or tag, not both."})");
    row("§4 unknown uuids: No resources found.", "POST", "/api/v1/deploy?uuid=nope,zilch",
        "root-token", 404, R"({"message":"No resources found."})");
    row("§4 unknown tag", "POST", "/api/v1/deploy?tag=nothing-here", "root-token", 404,
        R"({"message":"No resources found with this tag."})");
    row("§4 service entries have no deployment_uuid", "POST", "/api/v1/deploy", "deploy-token", 200,
        "",
        L({"deployments/0/resource_uuid=\"{svc}\"", "!deployments/0/deployment_uuid",
           "deployments/0/message=\"Service plausible-analytics started. It could take a while, be "
           "patient.\""}),
        {}, R"({"uuid":"{svc}"})");
    row("§4 deployment 404", "GET", "/api/v1/deployments/nope", "read-token", 404,
        R"({"message":"Deployment not found."})");
    row("§4 application deployments page with count", "GET",
        "/api/v1/deployments/applications/{app}?skip=1&take=2", "read-token", 200, "",
        L({"count=12", "deployments/1/status", "!deployments/2"}));
    row("§4 take=0 is Laravel-native 422", "GET", "/api/v1/deployments/applications/{app}?take=0",
        "read-token", 422,
        R"({"message":"The take field must be at least 1.","errors":{"take":["The take field must be at least 1."]}})");
    row("§4 take=0 without JSON Accept redirects", "GET",
        "/api/v1/deployments/applications/{app}?take=0", "read-token", 302, "", {},
        L({"Location: /"}), {}, noAccept);
    row("§4 application deployments 404 has no period", "GET",
        "/api/v1/deployments/applications/nope", "read-token", 404,
        R"({"message":"Application not found"})");
    row("§4 cancel a finished deployment is 400", "POST", "/api/v1/deployments/{finished}/cancel",
        "deploy-token", 400,
        R"({"message":"Deployment cannot be cancelled. Current status: finished"})");
    // A second instance (same seed, deployment_queue_limit 1) for queue-full and deletion rows.
    row("§4 deployment of an existing application is served", "GET",
        "/api/v1/deployments/{finished}", "read-token", 200, "",
        L({"deployment_uuid=\"{finished}\"", "status=\"finished\""}), {}, {}, {}, "queue");
    row("§4 deploy fills a queue of one", "POST", "/api/v1/deploy?uuid={app}", "deploy-token", 200,
        "", L({"deployments/0/deployment_uuid", "deployments/0/resource_uuid=\"{app}\""}), {}, {},
        {}, "queue");
    row("§4 full queue on /deploy is 429 with Retry-After", "POST", "/api/v1/deploy?uuid={etl}",
        "deploy-token", 429,
        R"({"message":"Deployment queue is full. Please wait for existing deployments to complete."})",
        {}, L({"Retry-After: 60"}), {}, {}, "queue");
    row("§10 rollback on a full queue is 400, not 429", "POST",
        "/api/v1/applications/{etl}/rollback", "deploy-token", 400,
        R"({"message":"Deployment queue is full. Please wait for existing deployments to complete."})",
        {}, {}, R"({"commit":"HEAD"})", {}, "queue");
    row("§5 §9.12 start on a full queue is not detected: 200 with a deployment_uuid", "POST",
        "/api/v1/applications/{etl}/start", "deploy-token", 200, "",
        L({"message=\"Deployment request queued.\"", "deployment_uuid"}), {}, {}, {}, "queue");
    row("§5 §9.12 start on a full queue stored nothing (uuid does not exist)", "GET",
        "/api/v1/deployments", "read-token", 200, "",
        L({"0/application_name=\"storefront-web\"", "!1"}), {}, {}, {}, "queue");
    row("§4 delete the application of a finished deployment", "DELETE",
        "/api/v1/applications/{app}", "write-token", 200,
        R"({"message":"Application deletion request queued."})", {}, {}, {}, {}, "queue");
    row("§4 deployments of a deleted application are 404", "GET", "/api/v1/deployments/{finished}",
        "read-token", 404, R"({"message":"Deployment not found."})", {}, {}, {}, {}, "queue");
    row("§4 cancel unknown deployment is 404", "POST", "/api/v1/deployments/nope/cancel",
        "deploy-token", 404, R"({"message":"Deployment not found."})");

    // §10 Rollback
    row("§10 rollback images: the running tag and the kept ones", "GET",
        "/api/v1/applications/{app}/rollback-images", "read-token", 200, "",
        L({"current=\"{current}\"", "images/0/tag", "images/0/created_at", "images/0/is_current",
           "images/4/tag", "!images/5"}));
    row("§10 rollback images of a compose application: none", "GET",
        "/api/v1/applications/{compose}/rollback-images", "read-token", 200,
        R"({"current":null,"images":[]})");
    row("§10 rollback images on an unreachable server: empty with 200", "GET",
        "/api/v1/applications/{offlineapp}/rollback-images", "read-token", 200,
        R"({"current":null,"images":[]})");
    row("§10 rollback images of an unknown application", "GET",
        "/api/v1/applications/nope/rollback-images", "read-token", 404,
        R"({"message":"Application not found."})");
    row("§10 rollback images need read", "GET", "/api/v1/applications/{app}/rollback-images",
        "deploy-token", 403, R"({"message":"Missing required permissions: read"})");
    row("§10 rollback needs deploy", "POST", "/api/v1/applications/{app}/rollback", "read-token",
        403, R"({"message":"Missing required permissions: deploy"})", {}, {},
        R"({"commit":"HEAD"})");
    row("§10 §3 rollback body checks come first", "POST", "/api/v1/applications/nope/rollback",
        "deploy-token", 400, R"({"message":"Invalid request.","error":"Empty JSON."})", {}, {},
        "{}");
    row("§10 rollback validates before the lookup", "POST", "/api/v1/applications/nope/rollback",
        "deploy-token", 422, "",
        L({"message=\"Validation failed.\"", "errors/commit/0=\"This field is required.\"",
           "errors/force/0=\"This field is not allowed.\""}),
        {}, R"({"force":true})");
    row("§10 rollback of an unknown application", "POST", "/api/v1/applications/nope/rollback",
        "deploy-token", 404, R"({"message":"Application not found."})", {}, {},
        R"({"commit":"HEAD"})");
    row("§10 rollback commit must not start with a hyphen", "POST",
        "/api/v1/applications/{app}/rollback", "deploy-token", 422, "",
        L({"errors/commit/0=\"Invalid rollback commit: must not start with a hyphen.\""}), {},
        R"({"commit":"--upload-pack=x"})");
    row("§10 rollback commit with disallowed characters", "POST",
        "/api/v1/applications/{app}/rollback", "deploy-token", 422, "",
        L({"errors/commit/0=\"Invalid rollback commit: contains disallowed characters. Only "
           "alphanumeric characters, dots, hyphens, underscores, and slashes are allowed.\""}),
        {}, R"({"commit":"abc;rm"})");
    row("§10 rollback queued (the commit is trimmed)", "POST",
        "/api/v1/applications/{app}/rollback", "deploy-token", 200, "",
        L({"message=\"Rollback deployment queued.\"", "deployment_uuid"}), {},
        R"({"commit":"  {kept} "})");
    row("§10 every rollback call queues another deployment", "POST",
        "/api/v1/applications/{app}/rollback", "deploy-token", 200, "",
        L({"message=\"Rollback deployment queued.\"", "deployment_uuid"}), {},
        R"({"commit":"{kept}"})");

    // §11 Database backups
    row("§11 a database's schedules with their executions, newest first", "GET",
        "/api/v1/databases/{db}/backups", "read-token", 200, "",
        L({"0/uuid=\"{backup}\"", "0/frequency=\"0 3 * * *\"", "0/save_s3=true", "0/s3_storage_id",
           "0/executions/0/uuid=\"{execution}\"", "0/executions/0/status=\"success\"",
           "0/executions/2/filename", "!1"}));
    row("§11 schedules of an unknown database", "GET", "/api/v1/databases/nope/backups",
        "read-token", 404, R"({"message":"Database not found."})");
    row("§11 executions list", "GET", "/api/v1/databases/{db}/backups/{backup}/executions",
        "read-token", 200, "",
        L({"executions/0/uuid=\"{execution}\"", "executions/0/created_at", "executions/0/size",
           "!executions/0/id"}));
    row("§11 GET /databases items carry backup_configs with latest_log", "GET", "/api/v1/databases",
        "read-token", 200, "",
        L({"0/backup_configs/0/uuid=\"{backup}\"",
           "0/backup_configs/0/latest_log/uuid=\"{execution}\"", "1/backup_configs"}));
    row("§11 create: frequency is required", "POST", "/api/v1/databases/{db}/backups",
        "write-token", 422, "", L({"errors/frequency/0=\"This field is required.\""}), {},
        R"({"save_s3":false})");
    row("§11 create: the cron expression is checked", "POST", "/api/v1/databases/{db}/backups",
        "write-token", 422, "",
        L({"errors/frequency/0=\"Invalid cron expression or frequency format.\""}), {},
        R"({"frequency":"every day","save_s3":false})");
    row("§11 create: save_s3 needs an S3 storage", "POST", "/api/v1/databases/{db}/backups",
        "write-token", 422, "",
        L({"errors/s3_storage_uuid/0=\"The s3_storage_uuid field is required when save_s3 is "
           "true.\""}),
        {}, R"({"frequency":"@daily","save_s3":true})");
    row("§11 S3 storages of the team by name, without id, key or secret", "GET",
        "/api/v1/s3-storages", "read-token", 200, "",
        L({"0/uuid=\"{s3}\"", "0/name=\"backups-eu\"", "0/is_usable=true", "1/name=\"old-minio\"",
           "1/is_usable=false", "!2", "!0/id", "!0/key", "!0/secret"}));
    row("§11 S3 storage credentials only with read:sensitive", "GET", "/api/v1/s3-storages",
        "sens-token", 200, "", L({"0/key", "0/secret", "!0/id"}));
    row("§11 create: an unknown S3 storage fails the uuid rule", "POST",
        "/api/v1/databases/{db}/backups", "write-token", 422, "",
        L({"errors/s3_storage_uuid/0=\"The selected s3 storage uuid is invalid.\""}), {},
        R"({"frequency":"@daily","save_s3":true,"s3_storage_uuid":"nope"})");
    row("§11 create: another team's S3 storage", "POST", "/api/v1/databases/{db}/backups",
        "write-token", 422, "",
        L({"errors/s3_storage_uuid/0=\"The selected S3 storage is invalid for this team.\""}), {},
        R"({"frequency":"@daily","save_s3":true,"s3_storage_uuid":"pk8w2partnerr2storage00q"})");
    row("§11 create: shell metacharacters in database names", "POST",
        "/api/v1/databases/{db}/backups", "write-token", 422, "",
        L({"errors/databases_to_backup/0=\"Invalid database name: contains forbidden character "
           "'$(' (command substitution). Shell metacharacters are not allowed for security "
           "reasons.\""}),
        {}, R"x({"frequency":"@daily","save_s3":false,"databases_to_backup":"shop,$(id)"})x");
    row("§11 create: collection names are checked too", "POST", "/api/v1/databases/{db}/backups",
        "write-token", 422, "",
        L({"errors/databases_to_backup/0=\"Invalid collection name: contains forbidden "
           "character '>' (output redirection). Shell metacharacters are not allowed for "
           "security reasons.\""}),
        {}, R"({"frequency":"@daily","save_s3":false,"databases_to_backup":"shop:a,b>c"})");
    row("§11 create: '|' separates entries", "POST", "/api/v1/databases/{db}/backups",
        "write-token", 201, "", L({"uuid"}), {},
        R"({"frequency":"@daily","save_s3":false,"databases_to_backup":"shop|analytics"})");
    row("§11 create with an S3 storage", "POST", "/api/v1/databases/{db}/backups", "write-token",
        201, "", L({"uuid"}), {},
        R"({"frequency":"@weekly","save_s3":true,"s3_storage_uuid":"{s3}"})");
    row("§11 update: S3 checks come before the schedule lookup", "PATCH",
        "/api/v1/databases/{db}/backups/nope", "write-token", 422, "",
        L({"errors/s3_storage_uuid/0=\"The s3_storage_uuid field is required when save_s3 is "
           "true.\""}),
        {}, R"({"save_s3":true})");
    row("§11 create: KeyDB has no scheduled backups", "POST", "/api/v1/databases/{keydb}/backups",
        "write-token", 422,
        R"({"message":"Scheduled backups are not supported for this database type."})", {}, {},
        R"({"frequency":"@daily","save_s3":false})");
    row("§11 create: description is not accepted", "POST", "/api/v1/databases/{db}/backups",
        "write-token", 422, "", L({"errors/description/0=\"This field is not allowed.\""}), {},
        R"({"frequency":"@daily","save_s3":false,"description":"nightly"})");
    row("§11 create a schedule", "POST", "/api/v1/databases/{db}/backups", "write-token", 201, "",
        L({"uuid", "message=\"Backup configuration created successfully.\""}), {},
        R"({"frequency":"*/30 * * * *","save_s3":false})");
    row("§11 update needs write", "PATCH", "/api/v1/databases/{db}/backups/{backup}", "read-token",
        403, R"({"message":"Missing required permissions: write"})", {}, {},
        R"({"backup_now":true})");
    row("§11 back up now needs write, deploy is not enough", "PATCH",
        "/api/v1/databases/{db}/backups/{backup}", "deploy-token", 403,
        R"({"message":"Missing required permissions: write"})", {}, {}, R"({"backup_now":true})");
    row("§11 S3 storages need read", "GET", "/api/v1/s3-storages", "deploy-token", 403,
        R"({"message":"Missing required permissions: read"})");
    row("§11 back up now", "PATCH", "/api/v1/databases/{db}/backups/{backup}", "write-token", 200,
        R"({"message":"Database backup configuration updated"})", {}, {}, R"({"backup_now":true})");
    row("§11 back up now records a running execution", "GET",
        "/api/v1/databases/{db}/backups/{backup}/executions", "read-token", 200, "",
        L({"executions/0/status=\"running\"", "executions/0/filename=null",
           "executions/1/uuid=\"{execution}\""}));
    row("§11 update of an unknown schedule", "PATCH", "/api/v1/databases/{db}/backups/nope",
        "write-token", 404, R"({"message":"Backup config not found."})", {}, {},
        R"({"enabled":false})");
    row("§11 delete an unknown execution", "DELETE",
        "/api/v1/databases/{db}/backups/{backup}/executions/nope", "write-token", 404,
        R"({"message":"Backup execution not found."})");
    row("§11 delete an execution", "DELETE",
        "/api/v1/databases/{db}/backups/{backup}/executions/{execution}", "write-token", 200,
        R"({"message":"Backup execution deleted."})");
    row("§11 delete a schedule and its executions", "DELETE",
        "/api/v1/databases/{db}/backups/{backup}", "write-token", 200,
        R"({"message":"Backup configuration and all executions deleted."})");
    row("§11 delete an unknown schedule", "DELETE", "/api/v1/databases/{db}/backups/{backup}",
        "write-token", 404, R"({"message":"Backup configuration not found."})");

    // §5 Lifecycle actions, logs, env vars
    row("§5 GET application start is 405", "GET", "/api/v1/applications/{app}/start", "root-token",
        405, postRequired, {}, allowPost);
    row("§5 GET database stop is 405", "GET", "/api/v1/databases/{db}/stop", "root-token", 405,
        postRequired, {}, allowPost);
    row("§5 GET service restart is 405", "GET", "/api/v1/services/{svc}/restart", "root-token", 405,
        postRequired, {}, allowPost);
    row("§5 GET start stub without deploy is 403", "GET", "/api/v1/applications/{app}/start",
        "read-token", 403, R"({"message":"Missing required permissions: deploy"})");
    row("§5 GET service sub-application start is 405", "GET",
        "/api/v1/services/{svc}/applications/{svcapp}/start", "root-token", 405, postRequired, {},
        allowPost);
    row("§5 service sub-application restart", "POST",
        "/api/v1/services/{svc}/applications/{svcapp}/restart", "deploy-token", 200, "",
        L({"message"}));
    row("§5 database already running", "POST", "/api/v1/databases/{db}/start", "deploy-token", 400,
        R"({"message":"Database is already running."})");
    row("§5 database already stopped", "POST", "/api/v1/databases/{dbexited}/stop", "deploy-token",
        400, R"({"message":"Database is already stopped."})");
    row("§5 database restart queued", "POST", "/api/v1/databases/{db}/restart", "deploy-token", 200,
        R"({"message":"Database restarting request queued."})");
    row("§5 service already running", "POST", "/api/v1/services/{svc}/start", "deploy-token", 400,
        R"({"message":"Service is already running."})");
    row("§5 service already stopped", "POST", "/api/v1/services/{svcexited}/stop", "deploy-token",
        400, R"({"message":"Service is already stopped."})");
    row("§5 application stop queued", "POST", "/api/v1/applications/{etl}/stop", "deploy-token",
        200, R"({"message":"Application stopping request queued."})");
    row("§5 application start 404 has a period", "POST", "/api/v1/applications/nope/start",
        "deploy-token", 404, R"({"message":"Application not found."})");
    row("§5 container logs", "GET", "/api/v1/applications/{app}/logs?lines=3", "read-token", 200,
        "", L({"logs"}));
    row("§5 logs of a stopped application", "GET", "/api/v1/applications/{stoppedapp}/logs",
        "read-token", 400, R"({"message":"Application is not running."})");
    row("§5 database logs need a running database", "GET", "/api/v1/databases/{dbexited}/logs",
        "read-token", 400, R"({"message":"Database is not running."})");
    row("§5 service logs need sub_service_name", "GET", "/api/v1/services/{svc}/logs", "read-token",
        400, R"({"message":"Sub service name is required."})");
    row("§5 env create is 201 with uuid", "POST", "/api/v1/applications/{app}/envs", "write-token",
        201, "", L({"uuid"}), {}, R"({"key":"NEW_KEY","value":"v"})");
    row("§5 env create duplicate is 409", "POST", "/api/v1/applications/{app}/envs", "write-token",
        409,
        R"({"message":"Environment variable already exists. Use PATCH request to update it."})", {},
        {}, R"({"key":"NEW_KEY","value":"v"})");
    row("§5 env create invalid key", "POST", "/api/v1/applications/{app}/envs", "write-token", 422,
        R"({"message":"Validation failed.","errors":{"key":["The key field format is invalid."]}})",
        {}, {}, R"({"key":"1BAD"})");
    row("§5 env PATCH by key returns 201 and trims", "PATCH", "/api/v1/applications/{app}/envs",
        "root-token", 201, "", L({"key=\"NEW_KEY\"", "value=\"spaced\"", "is_preview=false"}), {},
        R"({"key":"NEW_KEY","value":"  spaced  "})");
    row("§5 env PATCH of unknown key is 404", "PATCH", "/api/v1/applications/{app}/envs",
        "root-token", 404, R"({"message":"Environment variable not found."})", {}, {},
        R"({"key":"MISSING"})");
    row("§5 env list ends with preview twins", "GET", "/api/v1/applications/{app}/envs",
        "root-token", 200, "",
        L({"-1/is_preview=true", "-1/key=\"NEW_KEY\"", "0/is_preview=false"}));
    row("§5 database env create", "POST", "/api/v1/databases/{db}/envs", "write-token", 201, "",
        L({"uuid"}), {}, R"({"key":"DB_LOCKED","value":"kept","is_shown_once":true})");
    row("§2 database envs ignore is_shown_once", "GET", "/api/v1/databases/{db}/envs", "sens-token",
        200, "",
        L({"-1/key=\"DB_LOCKED\"", "-1/is_shown_once=true", "-1/value=\"kept\"",
           "-1/is_preview=false"}));
    row("§2 application env with is_shown_once hides the value", "POST",
        "/api/v1/applications/{app}/envs", "write-token", 201, "", L({"uuid"}), {},
        R"({"key":"APP_LOCKED","value":"hidden","is_shown_once":true})");
    row("§16 preview twin does not copy is_shown_once", "GET", "/api/v1/applications/{app}/envs",
        "root-token", 200, "",
        L({"-1/key=\"APP_LOCKED\"", "-1/is_preview=true", "-1/is_shown_once=false",
           "-1/value=\"hidden\"", "0/value"}));
    row("§2 is_shown_once app env: value absent even for root", "PATCH",
        "/api/v1/applications/{app}/envs", "root-token", 201, "",
        L({"key=\"APP_LOCKED\"", "is_shown_once=true", "!value", "!real_value"}), {},
        R"({"key":"APP_LOCKED","value":"hidden","is_shown_once":true})");
    row("§5 bulk without data is 400", "PATCH", "/api/v1/applications/{app}/envs/bulk",
        "root-token", 400, R"({"message":"Bulk data is required."})", {}, {}, R"({"foo":1})");
    row("§5 bulk is non-atomic: first item saved, second fails", "PATCH",
        "/api/v1/applications/{app}/envs/bulk", "root-token", 422, "", L({"errors/key"}), {},
        R"({"data":[{"key":"BULK_OK","value":"1","junk":true},{"key":"2bad"}]})");
    row("§5 bulk item before the failure was written", "PATCH", "/api/v1/applications/{app}/envs",
        "root-token", 201, "", L({"key=\"BULK_OK\"", "!junk"}), {},
        R"({"key":"BULK_OK","value":"2"})");

    // §16 Environment variables in depth
    const char *keyInvalid =
        R"({"message":"Validation failed.","errors":{"key":["The key field format is invalid."]}})";
    row("§16 app env list 404 has no period", "GET", "/api/v1/applications/nope/envs", "read-token",
        404, R"({"message":"Application not found"})");
    row("§16 app env POST 404 has no period", "POST", "/api/v1/applications/nope/envs",
        "write-token", 404, R"({"message":"Application not found"})", {}, {}, R"({"key":"A"})");
    row("§16 app env bulk 404 has no period", "PATCH", "/api/v1/applications/nope/envs/bulk",
        "write-token", 404, R"({"message":"Application not found"})", {}, {},
        R"({"data":[{"key":"A"}]})");
    row("§16 app env DELETE 404 has a period", "DELETE", "/api/v1/applications/nope/envs/x",
        "write-token", 404, R"({"message":"Application not found."})");
    row("§16 app env missing key is 'This field is required.'", "POST",
        "/api/v1/applications/{app}/envs", "write-token", 422,
        R"({"message":"Validation failed.","errors":{"key":["This field is required."]}})", {}, {},
        R"({"value":"x"})");
    row("§16 app env PATCH sets literal, comment, is_runtime", "PATCH",
        "/api/v1/applications/{app}/envs", "root-token", 201, "",
        L({"value=\"a\"", "real_value=\"'a'\"", "is_literal=true", "is_runtime=false",
           "comment=\"kept\""}),
        {},
        R"({"key":"NEW_KEY","value":"a","is_literal":true,"is_runtime":false,"comment":"kept"})");
    row("§16 app env PATCH without is_literal resets it", "PATCH",
        "/api/v1/applications/{app}/envs", "root-token", 201, "",
        L({"value=\"a\"", "real_value=\"a\"", "is_literal=false", "is_runtime=false",
           "is_buildtime=true", "comment=\"kept\""}),
        {}, R"({"key":"NEW_KEY","value":"a"})");
    row("§16 app env PATCH without value clears it", "PATCH", "/api/v1/applications/{app}/envs",
        "root-token", 201, "",
        L({"value=null", "real_value=null", "is_runtime=false", "comment=\"kept\""}), {},
        R"({"key":"NEW_KEY","is_buildtime":true})");
    row("§16 real_value escapes quotes and backslashes", "PATCH", "/api/v1/applications/{app}/envs",
        "root-token", 201, "", L({R"(value="a\"b\\c")", R"(real_value="a\\\"b\\\\c")"}), {},
        R"({"key":"NEW_KEY","value":"a\"b\\c"})");
    row("§16 app env bulk trims values and drops unknown keys", "PATCH",
        "/api/v1/applications/{app}/envs/bulk", "root-token", 201, "",
        L({"0/key=\"BULK_TRIM\"", "0/value=\"t\"", "1/value=null", "!0/junk", "!2"}), {},
        R"({"data":[{"key":" BULK_TRIM ","value":"  t  ","junk":1},{"key":"BULK_EMPTY","value":""}]})");
    row("§16 service env POST returns full object", "POST", "/api/v1/services/{svc}/envs",
        "root-token", 201, "",
        L({"uuid", "key=\"SVC_NEW\"", "value=\"v\"", "is_literal=true", "comment=\"c\"",
           "is_preview=false", "!id", "!_owner"}),
        {}, R"({"key":"SVC_NEW","value":" v ","is_literal":true,"comment":"c"})");
    row("§16 service env POST ignores unknown fields and is_runtime", "POST",
        "/api/v1/services/{svc}/envs", "write-token", 201, "",
        L({"key=\"SVC_IGN\"", "is_runtime=true", "is_buildtime=true", "is_preview=false", "!bogus",
           "!value"}),
        {},
        R"({"key":"SVC_IGN","value":"x","bogus":1,"is_runtime":false,"is_buildtime":false,"is_preview":true})");
    row("§16 service env duplicate is 409", "POST", "/api/v1/services/{svc}/envs", "write-token",
        409,
        R"({"message":"Environment variable already exists. Use PATCH request to update it."})", {},
        {}, R"({"key":"SVC_NEW"})");
    row("§16 service env without JSON gets no 400", "POST", "/api/v1/services/{svc}/envs",
        "write-token", 422,
        R"({"message":"Validation failed.","errors":{"key":["This field is required."]}})", {}, {},
        "key=FORM", plainBody);
    row("§16 service env key is trimmed then validated", "POST", "/api/v1/services/{svc}/envs",
        "root-token", 201, "", L({"key=\"SVC_TRIMMED\""}), {},
        R"({"key":"  SVC_TRIMMED  ","value":"x"})");
    row("§16 service env invalid key", "POST", "/api/v1/services/{svc}/envs", "write-token", 422,
        keyInvalid, {}, {}, R"({"key":"1BAD","value":"x"})");
    row("§16 service env PATCH without value clears it, flags kept", "PATCH",
        "/api/v1/services/{svc}/envs", "root-token", 201, "",
        L({"key=\"SVC_NEW\"", "value=null", "is_literal=true", "comment=\"c\""}), {},
        R"({"key":"SVC_NEW"})");
    row("§16 service env PATCH ignores is_buildtime", "PATCH", "/api/v1/services/{svc}/envs",
        "root-token", 201, "",
        L({"value=\"w\"", "is_buildtime=true", "is_multiline=true", "is_literal=true"}), {},
        R"({"key":"SVC_NEW","value":"w","is_buildtime":false,"is_multiline":true,"junk":1})");
    row("§16 service env PATCH of unknown key is 404", "PATCH", "/api/v1/services/{svc}/envs",
        "root-token", 404, R"({"message":"Environment variable not found."})", {}, {},
        R"({"key":"MISSING"})");
    row("§16 service env bulk stores is_runtime as sent", "PATCH",
        "/api/v1/services/{svc}/envs/bulk", "root-token", 201, "",
        L({"0/key=\"SVC_BULK\"", "0/value=\"b\"", "0/is_runtime=false", "0/is_preview=true",
           "0/is_required=true", "0/order=99", "!0/junk"}),
        {},
        R"({"data":[{"key":"SVC_BULK","value":"b","is_runtime":false,"is_preview":true,"is_required":true,"order":99,"junk":1}]})");
    row("§16 service env bulk updates by key only", "PATCH", "/api/v1/services/{svc}/envs/bulk",
        "root-token", 201, "",
        L({"0/value=\"b\"", "0/is_preview=true", "0/is_runtime=false", "0/is_buildtime=false",
           "!1"}),
        {}, R"({"data":[{"key":"SVC_BULK","is_buildtime":false}]})");
    row("§2 §16 service env with is_shown_once hides the value even for root", "POST",
        "/api/v1/services/{svc}/envs", "root-token", 201, "",
        L({"key=\"SVC_LOCKED\"", "is_shown_once=true", "!value", "!real_value"}), {},
        R"({"key":"SVC_LOCKED","value":"s","is_shown_once":true})");
    row("§16 service env list 404", "GET", "/api/v1/services/nope/envs", "read-token", 404,
        R"({"message":"Service not found."})");
    row("§16 database env ignores is_runtime", "POST", "/api/v1/databases/{db}/envs", "root-token",
        201, "",
        L({"key=\"DB_RT\"", "value=\"x\"", "is_runtime=true", "is_buildtime=true",
           "is_preview=false"}),
        {},
        R"({"key":"DB_RT","value":"x","is_runtime":false,"is_buildtime":false,"is_preview":true})");
    row("§16 database env has no preview twin", "GET", "/api/v1/databases/{db}/envs", "root-token",
        200, "", L({"-1/key=\"DB_RT\"", "-1/is_preview=false", "-2/key=\"DB_LOCKED\""}));
    row("§16 empty value stored as null", "POST", "/api/v1/databases/{db}/envs", "root-token", 201,
        "", L({"key=\"DB_EMPTY\"", "value=null", "real_value=null"}), {},
        R"({"key":"DB_EMPTY","value":"   "})");
    row("§16 database env bulk validates the key", "PATCH", "/api/v1/databases/{db}/envs/bulk",
        "root-token", 422, keyInvalid, {}, {}, R"({"data":[{"key":"9x","order":1}]})");
    row("§16 database env bulk: unknown keys dropped, fillable kept", "PATCH",
        "/api/v1/databases/{db}/envs/bulk", "root-token", 201, "",
        L({"0/key=\"DB_RT\"", "0/value=\"x\"", "0/is_buildtime=false", "0/version=\"4.0.0\"",
           "!0/junk"}),
        {}, R"({"data":[{"key":"DB_RT","is_buildtime":false,"version":"4.0.0","junk":true}]})");
    row("§16 database env 404", "PATCH", "/api/v1/databases/nope/envs", "root-token", 404,
        R"({"message":"Database not found."})", {}, {}, R"({"key":"A"})");
    row("§16 database env DELETE of a foreign variable is 404", "DELETE",
        "/api/v1/databases/{db}/envs/nope", "root-token", 404,
        R"({"message":"Environment variable not found."})");
    row("§16 database env DELETE of a missing database", "DELETE", "/api/v1/databases/nope/envs/x",
        "root-token", 404, R"({"message":"Database not found."})");

    // §6 Resource shapes
    row("§6 KeyDB rows have no database_type", "GET", "/api/v1/databases/{keydb}", "root-token",
        200, "", L({"!database_type", "keydb_password", "status=\"running:healthy\""}));
    row("§6 postgres rows have database_type", "GET", "/api/v1/databases/{db}", "read-token", 200,
        "", L({"database_type=\"standalone-postgresql\"", "server_status=true"}));
    row("§6 database list adds backup_configs", "GET", "/api/v1/databases", "read-token", 200, "",
        L({"0/backup_configs", "7/uuid", "!8"}));
    row("§6 GET /team is the token's team", "GET", "/api/v1/team", "read-token", 200, "",
        L({"id=0", "name", "members/0/email"}));
    row("§6 /teams/current is an alias of /team", "GET", "/api/v1/teams/current", "read-token", 200,
        "", L({"id=0"}));
    row("§6 foreign team is 404", "GET", "/api/v1/teams/7", "read-token", 404,
        R"({"message":"Team not found."})");
    row("§6 projects list is id/uuid/name/description", "GET", "/api/v1/projects", "read-token",
        200, "", L({"0/id", "0/uuid", "0/name", "0/description", "!0/team_id", "!0/created_at"}));
    row("§6 project detail has environments", "GET", "/api/v1/projects/{project}", "read-token",
        200, "",
        L({"team_id=0", "environments/0/name=\"production\"", "environments/1/name=\"staging\""}));
    row("§6 environments list is id/uuid/name", "GET", "/api/v1/projects/{project}/environments",
        "read-token", 200, "", L({"0/id", "0/uuid", "0/name", "!0/project_id"}));
    row("§6 environment details omit KeyDB, Dragonfly, ClickHouse", "GET",
        "/api/v1/projects/{dataproject}/production", "read-token", 200, "",
        L({"applications/0/id", "mongodbs/0/id", "postgresqls", "redis", "mysqls", "mariadbs",
           "services/0/name=\"minio-storage\"", "!keydbs", "!dragonflies", "!clickhouses"}));
    row("§6 environment not found", "GET", "/api/v1/projects/{project}/nope", "read-token", 404,
        R"({"message":"Environment not found."})");
    row("§6 project not found", "GET", "/api/v1/projects/nope", "read-token", 404,
        R"({"message":"Project not found."})");
    row("§6 servers list shape", "GET", "/api/v1/servers", "read-token", 200, "",
        L({"0/is_reachable=true", "2/is_reachable=false", "2/is_usable=false", "!0/proxy",
           "!0/status", "0/is_coolify_host=true"}));
    row("§6 server detail with resources", "GET", "/api/v1/servers/{server}?resources=1",
        "read-token", 200, "",
        L({"proxy/type=\"traefik\"", "settings", "resources/0/type=\"application\"",
           "resources/0/status"}));
    row("§6 server resources endpoint", "GET", "/api/v1/servers/{server}/resources", "read-token",
        200, "", L({"0/uuid", "0/type"}));
    row("§6 server not found", "GET", "/api/v1/servers/nope", "read-token", 404,
        R"({"message":"Server not found."})");
    row("§6 /resources adds type", "GET", "/api/v1/resources", "read-token", 200, "",
        L({"0/type=\"application\"", "-1/type=\"standalone-clickhouse\""}));
    row("§6 service aggregate status forms", "GET", "/api/v1/services", "read-token", 200, "",
        L({"1/status=\"running:healthy:excluded\"", "2/status=\"exited\""}));
    row("§6 service detail has applications and databases", "GET", "/api/v1/services/{svc}",
        "read-token", 200, "",
        L({"applications/0/human_name", "applications/0/fqdn",
           "databases/0/exclude_from_status=false", "service_type=\"plausible\""}));
    row("§6 list sorted by name, filtered by tag", "GET", "/api/v1/applications?tag=monitoring",
        "read-token", 200, "", L({"0/name=\"grafana-stack\"", "1/name=\"uptime-probe\"", "!2"}));
    row("§6 never-deployed app reads exited:unhealthy", "GET", "/api/v1/applications/{stoppedapp}",
        "read-token", 200, "", L({"status=\"exited:unhealthy\"", "server_status=true"}));

    // §7 Generic errors
    row("§7 POST /databases hits the catch-all", "POST", "/api/v1/databases", "", 404, catchAll);
    row("§7 PUT on an application hits the catch-all", "PUT", "/api/v1/applications/x", "", 404,
        catchAll);
    row("§7 unknown path without auth", "GET", "/api/v1/definitely/not/here", "", 404, catchAll);
    row("§7 application 404 has a period", "GET", "/api/v1/applications/nope", "read-token", 404,
        R"({"message":"Application not found."})");
    row("§7 database 404", "GET", "/api/v1/databases/nope", "read-token", 404,
        R"({"message":"Database not found."})");
    row("§7 service 404", "GET", "/api/v1/services/nope", "read-token", 404,
        R"({"message":"Service not found."})");

    // §8 Creating resources
    row("§8 create public application", "POST", "/api/v1/applications/public", "write-token", 201,
        "", L({"uuid", "domains"}), {},
        R"({"project_uuid":"{project}","server_uuid":"{server}","environment_name":"production","git_repository":"https://github.com/coollabsio/coolify-examples","git_branch":"main","build_pack":"nixpacks","ports_exposes":"3000","name":"from-test"})");
    row("§8 create needs environment name or uuid", "POST", "/api/v1/applications/public",
        "write-token", 422,
        R"({"message":"You need to provide at least one of environment_name or environment_uuid."})",
        {}, {},
        R"({"project_uuid":"{project}","server_uuid":"{server}","git_repository":"https://github.com/a/b","git_branch":"main","build_pack":"nixpacks"})");
    row("§8 create with unknown project", "POST", "/api/v1/applications/public", "write-token", 404,
        R"({"message":"Project not found."})", {}, {},
        R"({"project_uuid":"nope","server_uuid":"{server}","environment_name":"production","git_repository":"https://github.com/a/b","git_branch":"main","build_pack":"nixpacks"})");
    row("§8 create rejects localhost repositories", "POST", "/api/v1/applications/public",
        "write-token", 422, "", L({"errors/git_repository"}), {},
        R"({"project_uuid":"{project}","server_uuid":"{server}","environment_name":"production","git_repository":"https://localhost/a/b","git_branch":"main","build_pack":"nixpacks"})");
    row("§8 database create with type is a list", "POST", "/api/v1/databases/postgresql",
        "write-token", 422, R"({"message":"Validation failed.","errors":["type"]})", {}, {},
        R"({"project_uuid":"{project}","server_uuid":"{server}","environment_name":"production","type":"postgresql"})");
    row("§8 database create with another type's field", "POST", "/api/v1/databases/postgresql",
        "write-token", 422,
        R"({"message":"Validation failed.","errors":{"mysql_user":["This field is not allowed."]}})",
        {}, {},
        R"({"project_uuid":"{project}","server_uuid":"{server}","environment_name":"production","mysql_user":"x"})");
    row("§8 database create with a bad environment", "POST", "/api/v1/databases/postgresql",
        "write-token", 422,
        R"({"message":"You need to provide a valid environment_name or environment_uuid."})", {},
        {}, R"({"project_uuid":"{project}","server_uuid":"{server}","environment_name":"nope"})");
    row("§8 database create public port in use", "POST", "/api/v1/databases/redis", "write-token",
        400, R"({"message":"Public port already used by another database."})", {}, {},
        R"({"project_uuid":"{project}","server_uuid":"{server}","environment_name":"production","is_public":true,"public_port":54321})");
    row("§8 database create returns internal_db_url without sensitive", "POST",
        "/api/v1/databases/postgresql", "write-token", 201, "",
        L({"uuid", "internal_db_url", "!external_db_url"}), {},
        R"({"project_uuid":"{project}","server_uuid":"{server}","environment_name":"production","postgres_user":"shop","postgres_db":"shop"})");
    row("§8 public database create returns external_db_url", "POST", "/api/v1/databases/keydb",
        "write-token", 201, "", L({"uuid", "internal_db_url", "external_db_url"}), {},
        R"({"project_uuid":"{project}","server_uuid":"{server}","environment_name":"production","is_public":true,"public_port":16379})");
    row("§8 project create gets a production environment", "POST", "/api/v1/projects",
        "write-token", 201, "", L({"uuid", "!id"}), {}, R"({"name":"From test"})");
}

void TestSandboxConformance::conformance()
{
    QFETCH(QString, profile);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(QStringList, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, expectedBody);
    QFETCH(QStringList, checks);
    QFETCH(QStringList, expectedHeaders);

    SandboxServer *server = profile == QLatin1String("disabled") ? m_disabled.get()
        : profile == QLatin1String("restricted")                 ? m_ipRestricted.get()
        : profile == QLatin1String("queue")                      ? m_queueOfOne.get()
                                                                 : m_main.get();
    QStringList sent;
    if (!headers.contains(QLatin1String("-accept")))
        sent << u"Accept: application/json"_s;
    if (!body.isEmpty() && !headers.contains(QLatin1String("-ctype")))
        sent << u"Content-Type: application/json"_s;
    if (!token.isEmpty())
        sent << QLatin1String("Authorization: Bearer ") + token;
    for (const QString &h : std::as_const(headers)) {
        if (!h.startsWith(u'-'))
            sent << h;
    }
    HttpResult r;
    const QUrl url(server->rootUrl().toString() + expand(path));
    QVERIFY(m_http.send(method, url, sent, expand(QString::fromUtf8(body)).toUtf8(), &r));
    QVERIFY2(
        r.status == status,
        qPrintable(u"status %1, body %2"_s.arg(r.status).arg(QString::fromUtf8(r.body.left(400)))));
    for (const QString &h : std::as_const(expectedHeaders)) {
        const qsizetype colon = h.indexOf(u':');
        QCOMPARE(QString::fromUtf8(r.headers.value(h.left(colon).toLower().toUtf8())),
                 h.mid(colon + 1).trimmed());
    }
    if (!expectedBody.isEmpty()) {
        const QByteArray expected = expand(QString::fromUtf8(expectedBody)).toUtf8();
        const QJsonDocument want = QJsonDocument::fromJson(expected);
        if (want.isNull())
            QCOMPARE(r.body, expected);
        else
            QCOMPARE(QJsonDocument::fromJson(r.body), want);
    }
    const QJsonValue json = r.json();
    for (const QString &rawCheck : std::as_const(checks)) {
        const QString check = expand(rawCheck);
        const bool negate = check.startsWith(u'!');
        const qsizetype eq = check.indexOf(u'=');
        QVERIFY2(!(negate && eq > 0), "an absence check cannot compare a value");
        const QString key = negate ? check.mid(1) : eq > 0 ? check.left(eq) : check;
        bool found = false;
        const QJsonValue value = walk(json, key, &found);
        if (negate) {
            QVERIFY2(!found, qPrintable(QLatin1String("unexpected key ") + key));
            continue;
        }
        QVERIFY2(found,
                 qPrintable(QLatin1String("missing key ") + key + QLatin1String(" in ")
                            + QString::fromUtf8(r.body.left(300))));
        if (eq > 0) {
            const QByteArray actual =
                QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
            QCOMPARE(QString::fromUtf8(actual), check.mid(eq + 1));
        }
    }
}

// §7: 200/min by default, keyed by user: all tokens share one bucket; 429 carries Retry-After.
void TestSandboxConformance::rateLimit()
{
    SandboxConfig config = baseConfig();
    config.rateLimitPerMinute = 3;
    SandboxServer server(config);
    QVERIFY(server.listen());
    const QString url = server.rootUrl().toString() + QLatin1String("/api/v1/version");
    HttpResult r;
    QVERIFY(m_http.send("GET", QUrl(url), {u"Authorization: Bearer read-token"_s}, {}, &r));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("x-ratelimit-limit"), QByteArray("3"));
    QCOMPARE(r.headers.value("x-ratelimit-remaining"), QByteArray("2"));
    // Unauthenticated requests are rejected before the throttle and do not count.
    QVERIFY(m_http.send("GET", QUrl(url), {u"Authorization: Bearer bogus"_s}, {}, &r));
    QCOMPARE(r.status, 401);
    QVERIFY(m_http.send("GET", QUrl(url), {u"Authorization: Bearer root-token"_s}, {}, &r));
    QCOMPARE(r.headers.value("x-ratelimit-remaining"), QByteArray("1"));
    QVERIFY(m_http.send("GET", QUrl(url), {u"Authorization: Bearer sens-token"_s}, {}, &r));
    QCOMPARE(r.headers.value("x-ratelimit-remaining"), QByteArray("0"));
    QVERIFY(m_http.send("GET", QUrl(url),
                        {u"Accept: application/json"_s, u"Authorization: Bearer read-token"_s}, {},
                        &r));
    QCOMPARE(r.status, 429);
    QCOMPARE(QJsonDocument::fromJson(r.body),
             QJsonDocument::fromJson(R"({"message":"Too Many Attempts."})"));
    QVERIFY(r.headers.value("retry-after").toInt() >= 1);
    QVERIFY(r.headers.contains("x-ratelimit-reset"));
    QCOMPARE(r.headers.value("x-ratelimit-remaining"), QByteArray("0"));
    // No auth on /api/v1/health: keyed by IP with the normal limit; /api/health allows 1000/min.
    const QUrl health(server.rootUrl().toString() + QLatin1String("/api/v1/health"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_http.send("GET", health, {}, {}, &r));
        QCOMPARE(r.status, 200);
    }
    QVERIFY(m_http.send("GET", health, {u"Accept: application/json"_s}, {}, &r));
    QCOMPARE(r.status, 429);
    QVERIFY(m_http.send("GET", QUrl(server.rootUrl().toString() + QLatin1String("/api/health")), {},
                        {}, &r));
    QCOMPARE(r.status, 200);
}

void TestSandboxConformance::rateLimitHtmlWithoutJsonAccept()
{
    SandboxConfig config = baseConfig();
    config.rateLimitPerMinute = 1;
    SandboxServer server(config);
    QVERIFY(server.listen());
    const QUrl url(server.rootUrl().toString() + QLatin1String("/api/v1/version"));
    HttpResult r;
    QVERIFY(m_http.send("GET", url, {u"Authorization: Bearer read-token"_s}, {}, &r));
    QCOMPARE(r.status, 200);
    QVERIFY(m_http.send("GET", url, {u"Authorization: Bearer read-token"_s}, {}, &r));
    QCOMPARE(r.status, 429);
    QVERIFY(r.headers.value("content-type").startsWith("text/html"));
    QVERIFY(r.body.contains("Too Many Requests"));
}

QTEST_GUILESS_MAIN(TestSandboxConformance)
#include "tst_sandboxconformance.moc"
