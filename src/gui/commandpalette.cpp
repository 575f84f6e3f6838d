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

namespace {
QString kindText(const QString &key)
{
    const auto kind = Api::kindFromKey(key);
    return kind ? Models::FleetModel::kindText(*kind) : key;
}

// Set on actions the palette must not list (its own toggle).
constexpr char kHiddenProperty[] = "coolifyHideFromCommandPalette";
} // namespace

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

// --- sources ---------------------------------------------------------------------------------

NavigationCommandSource::NavigationCommandSource(Models::NavigationModel *navigation,
                                                 std::function<void(const QModelIndex &)> navigate)
    : m_model(navigation)
    , m_navigate(std::move(navigate))
{
    if (!navigation)
        return;
    const auto bump = [revision = m_revision] {
        ++*revision;
    };
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(navigation, signal, navigation, bump);
    QObject::connect(navigation, &QAbstractItemModel::rowsMoved, navigation, bump);
    QObject::connect(navigation, &QAbstractItemModel::dataChanged, navigation, bump);
    QObject::connect(navigation, &QAbstractItemModel::modelReset, navigation, bump);
    QObject::connect(navigation, &QAbstractItemModel::layoutChanged, navigation, bump);
}

QList<Command> NavigationCommandSource::commands() const
{
    QList<Command> out;
    if (m_model)
        collect({}, out);
    return out;
}

void NavigationCommandSource::collect(const QModelIndex &parent, QList<Command> &out) const
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        QModelIndex top = index;
        while (top.parent().isValid())
            top = top.parent();
        const QString instance = top.data().toString();
        const QString name = index.data().toString();
        Command c;
        switch (Nav::Node(index.data(Nav::NodeRole).toInt())) {
        case Nav::Node::Fleet:
            c.text = name;
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Instance:
            c.text = name;
            c.detail = CommandPalette::tr("Instance");
            break;
        case Nav::Node::Applications:
            c.text = CommandPalette::tr("%1 — Applications").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Databases:
            c.text = CommandPalette::tr("%1 — Databases").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Services:
            c.text = CommandPalette::tr("%1 — Services").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Projects:
            c.text = CommandPalette::tr("%1 — Projects").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Servers:
            c.text = CommandPalette::tr("%1 — Servers").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Deployments:
            c.text = CommandPalette::tr("%1 — Deployments").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Project:
            c.text = name;
            c.detail = CommandPalette::tr("Project on %1").arg(instance);
            break;
        case Nav::Node::Environment:
            c.text = CommandPalette::tr("%1 / %2").arg(parent.data().toString(), name);
            c.detail = CommandPalette::tr("Environment on %1").arg(instance);
            break;
        case Nav::Node::Resource: {
            const QModelIndex project = parent.parent();
            c.text = name;
            c.detail = CommandPalette::tr("%1 in %2 / %3 on %4")
                           .arg(kindText(index.data(Nav::ResourceKindRole).toString()),
                                project.data().toString(), parent.data().toString(), instance);
            break;
        }
        }
        // Found again when run: the list is kept while the tree stays as it is, and holding
        // thousands of persistent indexes would slow every change to the tree.
        c.run = [navigate = m_navigate, model = m_model,
                 instanceId = index.data(Nav::InstanceIdRole).toString(),
                 node = Nav::Node(index.data(Nav::NodeRole).toInt()),
                 key = index.data(Nav::KeyRole).toString()] {
            if (!model || !navigate)
                return;
            QModelIndex target;
            if (instanceId.isEmpty()) { // "All Instances", "Active Deployments": top level
                for (int r = 0; r < model->rowCount() && !target.isValid(); ++r) {
                    const QModelIndex candidate = model->index(r, 0);
                    if (candidate.data(Nav::NodeRole).toInt() == int(node))
                        target = candidate;
                }
            } else {
                target = model->find(instanceId, node, key);
            }
            if (target.isValid())
                navigate(target);
        };
        out << c;
        collect(index, out);
    }
}

ActionCommandSource::ActionCommandSource(std::function<QList<QAction *>()> provider,
                                         const QString &context)
    : m_provider(std::move(provider))
    , m_context(context)
{ }

QString ActionCommandSource::plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" stays one "&", "&A" becomes "A"
        plain += text.at(i);
    }
    return plain;
}

QList<QAction *> ActionCommandSource::menuActions(const QMenuBar *menuBar)
{
    QList<QAction *> out;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (QMenu *menu = action->menu())
                walk(menu->actions());
            else if (!action->isSeparator())
                out << action;
        }
    };
    if (menuBar)
        walk(menuBar->actions());
    return out;
}

