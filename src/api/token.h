#pragma once

#include <QString>

// What makes a pasted API token unusable before it is ever sent or stored. A token goes into
// the Authorization header as it is: a line break in it would end that header and start
// another, so control characters are refused rather than cleaned up silently.
namespace Coolify::Api {

// Empty when `token` can be used; else a translated sentence saying what is wrong with it.
// Leading and trailing white space is the caller's to trim.
QString tokenProblem(const QString &token);

} // namespace Coolify::Api
