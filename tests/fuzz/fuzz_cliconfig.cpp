// coolify-cli's configuration file (Instances::CliConfig::parse) on any bytes: an error with a
// message or a list of entries, each either importable — a usable http(s) root and a token that
// cannot end or add an HTTP header — or skipped with a reason and without its token.
#include "api/baseurl.h"
#include "api/token.h"
#include "instances/cliconfig.h"

#include "fuzzcheck.h"

#include <cstdint>

using namespace Coolify;
using Instances::CliInstance;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Instances::CliConfig config = Instances::CliConfig::parse(bytes);
    if (!config.ok()) {
        FUZZ_CHECK(config.instances.isEmpty());
        return 0;
    }
    qsizetype importable = 0;
    for (const CliInstance &instance : config.instances) {
        FUZZ_CHECK(!instance.name.isEmpty());
        if (instance.skip == CliInstance::Skip::None) {
            ++importable;
            FUZZ_CHECK(instance.skipReason.isEmpty());
            FUZZ_CHECK(instance.rootUrl.isValid());
            FUZZ_CHECK(Api::normalizeBaseUrl(instance.rootUrl.toString()).root == instance.rootUrl);
            FUZZ_CHECK(!instance.token.isEmpty() && Api::tokenProblem(instance.token).isEmpty());
            FUZZ_CHECK(!instance.token.contains(u'\r') && !instance.token.contains(u'\n'));
        } else {
            FUZZ_CHECK(!instance.skipReason.isEmpty());
            FUZZ_CHECK(instance.token.isEmpty());
        }
    }
    FUZZ_CHECK(config.importableCount() == importable);
    return 0;
}
