#include "gui/runtimelogsview.h"

#include "controllers/runtimelogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

namespace Coolify::Gui {

using Controllers::RuntimeLogs;

RuntimeLogsView::RuntimeLogsView(Api::ApiClient *client, Api::ResourceKind kind,
                                 const QString &uuid, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_logs(new RuntimeLogs(client, kind, uuid, name, this))
    , m_lines(new QComboBox(this))
    , m_timestamps(new QCheckBox(tr("Timestamps"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_message(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Logs of %1").arg(name));
    for (int n : RuntimeLogs::lineChoices())
        m_lines->addItem(tr("Last %1 lines").arg(QLocale().toString(n)), n);
    m_lines->setAccessibleName(tr("Number of lines"));
    m_timestamps->setAccessibleName(tr("Show timestamps"));
    if (!m_logs->supportsTimestamps()) {
        m_timestamps->setEnabled(false);
        m_timestamps->setToolTip(tr("The server offers timestamps for application logs only."));
    }
    m_refresh->setAccessibleName(tr("Refresh logs"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_follow->setAccessibleName(tr("Follow logs"));
    m_follow->setToolTip(tr("Fetch the logs again every few seconds"));
    m_message->setAccessibleName(tr("Logs message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // it may quote the server
    m_message->setVisible(false);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    m_updated->setAccessibleName(tr("Last updated"));
    m_text->setAccessibleName(tr("Container logs"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

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

    connect(m_refresh, &QPushButton::clicked, m_logs, &RuntimeLogs::refresh);
    connect(m_lines, &QComboBox::currentIndexChanged, this,
            [this] { m_logs->setLines(m_lines->currentData().toInt()); });
    connect(m_timestamps, &QCheckBox::toggled, m_logs, &RuntimeLogs::setShowTimestamps);
    connect(m_follow, &QCheckBox::toggled, m_logs, &RuntimeLogs::setFollowing);
    connect(m_logs, &RuntimeLogs::changed, this, &RuntimeLogsView::render);
    connect(m_logs, &RuntimeLogs::loaded, this, &RuntimeLogsView::loaded);
    render();
}

RuntimeLogsView::~RuntimeLogsView() = default;

void RuntimeLogsView::setLines(int lines)
{
    const int i = m_lines->findData(lines);
    if (i >= 0)
        m_lines->setCurrentIndex(i);
}

int RuntimeLogsView::lines() const
{
    return m_logs->lines();
}

void RuntimeLogsView::setShowTimestamps(bool show)
{
    m_timestamps->setChecked(show);
}

bool RuntimeLogsView::showTimestamps() const
{
    return m_logs->showTimestamps();
}

void RuntimeLogsView::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

bool RuntimeLogsView::isFollowing() const
{
    return m_logs->isFollowing();
}

void RuntimeLogsView::setFollowInterval(int ms)
{
    m_logs->setFollowInterval(ms);
}

QString RuntimeLogsView::logText() const
{
    return m_text->toPlainText();
}

QString RuntimeLogsView::message() const
{
    return m_logs->message();
}

bool RuntimeLogsView::isLoading() const
{
    return m_logs->isLoading();
}

void RuntimeLogsView::refresh()
{
    m_logs->refresh();
}

void RuntimeLogsView::render()
{
    m_refresh->setEnabled(!m_logs->isLoading());
    if (m_text->toPlainText() != m_logs->text()) {
        QScrollBar *vbar = m_text->verticalScrollBar();
        const bool atBottom = vbar->value() >= vbar->maximum();
        const int keep = vbar->value();
        m_text->setPlainText(m_logs->text());
        vbar->setValue(atBottom ? vbar->maximum() : keep);
    }
    m_message->setText(m_logs->message());
    m_message->setVisible(!m_logs->message().isEmpty());
    if (m_logs->updated().isValid())
        m_updated->setText(
            tr("Updated %1")
                .arg(QLocale().toString(m_logs->updated().time(), QLocale::ShortFormat)));
}

} // namespace Coolify::Gui
