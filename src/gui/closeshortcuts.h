#pragma once

#include <QKeySequence>
#include <QList>

class QWidget;

namespace Coolify::Gui {

// Esc and Ctrl+W (QKeySequence::Close) close a secondary window (settings, a deployment's log,
// a detached view) the way its title bar's close button does, so a closeEvent() that asks about
// unsaved edits still asks. Not for dialogs: QDialog has its own Esc.
void addCloseShortcuts(QWidget *window);
// The keys addCloseShortcuts() binds.
QList<QKeySequence> closeShortcutKeys();

} // namespace Coolify::Gui
