#include "forms/messagestyle.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace Coolify::Forms {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

constexpr char kKindProperty[] = "coolifyMessageKind";
constexpr char kFieldProperty[] = "coolifyFieldError";

// Paints the tint and the bar under the frame's own painting, and re-applies the colours when
// the theme changes. One per styled widget, as its child.
class MessagePainter : public QObject
{
public:
    explicit MessagePainter(QFrame *frame)
        : QObject(frame)
        , m_frame(frame)
    {
        frame->installEventFilter(this);
    }

    void apply()
    {
        const bool field = m_frame->property(kFieldProperty).toBool();
        const auto kind = static_cast<MessageKind>(m_frame->property(kKindProperty).toInt());
        // The colours come from the parent's palette: ours carries the text colour set here.
        const QPalette base =
            m_frame->parentWidget() ? m_frame->parentWidget()->palette() : m_frame->palette();
        QPalette palette = m_frame->palette();
        const QColor text = field ? fieldErrorColor(base) : messageColors(kind, base).text;
        // Labels on the strip take the text colour; buttons on it keep their own look.
        for (const auto role : {QPalette::WindowText, QPalette::Text}) {
            palette.setColor(QPalette::Active, role, text);
            palette.setColor(QPalette::Inactive, role, text);
        }
        m_applying = true;
        m_frame->setPalette(palette);
        m_applying = false;
        m_frame->update();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_frame)
            return false;
        switch (event->type()) {
        case QEvent::Paint:
            paint();
            break;
        case QEvent::ApplicationPaletteChange:
        case QEvent::ParentChange:
            apply();
            break;
        case QEvent::PaletteChange:
            if (!m_applying)
                apply();
            break;
        default:
            break;
        }
        return false;
    }

private:
    void paint()
    {
        const bool field = m_frame->property(kFieldProperty).toBool();
        const auto kind = static_cast<MessageKind>(m_frame->property(kKindProperty).toInt());
        const QPalette base =
            m_frame->parentWidget() ? m_frame->parentWidget()->palette() : m_frame->palette();
        QPainter painter(m_frame);
        const QRect r = m_frame->rect();
        const bool rtl = m_frame->layoutDirection() == Qt::RightToLeft;
        if (field) {
            const QRect bar = rtl ? QRect(r.right() - 1, r.top(), 2, r.height())
                                  : QRect(r.left(), r.top(), 2, r.height());
            painter.fillRect(bar, fieldErrorColor(base));
            return;
        }
        const MessageColors colors = messageColors(kind, base);
        painter.fillRect(r, colors.background);
        painter.setPen(colors.accent);
        painter.drawRect(r.adjusted(0, 0, -1, -1));
        const QRect bar = rtl ? QRect(r.right() - 3, r.top(), 4, r.height())
                              : QRect(r.left(), r.top(), 4, r.height());
        painter.fillRect(bar, colors.accent);
    }

    QFrame *m_frame;
    bool m_applying = false;
};

MessagePainter *painterOf(QFrame *frame)
{
    for (QObject *child : frame->children()) {
        if (auto *p = dynamic_cast<MessagePainter *>(child))
            return p;
    }
    return new MessagePainter(frame);
}

} // namespace

MessageColors messageColors(MessageKind kind, const QPalette &palette)
{
    if (kind == MessageKind::Info)
        return {palette.color(QPalette::AlternateBase), palette.color(QPalette::WindowText),
                palette.color(QPalette::Highlight)};
    // Background, text, accent per kind (Success, Warning, Error); text on background has a
    // contrast of at least 4.5 (forms_messagestyle checks it).
    static const MessageColors light[] = {
        {QColor(0xe7, 0xf5, 0xe8), QColor(0x17, 0x50, 0x1c), QColor(0x2e, 0x7d, 0x32)},
        {QColor(0xff, 0xf4, 0xdc), QColor(0x5c, 0x3b, 0x00), QColor(0xe0, 0x8e, 0x00)},
        {QColor(0xfd, 0xec, 0xea), QColor(0x8c, 0x1d, 0x18), QColor(0xd3, 0x2f, 0x2f)},
    };
    static const MessageColors dark[] = {
        {QColor(0x1c, 0x3a, 0x22), QColor(0xcd, 0xf0, 0xd0), QColor(0x66, 0xbb, 0x6a)},
        {QColor(0x45, 0x36, 0x12), QColor(0xff, 0xe8, 0xb8), QColor(0xff, 0xb3, 0x00)},
        {QColor(0x4a, 0x1d, 0x1b), QColor(0xff, 0xda, 0xd6), QColor(0xef, 0x53, 0x50)},
    };
    const int row = int(kind) - int(MessageKind::Success);
    return isDark(palette) ? dark[row] : light[row];
}

QColor fieldErrorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void setMessageStyle(QFrame *frame, MessageKind kind)
{
    frame->setProperty(kKindProperty, static_cast<int>(kind));
    frame->setProperty(kFieldProperty, false);
    frame->setFrameShape(QFrame::NoFrame);
    frame->setAutoFillBackground(false);
    // Room for the accent bar, so the text does not touch it.
    const QMargins m = frame->contentsMargins();
    if (m.left() < 8)
        frame->setContentsMargins(8, std::max(m.top(), 4), std::max(m.right(), 6),
                                  std::max(m.bottom(), 4));
    painterOf(frame)->apply();
}

void setFieldErrorStyle(QLabel *label)
{
    label->setProperty(kFieldProperty, true);
    label->setAutoFillBackground(false);
    if (label->contentsMargins().left() < 6)
        label->setContentsMargins(6, 0, 0, 0);
    painterOf(label)->apply();
}

} // namespace Coolify::Forms
