#pragma once
// Shared by the create dialog tests: a sandbox on 127.0.0.1 (random port) that keeps its data in
// a state file, a twin of it without one environment (to provoke "deleted meanwhile" answers),
// synchronous API reads for checking what the server holds, and widget lookup by objectName.

#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

struct CreateDialogFixture
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<Coolify::Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Coolify::Sandbox::SandboxServer> twin;

    bool start()
    {
        Coolify::Sandbox::SandboxConfig config = Coolify::Sandbox::SandboxConfig::demo();
        config.stateFile = dir.filePath(QStringLiteral("state.json"));
        sandbox = std::make_unique<Coolify::Sandbox::SandboxServer>(config);
        return sandbox->listen();
    }

    std::unique_ptr<Coolify::Api::ApiClient> client(const QString &token)
    {
        auto c = std::make_unique<Coolify::Api::ApiClient>(&network, sandbox->rootUrl());
        c->setToken(token);
        return c;
    }

    // GET `path` with the root token; a null document when it failed.
    QJsonDocument get(const QString &path)
    {
        Coolify::Api::ApiClient reader(&network, sandbox->rootUrl());
        reader.setToken(QStringLiteral("demo-root"));
        Coolify::Api::ApiReply *reply = reader.send(Coolify::Api::ApiRequest::get(path));
        QJsonDocument document;
        QObject::connect(reply, &Coolify::Api::ApiReply::finished, reply, [reply, &document] {
            if (reply->result().ok())
                document = reply->result().json;
        });
        QSignalSpy done(reply, &Coolify::Api::ApiReply::finished);
        done.wait(10000);
        return document;
    }

    QJsonObject projectNamed(const QString &name)
    {
        const QJsonArray projects = get(QStringLiteral("projects")).array();
        for (const QJsonValue &p : projects) {
            if (p[QLatin1String("name")].toString() == name)
                return get(QStringLiteral("projects/") + p[QLatin1String("uuid")].toString())
                    .object();
        }
        return {};
    }

    // A second sandbox holding the first one's current data minus the environment
    // `environmentName` of `projectName`: pointing a client at it after the dialog has loaded
    // its lists is "someone deleted the environment meanwhile".
    bool startTwinWithout(const QString &projectName, const QString &environmentName)
    {
        const qint64 projectId = projectNamed(projectName)[QLatin1String("id")].toInteger(-1);
        QFile source(dir.filePath(QStringLiteral("state.json")));
        if (projectId < 0 || !source.open(QIODevice::ReadOnly))
            return false;
        QJsonObject state = QJsonDocument::fromJson(source.readAll()).object();
        QJsonArray environments;
        const QJsonArray all = state[QLatin1String("environments")].toArray();
        for (const QJsonValue &e : all) {
            if (e[QLatin1String("project_id")].toInteger() != projectId
                || e[QLatin1String("name")].toString() != environmentName)
                environments.append(e);
        }
        if (environments.size() != all.size() - 1)
            return false;
        state.insert(QLatin1String("environments"), environments);
        const QString path = dir.filePath(QStringLiteral("twin.json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(state).toJson()) <= 0)
            return false;
        out.close();
        Coolify::Sandbox::SandboxConfig config = Coolify::Sandbox::SandboxConfig::demo();
        config.stateFile = path;
        twin = std::make_unique<Coolify::Sandbox::SandboxServer>(config);
        return twin->listen();
    }
};

template<typename T> T *widget(const QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

inline QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

inline bool comboItemEnabled(const QComboBox *combo, int row)
{
    const auto *model = qobject_cast<const QStandardItemModel *>(combo->model());
    return model && model->item(row) && model->item(row)->isEnabled();
}

// Saves a picture of `w` to $COOLIFY_SCREENSHOT_DIR/<name>.png when that is set.
inline bool saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("COOLIFY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // let pending layout requests settle
    return w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}
