// Fleet benchmark (issue 4): how long from "refresh" to "models ready" for
// (a) 1 instance × 10,000 applications and (b) 10 instances × ~1,000 resources, compared in the
// same run with `curl -s URL | jq length` on the same endpoint; the longest UI-thread stall
// during the refresh (largest gap between ticks of a 1 ms timer while the fleet table is shown);
// and the peak RSS. The sandbox runs as a separate process so only the client is measured.
//
//   fleet-bench [--scale 10000] [--instances 10] [--per-instance 1000] [--runs 3]
#include "api/apiclient.h"
#include "api/families/applications.h"
#include "gui/resourcetableview.h"
#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "instances/tokenvault.h"
#include "models/applicationsmodel.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Coolify;

namespace {
QTextStream out(stdout);

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Sandbox
{
    QProcess process;
    QUrl root;

    bool start(int scale)
    {
        process.setProgram(QStringLiteral(COOLIFY_SANDBOX_EXE));
        process.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--scale"), QString::number(scale),
                              QStringLiteral("--rate-limit"), QStringLiteral("0")});
        process.start();
        if (!process.waitForStarted(10000))
            return false;
        while (process.waitForReadyRead(60000)) {
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                if (line.startsWith(QLatin1String("Listening on "))) {
                    root = QUrl(line.mid(13));
                    return true;
                }
            }
        }
        return false;
    }
    ~Sandbox()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

// `curl -s URL | jq length`, the same request the app makes, timed end to end.
double curlJqMs(const QUrl &root, const QString &path)
{
    const QString url = root.toString() + QStringLiteral("/api/v1/") + path;
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                 QStringLiteral("curl -s -H 'Authorization: Bearer demo-root' -H 'Accept: "
                                "application/json' '%1' | jq length")
                     .arg(url)});
    shell.waitForFinished(120000);
    return timer.nsecsElapsed() / 1e6;
}

struct Measurement
{
    double ms = 0;
    double longestStallMs = 0;
    int rows = 0;
};

