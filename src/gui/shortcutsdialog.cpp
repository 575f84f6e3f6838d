#include "gui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

ShortcutsDialog::ShortcutsDialog(const QList<Section> &sections, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(u"shortcutsList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    for (const Section &section : sections) {
        if (section.entries.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_list, {section.title});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const ShortcutHelp &entry : section.entries) {
            QStringList keys;
            for (const QKeySequence &key : entry.keys)
                keys << key.toString(QKeySequence::NativeText);
            new QTreeWidgetItem(group, {entry.what, keys.join(tr(" or "))});
        }
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

QList<ShortcutHelp> ShortcutsDialog::fromActions(const QList<QAction *> &actions)
{
    QList<ShortcutHelp> out;
    for (const QAction *action : actions) {
        if (!action || action->shortcuts().isEmpty())
            continue;
        QString text = action->text();
        text.remove(u'&').remove(u'…');
        out << ShortcutHelp{action->shortcuts(), text.trimmed()};
    }
    return out;
}

} // namespace Coolify::Gui
