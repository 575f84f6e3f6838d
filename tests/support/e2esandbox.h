#pragma once
// What every end-to-end test stands on: a demo sandbox on 127.0.0.1 (random port), an API client
// on it, and call(), which sends one request and waits for its answer.
//
//     E2eSandbox e2e;                       // a member of the test class
//     QVERIFY(e2e.start(config));           // in init() or at the start of a test
//     const Api::ApiResult r = e2e.call(Api::Applications::list(), QStringLiteral("demo-read"));

#include "api/apiclient.h"
#include "api/apireply.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>

struct E2eSandbox
{
    // Wide enough that the client never paces these tests; rate-limit tests pass their own.
    static constexpr Coolify::Api::RequestScheduler::Limits kWide{100000, 60000, 4};

    QNetworkAccessManager network;
    std::unique_ptr<Coolify::Sandbox::SandboxServer> server;
    std::unique_ptr<Coolify::Api::ApiClient> client;

    bool start(const Coolify::Sandbox::SandboxConfig &config,
               Coolify::Api::RequestScheduler::Limits limits = kWide)
    {
        reset();
        server = std::make_unique<Coolify::Sandbox::SandboxServer>(config);
        if (!server->listen())
            return false;
        client = std::make_unique<Coolify::Api::ApiClient>(&network, server->rootUrl(), limits);
        return true;
    }

    void reset()
    {
        client.reset();
        server.reset();
    }

    // Sends `request` with `token` and waits up to 10 s; an answer that never came reads as a
    // timeout.
    Coolify::Api::ApiResult call(Coolify::Api::ApiRequest request,
                                 const QString &token = QStringLiteral("demo-root"))
    {
        client->setToken(token);
        Coolify::Api::ApiReply *reply = client->send(std::move(request));
        Coolify::Api::ApiResult result;
        result.error.kind = Coolify::Api::ErrorKind::Timeout;
        result.error.detail = QStringLiteral("no answer within the test's timeout");
        QSignalSpy spy(reply, &Coolify::Api::ApiReply::finished);
        const QMetaObject::Connection answered =
            QObject::connect(reply, &Coolify::Api::ApiReply::finished, reply,
                             [&result, reply] { result = reply->result(); });
        if (spy.isEmpty())
            spy.wait(10000);
        QObject::disconnect(answered); // a late answer must not write into a returned result
        return result;
    }
};
