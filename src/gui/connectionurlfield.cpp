#include "gui/connectionurlfield.h"

#include "models/database.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

ConnectionUrlField::ConnectionUrlField(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_feedback(new QLabel(this))
{
    setObjectName(u"connectionUrlField"_s);
    m_text->setObjectName(u"connectionUrl"_s);
    m_text->setReadOnly(true);
    m_reveal->setObjectName(u"connectionUrlReveal"_s);
    m_reveal->setCheckable(true);
    m_reveal->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setObjectName(u"connectionUrlCopy"_s);
    m_copy->setText(tr("Copy"));
    m_copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setToolTip(tr("Copy the whole URL, password included"));
    m_copy->setAccessibleName(tr("Copy the connection URL"));
    m_feedback->setObjectName(u"connectionUrlFeedback"_s);
    m_feedback->setTextFormat(Qt::PlainText);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        updateText();
        emit revealedChanged(on);
    });
    connect(m_copy, &QToolButton::clicked, this, &ConnectionUrlField::copy);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_copy);
    layout->addWidget(m_feedback);
    updateText();
}

void ConnectionUrlField::setUrl(const QString &url)
{
    m_url = url;
    updateText();
}

QString ConnectionUrlField::shownText() const
{
    return m_text->text();
}

bool ConnectionUrlField::isRevealed() const
{
    return m_reveal->isChecked();
}

void ConnectionUrlField::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

void ConnectionUrlField::updateText()
{
    const bool revealed = m_reveal->isChecked();
    m_text->setText(revealed ? m_url : Models::withPasswordMasked(m_url));
    m_text->setCursorPosition(0);
    const bool hasSecret = Models::withPasswordMasked(m_url) != m_url;
    m_reveal->setEnabled(hasSecret || revealed);
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    m_reveal->setIcon(QIcon::fromTheme(revealed ? u"view-hidden"_s : u"view-visible"_s));
    m_reveal->setToolTip(revealed ? tr("Mask the password again") : tr("Show the password"));
    m_reveal->setAccessibleName(revealed ? tr("Hide the password") : tr("Show the password"));
    m_copy->setEnabled(!m_url.isEmpty());
}

void ConnectionUrlField::copy()
{
    if (m_url.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(m_url);
    // KDE's Klipper and other clipboard managers skip entries carrying this hint.
    mime->setData(u"x-kde-passwordManagerHint"_s, "secret");
    QGuiApplication::clipboard()->setMimeData(mime);
    m_feedback->setText(tr("Copied, with the password."));
    QTimer::singleShot(3000, m_feedback, &QLabel::clear);
    emit copied();
}

} // namespace Coolify::Gui