QList<Command> ActionCommandSource::commands() const
{
    QList<Command> out;
    const QList<QAction *> actions = m_provider ? m_provider() : QList<QAction *>();
    for (QAction *action : actions) {
        if (!action || action->isSeparator() || action->menu() || !action->isVisible()
            || action->property(kHiddenProperty).toBool())
            continue;
        Command c;
        c.text = plainText(action->text());
        if (c.text.isEmpty())
            continue;
        QStringList detail;
        if (!m_context.isEmpty())
            detail << m_context;
        if (!action->shortcut().isEmpty())
            detail << action->shortcut().toString(QKeySequence::NativeText);
        c.detail = detail.join(u" · "_s);
        c.icon = action->icon();
        c.enabled = action->isEnabled();
        if (!c.enabled) {
            // Qt's default tooltip is the text itself, which explains nothing.
            const QString tip = action->toolTip();
            QString bare = c.text;
            if (bare.endsWith(u'…'))
                bare.chop(1);
            c.disabledReason = tip.isEmpty() || tip == c.text || tip == bare
                ? CommandPalette::tr("Not available right now.")
                : tip;
        }
        c.run = [target = QPointer<QAction>(action)] {
            if (target && target->isEnabled())
                target->trigger();
        };
        out << c;
    }
    return out;
}

ResourceCommandSource::ResourceCommandSource(Models::Fleet *fleet, QWidget *dialogParent)
    : QObject(nullptr)
    , m_fleet(fleet)
    , m_actions(new ResourceActions(fleet, dialogParent, this))
{
    connect(m_actions, &ResourceActions::message, this, &ResourceCommandSource::message);
    const auto bump = [this] {
        ++m_revision;
    };
    const QAbstractItemModel *rows = fleet->resources();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(rows, signal, this, bump);
    connect(rows, &QAbstractItemModel::rowsMoved, this, bump);
    connect(rows, &QAbstractItemModel::dataChanged, this, bump);
    connect(rows, &QAbstractItemModel::modelReset, this, bump);
    connect(rows, &QAbstractItemModel::layoutChanged, this, bump);
    connect(fleet, &Models::Fleet::sessionChanged, this, bump); // abilities, state
}

ResourceCommandSource::~ResourceCommandSource() = default;

QList<Command> ResourceCommandSource::commands() const
{
    // Only what can run: starting a running application or stopping a stopped one, deploying a
    // database or acting without the permission are left out rather than listed greyed out (the
    // row's own menu still says why). The verbs and icons are read once, not per row.
    struct Verb
    {
        QString text;
        bool asks = false;
        QIcon icon;
    };
    QList<Verb> verbs;
    const QList<QAction *> operations = m_actions->all();
    for (QAction *action : operations) {
        Verb verb{ActionCommandSource::plainText(action->text()), false, action->icon()};
        verb.asks = verb.text.endsWith(u'…');
        if (verb.asks)
            verb.text.chop(1);
        verbs << verb;
    }
    QList<Command> out;
    const Models::FleetModel *rows = m_fleet->resources();
    out.reserve(rows->rowCount() * 3);
    for (int row = 0; row < rows->rowCount(); ++row) {
        const Models::FleetRow &r = rows->at(row);
        const ResourceActions::Target target{r.instanceId, r.kind, r.resourceUuid, r.name,
                                             r.status.raw};
        const QStringList reasons = m_actions->reasonsFor(target);
        for (int op = 0; op < verbs.size(); ++op) {
            if (!reasons.value(op).isEmpty())
                continue;
            const Verb &verb = verbs.at(op);
            Command c;
            c.text =
                tr("%1 %2 on %3", "verb, resource, instance").arg(verb.text, r.name, r.instanceName)
                + (verb.asks ? u"…"_s : QString());
            c.detail = r.environment;
            c.icon = verb.icon;
            c.run = [actions = QPointer<ResourceActions>(m_actions), target, op] {
                if (!actions)
                    return;
                actions->setTargets({target});
                QAction *chosen = actions->all().at(op);
                if (chosen->isEnabled())
                    chosen->trigger();
            };
            out << c;
        }
    }
    return out;
}

// --- the palette -----------------------------------------------------------------------------

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
    m_toggle->setProperty(kHiddenProperty, true); // running it from the palette would reopen it
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
            segment.commands = segment.source->commands();
            segment.revision = revision;
            for (Command &c : segment.commands) {
                c.matchText = c.text.toLower();
                c.matchAll =
                    c.detail.isEmpty() ? c.matchText : c.matchText + u' ' + c.detail.toLower();
            }
        }
    }
    for (const Segment &segment : m_segments) {
        for (const Command &c : segment.commands)
            m_flat << &c;
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
