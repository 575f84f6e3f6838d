// sandbox-bench: times GET /api/v1/applications against an in-process sandbox with --scale N.
// Not a CTest test. Usage: sandbox-bench [--scale 10000] [--runs 5]
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace Coolify::Sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scale(u"scale"_s, u"Generated applications."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption runs(u"runs"_s, u"Timed requests."_s, u"N"_s, u"5"_s);
    const QCommandLineOption token(u"token"_s, u"demo-read or demo-root."_s, u"TOKEN"_s,
                                   u"demo-read"_s);
    parser.addOptions({scale, runs, token});
    parser.process(app);

    SandboxConfig config = SandboxConfig::demo();
    config.scale = parser.value(scale).toInt();
    config.rateLimitPerMinute = 0;
    QElapsedTimer seedTimer;
    seedTimer.start();
    SandboxServer server(config);
    const qint64 seedMs = seedTimer.elapsed();
    if (!server.listen()) {
        QTextStream(stderr) << server.lastError() << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "scale " << config.scale << ", seeding took " << seedMs << " ms" << Qt::endl;

    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(server.rootUrl().toString() + QLatin1String("/api/v1/applications")));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + parser.value(token).toUtf8());
    QList<qint64> times;
    const int total = parser.value(runs).toInt() + 1; // first run is a warm-up
    int done = 0;
    QElapsedTimer timer;
    std::function<void()> next = [&] {
        timer.start();
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            const qint64 ms = timer.elapsed();
            const QByteArray body = reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const qsizetype items = QJsonDocument::fromJson(body).array().size();
            reply->deleteLater();
            out << (done == 0 ? "warm-up" : "run") << ' ' << done << ": HTTP " << status << ", "
                << body.size() << " bytes, " << items << " applications, " << ms << " ms"
                << Qt::endl;
            if (done > 0)
                times.append(ms);
            if (++done < total)
                next();
            else
                app.quit();
        });
    };
    next();
    app.exec();
    if (times.isEmpty())
        return 1;
    std::sort(times.begin(), times.end());
    qint64 sum = 0;
    for (qint64 t : std::as_const(times))
        sum += t;
    out << "min " << times.first() << " ms, median " << times.at(times.size() / 2) << " ms, max "
        << times.last() << " ms, mean " << sum / times.size() << " ms (client-side, incl. transfer)"
        << Qt::endl;
    return 0;
}
