// Fleet benchmark (issue 4): how long from "refresh" to "models ready" for
// (a) 1 instance × 10,000 applications and (b) 10 instances × ~1,000 resources, compared in the
// same run with `curl -s URL | jq length` on the same endpoint; the longest UI-thread stall
// (largest gap between ticks of a 1 ms timer) during the refresh and, separately, while the
// instances are added and first loaded — with the sidebar tree (fully expanded) and the
// workspace pane on "All Instances" (fleet table, a selected row's details) shown, as in the
// main window; and the peak RSS. The sandbox runs as a separate process
// so only the client is measured.
//
//   fleet-bench [--scale 10000] [--instances 10] [--per-instance 1000] [--runs 3] [--trace]
//   fleet-bench --palette [--scale 10000] [--runs 5]
//   fleet-bench --backups [--instances 10] [--databases 200] [--runs 3]
//   fleet-bench --bulk [--instances 10] [--per-instance 100] [--rate-limit 200]
//
// --palette times the command palette over one instance of --scale applications instead: Ctrl+K
// (every source's entries collected) and each keystroke of typed queries, on the UI thread.
//
// --backups times the fleet backup overview instead: --instances instances of --databases
// generated databases each (most with a schedule and a week of runs), from adding them until the
// overview lists every database, and a refresh of all of them until it is rebuilt; the longest
// UI stall of each; against curl|jq on the same endpoints.
//
// --bulk restarts --per-instance running resources on each of --instances instances (one
// sandbox process each, with Coolify's limit of --rate-limit requests per minute) through the
// bulk run and its progress window: the time until every row has its outcome, the longest UI
// stall meanwhile, and per instance the most requests the app started in any 60 s window and the
// 429 answers it got.
//
// --trace prints every UI-thread event that took 4 ms or more (and the events nested in it),
// with its receiver's class and event type, and for every stall over 12 ms what ran in it and
// how much of it the UI thread spent on a core (the rest it waited for one): where to look
// when a stall figure goes up.
#include "api/allocator.h"
#include "api/apiclient.h"
#include "api/families/applications.h"
#include "controllers/bulkplan.h"
#include "controllers/bulkrun.h"
#include "gui/backupsoverview.h"
#include "gui/bulkprogresswindow.h"
#include "gui/commandpalette.h"
#include "gui/resourcetableview.h"
#include "gui/viewpane.h"
#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "instances/tokenvault.h"
#include "models/applicationsmodel.h"
#include "models/bulkprogressmodel.h"
#include "models/fleet.h"
#include "models/fleetbackupsmodel.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/navigationmodel.h"
#include "procstatus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <ctime>
#include <sched.h>

using namespace Qt::StringLiterals;

using namespace Coolify;

namespace {
QTextStream out(stdout);

// CPU time of the calling thread: a stall longer than this was spent waiting for a core.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// --trace: every UI-thread event (one level deep) that took ≥ 4 ms, with its receiver.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool trace = false;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!trace || m_depth > 1 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const QString what = QString::fromLatin1(receiver->metaObject()->className()) + u'/'
            + (receiver->parent()
                   ? QString::fromLatin1(receiver->parent()->metaObject()->className())
                   : QString())
            + (receiver->objectName().isEmpty() ? QString() : u'#' + receiver->objectName()) + u' '
            + QString::number(int(event->type()));
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms >= 4)
            out << "  [trace] " << QString(m_depth * 4, u' ') << ms << " ms " << what << "\n";
        if (m_depth == 0 && ms >= 0.2)
            m_sinceTick.append({ms, what});
        return r;
    }
    // Called by StallProbe on every tick: a gap above 12 ms lists what ran in it (≥ 0.2 ms each).
    void tick(double gapMs, double cpuMs)
    {
        if (trace && gapMs > 12) {
            double sum = 0;
            QMap<QString, QPair<int, double>> byWhat;
            for (const auto &[ms, what] : std::as_const(m_sinceTick)) {
                sum += ms;
                auto &entry = byWhat[what];
                ++entry.first;
                entry.second += ms;
            }
            out << "  [gap] " << gapMs << " ms (UI thread on a core " << cpuMs
                << " ms); events ≥ 0.2 ms: " << m_sinceTick.size() << ", " << sum << " ms\n";
            for (auto it = byWhat.cbegin(); it != byWhat.cend(); ++it)
                out << "  [gap]     " << it.value().first << " × " << it.key() << " = "
                    << it.value().second << " ms\n";
        }
        m_sinceTick.clear();
    }

