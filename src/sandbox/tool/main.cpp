// coolify-sandbox: a local Coolify 4.3.11 API stand-in. Prints "Listening on <url>" once ready.
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using Coolify::Sandbox::SandboxConfig;
using Coolify::Sandbox::SandboxServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coolify-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COOLIFY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local stand-in for the Coolify 4.3.11 REST API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (0 = random)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to bind."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        QStringLiteral("TOKEN:ABILITIES (comma-separated), repeatable. Default: demo tokens."),
        QStringLiteral("TOKEN:ABILITIES"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the demo data."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("Generate N extra applications."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests per minute (0 = unlimited)."),
                                       QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption apiDisabled(QStringLiteral("api-disabled"),
                                         QStringLiteral("Start with the API disabled."));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Delay every answer."), QStringLiteral("MS"),
                                     QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Share of 500 answers (0..1)."),
                                      QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption dropRate(QStringLiteral("drop-rate"),
                                      QStringLiteral("Share of answers cut off mid-body (0..1)."),
                                      QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption dropPath(QStringLiteral("drop-path"),
                                      QStringLiteral("Cut off every answer under this path."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption hangPath(QStringLiteral("hang-path"),
                                      QStringLiteral("Never answer requests under this path."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption oversizePath(QStringLiteral("oversize-path"),
                                          QStringLiteral("Pad answers under this path."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption oversizeBytes(QStringLiteral("oversize-bytes"),
                                           QStringLiteral("Size of padded answers."),
                                           QStringLiteral("BYTES"), QStringLiteral("67108864"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Load/persist state in this JSON file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption step(QStringLiteral("deploy-step-ms"),
                                  QStringLiteral("Duration of one deployment step."),
                                  QStringLiteral("MS"), QStringLiteral("1500"));
    const QCommandLineOption queueLimit(QStringLiteral("queue-limit"),
                                        QStringLiteral("Deployment queue limit per server."),
                                        QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption allowedIps(
        QStringLiteral("allowed-ips"),
        QStringLiteral("Comma-separated client IPs allowed to use the API (0.0.0.0 = all)."),
        QStringLiteral("IPS"));
    parser.addOption(allowedIps);
    parser.addOptions({port, bind, token, seed, scale, rateLimit, apiDisabled, latency, failRate,
                       dropRate, dropPath, hangPath, oversizePath, oversizeBytes, state, step,
                       queueLimit});
    parser.process(app);

    SandboxConfig config = parser.isSet(token) ? SandboxConfig() : SandboxConfig::demo();
    for (const QString &spec : parser.values(token)) {
        if (!config.addToken(spec)) {
            std::fprintf(stderr, "invalid --token %s (expected TOKEN:ABILITIES)\n",
                         qPrintable(spec));
            return 2;
        }
    }
    config.seed = parser.value(seed).toUInt();
    config.scale = parser.value(scale).toInt();
    config.rateLimitPerMinute = parser.value(rateLimit).toInt();
    config.apiDisabled = parser.isSet(apiDisabled);
    config.allowedIps = parser.value(allowedIps).split(u',', Qt::SkipEmptyParts);
    config.latencyMs = parser.value(latency).toInt();
    config.failureRate = parser.value(failRate).toDouble();
    config.dropRate = parser.value(dropRate).toDouble();
    config.dropPath = parser.value(dropPath);
    config.hangPath = parser.value(hangPath);
    config.oversizePath = parser.value(oversizePath);
    config.oversizeBytes = parser.value(oversizeBytes).toLongLong();
    config.stateFile = parser.value(state);
    config.deployStepMs = parser.value(step).toInt();
    config.deploymentQueueLimit = parser.value(queueLimit).toInt();

    SandboxServer server(config);
    const QHostAddress address(parser.value(bind));
    if (address.isNull() || !server.listen(address, quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(server.lastError().isEmpty()
                                    ? QStringLiteral("invalid --bind address")
                                    : server.lastError()));
        return 1;
    }
    QTextStream out(stdout);
    out << "Listening on " << server.rootUrl().toString() << Qt::endl;
    return app.exec();
}
