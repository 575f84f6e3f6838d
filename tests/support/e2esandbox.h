#pragma once
// What every end-to-end test stands on: a demo sandbox on 127.0.0.1 (random port), an API client
// on it, and call(), which sends one request and waits for its answer.
//
//     E2eSandbox e2e;                       // a member of the test class
//     QVERIFY(e2e.start(config));           // in init() or at the start of a test
//     const Api::ApiResult r = e2e.call(Api::Applications::list(), u"demo-read"_s);
//
// The client starts with the demo-root token. Tests that hand `client` to the code under test
// (a view, a follower) may set another token on it; call() and uuidOf() set theirs on every use.
// Other clients on the same server (e.g. on a network that records what was sent) come from
// newClient(); callOn() and the static uuidOf() wait on any client the same way.

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/deployments.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

struct E2eSandbox
{
    using Config = Coolify::Sandbox::SandboxConfig;
    using Limits = Coolify::Api::RequestScheduler::Limits;

    // Wide enough that the client never paces these tests; rate-limit tests pass their own.
    static constexpr Limits kWide{100000, 60000, 4};

    QNetworkAccessManager network;
    std::unique_ptr<Coolify::Sandbox::SandboxServer> server;
    std::unique_ptr<Coolify::Api::ApiClient> client;

    // The demo data without the server's rate limit; `deployStepMs` paces the deployment
    // simulator (the demo's own pace when not given).
    static Config unthrottledDemo(std::optional<int> deployStepMs = {})
    {
        Config config = Config::demo();
        config.rateLimitPerMinute = 0;
        if (deployStepMs)
            config.deployStepMs = *deployStepMs;
        return config;
    }

    // Starts a sandbox with `config` (the demo by default) and a client on it with demo-root.
    bool start(const Config &config = Config::demo(), Limits limits = kWide)
    {
        reset();
        server = std::make_unique<Coolify::Sandbox::SandboxServer>(config);
        if (!server->listen())
            return false;
        client = newClient(&network, u"demo-root"_s, limits);
        return true;
    }

    void reset()
    {
        client.reset();
        server.reset();
    }

    // Another client on the running server, on `on` (which must outlive it), with `token`.
    std::unique_ptr<Coolify::Api::ApiClient> newClient(QNetworkAccessManager *on,
                                                       const QString &token = u"demo-root"_s,
                                                       Limits limits = kWide) const
    {
        auto c = std::make_unique<Coolify::Api::ApiClient>(on, server->rootUrl(), limits);
        c->setToken(token);
        return c;
    }

    // Sends `request` with `token` and waits up to 10 s; an answer that never came reads as a
    // timeout.
    Coolify::Api::ApiResult call(Coolify::Api::ApiRequest request,
                                 const QString &token = u"demo-root"_s)
    {
        client->setToken(token);
        return callOn(client.get(), std::move(request));
    }

    // Sends `request` on `on` with the token it has and waits up to 10 s; an answer that never
    // came reads as a timeout.
    static Coolify::Api::ApiResult callOn(Coolify::Api::ApiClient *on,
                                          Coolify::Api::ApiRequest request)
    {
        Coolify::Api::ApiReply *reply = on->send(std::move(request));
        Coolify::Api::ApiResult result;
        result.error.kind = Coolify::Api::ErrorKind::Timeout;
        result.error.detail = u"no answer within the test's timeout"_s;
        QSignalSpy spy(reply, &Coolify::Api::ApiReply::finished);
        const QMetaObject::Connection answered =
            QObject::connect(reply, &Coolify::Api::ApiReply::finished, reply,
                             [&result, reply] { result = reply->result(); });
        if (spy.isEmpty())
            spy.wait(10000);
        QObject::disconnect(answered); // a late answer must not write into a returned result
        return result;
    }

    // The uuid of the resource called `name` in GET /<family> ("applications", "databases",
    // "services") as `token` sees it; empty when there is none.
    QString uuidOf(const QString &family, const QString &name,
                   const QString &token = u"demo-root"_s)
    {
        client->setToken(token);
        return uuidOf(client.get(), family, name);
    }

    // The same on any client, with the token it has.
    static QString uuidOf(Coolify::Api::ApiClient *on, const QString &family, const QString &name)
    {
        const Coolify::Api::ApiResult result = callOn(on, Coolify::Api::ApiRequest::get(family));
        const QJsonArray items = result.json.array();
        for (const QJsonValue &item : items) {
            if (item.toObject().value(QLatin1String("name")).toString() == name)
                return item.toObject().value(QLatin1String("uuid")).toString();
        }
        return {};
    }

    // Deploys the application called `name` as demo-root (POST /deploy by uuid) and returns the
    // first deployment it started, empty when there is no such application or none started.
    // `Outcome` decodes the answer: Models::DeployOutcome (a parameter so that this header does
    // not tie every e2e test to the models library).
    template<typename Outcome> QString deployApplication(const QString &name)
    {
        const QString app = uuidOf(u"applications"_s, name);
        if (app.isEmpty())
            return {};
        return call(Coolify::Api::Deployments::deploy({app}).withDecoder(&Outcome::decode))
            .value.template value<Outcome>()
            .deploymentUuids()
            .value(0);
    }
};
