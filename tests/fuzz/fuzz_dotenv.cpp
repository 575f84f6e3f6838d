// The .env parser (a file the user imports or text typed in the developer view) on any bytes:
// never a crash or a hang, every entry it keeps has a valid and unique key, and writing the
// entries out and parsing that again gives the same entries without a problem (the writer's
// quoting is the second opinion on the parser's reading).
#include "models/dotenv.h"

#include "fuzzcheck.h"

#include <QSet>

#include <cstdint>

using namespace Coolify::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const DotEnv::Document doc = DotEnv::parse(text);
    QSet<QString> keys;
    for (const DotEnv::Entry &e : doc.entries) {
        FUZZ_CHECK(DotEnv::isValidKey(e.key));
        FUZZ_CHECK(!keys.contains(e.key));
        keys.insert(e.key);
        FUZZ_CHECK(e.line >= 1);
    }
    for (const DotEnv::Problem &p : doc.problems)
        FUZZ_CHECK(p.line >= 1 && !p.message.isEmpty());
    const DotEnv::Document again = DotEnv::parse(DotEnv::write(doc.entries));
    FUZZ_CHECK(again.problems.isEmpty());
    FUZZ_CHECK(again.entries == doc.entries);
    return 0;
}
