#pragma once
// Fleets of session-only instances on sandbox servers (real HTTP on 127.0.0.1), for the
// controller and deployment GUI tests: add an instance, wait until it is online and loaded, look up
// uuids by name, and call the API directly (as another client would).
#include "api/apiclient.h"
#include "api/apireply.h"
#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "instances/tokenvault.h"
#include "models/applicationsmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "sandbox/sandboxserver.h"

#include <QColor>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

struct FleetFixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"app.ini"_s), QSettings::IniFormat};
    Coolify::Instances::InstanceStore store{&settings};
    Coolify::Instances::TokenVault vault{u"coolify-desktop-test"_s};
    Coolify::Instances::InstanceManager manager{&store, &vault};
    QNetworkAccessManager network;
    std::vector<std::unique_ptr<Coolify::Sandbox::SandboxServer>> sandboxes;
    std::unique_ptr<Coolify::Models::Fleet> fleet;

    ~FleetFixture()
    {
        fleet.reset();
        sandboxes.clear();
    }

    // Starts one more sandbox; returns its index, -1 on failure.
    int startSandbox(int stepMs = 60'000, int queueLimit = 25,
                     const std::function<void(Coolify::Sandbox::SandboxConfig &)> &tweak = {})
    {
        auto config = Coolify::Sandbox::SandboxConfig::demo();
        config.deployStepMs = stepMs;
        config.deploymentQueueLimit = queueLimit;
        if (tweak)
            tweak(config);
        sandboxes.push_back(std::make_unique<Coolify::Sandbox::SandboxServer>(config));
        if (!sandboxes.back()->listen())
            return -1;
        if (!fleet) {
            fleet = std::make_unique<Coolify::Models::Fleet>(&manager, &network);
            fleet->setAutoRefresh(false);
        }
        return int(sandboxes.size()) - 1;
    }

    QString addInstance(const QString &name, const QString &token, int sandbox = 0,
                        const QColor &color = Coolify::Instances::Instance::defaultColor())
    {
        auto instance =
            Coolify::Instances::Instance::create(name, sandboxes.at(sandbox)->rootUrl(), color);
        instance.sessionOnly = true;
        return manager.add(instance, token, Coolify::Instances::TokenStorage::SessionOnly,
                           fleet.get(), [](const Coolify::Instances::VaultResult &) {});
    }

    // Online with its resources loaded (the first load follows the first connection).
    bool ready(const QString &id) const
    {
        const auto *session = fleet->session(id);
        const auto *data = fleet->data(id);
        return session && data
            && session->state() == Coolify::Models::InstanceSession::State::Online
            && data->hasData() && !data->isRefreshing();
    }

    Coolify::Api::ApiResult call(const QString &id, Coolify::Api::ApiRequest request)
    {
        Coolify::Api::ApiReply *reply = fleet->session(id)->client()->send(std::move(request));
        QSignalSpy done(reply, &Coolify::Api::ApiReply::finished);
        Coolify::Api::ApiResult result;
        QObject::connect(reply, &Coolify::Api::ApiReply::finished, reply,
                         [&result, reply] { result = reply->result(); });
        if (!done.wait(15'000) && done.isEmpty())
            reply->cancel(); // answers now, while `result` still exists
        return result;
    }

    // The uuid of the named resource in GET /<family> ("applications", "services", "databases").
    QString uuidOf(const QString &id, const QString &family, const QString &name)
    {
        const auto result = call(id, Coolify::Api::ApiRequest::get(family));
        for (const QJsonValue &v : result.json.array()) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject().value(QLatin1String("uuid")).toString();
        }
        return {};
    }
};
