#pragma once
// Shared by the create dialog tests: a sandbox on 127.0.0.1 (random port) that keeps its data in
// a state file, a twin of it without one environment (to provoke "deleted meanwhile" answers),
// synchronous API reads for checking what the server holds, dialogs opened on it, widget lookup
// by objectName, and the columns and checking of the field rule tables.

#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "screenshots.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

// The child of `parent` named `name`; null when there is none of type T.
template<typename T> T *widget(const QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// Clicks the dialog's Create button.
inline void clickCreate(const QWidget *dialog)
{
    QTest::mouseClick(widget<QPushButton>(dialog, "createButton"), Qt::LeftButton);
}

struct CreateDialogFixture
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<Coolify::Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Coolify::Sandbox::SandboxServer> twin;

    bool start()
    {
        Coolify::Sandbox::SandboxConfig config = Coolify::Sandbox::SandboxConfig::demo();
        config.stateFile = dir.filePath(u"state.json"_s);
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
        reader.setToken(u"demo-root"_s);
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

    // The item of the list GET `path` whose uuid is `uuid`; empty when there is none.
    QJsonObject itemWithUuid(const QString &path, const QString &uuid)
    {
        const QJsonArray items = get(path).array();
        for (const QJsonValue &item : items) {
            if (item[QLatin1String("uuid")].toString() == uuid)
                return item.toObject();
        }
        return {};
    }

    QJsonObject projectNamed(const QString &name)
    {
        const QJsonArray projects = get(u"projects"_s).array();
        for (const QJsonValue &p : projects) {
            if (p[QLatin1String("name")].toString() == name)
                return get(u"projects/"_s + p[QLatin1String("uuid")].toString()).object();
        }
        return {};
    }

    // A new `Dialog` for the instance "Sandbox" on `client`, shown, once its environment and
    // server lists have arrived; null when they did not within 10 s.
    template<typename Dialog> std::unique_ptr<Dialog> open(Coolify::Api::ApiClient *client)
    {
        auto dialog = std::make_unique<Dialog>(client, u"Sandbox"_s);
        dialog->show();
        auto *environments = widget<QComboBox>(dialog.get(), "environmentCombo");
        auto *servers = widget<QComboBox>(dialog.get(), "serverCombo");
        if (!QTest::qWaitForWindowExposed(dialog.get())
            || !QTest::qWaitFor([&] { return environments->count() > 0 && servers->count() > 0; },
                                10000))
            return nullptr;
        return dialog;
    }

    // A second sandbox holding the first one's current data minus the environment
    // `environmentName` of `projectName`: pointing a client at it after the dialog has loaded
    // its lists is "someone deleted the environment meanwhile".
    bool startTwinWithout(const QString &projectName, const QString &environmentName)
    {
        const qint64 projectId = projectNamed(projectName)[QLatin1String("id")].toInteger(-1);
        QFile source(dir.filePath(u"state.json"_s));
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
        const QString path = dir.filePath(u"twin.json"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(state).toJson()) <= 0)
            return false;
        out.close();
        Coolify::Sandbox::SandboxConfig config = Coolify::Sandbox::SandboxConfig::demo();
        config.stateFile = path;
        twin = std::make_unique<Coolify::Sandbox::SandboxServer>(config);
        return twin->listen();
    }

    // Someone deletes `environmentName` of `projectName` while `dialog` is open (`client` now
    // talks to a twin without it), then the user presses Create; false when the twin did not
    // start.
    bool createAfterDeleting(Coolify::Api::ApiClient *client, const QWidget *dialog,
                             const QString &projectName, const QString &environmentName)
    {
        if (!startTwinWithout(projectName, environmentName))
            return false;
        client->setRoot(twin->rootUrl());
        clickCreate(dialog);
        return true;
    }
};

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

// The focusable widgets of `dialog` (labels and Qt's internal parts aside) without an accessible
// name, by objectName.
inline QStringList unnamedFocusableWidgets(const QWidget *dialog)
{
    QStringList unnamed;
    for (const QWidget *w : dialog->findChildren<QWidget *>()) {
        if (w->focusPolicy() != Qt::NoFocus && !qobject_cast<const QLabel *>(w)
            && !w->objectName().startsWith(u"qt_") && w->accessibleName().isEmpty())
            unnamed << w->objectName();
    }
    return unnamed;
}

// The field rule tables: which check ("field"), the value it is given, and whether it accepts it.
inline void addRuleColumns()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
}

// Checks the current row of a rule table: `problemOf(field, value)` is the check's complaint,
// empty exactly when the row says the value is accepted.
inline void verifyRuleRow(const std::function<QString(const QString &, const QString &)> &problemOf)
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    const QString problem = problemOf(field, value);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
}