private:
    int m_depth = 0;
    QList<QPair<double, QString>> m_sinceTick;
};

struct Sandbox
{
    QProcess process;
    QUrl root;

    bool start(int scale, int databases = 0, int rateLimit = 0)
    {
        process.setProgram(QStringLiteral(COOLIFY_SANDBOX_EXE));
        // The sandboxes stand in for remote servers: on a 2-core machine ten of them would
        // otherwise take the cores away from the app's UI and network threads, and that wait
        // would count as UI stall. SCHED_IDLE runs them only on time the app leaves free.
        process.setChildProcessModifier([] {
            const sched_param idle{};
            sched_setscheduler(0, SCHED_IDLE, &idle);
        });
        process.setArguments({u"--port"_s, u"0"_s, u"--scale"_s, QString::number(scale),
                              u"--database-scale"_s, QString::number(databases), u"--rate-limit"_s,
                              QString::number(rateLimit)});
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
    const QString url = root.toString() + u"/api/v1/"_s + path;
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(u"bash"_s,
                {u"-c"_s,
                 u"curl -s -H 'Authorization: Bearer demo-root' -H 'Accept: "
                 "application/json' '%1' | jq length"_s.arg(url)});
    shell.waitForFinished(120000);
    return timer.nsecsElapsed() / 1e6;
}

struct Measurement
{
    double ms = 0;
    double longestStallMs = 0; // during the refresh
    double firstLoadStallMs = 0; // while the instances were added and loaded
    int rows = 0;
};

// The event loop's latency: the largest gap between two ticks of a 1 ms timer.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestMs = std::max(m_longestMs, (now - m_last) / 1e6);
            const qint64 cpu = threadCpuNs();
            static_cast<TracingApplication *>(QCoreApplication::instance())
                ->tick((now - m_last) / 1e6, (cpu - m_lastCpu) / 1e6);
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_longestMs = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start(1);
    }
    double stop()
    {
        m_timer.stop();
        return m_longestMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    double m_longestMs = 0;
};

// Runs the event loop until `models` have been quiet (no rows inserted, removed or changed)
// for `quietMs`: project details and the like arrive after the lists.
void settle(const QList<QAbstractItemModel *> &models, int quietMs = 300)
{
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (QAbstractItemModel *model : models) {
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            QObject::connect(model, signal, &quiet, [&quiet, quietMs] { quiet.start(quietMs); });
        QObject::connect(model, &QAbstractItemModel::dataChanged, &quiet,
                         [&quiet, quietMs] { quiet.start(quietMs); });
    }
    quiet.start(quietMs);
    loop.exec();
}

// Quits `loop` once every instance of `ids` has finished a refresh (`pending` counts down).
QList<QMetaObject::Connection> quitWhenRefreshed(Models::Fleet &fleet, const QStringList &ids,
                                                 QEventLoop &loop, int &pending)
{
    QList<QMetaObject::Connection> connections;
    for (const QString &id : ids) {
        connections << QObject::connect(fleet.data(id), &Models::InstanceData::refreshFinished,
                                        &loop, [&loop, &pending] {
                                            if (--pending == 0)
                                                loop.quit();
                                        });
    }
    return connections;
}

