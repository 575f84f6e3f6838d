// deploylog-bench: a 100,000-line deployment log followed through polls that each add 500 lines.
// Per poll it measures what the app does with GET /deployments/{uuid}:
//   decode  — QJsonDocument::fromJson + Deployment::decodeOne of the whole body (the ApiClient
//             runs this on a worker thread for bodies >= 32 KiB; it is O(log size) by nature,
//             because the server resends the whole log every time);
//   feed    — DeploymentLogModel::feed(logs): tail parse + row insertion on one thread (an upper
//             bound: the app parses on a worker, feedInBackground, and only inserts on the UI
//             thread);
//   stall   — the UI-thread slice of one poll: feed, the viewer's rowsInserted handling, the
//             delayed relayout, scrolling to the end and painting (processEvents until idle),
//             and dropping the poll's strings;
// and memory: VmRSS growth against the raw log size (UTF-8 bytes of the final `logs` string).
// Build in Release. Usage: deploylog-bench [lines=100000] [perPoll=500]
#include "gui/logviewer.h"
#include "models/deployment.h"
#include "models/deploymentlogmodel.h"
#include "procstatus.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <vector>

using namespace Qt::StringLiterals;

using Coolify::Models::Deployment;
using Coolify::Models::DeploymentLogModel;

namespace {
// One realistic entry as Coolify's addLogEntry writes it (PHP json_encode key order).
QByteArray entryJson(int index, QRandomGenerator &rng, qint64 ms)
{
    static const char *steps[] = {
        "#%1 [builder %2/9] RUN npm ci --omit=dev --no-audit --progress=false",
        "#%1 %2.41 added 1432 packages, and audited 1433 packages in 38s",
        "#%1 sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1 %2.1MB / "
        "31.4MB",
        "#%1 [runner %2/6] COPY --from=builder /app/.next/standalone ./",
        "#%1 DONE %2.3s",
        "#%1 exporting layers %2.9s done",
    };
    QJsonObject o;
    const bool hidden = index % 50 == 3;
    const bool err = index % 20 == 7;
    QString output;
    if (hidden)
        output = u"docker inspect --format '{{json .State}}' app-%1"_s.arg(index);
    else if (err)
        output = u"npm WARN deprecated inflight@1.0.6: This module is not supported, "
                 "and leaks memory. (%1)"_s.arg(index);
    else
        output = QString::fromLatin1(steps[rng.bounded(6)]).arg(index).arg(rng.bounded(100));
    o.insert(u"command"_s,
             hidden ? QJsonValue(u"docker inspect app"_s) : QJsonValue(QJsonValue::Null));
    o.insert(u"output"_s, output);
    o.insert(u"type"_s, err ? u"stderr"_s : u"stdout"_s);
    o.insert(
        u"timestamp"_s,
        QString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).chopped(1)
                + u"123Z"_s));
    o.insert(u"hidden"_s, hidden);
    o.insert(u"batch"_s, 1);
    if (index > 1)
        o.insert(u"order"_s, index);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
