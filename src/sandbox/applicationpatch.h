#pragma once

#include "sandbox/router.h"
#include "sandbox/validation.h"

namespace Coolify::Sandbox {

// Rules of sharedDataApplications() (bootstrap/helpers/api.php) as used by PATCH and create.
const Rules &applicationRules();
// Every key PATCH /applications/{uuid} accepts; anything else is "This field is not allowed."
const QStringList &applicationAllowList();
// Keys stored in the `settings` relation instead of the application row.
const QStringList &applicationSettingsFields();

enum class CreateKind { Public, GithubApp, DeployKey, Dockerfile, DockerImage };
Response createApplication(Context &context, CreateKind kind);
Response patchApplication(Context &context);

} // namespace Coolify::Sandbox
