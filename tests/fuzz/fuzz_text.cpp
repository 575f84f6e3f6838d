// Short texts from outside, one harness: an address the user typed or pasted (normalised once
// must stay the same when normalised again, as stored and as shown for editing, and API URLs
// stay on its origin), a pasted token (a
// usable one can never end or add an HTTP header), a Retry-After header (clamped, never
// negative beyond "absent"), a server name (no right-to-left override survives display), a
// database connection URL (masking its password is stable and changes nothing else), Docker's
// CreatedAt text of a kept image (a time it reads is read the same when written back in UTC), a
// backup frequency and database list typed for Coolify (what passes has no shell separator).
#include "api/baseurl.h"
#include "api/responseinterpreter.h"
#include "api/token.h"
#include "models/backuprules.h"
#include "models/database.h"
#include "models/json.h"
#include "models/rollbackimages.h"

#include "fuzzcheck.h"

#include <cstdint>

using namespace Coolify;
using namespace Qt::StringLiterals;

namespace {

bool isBidiOverride(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);

    const Api::NormalizedUrl url = Api::normalizeBaseUrl(text);
    if (url.ok()) {
        FUZZ_CHECK(url.root.isValid());
        // As stored (toString) and as shown for editing (toDisplayString).
        for (const QString &shown : {url.root.toString(), url.root.toDisplayString()}) {
            const Api::NormalizedUrl again = Api::normalizeBaseUrl(shown);
            FUZZ_CHECK(again.ok());
            FUZZ_CHECK(again.root == url.root);
        }
        const QUrl endpoint = Api::apiV1Url(url.root, u"applications"_s);
        FUZZ_CHECK(endpoint.isValid());
        FUZZ_CHECK(Api::isSameOrigin(url.root, endpoint));
        (void)Api::sendsTokenInClear(url.root);
    } else {
        FUZZ_CHECK(!url.error.isEmpty());
    }
    const QUrl link(text);
    if (Api::isWebLink(link))
        FUZZ_CHECK(link.scheme() == u"http"_s || link.scheme() == u"https"_s);

    if (Api::tokenProblem(text).isEmpty()) {
        FUZZ_CHECK(!text.contains(u'\r') && !text.contains(u'\n') && !text.contains(u'\0'));
    }

    const int retryAfter = Api::parseRetryAfter(bytes);
    FUZZ_CHECK(retryAfter >= -1 && retryAfter <= Api::kMaxRetryAfterSeconds);

    const QString shown = Models::Json::revealBidiOverrides(text);
    for (const QChar c : shown)
        FUZZ_CHECK(!isBidiOverride(c.unicode()));

    const QDateTime created = Models::RollbackImages::parseDockerTime(text);
    if (created.isValid()) {
        FUZZ_CHECK(created.timeSpec() == Qt::UTC);
        const QString utc = created.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" +0000 UTC"_s;
        FUZZ_CHECK(Models::RollbackImages::parseDockerTime(utc) == created);
    }
    (void)Models::RollbackImages::classify(text);

    if (Models::BackupRules::frequencyProblem(text).isEmpty())
        FUZZ_CHECK(!text.trimmed().isEmpty() && !text.contains(u';'));
    if (Models::BackupRules::databasesProblem(text).isEmpty())
        FUZZ_CHECK(!text.contains(u';') && !text.contains(u'`') && !text.contains(u"$("));

    const QString masked = Models::withPasswordMasked(text, u"*");
    FUZZ_CHECK(Models::withPasswordMasked(masked, u"*") == masked);
    if (masked != text) {
        FUZZ_CHECK(masked.contains(u'*'));
        FUZZ_CHECK(masked.left(masked.indexOf(u"://") + 3) == text.left(text.indexOf(u"://") + 3));
        FUZZ_CHECK(masked.mid(masked.lastIndexOf(u'@')) == text.mid(text.lastIndexOf(u'@')));
    }
    return 0;
}
