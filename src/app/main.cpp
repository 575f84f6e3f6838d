// Coolify Desktop: parses the command line, builds the app's object graph and shows the window.
#include "api/allocator.h"
#include "gui/appcontext.h"
#include "gui/mainwindow.h"
#include "gui/translations.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(u"CoolifyDesktop"_s);
    QCoreApplication::setApplicationName(u"coolify-desktop"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COOLIFY_VERSION));
}

struct Options
{
    QCommandLineOption sandbox{
        u"sandbox"_s,
        QCoreApplication::translate("main",
                                    "Start a local demo Coolify server and open the app on it.")};
    QCommandLineOption instance{
        u"instance"_s, QCoreApplication::translate("main", "Open on the instance with this name."),
        QCoreApplication::translate("main", "name")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Manage the applications, databases, services and deployments of several "
            "Coolify instances."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({sandbox, instance});
    }
};

// --help and --version must work without a display (terminals, packaging checks).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication core(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        Options().addTo(parser);
        parser.process(core); // prints and exits
        return 0;
    }

    Coolify::Api::returnLargeBuffersToTheSystem();
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Coolify Desktop"_s);
    QApplication::setDesktopFileName(QStringLiteral(COOLIFY_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/app.svg"_s));

    QSettings settings;
    Coolify::Gui::installTranslators(app, settings); // system locale or the user's choice

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption &sandbox = options.sandbox;
    const QCommandLineOption &instance = options.instance;

    Coolify::Gui::AppContext context(&settings);
    if (const QString problem = context.importEnvironment(); !problem.isEmpty())
        QMessageBox::warning(nullptr, QApplication::translate("main", "Environment Not Used"),
                             problem);

    // The built-in demo: a sandbox server on 127.0.0.1 and its two tokens as session instances,
    // started by --sandbox or by "Try the Demo" on the empty first-run page.
    std::unique_ptr<Coolify::Sandbox::SandboxServer> server;
    const auto startDemo = [&server, &context]() -> QString {
        if (server)
            return {};
        auto demo = std::make_unique<Coolify::Sandbox::SandboxServer>(
            Coolify::Sandbox::SandboxConfig::demo());
        if (!demo->listen())
            return demo->lastError();
        server = std::move(demo);
        context.addSessionInstance(QApplication::translate("main", "Sandbox (root token)"),
                                   server->rootUrl(), u"demo-root"_s, QColor(0x6b16ed));
        context.addSessionInstance(QApplication::translate("main", "Sandbox (read-only token)"),
                                   server->rootUrl(), u"demo-read"_s, QColor(0x0e8a6e));
        return {};
    };
    if (parser.isSet(sandbox)) {
        if (const QString problem = startDemo(); !problem.isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Sandbox Not Started"),
                                  problem);
            return 1;
        }
    }
    context.window()->setDemoStarter(startDemo);
    context.window()->show();
    if (parser.isSet(instance))
        context.window()->selectInstance(parser.value(instance));
    return QApplication::exec();
}
