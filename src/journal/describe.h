#pragma once

#include "journal/entry.h"

#include <QList>

namespace Coolify::Api {
struct ApiRequest;
struct ApiResult;
} // namespace Coolify::Api

namespace Coolify::Journal {

// The journal entries for one finished change request (anything but GET), from its method, path,
// body keys and answer: what was done to which resource, which fields or variable keys it
// changed (never their values), whether it worked and which deployment it started. A deploy of
// several resources gives one entry each. Time, instance and resource names are the caller's to
// fill in (JournalRecorder knows them).
QList<Entry> describeChange(const Api::ApiRequest &request, const Api::ApiResult &result);

} // namespace Coolify::Journal
