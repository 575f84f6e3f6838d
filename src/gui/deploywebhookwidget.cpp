#include "gui/deploywebhookwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

DeployWebhookWidget::DeployWebhookWidget(QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_note(new QLabel(this))
    , m_feedback(new QLabel(this))
{
    setObjectName(u"deployWebhookWidget"_s);
    setAccessibleName(tr("Deploy webhook"));
    auto *label = new QLabel(tr("Deploy &webhook:"), this);
    label->setBuddy(m_url);
    label->setAccessibleName(tr("Deploy webhook label"));
    m_url->setObjectName(u"webhookUrl"_s);
    m_url->setAccessibleName(tr("Deploy webhook URL"));
    m_url->setReadOnly(true);
    m_copy->setObjectName(u"webhookCopy"_s);
    m_copy->setAccessibleName(tr("Copy the deploy webhook URL"));
    m_copy->setIcon(
        QIcon::fromTheme(u"edit-copy"_s, QApplication::style()->standardIcon(QStyle::SP_FileIcon)));
    m_copy->setToolTip(tr("Copy the URL to the clipboard (it contains no token)"));
    m_note->setObjectName(u"webhookNote"_s);
    m_note->setAccessibleName(tr("How to call the webhook"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(
        tr("Send it as a POST request with an API token that has the “deploy” permission "
           "(header “Authorization: Bearer <token>”). A GET request does not deploy, and "
           "there is no “/applications/<uuid>/deploy” address."));
    m_note->setTextFormat(Qt::PlainText);
    m_feedback->setObjectName(u"webhookFeedback"_s);
    m_feedback->setAccessibleName(tr("Copy result"));
    connect(m_copy, &QPushButton::clicked, this, &DeployWebhookWidget::copy);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_url, 0, 1);
    layout->addWidget(m_copy, 0, 2);
    layout->addWidget(m_feedback, 0, 3);
    layout->addWidget(m_note, 1, 1, 1, 3);
    m_copy->setEnabled(false);
}

QString DeployWebhookWidget::webhookUrl(const QUrl &root, const QString &uuid)
{
    if (!root.isValid() || root.isEmpty() || uuid.isEmpty())
        return {};
    QString base = root.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u"/api/v1/deploy?uuid="_s + QString::fromUtf8(QUrl::toPercentEncoding(uuid));
}

void DeployWebhookWidget::setApplication(const QUrl &root, const QString &uuid)
{
    m_url->setText(webhookUrl(root, uuid));
    m_url->setCursorPosition(0);
    m_copy->setEnabled(!m_url->text().isEmpty());
    m_feedback->clear();
}

QString DeployWebhookWidget::url() const
{
    return m_url->text();
}

void DeployWebhookWidget::copy()
{
    if (url().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url());
    m_feedback->setText(tr("Copied."));
    QTimer::singleShot(3000, m_feedback, &QLabel::clear);
    emit copied(url());
}

} // namespace Coolify::Gui
