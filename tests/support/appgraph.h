#pragma once
// The app's UI-free object graph on a temporary settings file and a sandbox server on
// 127.0.0.1 with a random port, for GUI and end-to-end tests.

#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "instances/tokenvault.h"
#include "sandbox/sandboxserver.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

struct AppGraph
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"app.ini"_s), QSettings::IniFormat};
    Coolify::Instances::InstanceStore store{&settings};
    Coolify::Instances::TokenVault vault{u"coolify-desktop-test"_s};
    Coolify::Instances::InstanceManager manager{&store, &vault};
    QNetworkAccessManager network;
    std::unique_ptr<Coolify::Sandbox::SandboxServer> sandbox;

    bool
    startSandbox(Coolify::Sandbox::SandboxConfig config = Coolify::Sandbox::SandboxConfig::demo())
    {
        sandbox = std::make_unique<Coolify::Sandbox::SandboxServer>(config);
        return sandbox->listen();
    }
};

// Every regular file below `root` whose bytes contain `needle` (e.g. a token that must not be
// written anywhere).
inline QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}
