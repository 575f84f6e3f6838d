// DeploymentLog, incremental against whole: the server rewrites a deployment's `logs` string on
// every poll with entries appended (coolify-api.md §4). The input is split at its first NUL
// byte into a first poll A and appended text T; the second poll is A without its closing bracket
// followed by T. Parsing that incrementally after A must give exactly what a fresh full parse
// gives: the same lines when it parses, a refusal that changes nothing when it does not.
#include "models/deploymentlog.h"

#include "fuzzcheck.h"

#include <cstdint>

using Coolify::Models::DeploymentLog;

namespace {

bool sortedByOrder(const DeploymentLog &log)
{
    for (qsizetype i = 1; i < log.size(); ++i) {
        if (log.at(i - 1).order > log.at(i).order)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype split = bytes.indexOf('\0');
    const QString first = QString::fromUtf8(split < 0 ? bytes : bytes.left(split));
    const QString appended = split < 0 ? QString() : QString::fromUtf8(bytes.mid(split + 1));

    DeploymentLog incremental;
    const DeploymentLog::Batch firstBatch = incremental.feed(first);
    FUZZ_CHECK(firstBatch.ok || incremental.isEmpty());
    FUZZ_CHECK(firstBatch.ok || !firstBatch.error.isEmpty());
    FUZZ_CHECK(sortedByOrder(incremental));
    if (split < 0)
        return 0;

    QString second = first;
    while (!second.isEmpty() && second.back().isSpace())
        second.chop(1);
    if (second.endsWith(u']'))
        second.chop(1);
    second += appended;

    const QList<Coolify::Models::LogLine> before = incremental.lines();
    const DeploymentLog::Batch secondBatch = incremental.feed(second);
    DeploymentLog whole;
    const DeploymentLog::Batch wholeBatch = whole.feed(second);
    FUZZ_CHECK(sortedByOrder(incremental));
    FUZZ_CHECK(incremental.size() <= DeploymentLog::kMaxLines);
    if (!firstBatch.ok)
        return 0; // the first poll was refused: the second is a first parse too
    if (!wholeBatch.ok) {
        FUZZ_CHECK(!secondBatch.ok);
        FUZZ_CHECK(incremental.lines() == before);
    } else {
        FUZZ_CHECK(secondBatch.ok);
        FUZZ_CHECK(incremental.lines() == whole.lines());
    }
    return 0;
}
