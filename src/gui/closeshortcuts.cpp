#include "gui/closeshortcuts.h"

#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

namespace Coolify::Gui {

QList<QKeySequence> closeShortcutKeys()
{
    // Every binding of the platform's Close (QKeySequence(Close) is only the first, Ctrl+F4 on
    // some platforms), and Ctrl+W and Esc everywhere.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence &always :
         {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}) {
        if (!keys.contains(always))
            keys << always;
    }
    return keys;
}

void addCloseShortcuts(QWidget *window)
{
    for (const QKeySequence &sequence : closeShortcutKeys()) {
        auto *shortcut = new QShortcut(sequence, window);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, window, &QWidget::close);
    }
}

} // namespace Coolify::Gui
