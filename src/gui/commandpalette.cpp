#include "gui/commandpalette.h"
#include "forms/plaintext.h"

#include "gui/resourceactions.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/navigationmodel.h"

#include <QAbstractListModel>
#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Nav = Models::NavigationModel;

// The filtered, ranked view of the palette's entries.
class CommandListModel : public QAbstractListModel
{
public:
    enum Role { TextRole = Qt::UserRole, EnabledRole };

    CommandListModel(const CommandPalette *palette, const QWidget *view)
        : QAbstractListModel(nullptr)
        , m_palette(palette)
        , m_view(view)
    { }

    void setRows(const QList<int> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const Command *command(const QModelIndex &index) const
    {
        return index.isValid() && index.row() < m_rows.size()
            ? &m_palette->commandAt(m_rows.at(index.row()))
            : nullptr;
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const Command *c = command(index);
        if (!c)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            if (!c->enabled)
                return CommandPalette::tr("%1\nUnavailable: %2").arg(c->text, c->disabledReason);
            return c->detail.isEmpty() ? c->text
                                       : CommandPalette::tr("%1  ·  %2").arg(c->text, c->detail);
        case Qt::DecorationRole:
            return c->icon;
        case Qt::ToolTipRole:
            return c->enabled ? c->detail : c->disabledReason;
        case Qt::AccessibleTextRole:
            return c->text;
        case Qt::AccessibleDescriptionRole:
            return c->enabled ? c->detail
                              : CommandPalette::tr("Unavailable: %1").arg(c->disabledReason);
        case Qt::ForegroundRole:
            if (!c->enabled)
                return m_view->palette().brush(QPalette::Disabled, QPalette::Text);
            return {};
        case TextRole:
            return c->text;
        case EnabledRole:
            return c->enabled;
        }
        return {};
    }

private:
    const CommandPalette *m_palette;
    const QWidget *m_view;
    QList<int> m_rows;
};

void Command::prepareMatch()
{
    matchText = text.toLower();
    matchAll = detail.isEmpty() ? matchText : matchText + u' ' + detail.toLower();
}

