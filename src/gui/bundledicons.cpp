#include "gui/bundledicons.h"

#include <QIcon>
#include <QStringList>

namespace Coolify::Gui {

void installBundledIcons()
{
    // Qt looks in the fallback path only while some theme is set; a bare platform (offscreen,
    // a window manager without a desktop) sets none. hicolor is the freedesktop base theme.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("hicolor"));
    const QString path = QStringLiteral(":/icons/fallback");
    QStringList paths = QIcon::fallbackSearchPaths();
    if (!paths.contains(path)) {
        paths << path;
        QIcon::setFallbackSearchPaths(paths);
    }
}

} // namespace Coolify::Gui