// Adds `count` session instances on `root` and waits until they are loaded and settled (the
// longest stall meanwhile is the first-load figure), then times one full refresh of all of them
// until every InstanceData reported and the fleet table was rebuilt.
Measurement measureRefresh(const QUrl &root, int count, QWidget *view, Models::Fleet &fleet,
                           Instances::InstanceManager &manager)
{
    Measurement m;
    StallProbe probe;
    probe.start();
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        Instances::Instance instance = Instances::Instance::create(u"Bench %1"_s.arg(i + 1), root);
        instance.sessionOnly = true;
        ids << manager.add(instance, u"demo-root"_s, Instances::TokenStorage::SessionOnly, &fleet,
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
    auto *tree = view->findChild<QTreeView *>();
    settle({fleet.resources(), tree->model()});
    m.firstLoadStallMs = probe.stop();
    tree->expandAll(); // the sidebar as a user digging in has it: every resource listed
    if (auto *pane = view->findChild<Gui::ViewPane *>())
        pane->table()->table()->selectRow(0); // details and actions follow the selection
    settle({fleet.resources(), tree->model()}, 300);

    QElapsedTimer timer;
    int pending = int(ids.size());
    const auto connections = quitWhenRefreshed(fleet, ids, loop, pending);
    out << "  [refresh]\n";
    probe.start();
    timer.start();
    fleet.refreshAll();
    loop.exec();
    m.ms = timer.nsecsElapsed() / 1e6;
    settle({fleet.resources(), tree->model()}, 50); // what the refresh queued for later
    m.longestStallMs = probe.stop();
    for (const auto &c : connections)
        QObject::disconnect(c);
    m.rows = fleet.resources()->rowCount();
    view->repaint();
    for (const QString &id : ids)
        manager.store()->remove(id);
    return m;
}
// GET /applications through the app's client, decoded (off the UI thread) and applied to a
// fresh ApplicationsModel, every slice of it: the like-for-like counterpart of
// `curl -s URL | jq length`.
double applicationsOnlyMs(const QUrl &root, QNetworkAccessManager *network, int *rows)
{
    Api::ApiClient client(network, root);
    client.setToken(u"demo-root"_s);
    Models::ApplicationsModel model;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    Api::ApiReply *reply = client.send(
        Api::Applications::list().withBodyDecoder(&Models::Application::decodeListBody));
    QObject::connect(reply, &Api::ApiReply::finished, &loop, [&] {
        model.apply(reply->result().value.value<QList<Models::Application>>());
        loop.quit();
    });
    loop.exec();
    // Many rows are appended a slice per event-loop turn: ready means all of them are in.
    while (model.waitingRows() > 0)
        QCoreApplication::processEvents();
    *rows = model.rowCount();
    return timer.nsecsElapsed() / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// --palette: one instance of `scale` applications, loaded; then Ctrl+K and typing, timed.
void measurePalette(const QUrl &root, int runs, Models::Fleet &fleet,
                    Instances::InstanceManager &manager, Models::NavigationModel *navigation,
                    QWidget *window)
{
    Instances::Instance instance = Instances::Instance::create(u"Bench"_s, root);
    instance.sessionOnly = true;
    const QString id = manager.add(instance, u"demo-root"_s, Instances::TokenStorage::SessionOnly,
                                   &fleet, [](const Instances::VaultResult &) {});
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const auto *data = fleet.data(id);
        if (data && data->hasData() && !data->isRefreshing())
            loop.quit();
    });
    poll.start(20);
    loop.exec();
    settle({fleet.resources(), navigation});

    Gui::CommandPalette palette(window);
    palette.setNavigationModel(navigation);
    const auto resources = std::make_shared<Gui::ResourceCommandSource>(&fleet, window);
    palette.addSource(resources);
    QList<double> opens;
    for (int run = 0; run < runs; ++run) {
        palette.hide();
        QElapsedTimer t;
        t.start();
        palette.popup();
        opens << t.nsecsElapsed() / 1e6;
    }
    const int entries = palette.commandCount();
    QList<double> keys;
    const auto key = [&](const QString &text) { // one keystroke: the field's text changes
        QElapsedTimer t;
        t.start();
        palette.searchField()->setText(text);
        keys << t.nsecsElapsed() / 1e6;
    };
    for (int run = 0; run < runs; ++run) {
        for (const QString &query : {u"restart gen-app-09"_s, u"storefront api"_s, u"zzz"_s}) {
            palette.hide();
            palette.popup();
            for (qsizetype n = 1; n <= query.size(); ++n)
                key(query.left(n));
            // Backspace all the way: the widening steps look at every entry again.
            for (qsizetype n = query.size() - 1; n >= 0; --n)
                key(query.left(n));
        }
    }
    const double worstKey = *std::max_element(keys.cbegin(), keys.cend());
    // After the fleet changed (a refresh that touched rows): the resource entries are rebuilt.
    QList<double> changedOpens;
    for (int run = 0; run < runs; ++run) {
        palette.hide();
        fleet.refreshAll();
        settle({fleet.resources(), navigation}, 200);
        auto *model = const_cast<Models::FleetModel *>(fleet.resources());
        const QModelIndex first = model->index(0, 0);
        emit model->dataChanged(first, first); // as a status change would
        QElapsedTimer t;
        t.start();
        palette.popup();
        changedOpens << t.nsecsElapsed() / 1e6;
    }
    out << "palette: " << fleet.resources()->rowCount() << " resources, " << entries
        << " entries; Ctrl+K median " << median(opens) << " ms (worst "
        << *std::max_element(opens.begin(), opens.end()) << " ms; first " << opens.first()
        << " ms); after a fleet change " << median(changedOpens) << " ms; keystroke median "
        << median(keys) << " ms, worst " << worstKey << " ms (" << keys.size() << " keystrokes)\n";
    palette.hide();

    // 100 applications change status (as a poll would report them), then Ctrl+K: at once, and
    // after a quiet second in which the warm-up built their entries (its longest UI stall
    // measured).
    Models::ApplicationsModel *apps = fleet.data(id)->applications();
    const auto flip = [apps, &fleet] {
        for (int row = 0; row < std::min(100, apps->rowCount()); ++row) {
            Models::Application app = apps->at(row);
            app.status = Models::ResourceStatus::parse(
                app.status.isRunning() ? u"exited:unhealthy"_s : u"running:healthy"_s);
            apps->upsert(app);
        }
        // The fleet table follows in the next event-loop turns.
        settle({const_cast<Models::FleetModel *>(fleet.resources())}, 50);
    };
    const int builtBefore = resources->rowsBuilt();
    flip();
    QElapsedTimer t;
    t.start();
    palette.popup();
    const double atOnce = t.nsecsElapsed() / 1e6;
    const int builtAtOnce = resources->rowsBuilt() - builtBefore;
    palette.hide();
    flip();
    StallProbe probe;
    probe.start();
    QEventLoop idle;
    QTimer::singleShot(1000, &idle, &QEventLoop::quit);
    idle.exec();
    const double warmUpStall = probe.stop();
    t.start();
    palette.popup();
    out << "palette after 100 status changes: Ctrl+K at once " << atOnce << " ms (" << builtAtOnce
        << " rows rebuilt); after a quiet second " << t.nsecsElapsed() / 1e6
        << " ms (longest UI stall while the warm-up built their entries " << warmUpStall
        << " ms)\n";
    palette.hide();
    manager.store()->remove(id);
}
// --backups: the overview over `count` instances of the sandbox at `root`.
void measureBackups(const QUrl &root, int count, int runs, Models::Fleet &fleet,
                    Instances::InstanceManager &manager)
{
    QList<double> firstLoads, firstStalls, refreshes, refreshStalls, curls, curlDbs;
    int rows = 0;
    for (int run = 0; run < runs; ++run) {
        Gui::BackupsOverview overview(&fleet);
        overview.resize(1400, 800);
        overview.show();
        // The window's first paint is not the load: let it happen before measuring.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        const Models::FleetBackupsModel *model = overview.model();
        StallProbe probe;
        probe.start();
        QElapsedTimer timer;
        timer.start();
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            Instances::Instance instance =
                Instances::Instance::create(u"Bench %1"_s.arg(i + 1), root);
            instance.sessionOnly = true;
            ids << manager.add(instance, u"demo-root"_s, Instances::TokenStorage::SessionOnly,
                               &fleet, [](const Instances::VaultResult &) {});
        }
        const auto allReady = [&] {
            return std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
                const auto *data = fleet.data(id);
                return data && data->hasData() && !data->isRefreshing();
            });
        };
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (allReady() && overview.table()->model()->rowCount() == model->rowCount()
                && model->rowCount() > 0)
                loop.quit();
        });
        poll.start(1);
        loop.exec();
        firstLoads << timer.nsecsElapsed() / 1e6;
        settle({const_cast<Models::FleetBackupsModel *>(model)});
        firstStalls << probe.stop();
        rows = model->rowCount();

        // A refresh of every instance until the overview has been rebuilt.
        int pending = int(ids.size());
        const auto connections = quitWhenRefreshed(fleet, ids, loop, pending);
        poll.stop();
        probe.start();
        timer.start();
        fleet.refreshAll();
        loop.exec();
        settle({const_cast<Models::FleetBackupsModel *>(model)}, 50);
        refreshes << timer.nsecsElapsed() / 1e6;
        refreshStalls << probe.stop();
        for (const auto &c : connections)
            QObject::disconnect(c);
        for (const QString &id : ids)
            manager.store()->remove(id);

        double all = 0, dbs = 0;
        for (int i = 0; i < count; ++i) {
            for (const QString &path : {u"applications"_s, u"databases"_s, u"services"_s,
                                        u"servers"_s, u"deployments"_s, u"projects"_s}) {
                const double ms = curlJqMs(root, path);
                all += ms;
                if (path == u"databases"_s)
                    dbs += ms;
            }
        }
        curls << all;
        curlDbs << dbs;
    }
    out << "backups overview: " << count << " instances, " << rows << " databases listed\n"
        << "  first load (instances added → overview complete) " << median(firstLoads)
        << " ms; longest UI stall " << *std::max_element(firstStalls.begin(), firstStalls.end())
        << " ms\n"
        << "  refresh → overview rebuilt " << median(refreshes) << " ms; longest UI stall "
        << *std::max_element(refreshStalls.begin(), refreshStalls.end()) << " ms\n"
        << "  sequential curl|jq: the same " << count * 6 << " endpoints " << median(curls)
        << " ms (ratio refresh/curl " << median(refreshes) / median(curls) << "); only the "
        << count << " database lists " << median(curlDbs) << " ms\n";
    out.flush();
}
// --bulk: `count` sandboxes of 2 × `perInstance` generated applications, one instance each; restart
// `perInstance` running resources of every instance in one bulk run, as the UI starts it.
void measureBulk(int count, int perInstance, int rateLimit, QNetworkAccessManager *network,
                 Models::Fleet &fleet, Instances::InstanceManager &manager, QWidget *window)
{
    std::vector<std::unique_ptr<Sandbox>> sandboxes;
    QHash<int, QString> instanceOfPort;
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        sandboxes.push_back(std::make_unique<Sandbox>());
        if (!sandboxes.back()->start(perInstance * 2, 0, rateLimit)) { // about half run
            out << "could not start sandbox " << i << "\n";
            return;
        }
        Instances::Instance instance =
            Instances::Instance::create(u"Bench %1"_s.arg(i + 1), sandboxes.back()->root);
        instance.sessionOnly = true;
        ids << manager.add(instance, u"demo-root"_s, Instances::TokenStorage::SessionOnly, &fleet,
                           [](const Instances::VaultResult &) {});
        instanceOfPort.insert(sandboxes.back()->root.port(), ids.last());
    }
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
                const auto *data = fleet.data(id);
                return data && data->hasData() && !data->isRefreshing();
            }))
            loop.quit();
    });
    poll.start(20);
    loop.exec();
    poll.stop();
    settle({fleet.resources()});

    // Running resources, `perInstance` of each instance, in the fleet table's order.
    QList<Controllers::ResourceRef> refs;
    QHash<QString, int> taken;
    const Models::FleetModel *rows = fleet.resources();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const Models::FleetRow &r = rows->at(row);
        if (!r.status.isRunning() || taken.value(r.instanceId) >= perInstance)
            continue;
        ++taken[r.instanceId];
        refs.append({r.instanceId, r.kind, r.resourceUuid, r.name, r.status.raw});
    }
    const Controllers::BulkPlan plan =
        Controllers::BulkPlan::make(&fleet, Controllers::BulkAction::Restart, refs);
    if (!plan.blockedReason.isEmpty()) {
        out << "plan blocked: " << plan.blockedReason << "\n";
        return;
    }

    // Every request the app starts from now on, per instance, with its start time and status.
    QHash<QString, QList<qint64>> starts;
    QHash<QString, int> tooMany;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(network, &QNetworkAccessManager::finished, &loop, [&](QNetworkReply *reply) {
        const QString id = instanceOfPort.value(reply->url().port());
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429)
            ++tooMany[id];
    });
    for (const QString &id : std::as_const(ids)) {
        QObject::connect(fleet.session(id)->client(), &Api::ApiClient::changeFinished, &loop,
                         [&starts, &clock, id] { starts[id].append(clock.elapsed()); });
    }

    StallProbe probe;
    probe.start();
    QElapsedTimer timer;
    timer.start();
    auto *progress = new Gui::BulkProgressWindow(&fleet, plan, window);
    progress->show();
    QObject::connect(progress->run(), &Controllers::BulkRun::finished, &loop, &QEventLoop::quit);
    if (progress->run()->isRunning())
        loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    settle({progress->run()->progress()}, 100);
    const double stall = probe.stop();

    int mostPerMinute = 0, all429 = 0;
    for (const QString &id : std::as_const(ids)) {
        const QList<qint64> &t = starts.value(id);
        for (qsizetype a = 0, b = 0; b < t.size(); ++b) {
            while (t.at(b) - t.at(a) >= 60'000)
                ++a;
            mostPerMinute = std::max(mostPerMinute, int(b - a + 1));
        }
        all429 += tooMany.value(id);
    }
    const Models::BulkProgressModel *model = progress->run()->progress();
    out << "bulk restart: " << count << " instances × " << perInstance << " = "
        << plan.includedCount() << " resources in " << ms << " ms; "
        << model->countIn(Models::BulkProgressModel::State::DeploymentStarted)
        << " restart deployments, " << model->countIn(Models::BulkProgressModel::State::Accepted)
        << " done, " << model->countIn(Models::BulkProgressModel::State::Failed)
        << " failed; longest UI stall " << stall << " ms\n"
        << "  most restart requests answered in any 60 s per instance: " << mostPerMinute
        << " (server limit " << rateLimit
        << "/min, the app's own pace 180/min); 429 answers: " << all429 << "\n";
    out.flush();
    delete progress;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    Api::returnLargeBuffersToTheSystem(); // as the app does
    TracingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scale(u"scale"_s, u"Applications for case A"_s, u"n"_s, u"10000"_s);
    const QCommandLineOption instances(u"instances"_s, u"Instances for case B"_s, u"n"_s, u"10"_s);
    const QCommandLineOption perInstance(
        u"per-instance"_s, u"Generated applications per instance (B)"_s, u"n"_s, u"1000"_s);
    const QCommandLineOption runs(u"runs"_s, u"Repetitions"_s, u"n"_s, u"3"_s);
    const QCommandLineOption trace(u"trace"_s, u"Print UI-thread events longer than 4 ms"_s);
    const QCommandLineOption palette(u"palette"_s, u"Time the command palette instead"_s);
    const QCommandLineOption backups(u"backups"_s, u"Time the fleet backup overview instead"_s);
    const QCommandLineOption databases(u"databases"_s, u"Generated databases per instance"_s,
                                       u"n"_s, u"200"_s);
    const QCommandLineOption bulk(u"bulk"_s, u"Time a bulk restart across instances instead"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, u"Requests per minute of each sandbox"_s,
                                       u"n"_s, u"200"_s);
    parser.addOptions(
        {scale, instances, perInstance, runs, trace, palette, backups, databases, bulk, rateLimit});
    parser.process(app);
    app.trace = parser.isSet(trace);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"bench.ini"_s), QSettings::IniFormat);
    Instances::InstanceStore store(&settings);
    Instances::TokenVault vault(u"coolify-desktop-bench"_s);
    Instances::InstanceManager manager(&store, &vault);
    QNetworkAccessManager network;
    Models::Fleet fleet(&manager, &network);
    fleet.setAutoRefresh(false);
    // What the main window shows while it refreshes: the sidebar tree and the fleet view.
    QSplitter window;
    Models::NavigationModel navigation(&fleet);
    auto *tree = new QTreeView(&window);
    tree->setModel(&navigation);
    // The workspace pane on "All Instances": fleet table, filters, actions, details below.
    new Gui::ViewPane(&fleet, nullptr, &window);
    window.resize(1400, 800);
    window.show();
    QWidget &view = window;

    if (parser.isSet(backups)) {
        window.hide();
        Sandbox sandbox;
        if (!sandbox.start(0, parser.value(databases).toInt())) {
            out << "could not start the sandbox\n";
            return 1;
        }
        measureBackups(sandbox.root, parser.value(instances).toInt(), parser.value(runs).toInt(),
                       fleet, manager);
        out << "peak RSS: " << procStatusKiB("VmHWM") / 1024.0 << " MiB\n";
        return 0;
    }

    if (parser.isSet(bulk)) {
        measureBulk(parser.value(instances).toInt(),
                    parser.isSet(perInstance) ? parser.value(perInstance).toInt() : 100,
                    parser.value(rateLimit).toInt(), &network, fleet, manager, &window);
        out << "peak RSS: " << procStatusKiB("VmHWM") / 1024.0 << " MiB\n";
        return 0;
    }

    if (parser.isSet(palette)) {
        Sandbox sandbox;
        if (!sandbox.start(parser.value(scale).toInt())) {
            out << "could not start the sandbox\n";
            return 1;
        }
        measurePalette(sandbox.root, parser.value(runs).toInt(), fleet, manager, &navigation,
                       &window);
        out << "peak RSS: " << procStatusKiB("VmHWM") / 1024.0 << " MiB\n";
        return 0;
    }

    const auto runCase = [&](const QString &name, int appScale, int count) {
        Sandbox sandbox;
        if (!sandbox.start(appScale)) {
            out << "could not start the sandbox\n";
            return;
        }
        QList<double> client, curl, stalls, firstLoadStalls;
        int rows = 0;
        for (int run = 0; run < parser.value(runs).toInt(); ++run) {
            const Measurement m = measureRefresh(sandbox.root, count, &view, fleet, manager);
            client << m.ms;
            stalls << m.longestStallMs;
            firstLoadStalls << m.firstLoadStallMs;
            rows = m.rows;
            // curl|jq on the same endpoints the refresh reads, once per instance.
            double c = 0;
            for (int i = 0; i < count; ++i) {
                for (const QString &path : {u"applications"_s, u"databases"_s, u"services"_s,
                                            u"servers"_s, u"deployments"_s, u"projects"_s})
                    c += curlJqMs(sandbox.root, path);
            }
            curl << c;
        }
        if (count == 1) {
            QList<double> appsOnly, curlApps;
            int appRows = 0;
            for (int run = 0; run < parser.value(runs).toInt(); ++run) {
                appsOnly << applicationsOnlyMs(sandbox.root, &network, &appRows);
                curlApps << curlJqMs(sandbox.root, u"applications"_s);
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
            << *std::max_element(stalls.begin(), stalls.end()) << " ms (first load: "
            << *std::max_element(firstLoadStalls.begin(), firstLoadStalls.end()) << " ms)\n";
        out.flush();
    };
    runCase(u"A: 1 instance × %1 applications"_s.arg(parser.value(scale)),
            parser.value(scale).toInt(), 1);
    runCase(u"B: %1 instances × ~%2 applications"_s.arg(parser.value(instances),
                                                        parser.value(perInstance)),
            parser.value(perInstance).toInt(), parser.value(instances).toInt());
    out << "peak RSS: " << procStatusKiB("VmHWM") / 1024.0 << " MiB\n";
    return 0;
}
