#include "gui/bundledicons.h"

#include <QIcon>
#include <QStringList>

namespace Coolify::Gui {

void installBundledIcons()
{
    const QString path = QStringLiteral(":/icons/fallback");
    QStringList paths = QIcon::fallbackSearchPaths();
    if (!paths.contains(path)) {
        paths << path;
        QIcon::setFallbackSearchPaths(paths);
    }
}

} // namespace Coolify::Gui
