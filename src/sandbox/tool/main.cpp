// coolify-sandbox: a local Coolify 4.3.11 API stand-in. Prints "Listening on <url>" once ready.
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

using Coolify::Sandbox::SandboxConfig;
using Coolify::Sandbox::SandboxServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"coolify-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COOLIFY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Local stand-in for the Coolify 4.3.11 REST API."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"TCP port (0 = random)."_s, u"PORT"_s, u"0"_s);
    const QCommandLineOption bind(u"bind"_s, u"Address to bind."_s, u"ADDRESS"_s, u"127.0.0.1"_s);
    const QCommandLineOption token(
        u"token"_s, u"TOKEN:ABILITIES (comma-separated), repeatable. Default: demo tokens."_s,
        u"TOKEN:ABILITIES"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the demo data."_s, u"N"_s, u"1"_s);
    const QCommandLineOption scale(u"scale"_s, u"Generate N extra applications."_s, u"N"_s, u"0"_s);
    const QCommandLineOption databaseScale(
        u"database-scale"_s, u"Generate N extra databases, most with backups."_s, u"N"_s, u"0"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, u"Requests per minute (0 = unlimited)."_s,
                                       u"N"_s, u"200"_s);
    const QCommandLineOption rateWindow(u"rate-window-ms"_s,
                                        u"Window of --rate-limit (Coolify: one minute)."_s, u"MS"_s,
                                        u"60000"_s);
    const QCommandLineOption apiDisabled(u"api-disabled"_s, u"Start with the API disabled."_s);
    const QCommandLineOption latency(u"latency"_s, u"Delay every answer."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption failRate(u"fail-rate"_s, u"Share of 500 answers (0..1)."_s, u"RATE"_s,
                                      u"0"_s);
    const QCommandLineOption dropRate(
        u"drop-rate"_s, u"Share of answers cut off mid-body (0..1)."_s, u"RATE"_s, u"0"_s);
    const QCommandLineOption dropPath(u"drop-path"_s, u"Cut off every answer under this path."_s,
                                      u"PATH"_s);
    const QCommandLineOption hangPath(u"hang-path"_s, u"Never answer requests under this path."_s,
                                      u"PATH"_s);
    const QCommandLineOption oversizePath(u"oversize-path"_s, u"Pad answers under this path."_s,
                                          u"PATH"_s);
    const QCommandLineOption oversizeBytes(u"oversize-bytes"_s, u"Size of padded answers."_s,
                                           u"BYTES"_s, u"67108864"_s);
    const QCommandLineOption state(u"state"_s, u"Load/persist state in this JSON file."_s,
                                   u"FILE"_s);
    const QCommandLineOption step(u"deploy-step-ms"_s, u"Duration of one deployment step."_s,
                                  u"MS"_s, u"1500"_s);
    const QCommandLineOption queueLimit(u"queue-limit"_s, u"Deployment queue limit per server."_s,
                                        u"N"_s, u"25"_s);
    const QCommandLineOption queueRetryAfter(
        u"queue-retry-after"_s, u"Retry-After seconds of a queue-full answer."_s, u"S"_s, u"60"_s);
    const QCommandLineOption allowedIps(
        u"allowed-ips"_s, u"Comma-separated client IPs allowed to use the API (0.0.0.0 = all)."_s,
        u"IPS"_s);
    parser.addOptions({allowedIps, rateWindow, queueRetryAfter});
    parser.addOptions({port, bind, token, seed, scale, databaseScale, rateLimit, apiDisabled,
                       latency, failRate, dropRate, dropPath, hangPath, oversizePath, oversizeBytes,
                       state, step, queueLimit});
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
    config.databaseScale = parser.value(databaseScale).toInt();
    config.rateLimitPerMinute = parser.value(rateLimit).toInt();
    config.rateWindowMs = qMax(1, parser.value(rateWindow).toInt());
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
    config.queueRetryAfterSeconds = qMax(0, parser.value(queueRetryAfter).toInt());

    SandboxServer server(config);
    const QHostAddress address(parser.value(bind));
    if (address.isNull() || !server.listen(address, quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(server.lastError().isEmpty() ? u"invalid --bind address"_s
                                                             : server.lastError()));
        return 1;
    }
    QTextStream out(stdout);
    out << "Listening on " << server.rootUrl().toString() << Qt::endl;
    return app.exec();
}
