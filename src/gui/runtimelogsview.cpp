#include "gui/runtimelogsview.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/applications.h"
#include "api/families/databases.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

namespace Coolify::Gui {

using Api::ErrorKind;

RuntimeLogsView::RuntimeLogsView(Api::ApiClient *client, Kind kind, const QString &uuid,
                                 const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_kind(kind)
    , m_uuid(uuid)
    , m_name(name)
    , m_lines(new QComboBox(this))
    , m_timestamps(new QCheckBox(tr("Timestamps"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_message(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Logs of %1").arg(name));
    for (int n : lineChoices())
        m_lines->addItem(tr("Last %1 lines").arg(QLocale().toString(n)), n);
    m_lines->setAccessibleName(tr("Number of lines"));
    m_timestamps->setAccessibleName(tr("Show timestamps"));
    if (kind == Kind::Database) {
        m_timestamps->setEnabled(false);
        m_timestamps->setToolTip(tr("The server offers timestamps for application logs only."));
    }
    m_refresh->setAccessibleName(tr("Refresh logs"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_follow->setAccessibleName(tr("Follow logs"));
    m_follow->setToolTip(tr("Fetch the logs again every few seconds"));
    m_message->setAccessibleName(tr("Logs message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    m_updated->setAccessibleName(tr("Last updated"));
    m_text->setAccessibleName(tr("Container logs"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_timer.setInterval(5000);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_lines);
    bar->addWidget(m_timestamps);
    bar->addWidget(m_follow);
    bar->addStretch(1);
    bar->addWidget(m_updated);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_text, 1);

    connect(m_refresh, &QPushButton::clicked, this, &RuntimeLogsView::refresh);
    connect(m_lines, &QComboBox::currentIndexChanged, this, &RuntimeLogsView::refresh);
    connect(m_timestamps, &QCheckBox::toggled, this, &RuntimeLogsView::refresh);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_timer.start();
            refresh();
        } else {
            m_timer.stop();
        }
    });
    connect(&m_timer, &QTimer::timeout, this, &RuntimeLogsView::refresh);
}

RuntimeLogsView::~RuntimeLogsView()
{
    if (m_reply)
        m_reply->cancel();
}

QList<int> RuntimeLogsView::lineChoices()
{
    return {100, 500, 1000, 5000, 10000};
}

void RuntimeLogsView::setLines(int lines)
{
    const int i = m_lines->findData(lines);
    if (i >= 0)
        m_lines->setCurrentIndex(i);
}

int RuntimeLogsView::lines() const
{
    return m_lines->currentData().toInt();
}

void RuntimeLogsView::setShowTimestamps(bool show)
{
    m_timestamps->setChecked(show);
}

bool RuntimeLogsView::showTimestamps() const
{
    return m_timestamps->isChecked() && m_kind == Kind::Application;
}

void RuntimeLogsView::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

bool RuntimeLogsView::isFollowing() const
{
    return m_follow->isChecked();
}

QString RuntimeLogsView::logText() const
{
    return m_text->toPlainText();
}

QString RuntimeLogsView::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void RuntimeLogsView::refresh()
{
    if (m_reply)
        m_reply->cancel(); // the newest choice wins
    Api::ApiRequest request = m_kind == Kind::Application
        ? Api::Applications::logs(m_uuid, lines(), showTimestamps())
        : Api::Databases::logs(m_uuid, lines());
    if (m_timer.isActive())
        request.inBackground();
    Api::ApiReply *reply = m_client->send(std::move(request));
    m_reply = reply;
    m_refresh->setEnabled(false);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (m_reply == reply)
            m_reply = nullptr;
        if (reply->result().error.kind == ErrorKind::Cancelled)
            return;
        onReply(reply->result());
    });
}

void RuntimeLogsView::onReply(const Api::ApiResult &result)
{
    m_refresh->setEnabled(true);
    if (!result.ok()) {
        const bool notRunning = result.error.kind == ErrorKind::BadRequest
            && result.error.serverMessage.contains(QLatin1String("not running"));
        if (notRunning) {
            m_text->clear();
            setMessage(m_kind == Kind::Application
                           ? tr("%1 is not running, so it has no container logs to show. Start "
                                "or deploy it, then refresh.")
                                 .arg(m_name)
                           : tr("The database %1 is not running, so it has no container logs to "
                                "show. Start it, then refresh.")
                                 .arg(m_name));
        } else {
            // Keep the logs already shown; say what went wrong.
            setMessage(tr("Could not fetch the logs: %1").arg(result.error.userMessage()));
        }
        emit loaded();
        return;
    }
    const QString logs = result.json.object().value(QLatin1String("logs")).toString();
    QScrollBar *vbar = m_text->verticalScrollBar();
    const bool atBottom = vbar->value() >= vbar->maximum();
    const int keep = vbar->value();
    m_text->setPlainText(logs);
    vbar->setValue(atBottom ? vbar->maximum() : keep);
    setMessage(logs.isEmpty() ? tr("The container has not written any logs yet.") : QString());
    m_updated->setText(
        tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit loaded();
}

void RuntimeLogsView::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace Coolify::Gui
