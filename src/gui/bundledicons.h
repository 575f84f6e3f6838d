#pragma once

namespace Coolify::Gui {

// Makes the SVG icons shipped in resources/icons/fallback the answer to QIcon::fromTheme() for
// names the desktop's icon theme lacks (a bare window manager, a minimal container), so actions
// never lose their icons. The theme's own icons still win where it has them; with no theme at
// all, hicolor is set (Qt consults the fallback path only under some theme). Idempotent.
void installBundledIcons();

} // namespace Coolify::Gui
