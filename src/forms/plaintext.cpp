#include "forms/plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

namespace Coolify::Forms {

namespace {
// Answers the viewport's tooltip events itself, so the view never hands raw model text to
// QToolTip.
class ItemToolTips : public QObject
{
public:
    explicit ItemToolTips(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToolTip(text), m_view->viewport(),
                               m_view->visualRect(index));
        return true;
    }

private:
    QAbstractItemView *m_view;
};
} // namespace

QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

void showItemToolTipsAsText(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new ItemToolTips(view));
}

QString notificationBody(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace Coolify::Forms