CommandPalette::CommandPalette(QWidget *window)
    : QFrame(window, Qt::Popup | Qt::FramelessWindowHint)
    , m_window(window)
    , m_toggle(new QAction(tr("&Command Palette…"), this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_reason(new QLabel(this))
    , m_model(nullptr)
{
    setObjectName(u"commandPalette"_s);
    setAccessibleName(tr("Command palette"));
    setFrameShape(QFrame::StyledPanel);
    m_model = new CommandListModel(this, m_list);
    m_model->setParent(this);

    m_toggle->setObjectName(u"actionCommandPalette"_s);
    m_toggle->setShortcut(Qt::CTRL | Qt::Key_K);
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    m_toggle->setStatusTip(
        tr("Jump to any instance, project, resource or view, or run any action"));
    connect(m_toggle, &QAction::triggered, this, [this] {
        if (isVisible())
            hide();
        else
            popup();
    });
    m_toggle->setProperty(kHiddenFromPaletteProperty,
                          true); // running it from the palette would reopen it
    window->addAction(m_toggle);

    m_search->setObjectName(u"commandSearch"_s);
    m_search->setPlaceholderText(tr("Go to or run…"));
    m_search->setAccessibleName(tr("Search commands"));
    m_search->setAccessibleDescription(
        tr("Type part of a name; Up and Down choose, Enter runs, Escape closes"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"commandList"_s);
    m_list->setAccessibleName(tr("Matching commands"));
    m_list->setModel(m_model);
    Forms::showItemToolTipsAsText(m_list);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_reason->setObjectName(u"commandReason"_s);
    m_reason->setAccessibleName(tr("Why the command is unavailable"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_hint = new QLabel(tr("↑ ↓ choose · Enter run · Esc close"), this);
    m_hint->setObjectName(u"commandHint"_s);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    setFocusProxy(m_search);

    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CommandPalette::updateReason);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        runCurrent();
    });
}

CommandPalette::~CommandPalette() = default;

void CommandPalette::addSource(std::shared_ptr<CommandSource> source)
{
    if (source)
        m_segments.push_back({std::move(source), 0, {}});
}

void CommandPalette::setNavigationModel(Models::NavigationModel *navigation)
{
    addSource(std::make_shared<NavigationCommandSource>(
        navigation, [this](const QModelIndex &index) { emit navigateTo(index); }));
}

void CommandPalette::popup()
{
    // Sources whose data did not change keep their list: with thousands of resources, building
    // the entries is what would make Ctrl+K slow.
    m_model->setRows({});
    m_flat.clear();
    for (Segment &segment : m_segments) {
        const quint64 revision = segment.source->revision();
        if (revision == 0 || revision != segment.revision) {
            // Our copy goes first: a source that keeps its list can then change it in place
            // instead of copying every entry.
            segment.commands = {};
            segment.commands = segment.source->commands();
            segment.revision = revision;
            const auto prepared = [](const Command &c) {
                return !c.matchText.isEmpty() || c.text.isEmpty();
            };
            if (!std::all_of(segment.commands.cbegin(), segment.commands.cend(), prepared)) {
                for (Command &c : segment.commands) {
                    if (!prepared(c))
                        c.prepareMatch();
                }
            }
        }
    }
    for (const Segment &segment : m_segments) {
        for (const Command &c : segment.commands) {
            if (!c.hidden)
                m_flat << &c;
        }
    }
    m_count = int(m_flat.size());
    m_lastWords.clear();
    m_matches.clear();
    const QSignalBlocker quiet(m_search); // one refilter below, not one for clearing too
    m_search->clear();
    refilter();

    QWidget *over = m_window->window();
    const int w = qBound(360, over->width() * 3 / 5, 720);
    const int h = qBound(260, over->height() * 3 / 5, 520);
    resize(w, h);
    move(over->mapToGlobal(QPoint((over->width() - w) / 2, (over->height() - h) / 2)));
    show();
    raise();
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

namespace {
// matchScore() for a query already split into lower-case words and a lower-case text.
int scoreWords(const QStringList &words, QStringView text)
{
    int total = 0;
    for (const QString &word : words) {
        const qsizetype at = text.indexOf(word);
        if (at >= 0) {
            int score = 100 - int(qMin<qsizetype>(at, 40)) / 4;
            if (at == 0)
                score += 60;
            else if (!text.at(at - 1).isLetterOrNumber())
                score += 40;
            total += score;
            continue;
        }
        // Subsequence: "sfapi" finds "storefront-api", ranked below any substring hit.
        qsizetype pos = 0, first = -1, gaps = 0;
        for (const QChar ch : word) {
            const qsizetype found = text.indexOf(ch, pos);
            if (found < 0)
                return -1;
            if (first < 0)
                first = found;
            else
                gaps += found - pos;
            pos = found + 1;
        }
        total += 30 - int(qMin<qsizetype>(gaps, 25));
    }
    // Never below 0, which is "no match": a longer query must keep every entry it matches.
    return std::max(0, total - int(qMin<qsizetype>(text.size(), 100)) / 10);
}

QStringList queryWords(const QString &query)
{
    return query.toLower().split(u' ', Qt::SkipEmptyParts);
}

// Every word of `longer` extends the word at the same place in `shorter` (or is new): whatever
// matches `longer` matched `shorter`.
bool narrows(const QStringList &shorter, const QStringList &longer)
{
    if (shorter.isEmpty() || longer.size() < shorter.size())
        return false;
    for (qsizetype i = 0; i < shorter.size(); ++i) {
        if (!longer.at(i).startsWith(shorter.at(i)))
            return false;
    }
    return true;
}
} // namespace

int CommandPalette::matchScore(const QString &query, const QString &text)
{
    return scoreWords(queryWords(query), text.toLower());
}

void CommandPalette::refilter()
{
    const QStringList words = queryWords(m_search->text());
    // Typing on only narrows the matches: look at those, not at every entry again.
    const bool narrowing = narrows(m_lastWords, words);
    QList<int> candidates;
    if (!narrowing) {
        candidates.resize(m_count);
        std::iota(candidates.begin(), candidates.end(), 0);
    } else {
        candidates = std::move(m_matches);
    }
    QList<QPair<int, int>> ranked; // (score, entry number)
    ranked.reserve(candidates.size());
    for (const int i : std::as_const(candidates)) {
        const Command &c = *m_flat.at(i);
        int score = 0;
        if (!words.isEmpty()) {
            score = scoreWords(words, c.matchAll);
            if (score < 0)
                continue;
            if (scoreWords(words, c.matchText) >= 0)
                score += 50; // the name itself matches, not only its context
        }
        if (c.enabled)
            score += 5;
        ranked << qMakePair(score, i);
    }
    m_matches.clear();
    m_matches.reserve(ranked.size());
    for (const auto &entry : std::as_const(ranked))
        m_matches << entry.second; // in entry order, as the next narrowing expects
    m_lastWords = words;
    // Best first, ties in the sources' order; only the best kMaxShown are sorted and listed.
    const auto better = [](const QPair<int, int> &a, const QPair<int, int> &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    const qsizetype shown = qMin<qsizetype>(ranked.size(), kMaxShown);
    std::partial_sort(ranked.begin(), ranked.begin() + shown, ranked.end(), better);
    QList<int> rows;
    rows.reserve(shown);
    for (qsizetype i = 0; i < shown; ++i)
        rows << ranked.at(i).second;
    m_model->setRows(rows);
    if (!rows.isEmpty())
        m_list->setCurrentIndex(m_model->index(0, 0));
    m_hint->setText(ranked.size() > shown
                        ? tr("%1 more — type to narrow · ↑ ↓ choose · Enter run · Esc close")
                              .arg(QLocale().toString(qlonglong(ranked.size() - shown)))
                        : tr("↑ ↓ choose · Enter run · Esc close"));
    updateReason();
}

int CommandPalette::pageRows() const
{
    const int row = qMax(1, m_list->sizeHintForRow(0));
    return qMax(1, m_list->viewport()->height() / row - 1);
}

void CommandPalette::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const QModelIndex next = m_model->index(qBound(0, current + delta, rows - 1), 0);
    m_list->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(next);
}

void CommandPalette::updateReason()
{
    const Command *c = m_model->command(m_list->currentIndex());
    const bool show = c && !c->enabled;
    m_reason->setText(show ? tr("Unavailable: %1").arg(c->disabledReason) : QString());
    m_reason->setVisible(show);
}

void CommandPalette::runCurrent()
{
    const Command *c = m_model->command(m_list->currentIndex());
    if (!c || !c->enabled)
        return; // the reason is already on show
    const std::function<void()> run = c->run;
    const QString text = c->text;
    hide();
    if (run)
        run();
    emit executed(text);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool inSearch = watched == m_search;
    switch (key->key()) {
    case Qt::Key_Escape:
        hide();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        runCurrent();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!inSearch)
            break;
        moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (!inSearch)
            break;
        moveCurrent(key->key() == Qt::Key_PageUp ? -pageRows() : pageRows());
        return true;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Coolify::Gui
