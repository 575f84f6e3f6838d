#include "gui/instancedelegate.h"

#include "gui/statusicons.h"
#include "models/navigationmodel.h"

#include <QApplication>
#include <QPainter>

namespace Coolify::Gui {

using Nav = Models::NavigationModel;

namespace {
constexpr int kMargin = 6;
constexpr int kBarWidth = 5;
constexpr int kIconSize = 14;
} // namespace

QIcon InstanceDelegate::nodeIcon(const QModelIndex &index)
{
    const char *name = nullptr;
    switch (static_cast<Nav::Node>(index.data(Nav::NodeRole).toInt())) {
    case Nav::Node::Instance:
        return {};
    case Nav::Node::Fleet:
        name = "coolify-fleet";
        break;
    case Nav::Node::Applications:
        name = "coolify-kind-application";
        break;
    case Nav::Node::Databases:
        name = "coolify-kind-database";
        break;
    case Nav::Node::Services:
        name = "coolify-kind-service";
        break;
    case Nav::Node::Projects:
    case Nav::Node::Project:
        name = "coolify-projects";
        break;
    case Nav::Node::Environment:
        name = "coolify-environment";
        break;
    case Nav::Node::Servers:
        name = "coolify-servers";
        break;
    case Nav::Node::Deployments:
        name = "coolify-deployments";
        break;
    case Nav::Node::Backups:
        name = "coolify-kind-database";
        break;
    case Nav::Node::Resource: {
        const QString kind = index.data(Nav::ResourceKindRole).toString();
        if (kind == QLatin1String("database"))
            name = "coolify-kind-database";
        else if (kind == QLatin1String("service"))
            name = "coolify-kind-service";
        else
            name = "coolify-kind-application";
        break;
    }
    }
    return QIcon::fromTheme(QLatin1String(name));
}

void InstanceDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->features.testFlag(QStyleOptionViewItem::HasDecoration))
        return; // the model's own decoration wins
    if (const QIcon icon = nodeIcon(index); !icon.isNull()) {
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
}

QSize InstanceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(Nav::NodeRole).toInt() != int(Nav::Node::Instance))
        return QStyledItemDelegate::sizeHint(option, index);
    const int line = option.fontMetrics.height();
    return {200, 2 * line + 3 * kMargin};
}

void InstanceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (index.data(Nav::NodeRole).toInt() != int(Nav::Node::Instance)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    painter->fillRect(QRect(r.left(), r.top(), kBarWidth, r.height()),
                      index.data(Qt::DecorationRole).value<QColor>());

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const int x = r.left() + kBarWidth + kMargin;
    const int line = option.fontMetrics.height();

    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QRect nameRect(x, r.top(), r.right() - x, line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(index.data().toString(), Qt::ElideRight,
                                                        nameRect.width()));

    const auto state =
        static_cast<Models::InstanceSession::State>(index.data(Nav::StateRole).toInt());
    const QRect stateRow(x, r.top() + line + kMargin / 2, r.right() - x, line);
    sessionStateIcon(state).paint(
        painter,
        QRect(stateRow.left(), stateRow.center().y() - kIconSize / 2, kIconSize, kIconSize));
    painter->setFont(option.font);
    QColor dim = text;
    if (!selected)
        dim = option.palette.color(group, QPalette::PlaceholderText);
    painter->setPen(dim);
    const QRect stateText = stateRow.adjusted(kIconSize + 4, 0, 0, 0);
    painter->drawText(stateText, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(Nav::StateTextRole).toString(),
                                                    Qt::ElideRight, stateText.width()));
    painter->restore();
}

} // namespace Coolify::Gui
