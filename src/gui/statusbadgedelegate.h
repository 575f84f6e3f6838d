#pragma once

#include <QStyledItemDelegate>

namespace Coolify::Gui {

// Base for delegates that paint their own content over the style's item background.
class CustomCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void drawBackground(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
};

// Draws a status cell as a small badge: a coloured dot and outline (green running, amber busy,
// red problem, grey stopped) beside the status in words, so colour is never the only signal.
// Colours are blended with the palette's base so the badge reads in light and dark themes.
class StatusBadgeDelegate : public CustomCellDelegate
{
    Q_OBJECT

public:
    using CustomCellDelegate::CustomCellDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor stateColor(int state, int health, const QPalette &palette);
};

// Paints the instance's colour as a bar before the instance name (fleet tables).
class InstanceBadgeDelegate : public CustomCellDelegate
{
    Q_OBJECT

public:
    using CustomCellDelegate::CustomCellDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Coolify::Gui
