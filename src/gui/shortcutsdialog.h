#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTreeWidget;

namespace Coolify::Gui {

// One line of the keyboard-shortcuts list: what a key does, and its keys.
struct ShortcutHelp
{
    QList<QKeySequence> keys;
    QString what;
};

// Help → Keyboard Shortcuts: every shortcut of the app, grouped by where it works. The lists
// come from the live actions and from each widget's own shortcutHelp(), the same lists those
// widgets bind, so this dialog cannot drift from the keys that really work.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Section
    {
        QString title;
        QList<ShortcutHelp> entries;
    };

    explicit ShortcutsDialog(const QList<Section> &sections, QWidget *parent = nullptr);

    // Each action's text (without mnemonics) and shortcuts; actions without a shortcut are left
    // out.
    static QList<ShortcutHelp> fromActions(const QList<class QAction *> &actions);

private:
    QTreeWidget *m_list;
};

} // namespace Coolify::Gui
