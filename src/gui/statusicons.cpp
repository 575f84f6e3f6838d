#include "gui/statusicons.h"

#include <QApplication>
#include <QStyle>

namespace Coolify::Gui {

using Status = Api::ConnectionTester::Status;
using State = Models::InstanceSession::State;

namespace {
QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}
} // namespace

QString testStatusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return QApplication::translate("Coolify::Gui::Status", "waiting");
    case Status::Running:
        return QApplication::translate("Coolify::Gui::Status", "checking…");
    case Status::Passed:
        return QApplication::translate("Coolify::Gui::Status", "OK");
    case Status::Warning:
        return QApplication::translate("Coolify::Gui::Status", "OK, with limits");
    case Status::Failed:
        return QApplication::translate("Coolify::Gui::Status", "failed");
    case Status::Skipped:
        return QApplication::translate("Coolify::Gui::Status", "skipped");
    }
    return {};
}

QIcon testStatusIcon(Status status)
{
    switch (status) {
    case Status::Pending:
    case Status::Skipped:
        return {};
    case Status::Running:
        return themed("view-refresh", QStyle::SP_BrowserReload);
    case Status::Passed:
        return themed("dialog-ok-apply", QStyle::SP_DialogApplyButton);
    case Status::Warning:
        return themed("dialog-warning", QStyle::SP_MessageBoxWarning);
    case Status::Failed:
        return themed("dialog-error", QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QIcon sessionStateIcon(State state)
{
    switch (state) {
    case State::LoadingToken:
    case State::Checking:
        return themed("view-refresh", QStyle::SP_BrowserReload);
    case State::Online:
        return themed("network-connect", QStyle::SP_DialogApplyButton);
    case State::NoToken:
    case State::TokenUnavailable:
        return themed("dialog-password", QStyle::SP_MessageBoxWarning);
    case State::Unreachable:
        return themed("network-disconnect", QStyle::SP_MessageBoxWarning);
    case State::Rejected:
        return themed("dialog-error", QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace Coolify::Gui
