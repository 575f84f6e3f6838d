#include "gui/logviewer.h"
#include "forms/plaintext.h"

#include "gui/logviewerdelegate.h"
#include "models/deploymentlogmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::DeploymentLogModel;
using Models::LogLine;

namespace {
QToolButton *toolButton(QWidget *parent, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    b->setAccessibleDescription(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}
} // namespace

LogViewer::LogViewer(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new LogFilterProxy(this))
    , m_delegate(new LogLineDelegate(this))
    , m_view(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_prev(toolButton(this, tr("Previous"), tr("Previous match (Shift+F3)")))
    , m_next(toolButton(this, tr("Next"), tr("Next match (F3)")))
    , m_matchLabel(new QLabel(this))
    , m_hidden(new QCheckBox(tr("Internal commands"), this))
    , m_timestamps(new QCheckBox(tr("Timestamps"), this))
    , m_follow(toolButton(this, tr("Following"), QString()))
    , m_copy(toolButton(this, tr("Copy"), tr("Copy the selected lines, or all lines")))
    , m_save(toolButton(this, tr("Save…"), tr("Save the log to a file")))
    , m_message(new QLabel(this))
    , m_dropped(new QLabel(this))
    , m_fileNames([](QWidget *p, const QString &suggested) {
        return QFileDialog::getSaveFileName(
            p, LogViewer::tr("Save log"), suggested,
            LogViewer::tr("Log files (*.log *.txt);;All files (*)"));
    })
    , m_suggestedName(u"deployment.log"_s)
{
    m_search->setPlaceholderText(tr("Find in log (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find in log"));
    m_search->setClearButtonEnabled(true);
    m_prev->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_matchLabel->setAccessibleName(tr("Search matches"));
    m_hidden->setAccessibleName(tr("Show internal commands"));
    m_hidden->setToolTip(tr("Show the internal commands Coolify runs (hidden by default)"));
    m_timestamps->setAccessibleName(tr("Show timestamps"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_copy->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_message->setAccessibleName(tr("Log viewer message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_dropped->setObjectName(u"logDropped"_s);
    m_dropped->setAccessibleName(tr("Dropped log lines"));
    m_dropped->setWordWrap(true);
    m_dropped->setVisible(false);

    m_view->setAccessibleName(tr("Deployment log"));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_proxy);
    Forms::showItemToolTipsAsText(m_view);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_prev);
    bar->addWidget(m_next);
    bar->addWidget(m_matchLabel);
    bar->addSpacing(12);
    bar->addWidget(m_hidden);
    bar->addWidget(m_timestamps);
    bar->addWidget(m_follow);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_dropped);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, this, &LogViewer::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, &LogViewer::findNext);
    connect(m_next, &QToolButton::clicked, this, &LogViewer::findNext);
    connect(m_prev, &QToolButton::clicked, this, &LogViewer::findPrevious);
    connect(m_hidden, &QCheckBox::toggled, this, &LogViewer::setShowHidden);
    connect(m_timestamps, &QCheckBox::toggled, this, &LogViewer::setShowTimestamps);
    connect(m_follow, &QToolButton::clicked, this, [this](bool checked) {
        if (checked)
            jumpToEnd();
        else
            setFollowing(false);
    });
    connect(m_copy, &QToolButton::clicked, this, &LogViewer::copy);
    connect(m_save, &QToolButton::clicked, this, &LogViewer::saveToFile);

    const QList<ShortcutHelp> keys = shortcutHelp();
    auto *find = new QShortcut(keys.at(0).keys.first(), this, this, &LogViewer::focusSearch);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto *next = new QShortcut(keys.at(1).keys.first(), this, this, &LogViewer::findNext);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    auto *prev = new QShortcut(keys.at(2).keys.first(), this, this, &LogViewer::findPrevious);
    prev->setContext(Qt::WidgetWithChildrenShortcut);
    auto *copyKey = new QShortcut(keys.at(3).keys.first(), m_view, m_view, [this] { copy(); });
    copyKey->setContext(Qt::WidgetShortcut);

    QScrollBar *vbar = m_view->verticalScrollBar();
    connect(vbar, &QScrollBar::valueChanged, this, &LogViewer::onScrolled);
    connect(vbar, &QScrollBar::rangeChanged, this, [this, vbar] {
        if (m_following) {
            m_programmaticScroll = true;
            vbar->setValue(vbar->maximum());
            m_programmaticScroll = false;
        }
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LogViewer::onRowsInserted);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogViewer::recomputeMatches);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LogViewer::recomputeMatches);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogViewer::recomputeMatches);
    updateMatchLabel();
    updateFollowButton();
}