// Adds `count` session instances on `root`, waits until they are online, then times one full
// refresh of all of them until every InstanceData reported and the fleet table was rebuilt.
Measurement measureRefresh(const QUrl &root, int count, QWidget *view, Models::Fleet &fleet,
                           Instances::InstanceManager &manager)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        Instances::Instance instance =
            Instances::Instance::create(QStringLiteral("Bench %1").arg(i + 1), root);
        instance.sessionOnly = true;
        ids << manager.add(instance, QStringLiteral("demo-root"),
                           Instances::TokenStorage::SessionOnly, &fleet,
                           [](const Instances::VaultResult &) {});
    }
    QEventLoop loop;
    const auto allReady = [&] {
        return std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
            const auto *data = fleet.data(id);
            return data && data->hasData() && !data->isRefreshing();
        });
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (allReady())
            loop.quit();
    });
    poll.start(20);
    loop.exec(); // first load (connection test + lists)

    Measurement m;
    QElapsedTimer timer, tick;
    qint64 lastTick = 0;
    QTimer stallProbe;
    stallProbe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&stallProbe, &QTimer::timeout, &loop, [&] {
        const qint64 now = tick.nsecsElapsed();
        m.longestStallMs = std::max(m.longestStallMs, (now - lastTick) / 1e6);
        lastTick = now;
    });
    int pending = int(ids.size());
    QList<QMetaObject::Connection> connections;
    for (const QString &id : ids) {
        connections << QObject::connect(fleet.data(id), &Models::InstanceData::refreshFinished,
                                        &loop, [&] {
                                            if (--pending == 0) {
                                                fleet.resources()->rebuildNow();
                                                loop.quit();
                                            }
                                        });
    }
    tick.start();
    stallProbe.start(1);
    timer.start();
    fleet.refreshAll();
    loop.exec();
    m.ms = timer.nsecsElapsed() / 1e6;
    stallProbe.stop();
    for (const auto &c : connections)
        QObject::disconnect(c);
    m.rows = fleet.resources()->rowCount();
    view->repaint();
    for (const QString &id : ids)
        manager.store()->remove(id);
    return m;
}
// GET /applications through the app's client, decoded (off the UI thread) and applied to a
// fresh ApplicationsModel: the like-for-like counterpart of `curl -s URL | jq length`.
double applicationsOnlyMs(const QUrl &root, QNetworkAccessManager *network, int *rows)
{
    Api::ApiClient client(network, root);
    client.setToken(QStringLiteral("demo-root"));
    Models::ApplicationsModel model;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    Api::ApiReply *reply =
        client.send(Api::Applications::list().withDecoder(&Models::Application::decodeList));
    QObject::connect(reply, &Api::ApiReply::finished, &loop, [&] {
        model.apply(reply->result().value.value<QList<Models::Application>>());
        loop.quit();
    });
    loop.exec();
    *rows = model.rowCount();
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("Applications for case A"), QStringLiteral("n"),
                                   QStringLiteral("10000"));
    const QCommandLineOption instances(QStringLiteral("instances"),
                                       QStringLiteral("Instances for case B"), QStringLiteral("n"),
                                       QStringLiteral("10"));
    const QCommandLineOption perInstance(QStringLiteral("per-instance"),
                                         QStringLiteral("Generated applications per instance (B)"),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Repetitions"),
                                  QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({scale, instances, perInstance, runs});
    parser.process(app);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    Instances::InstanceStore store(&settings);
    Instances::TokenVault vault(QStringLiteral("coolify-desktop-bench"));
    Instances::InstanceManager manager(&store, &vault);
    QNetworkAccessManager network;
    Models::Fleet fleet(&manager, &network);
    fleet.setAutoRefresh(false);
    Gui::ResourceTableView view;
    view.setModel(fleet.resources());
    view.setStatusColumn(Models::FleetModel::Status);
    view.resize(1200, 800);
    view.show();

    const auto runCase = [&](const QString &name, int appScale, int count) {
        Sandbox sandbox;
        if (!sandbox.start(appScale)) {
            out << "could not start the sandbox\n";
            return;
        }
        QList<double> client, curl, stalls;
        int rows = 0;
        for (int run = 0; run < parser.value(runs).toInt(); ++run) {
            const Measurement m = measureRefresh(sandbox.root, count, &view, fleet, manager);
            client << m.ms;
            stalls << m.longestStallMs;
            rows = m.rows;
            // curl|jq on the same endpoints the refresh reads, once per instance.
            double c = 0;
            for (int i = 0; i < count; ++i) {
                for (const QString &path :
                     {QStringLiteral("applications"), QStringLiteral("databases"),
                      QStringLiteral("services"), QStringLiteral("servers"),
                      QStringLiteral("deployments"), QStringLiteral("projects")})
                    c += curlJqMs(sandbox.root, path);
            }
            curl << c;
        }
        if (count == 1) {
            QList<double> appsOnly, curlApps;
            int appRows = 0;
            for (int run = 0; run < parser.value(runs).toInt(); ++run) {
                appsOnly << applicationsOnlyMs(sandbox.root, &network, &appRows);
                curlApps << curlJqMs(sandbox.root, QStringLiteral("applications"));
            }
            std::sort(appsOnly.begin(), appsOnly.end());
            std::sort(curlApps.begin(), curlApps.end());
            const double a = appsOnly.at(appsOnly.size() / 2), c = curlApps.at(curlApps.size() / 2);
            out << name << ": GET /applications (" << appRows << " rows) → model ready " << a
                << " ms; curl|jq " << c << " ms; ratio " << a / c << "\n";
        }
        std::sort(client.begin(), client.end());
        std::sort(curl.begin(), curl.end());
        const double clientMedian = client.at(client.size() / 2);
        const double curlMedian = curl.at(curl.size() / 2);
        out << name << ": " << rows << " fleet rows; refresh → models ready " << clientMedian
            << " ms (median of " << client.size() << "); sequential curl|jq on the same "
            << count * 6 << " endpoints " << curlMedian << " ms; ratio app/curl "
            << clientMedian / curlMedian << "; longest UI stall "
            << *std::max_element(stalls.begin(), stalls.end()) << " ms\n";
        out.flush();
    };
    runCase(QStringLiteral("A: 1 instance × %1 applications").arg(parser.value(scale)),
            parser.value(scale).toInt(), 1);
    runCase(QStringLiteral("B: %1 instances × ~%2 applications")
                .arg(parser.value(instances), parser.value(perInstance)),
            parser.value(perInstance).toInt(), parser.value(instances).toInt());
    out << "peak RSS: " << peakRssKiB() / 1024.0 << " MiB\n";
    return 0;
}
