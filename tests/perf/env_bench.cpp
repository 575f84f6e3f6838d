// env-bench: two resources with N environment variables each (default 1,000; 5 % multiline, 10 %
// with a comment, 3 % locked; the right side differs in about 10 % of keys and values). Measures
// what the Environment tab and the comparison do:
//   decode  — EnvVar::decodeListBody of one GET …/envs body (a worker's job in the app for
//             bodies ≥ 32 KiB, timed here on one thread);
//   diff    — diffEnvSets(left, right);
//   plan    — EnvPlan::build(left, right, Replace): what "make left like right" would send;
//   dotenv  — DotEnv::write of the left set and DotEnv::parse of that text (the developer view);
//   stall   — the longest UI-thread slice while a QTableView over EnvVarsModel (with the tab's
//             proxy) takes the N rows: apply() and every slice the model appends afterwards,
//             including layout and painting (processEvents until the model is complete).
// Build in Release. Usage: env-bench [variables=1000] [runs=5]
#include "models/dotenv.h"
#include "models/envplan.h"
#include "models/envvarsmodel.h"
#include "models/roles.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Coolify::Models;

namespace {

QByteArray body(int count, bool right, QRandomGenerator &rng)
{
    QJsonArray out;
    for (int i = 0; i < count; ++i) {
        const bool changed = right && i % 10 == 3;
        const bool renamed = right && i % 10 == 7;
        QString value = u"value-%1-%2"_s.arg(i).arg(changed ? rng.bounded(1000) : 42);
        if (i % 20 == 5)
            value = u"-----BEGIN KEY-----\n%1\n%1\n-----END KEY-----"_s.arg(QString(40, u'x'));
        QJsonObject o{
            {u"uuid"_s, u"%1-%2"_s.arg(right ? u"r"_s : u"l"_s).arg(i)},
            {u"key"_s, renamed ? u"RIGHT_ONLY_%1"_s.arg(i) : u"VARIABLE_NUMBER_%1"_s.arg(i)},
            {u"is_preview"_s, false},
            {u"is_literal"_s, i % 17 == 0},
            {u"is_multiline"_s, i % 20 == 5},
            {u"is_runtime"_s, true},
            {u"is_buildtime"_s, i % 9 != 0},
            {u"is_shown_once"_s, i % 33 == 1},
            {u"comment"_s, i % 10 == 0 ? QJsonValue(u"comment %1"_s.arg(i)) : QJsonValue()},
            {u"updated_at"_s, u"2026-08-22T15:22:50.000000Z"_s}};
        if (i % 33 != 1)
            o.insert(u"value"_s, value);
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

template<typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    QRandomGenerator rng(7);
    const QByteArray leftBody = body(count, false, rng);
    const QByteArray rightBody = body(count, true, rng);
    std::printf("env-bench: %d variables per side, bodies %lld + %lld bytes, %d runs (best)\n",
                count, qlonglong(leftBody.size()), qlonglong(rightBody.size()), runs);

    double decode = 1e9, diff = 1e9, plan = 1e9, dotenv = 1e9, stall = 1e9, total = 1e9;
    qsizetype diffRows = 0, writes = 0;
    for (int run = 0; run < runs; ++run) {
        QString error;
        QList<EnvVar> left, right;
        decode = std::min(
            decode, timeMs([&] {
                left = EnvVar::decodeListBody(leftBody, &error, nullptr).value<QList<EnvVar>>();
            }));
        right = EnvVar::decodeListBody(rightBody, &error, nullptr).value<QList<EnvVar>>();
        diff = std::min(diff, timeMs([&] { diffRows = diffEnvSets(left, right).size(); }));
        plan = std::min(plan, timeMs([&] {
                            writes =
                                EnvPlan::build(left, right, EnvPlan::Mode::Replace).writes().size();
                        }));
        dotenv = std::min(dotenv, timeMs([&] {
                              QStringList unreadable;
                              const QList<DotEnv::Entry> entries =
                                  readableDotEnv(left, &unreadable, &unreadable);
                              const DotEnv::Document doc = DotEnv::parse(DotEnv::write(entries));
                              if (doc.entries.size() != entries.size())
                                  std::printf("dotenv round trip lost entries!\n");
                          }));

        EnvVarsModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(Roles::Sort);
        proxy.setFilterRole(EnvVarsModel::PreviewRole);
        proxy.setFilterRegularExpression(u"^false$"_s);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.resize(1200, 700);
        view.show();
        QApplication::processEvents();
        double worst = 0;
        const double all = timeMs([&] {
            worst = timeMs([&] {
                model.apply(left);
                QApplication::processEvents(); // layout and paint of what arrived
            });
            while (model.waitingRows() > 0)
                worst = std::max(worst, timeMs([] { QApplication::processEvents(); }));
        });
        stall = std::min(stall, worst);
        total = std::min(total, all);
    }
    std::printf("decode  %8.2f ms  (one body)\n", decode);
    std::printf("diff    %8.2f ms  (%lld keys)\n", diff, qlonglong(diffRows));
    std::printf("plan    %8.2f ms  (%lld writes)\n", plan, qlonglong(writes));
    std::printf("dotenv  %8.2f ms  (write + parse)\n", dotenv);
    std::printf("load+diff+plan %8.2f ms (2 bodies decoded, diffed, plan built)\n",
                2 * decode + diff + plan);
    std::printf(
        "stall   %8.2f ms  longest UI-thread slice while the table loads (%.2f ms in all)\n", stall,
        total);
    return 0;
}