QList<ShortcutHelp> LogViewer::shortcutHelp()
{
    // The constructor binds these in this order.
    return {{{QKeySequence(QKeySequence::Find)}, tr("Search the log")},
            {{QKeySequence(Qt::Key_F3)}, tr("Next match")},
            {{QKeySequence(Qt::SHIFT | Qt::Key_F3)}, tr("Previous match")},
            {{QKeySequence(QKeySequence::Copy)}, tr("Copy the selected lines")}};
}

LogViewer::~LogViewer() = default;

void LogViewer::setModel(DeploymentLogModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_maxChars = 0;
    m_proxy->setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { growWidth(first, last); });
        connect(model, &DeploymentLogModel::droppedLinesChanged, this,
                &LogViewer::updateDroppedNotice);
        growWidth(0, model->rowCount() - 1);
    }
    updateDroppedNotice();
    recomputeMatches();
    if (m_following)
        jumpToEnd();
}

QString LogViewer::droppedNotice() const
{
    return m_dropped->isHidden() ? QString() : m_dropped->text();
}

void LogViewer::updateDroppedNotice()
{
    const qsizetype dropped = m_model ? m_model->droppedLines() : 0;
    m_dropped->setVisible(dropped > 0);
    if (dropped > 0)
        m_dropped->setText(tr("Showing the newest %1 lines: %2 older lines were dropped to keep "
                              "memory in bounds (Coolify's own log view keeps %1 too). The "
                              "whole log stays on the server.")
                               .arg(QLocale().toString(Models::DeploymentLog::kMaxLines),
                                    QLocale().toString(dropped)));
}

void LogViewer::growWidth(int first, int last)
{
    int widest = m_maxChars;
    for (int row = first; row <= last; ++row)
        widest = std::max(widest, int(LogLineDelegate::displayText(m_model->line(row)).size()));
    if (widest > m_maxChars) {
        m_maxChars = widest;
        // Uniform rows take their size from the delegate again at the layout that the insertion
        // schedules, so the view scrolls sideways as far as the widest line.
        m_delegate->setMaxChars(widest);
    }
}

void LogViewer::setShowHidden(bool show)
{
    if (m_hidden->isChecked() != show)
        m_hidden->setChecked(show);
    if (m_proxy->showHidden() == show)
        return;
    m_proxy->setShowHidden(show);
    recomputeMatches();
    if (m_following)
        jumpToEnd();
}

bool LogViewer::showHidden() const
{
    return m_proxy->showHidden();
}

void LogViewer::setShowTimestamps(bool show)
{
    if (m_timestamps->isChecked() != show)
        m_timestamps->setChecked(show);
    m_delegate->setShowTimestamps(show);
    m_view->doItemsLayout(); // the row width changes
    if (m_following)
        jumpToEnd();
}

bool LogViewer::showTimestamps() const
{
    return m_timestamps->isChecked();
}

void LogViewer::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    if (text == m_lastNeedle)
        return;
    m_lastNeedle = text;
    m_delegate->setSearch(text);
    recomputeMatches();
    m_view->viewport()->update();
}

QString LogViewer::searchText() const
{
    return m_search->text();
}

void LogViewer::recomputeMatches()
{
    m_matches.clear();
    m_current = -1;
    if (!m_model || m_lastNeedle.isEmpty()) {
        updateMatchLabel();
        return;
    }
    // No sorting in the proxy: a visible line's proxy row is the count of visible lines before it.
    int proxyRow = 0;
    const bool all = m_proxy->showHidden();
    for (const LogLine &line : m_model->log().lines()) {
        if (!all && line.hidden)
            continue;
        if (LogLineDelegate::displayText(line).contains(m_lastNeedle, Qt::CaseInsensitive))
            m_matches.append(proxyRow);
        ++proxyRow;
    }
    updateMatchLabel();
}

void LogViewer::scanMatches(int firstRow, int lastRow)
{
    if (m_lastNeedle.isEmpty())
        return;
    for (int row = firstRow; row <= lastRow; ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (LogLineDelegate::displayText(m_model->line(source))
                .contains(m_lastNeedle, Qt::CaseInsensitive))
            m_matches.append(row);
    }
    updateMatchLabel();
}

