#pragma once
// The main window on a sandbox server with two session instances — "Demo root" (every ability)
// and "Demo read-only" (read only) — loaded and online, on a temporary settings file.

#include "gui/appcontext.h"
#include "gui/mainwindow.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/instancesession.h"
#include "models/navigationmodel.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

struct SandboxWindow
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"app.ini"_s), QSettings::IniFormat};
    Coolify::Sandbox::SandboxServer sandbox{Coolify::Sandbox::SandboxConfig::demo()};
    // Outlives the context: AppContext deletes its network before the fleet, whose in-flight
    // replies then emit finished() on a deleted manager (see the report to the lead).
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<Coolify::Gui::AppContext> context;
    QString rootId;
    QString readId;

    Coolify::Gui::MainWindow *window() const { return context->window(); }
    Coolify::Models::Fleet *fleet() const { return context->fleet(); }
    QTreeView *tree() const { return window()->findChild<QTreeView *>(u"navigationTree"_s); }

    // Starts the sandbox, shows the window and waits until both instances are online, their
    // abilities are known, every resource is in the fleet table and projects are in the tree.
    bool start(QSize size = {1280, 760})
    {
        if (!sandbox.listen())
            return false;
        context = std::make_unique<Coolify::Gui::AppContext>(&settings);
        network.reset(context->network());
        network->setParent(nullptr);
        window()->resize(size);
        window()->show();
        rootId = context->addSessionInstance(u"Demo root"_s, sandbox.rootUrl(), u"demo-root"_s,
                                             QColor(0x6b16ed));
        readId = context->addSessionInstance(u"Demo read-only"_s, sandbox.rootUrl(), u"demo-read"_s,
                                             QColor(0x0e8a6e));
        using State = Coolify::Models::InstanceSession::State;
        return QTest::qWaitFor(
            [this] {
                const auto *root = fleet()->session(rootId);
                const auto *read = fleet()->session(readId);
                return root && read && root->state() == State::Online
                    && read->state() == State::Online
                    && read->abilities().isKnownMissing(Coolify::Api::Ability::Deploy)
                    && fleet()->resources()->rowCount() > 10
                    && window()
                           ->navigation()
                           ->find(rootId, Coolify::Models::NavigationModel::Node::Environment)
                           .isValid();
            },
            20000);
    }

    QModelIndex node(const QString &instanceId, Coolify::Models::NavigationModel::Node kind,
                     const QString &key = {}) const
    {
        return window()->navigation()->find(instanceId, kind, key);
    }

    // The uuid of the resource called `name` (the sandbox seeds the same data for both tokens).
    QString resourceUuid(const QString &name) const
    {
        const auto *rows = fleet()->resources();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->at(row).name == name)
                return rows->at(row).resourceUuid;
        }
        return {};
    }
};