double p95(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() * 95 / 100];
}
double maximum(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int total = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int perPoll = args.size() > 2 ? args.at(2).toInt() : 500;

    // The whole log up front (its bytes are in the baseline); polls serve growing prefixes.
    QRandomGenerator rng(42);
    QByteArray raw = "[";
    std::vector<qsizetype> ends; // raw size after entry i
    ends.reserve(total);
    const qint64 start = QDateTime(QDate(2026, 8, 22), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 1; i <= total; ++i) {
        if (i > 1)
            raw += ',';
        raw += entryJson(i, rng, start + i * 13);
        ends.push_back(raw.size());
    }
    const qsizetype rawBytes = raw.size() + 1;

    DeploymentLogModel model;
    Coolify::Gui::LogViewer viewer;
    viewer.setModel(&model);
    viewer.resize(1100, 700);
    viewer.show();
    QCoreApplication::processEvents();
    malloc_trim(0);
    const qint64 rssBefore = procStatusKiB("VmRSS");

    QJsonObject head{{u"deployment_uuid"_s, u"bench"_s},
                     {u"application_name"_s, u"storefront-web"_s},
                     {u"status"_s, u"in_progress"_s},
                     {u"commit"_s, u"a1b2c3d4e5f6"_s}};
    std::vector<double> decode, feed, stall, release, events;
    int polls = 0;
    for (int have = perPoll; have <= total; have += perPoll, ++polls) {
        // Server side (not measured): the deployment object with `logs` as a JSON string.
        QByteArray body;
        {
            QJsonObject o = head;
            const QByteArray logs = QByteArray(raw.constData(), ends[have - 1]) + ']';
            o.insert(u"logs"_s, QString::fromUtf8(logs));
            body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        QElapsedTimer t;
        t.start();
        QString error;
        auto *d = new Deployment(
            Deployment::decodeOne(QJsonDocument::fromJson(body), &error).value<Deployment>());
        decode.push_back(t.nsecsElapsed() / 1e6);
        body.clear();
        body.squeeze();

        t.restart();
        const auto batch = model.feed(d->logs);
        feed.push_back(t.nsecsElapsed() / 1e6);
        if (!batch.ok || batch.entries != perPoll) {
            std::fprintf(stderr, "poll %d: unexpected batch (%d entries, ok=%d)\n", polls,
                         batch.entries, int(batch.ok));
            return 1;
        }
        const qint64 beforeRelease = t.nsecsElapsed();
        delete d; // the reply's copy of the log goes away inside the same slice in the app
        release.push_back((t.nsecsElapsed() - beforeRelease) / 1e6);
        const qint64 beforeEvents = t.nsecsElapsed();
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        events.push_back((t.nsecsElapsed() - beforeEvents) / 1e6);
        stall.push_back(t.nsecsElapsed() / 1e6);
    }
    QCoreApplication::processEvents();
    const qint64 rssAfter = procStatusKiB("VmRSS");
    malloc_trim(0);
    const qint64 rssTrimmed = procStatusKiB("VmRSS");

    // What a from-scratch parse of the final string would cost every poll.
    const QString finalLogs = QString::fromUtf8(QByteArray(raw + ']'));
    QElapsedTimer t;
    t.start();
    Coolify::Models::DeploymentLog scratch;
    scratch.parse(finalLogs);
    const double fullParse = t.nsecsElapsed() / 1e6;

    const auto head10 = [](const std::vector<double> &v) {
        return std::vector<double>(v.begin(), v.begin() + std::min<size_t>(10, v.size()));
    };
    const auto tail10 = [](const std::vector<double> &v) {
        return std::vector<double>(v.end() - std::min<size_t>(10, v.size()), v.end());
    };
    std::printf("deploylog-bench: %d lines in %d polls of %d; raw log %.1f MB (%lld bytes)\n",
                total, polls, perPoll, rawBytes / 1048576.0, qlonglong(rawBytes));
    std::printf("rows in model: %lld, full parses: %d, viewer rows visible: %d\n",
                qlonglong(model.rowCount()), model.parser().fullParses(), viewer.visibleRowCount());
    std::printf("%-30s %11s %11s %10s %8s %8s\n", "per poll (ms)", "first10 med", "last10 med",
                "last/first", "p95", "max");
    const auto row = [&](const char *name, const std::vector<double> &v) {
        const double a = median(head10(v)), b = median(tail10(v));
        std::printf("%-30s %11.3f %11.3f %10.2f %8.3f %8.3f\n", name, a, b, a > 0 ? b / a : 0,
                    p95(v), maximum(v));
    };
    row("decode body (worker thread)", decode);
    row("feed: parse+append", feed);
    row("  of which: drop poll strings", release);
    row("  of which: layout+paint", events);
    row("UI stall (feed+layout+paint)", stall);
    std::printf("full re-parse of the final log: %.1f ms (vs feed last10 median %.3f ms)\n",
                fullParse, median(tail10(feed)));
    const double mb = 1024.0 * 1024.0;
    std::printf("RSS delta: %.1f MB (%.2fx raw); after malloc_trim: %.1f MB (%.2fx raw); "
                "model estimate: %.1f MB (%.2fx raw)\n",
                (rssAfter - rssBefore) * 1024.0 / mb, (rssAfter - rssBefore) * 1024.0 / rawBytes,
                (rssTrimmed - rssBefore) * 1024.0 / mb,
                (rssTrimmed - rssBefore) * 1024.0 / rawBytes, model.log().approximateBytes() / mb,
                double(model.log().approximateBytes()) / rawBytes);
    return 0;
}