void LogViewer::onRowsInserted(const QModelIndex &, int first, int last)
{
    if (last == m_proxy->rowCount() - 1)
        scanMatches(first, last); // appended: only the new rows are searched
    else
        recomputeMatches(); // a late entry in the middle shifts the rows after it
}

void LogViewer::goToMatch(int match)
{
    if (match < 0 || match >= m_matches.size())
        return;
    m_current = match;
    const QModelIndex index = m_proxy->index(m_matches.at(match), 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    if (m_view->verticalScrollBar()->value() < m_view->verticalScrollBar()->maximum())
        setFollowing(false);
    updateMatchLabel();
}

void LogViewer::findNext()
{
    if (m_matches.isEmpty())
        return;
    goToMatch(m_current + 1 >= m_matches.size() ? 0 : m_current + 1);
}

void LogViewer::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    goToMatch(m_current <= 0 ? int(m_matches.size()) - 1 : m_current - 1);
}

void LogViewer::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LogViewer::updateMatchLabel()
{
    const bool any = !m_matches.isEmpty();
    m_prev->setEnabled(any);
    m_next->setEnabled(any);
    if (m_lastNeedle.isEmpty())
        m_matchLabel->clear();
    else if (!any)
        m_matchLabel->setText(tr("No matches"));
    else if (m_current < 0)
        m_matchLabel->setText(tr("Matches: %1").arg(m_matches.size()));
    else
        m_matchLabel->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

void LogViewer::onScrolled()
{
    if (m_programmaticScroll)
        return;
    const QScrollBar *vbar = m_view->verticalScrollBar();
    setFollowing(vbar->value() >= vbar->maximum());
}

void LogViewer::setFollowing(bool follow)
{
    if (follow == m_following)
        return;
    m_following = follow;
    updateFollowButton();
    emit followingChanged(follow);
}

void LogViewer::jumpToEnd()
{
    QScrollBar *vbar = m_view->verticalScrollBar();
    m_programmaticScroll = true;
    m_view->scrollToBottom();
    vbar->setValue(vbar->maximum());
    m_programmaticScroll = false;
    setFollowing(true);
}

void LogViewer::updateFollowButton()
{
    m_follow->setChecked(m_following);
    m_follow->setIcon(
        style()->standardIcon(m_following ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    const QString text = m_following ? tr("Following") : tr("Paused — jump to end");
    m_follow->setText(text);
    m_follow->setAccessibleName(text);
    m_follow->setToolTip(m_following
                             ? tr("New lines scroll into view. Scroll up to pause.")
                             : tr("Following is paused while you read. Click to jump to the "
                                  "newest line and follow again."));
}

int LogViewer::visibleRowCount() const
{
    return m_proxy->rowCount();
}

QString LogViewer::text(bool selectedOnly) const
{
    QStringList lines;
    if (!m_model)
        return {};
    const bool stamps = showTimestamps();
    if (selectedOnly) {
        QModelIndexList rows = m_view->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &index : std::as_const(rows))
            lines << LogLineDelegate::lineText(m_model->line(m_proxy->mapToSource(index).row()),
                                               stamps);
        return lines.join(u'\n');
    }
    const bool all = m_proxy->showHidden();
    lines.reserve(m_model->rowCount());
    for (const LogLine &line : m_model->log().lines()) {
        if (all || !line.hidden)
            lines << LogLineDelegate::lineText(line, stamps);
    }
    return lines.join(u'\n');
}

void LogViewer::copy()
{
    const bool selection = m_view->selectionModel()->hasSelection();
    QGuiApplication::clipboard()->setText(text(selection));
}

bool LogViewer::saveToFile()
{
    const QString path = m_fileNames ? m_fileNames(this, m_suggestedName) : QString();
    if (path.isEmpty())
        return false;
    return saveTo(path);
}

bool LogViewer::saveTo(const QString &path)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        const QByteArray bytes = text(false).toUtf8() + '\n';
        ok = file.write(bytes) == bytes.size() && file.commit();
    }
    if (!ok) {
        setMessage(tr("Could not save the log to %1: %2").arg(path, file.errorString()));
        return false;
    }
    setMessage(tr("Saved the log (%1 lines) to %2.").arg(visibleRowCount()).arg(path));
    emit saved(path);
    return true;
}

QString LogViewer::message() const
{
    return m_message->text();
}

void LogViewer::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace Coolify::Gui
