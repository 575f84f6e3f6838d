// journal-bench: the journal with many entries — how long opening the file and each kind of
// search take on the journal's thread (the UI thread only gets the ≤ 1,000 rows of an answer).
//
//     cmake --build build/release --target journal-bench
//     build/release/bin/journal-bench [--rows 100000] [--runs 5]
//
// Prints medians in milliseconds; asserts nothing.
#include "journal/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Coolify::Journal;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

Entry generated(int i, const QDateTime &start)
{
    static const QList<Entry::Action> actions = Entry::allActions();
    Entry e;
    e.time = start.addSecs(i * 30);
    e.instanceId = u"instance-%1"_s.arg(i % 10);
    e.instanceName = u"Instance %1"_s.arg(i % 10);
    e.kind = i % 3 == 0 ? u"database"_s : u"application"_s;
    e.uuid = u"uuid-%1"_s.arg(i % 1000, 4, 10, QChar(u'0'));
    e.name = u"app-%1"_s.arg(i % 1000);
    e.action = actions.at(i % actions.size());
    if (e.action == Entry::Action::Edit)
        e.fields = {u"name"_s, u"ports_exposes"_s, u"health_check_path"_s};
    e.outcome = i % 17 == 0 ? Entry::Outcome::Failed : Entry::Outcome::Succeeded;
    if (e.outcome == Entry::Outcome::Failed)
        e.detail = u"Coolify answered 500: the server had an internal error."_s;
    if (e.action == Entry::Action::Deploy)
        e.deploymentUuid = u"dep-%1"_s.arg(i);
    return e;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Entries in the journal."_s, u"n"_s,
                                        u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (median)."_s, u"n"_s, u"5"_s);
    parser.addOptions({rowsOption, runsOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-30LL * rows);
    {
        Store store(u"fill"_s);
        if (!store.open(path).writable)
            return 1;
        QElapsedTimer timer;
        timer.start();
        QList<Entry> batch;
        for (int i = 0; i < rows; ++i) {
            batch << generated(i, start);
            if (batch.size() == 5000 || i == rows - 1) {
                store.appendAll(batch);
                batch.clear();
            }
        }
        std::printf("filled %d entries in %.0f ms (%lld stored)\n", rows,
                    timer.nsecsElapsed() / 1e6, static_cast<long long>(store.count()));
    }

    const double open = medianMs(runs, [&] {
        Store store(u"open"_s);
        store.open(path);
    });
    std::printf("open (quick_check, version, WAL): %.1f ms\n", open);

    Store store(u"query"_s);
    store.open(path);
    struct Case
    {
        const char *name;
        Filter filter;
    };
    QList<Case> cases;
    cases << Case{"newest 1000, no filter", {}};
    Filter instance;
    instance.instanceId = u"instance-3"_s;
    cases << Case{"one instance", instance};
    Filter failed;
    failed.outcome = Entry::Outcome::Failed;
    failed.actions = {Entry::Action::Restart, Entry::Action::Deploy};
    cases << Case{"failed restarts and deploys", failed};
    Filter resource;
    resource.uuid = u"uuid-0042"_s;
    cases << Case{"one resource", resource};
    Filter text;
    text.text = u"app-42"_s;
    cases << Case{"search \"app-42\"", text};
    Filter nothing;
    nothing.text = u"no such text anywhere"_s;
    cases << Case{"search without a hit (whole file)", nothing};
    Filter week;
    week.from = QDateTime::currentDateTimeUtc().addDays(-7);
    week.text = u"ports_exposes"_s;
    cases << Case{"last 7 days + search", week};
    for (const Case &c : cases) {
        qsizetype found = 0;
        const double ms = medianMs(runs, [&] { found = store.query(c.filter).size(); });
        std::printf("%-36s %7.1f ms  (%lld rows)\n", c.name, ms, static_cast<long long>(found));
    }
    return 0;
}
