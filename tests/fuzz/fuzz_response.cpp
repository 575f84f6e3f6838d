// interpretOutcome() on any status, content type and body, with the decoders of every endpoint
// family: whatever the server sends becomes a typed result or one specific error with a message,
// never a crash. The first three bytes choose the status, the content type and the decoder; the
// rest is the body (so seeds are "<3 bytes><JSON>"). The journal's reading of the same answer to a
// deploy, a deploy by tag and a restart is checked too.
#include "api/families/deployments.h"
#include "api/families/resources.h"
#include "api/responseinterpreter.h"
#include "journal/describe.h"
#include "models/application.h"
#include "models/backup.h"
#include "models/database.h"
#include "models/deployment.h"
#include "models/envvar.h"
#include "models/project.h"
#include "models/rollbackimages.h"
#include "models/server.h"
#include "models/service.h"
#include "models/tag.h"

#include "fuzzcheck.h"

#include <array>
#include <cstdint>

using namespace Coolify;

namespace {

constexpr std::array kStatuses = {200, 201, 204, 301, 400, 401, 403, 404,
                                  405, 409, 422, 429, 500, 502, 503, 418};
constexpr std::array<const char *, 4> kContentTypes = {"application/json", "text/html",
                                                       "application/json; charset=utf-8", ""};

struct Decoders
{
    Api::Decoder decode;
    Api::BodyDecoder decodeBody;
};

Decoders decoders(uint8_t which)
{
    switch ((which & 0x7f) % 20) { // the high bit picks the body decoder
    case 0:
        return {&Models::Application::decodeList, &Models::Application::decodeListBody};
    case 1:
        return {&Models::Application::decodeOne, {}};
    case 2:
        return {&Models::Database::decodeList, &Models::Database::decodeListBody};
    case 3:
        return {&Models::Database::decode, {}};
    case 4:
        return {&Models::Deployment::decodeList, &Models::Deployment::decodeListBody};
    case 5:
        return {&Models::Deployment::decodeOne, {}};
    case 6:
        return {&Models::DeploymentPage::decode, {}};
    case 7:
        return {&Models::DeployOutcome::decode, {}};
    case 8:
        return {&Models::Project::decodeList, &Models::Project::decodeListBody};
    case 9:
        return {&Models::EnvironmentDetails::decode, {}};
    case 10:
        return {&Models::Service::decodeList, &Models::Service::decodeListBody};
    case 12:
        return {&Models::EnvVar::decodeList, &Models::EnvVar::decodeListBody};
    case 13:
        return {&Models::EnvVar::decodeOne, {}};
    case 14:
        return {&Models::RollbackImages::decode, {}};
    case 15:
        return {&Models::BackupConfig::decodeList, {}};
    case 16:
        return {&Models::S3Storage::decodeList, {}};
    case 17:
        return {&Models::BackupExecution::decodeList, {}};
    case 18:
        return {&Models::Tag::decodeList, {}};
    default:
        return {&Models::Server::decodeList, &Models::Server::decodeListBody};
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    Api::HttpOutcome outcome;
    outcome.status = kStatuses[data[0] % kStatuses.size()];
    outcome.contentType = kContentTypes[data[1] % kContentTypes.size()];
    outcome.body =
        QByteArray(reinterpret_cast<const char *>(data + 3), static_cast<qsizetype>(size - 3));
    if (outcome.status == 429)
        outcome.retryAfter = outcome.body.left(12);
    const Decoders decode = decoders(data[2]);
    const Api::ApiResult result =
        Api::interpretOutcome(outcome, Api::ResponseFormat::Json, decode.decode,
                              data[2] & 0x80 ? decode.decodeBody : Api::BodyDecoder{});
    if (result.error.isError()) {
        FUZZ_CHECK(!result.error.userMessage().isEmpty());
        FUZZ_CHECK(!result.value.isValid());
    } else {
        FUZZ_CHECK(outcome.status >= 200 && outcome.status < 300);
    }
    // What the journal makes of the answer to a change: at least one entry, never a crash.
    for (const Api::ApiRequest &change :
         {Api::Deployments::deploy({QStringLiteral("a1"), QStringLiteral("a2")}),
          Api::Deployments::deployTag({QStringLiteral("prod")}),
          Api::Resources::restart(Api::ResourceKind::Application, QStringLiteral("a1"))}) {
        const QList<Journal::Entry> entries = Journal::describeChange(change, result);
        FUZZ_CHECK(!entries.isEmpty());
        for (const Journal::Entry &entry : entries)
            FUZZ_CHECK(result.ok() == (entry.outcome == Journal::Entry::Outcome::Succeeded));
    }
    if (result.error.kind == Api::ErrorKind::RateLimited)
        FUZZ_CHECK(result.error.retryAfterSeconds <= Api::kMaxRetryAfterSeconds);
    return 0;
}
