#include "gui/statusbadgedelegate.h"

#include "models/resourcestatus.h"
#include "models/roles.h"

#include <QApplication>
#include <QPainter>

namespace Coolify::Gui {

using Models::ResourceStatus;
namespace Roles = Models::Roles;

namespace {
constexpr int kDot = 8;
constexpr int kPad = 6;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

void CustomCellDelegate::drawBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    (widget ? widget->style() : QApplication::style())
        ->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QColor StatusBadgeDelegate::stateColor(int state, int health, const QPalette &palette)
{
    using State = ResourceStatus::State;
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    QColor color;
    switch (State(state)) {
    case State::Running:
        color = health == int(ResourceStatus::Health::Unhealthy) ? QColor(0xb8, 0x6e, 0x00)
                                                                 : QColor(0x1e, 0x9e, 0x4a);
        break;
    case State::Starting:
    case State::Restarting:
    case State::Paused:
        color = QColor(0xb8, 0x6e, 0x00);
        break;
    case State::Degraded:
        color = QColor(0xd0, 0x31, 0x2d);
        break;
    case State::Exited:
    case State::Stopped:
    case State::Unknown:
        // Between text and background: clearly "off", still 3:1 against the cell.
        color = blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
        break;
    }
    // Lift the colour a little on dark backgrounds so it keeps its contrast.
    return dark ? blend(color, Qt::white, 0.25) : color;
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += kDot + 2 * kPad;
    return size;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant state = index.data(Roles::StatusState);
    if (!state.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    drawBackground(painter, option, index);
    const QColor color =
        stateColor(state.toInt(), index.data(Roles::StatusHealth).toInt(), option.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(kPad, 0, -kPad, 0);
    const QRect dot(r.left(), r.center().y() - kDot / 2, kDot, kDot);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    if (index.data(Roles::Transitional).toBool()) {
        painter->setPen(QPen(color, 2));
        painter->setBrush(Qt::NoBrush); // hollow while something is in flight
    }
    painter->drawEllipse(dot);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect text = r.adjusted(kDot + kPad, 0, 0, 0);
    painter->drawText(
        text, Qt::AlignVCenter | Qt::AlignLeft,
        option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, text.width()));
    painter->restore();
}

void InstanceBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    drawBackground(painter, option, index);
    painter->save();
    const QRect r = option.rect.adjusted(kPad, 4, -kPad, -4);
    painter->fillRect(QRect(r.left(), r.top(), 4, r.height()),
                      index.data(Roles::InstanceColor).value<QColor>());
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect text = r.adjusted(4 + kPad, -4, 0, 4);
    painter->drawText(
        text, Qt::AlignVCenter | Qt::AlignLeft,
        option.fontMetrics.elidedText(index.data().toString(), Qt::ElideMiddle, text.width()));
    painter->restore();
}

} // namespace Coolify::Gui
