#pragma once

#include "api/connectiontester.h"
#include "models/instancesession.h"

#include <QIcon>
#include <QString>

namespace Coolify::Gui {

// Status is always shown as text plus an icon (never colour alone); these keep the pairs in
// one place.
QString testStatusText(Api::ConnectionTester::Status status);
QIcon testStatusIcon(Api::ConnectionTester::Status status);
QIcon sessionStateIcon(Models::InstanceSession::State state);

} // namespace Coolify::Gui
