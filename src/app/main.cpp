// Coolify Desktop: parses the command line, builds the app's object graph and shows the window.
#include "gui/appcontext.h"
#include "gui/mainwindow.h"
#include "gui/translations.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CoolifyDesktop"));
    QApplication::setApplicationName(QStringLiteral("coolify-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("Coolify Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(COOLIFY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(COOLIFY_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QSettings settings;
    Coolify::Gui::installTranslators(app, settings); // system locale or the user's choice

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Manage the applications, databases, services and "
                                "deployments of several Coolify instances."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main",
                                "Start a local demo Coolify server and open the app on it."));
    const QCommandLineOption instance(
        QStringLiteral("instance"),
        QApplication::translate("main", "Open on the instance with this name."),
        QApplication::translate("main", "name"));
    parser.addOptions({sandbox, instance});
    parser.process(app);

    Coolify::Gui::AppContext context(&settings);
    if (const QString problem = context.importEnvironment(); !problem.isEmpty())
        QMessageBox::warning(nullptr, QApplication::translate("main", "Environment Not Used"),
                             problem);

    std::unique_ptr<Coolify::Sandbox::SandboxServer> server;
    if (parser.isSet(sandbox)) {
        server = std::make_unique<Coolify::Sandbox::SandboxServer>(
            Coolify::Sandbox::SandboxConfig::demo());
        if (!server->listen()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Sandbox Not Started"),
                                  server->lastError());
            return 1;
        }
        context.addSessionInstance(QApplication::translate("main", "Sandbox (root token)"),
                                   server->rootUrl(), QStringLiteral("demo-root"),
                                   QColor(0x6b16ed));
        context.addSessionInstance(QApplication::translate("main", "Sandbox (read-only token)"),
                                   server->rootUrl(), QStringLiteral("demo-read"),
                                   QColor(0x0e8a6e));
    }
    context.window()->show();
    if (parser.isSet(instance))
        context.window()->selectInstance(parser.value(instance));
    return QApplication::exec();
}
