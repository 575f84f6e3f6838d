#include "forms/banner.h"

#include "forms/messagestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Forms {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_extras(new QWidget(this))
{
    setMessageStyle(this, MessageKind::Info);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"bannerText"_s);
    auto *extras = new QVBoxLayout(m_extras);
    extras->setContentsMargins(0, 0, 0, 0);
    auto *column = new QVBoxLayout;
    column->addWidget(m_text);
    column->addWidget(m_extras);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();
    column->addLayout(m_buttons);
    auto *row = new QHBoxLayout(this);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(column, 1);
    hide();
}

void Banner::clearExtras()
{
    const QList<QWidget *> old = m_extras->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *w : old)
        delete w;
    while (m_buttons->count() > 1) {
        QLayoutItem *item = m_buttons->takeAt(1);
        delete item->widget();
        delete item;
    }
}

void Banner::showMessage(Kind kind, const QString &text)
{
    clearExtras();
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (kind == Kind::Success)
        icon = QStyle::SP_DialogApplyButton;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    setMessageStyle(this, static_cast<MessageKind>(kind));
    m_text->setText(text);
    setAccessibleName(text);
    QFrame::show();
}

void Banner::addFieldLink(const QString &text, const QString &field)
{
    auto *link = new QLabel(m_extras);
    link->setTextFormat(Qt::RichText);
    link->setWordWrap(true);
    link->setText(
        u"• <a href=\"%1\"><span>%2</span></a>"_s.arg(field.toHtmlEscaped(), text.toHtmlEscaped()));
    link->setAccessibleName(text);
    link->setObjectName(u"bannerLink_"_s + field);
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(link, &QLabel::linkActivated, this, &Banner::fieldLinkActivated);
    m_extras->layout()->addWidget(link);
    link->show(); // the banner may already be visible
}

void Banner::addDetail(const QString &text)
{
    auto *detail = new QLabel(u"• "_s + text, m_extras);
    detail->setWordWrap(true);
    detail->setTextFormat(Qt::PlainText);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_extras->layout()->addWidget(detail);
    detail->show();
}

QPushButton *Banner::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_buttons->addWidget(button);
    button->show();
    return button;
}

QString Banner::text() const
{
    QStringList parts{m_text->text()};
    const QList<QLabel *> labels = m_extras->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        parts << (l->textFormat() == Qt::RichText ? l->accessibleName() : l->text());
    return parts.join(u'\n');
}

} // namespace Coolify::Forms
