#pragma once

#include <QStyledItemDelegate>

namespace Coolify::Gui {

// Paints an instance row of the navigation tree: the instance's colour as a bar, its name, and
// its state in words with an icon underneath, using the palette so it works in light and dark
// themes. Other rows are painted as usual, with an icon for what they hold (applications,
// databases, projects, servers, …) from the bundled set (installBundledIcons()).
class InstanceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The icon of a sidebar row that is not an instance; null for instance rows.
    static QIcon nodeIcon(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Coolify::Gui
