#pragma once

#include <QFrame>
#include <QHash>
#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QModelIndex>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QMenuBar;
class QTimer;

namespace Coolify::Models {
class Fleet;
struct FleetRow;
class NavigationModel;
} // namespace Coolify::Models

namespace Coolify::Gui {

class CommandListModel;
class ResourceActions;

// Set (true) on a QAction that the palette must not list, such as its own toggle.
inline constexpr char kHiddenFromPaletteProperty[] = "coolifyHideFromCommandPalette";

// One entry of the command palette: something to jump to or to run.
struct Command
{
    QString text; // "Restart storefront-api on Production"
    QString detail; // context shown after the text: "Shop / production", a shortcut…
    QIcon icon;
    bool enabled = true;
    QString disabledReason; // shown instead of running when !enabled
    std::function<void()> run;
    // What queries are matched against, in lower case: filled in by the palette, or by a source
    // that keeps its entries (then once, not on every opening).
    QString matchText; // text
    QString matchAll; // text and detail
    // Kept in its place but not offered: lets a source with many entries change them in place.
    bool hidden = false;
    void prepareMatch();
};

// A provider of palette entries. By default it is asked afresh each time the palette opens, so
// entries follow the current selection, permissions and data. A source over a large model
// answers revision() instead: the palette keeps its last list until the number changes.
// Implement it to plug more commands in.
class CommandSource
{
public:
    virtual ~CommandSource() = default;
    virtual QList<Command> commands() const = 0;
    // 0: ask on every open; otherwise a number that changes whenever commands() would.
    virtual quint64 revision() const { return 0; }
};

// Every node of the navigation tree (instances, their views, projects, environments and
// resources) as "go to" entries; running one finds the node again (by instance, kind and key)
// and calls `navigate` with its index. Rebuilt only when the tree changed.
class NavigationCommandSource : public CommandSource
{
public:
    NavigationCommandSource(Models::NavigationModel *navigation,
                            std::function<void(const QModelIndex &)> navigate);
    QList<Command> commands() const override;
    quint64 revision() const override { return *m_revision; }

private:
    void collect(const QModelIndex &parent, QList<Command> &out) const;
    QPointer<Models::NavigationModel> m_model;
    std::function<void(const QModelIndex &)> m_navigate;
    std::shared_ptr<quint64> m_revision = std::make_shared<quint64>(1);
};

// QActions (menu, toolbar or pane actions) as entries; disabled ones carry their tooltip as the
// reason. The provider is called on every open, so it may return the current pane's actions.
class ActionCommandSource : public CommandSource
{
public:
    explicit ActionCommandSource(std::function<QList<QAction *>()> provider,
                                 const QString &context = {});
    QList<Command> commands() const override;

    // The leaf actions of a menu bar's menus, in menu order (no separators or submenus).
    static QList<QAction *> menuActions(const QMenuBar *menuBar);
    // "&Add Instance…" → "Add Instance…"
    static QString plainText(const QString &text);

private:
    std::function<QList<QAction *>()> m_provider;
    QString m_context;
};

// Every operation of ResourceActions on every resource of the fleet ("Restart storefront-api on
// Production"), enabled exactly when ResourceActions would enable it for that one resource.
class ResourceCommandSource
    : public QObject
    , public CommandSource
{
    Q_OBJECT

public:
    // Owned by the palette through addSource(), so it takes no QObject parent.
    ResourceCommandSource(Models::Fleet *fleet, QWidget *dialogParent);
    ~ResourceCommandSource() override;
    QList<Command> commands() const override;
    // Changes with the fleet's rows and with any instance's session (abilities, state).
    quint64 revision() const override { return m_revision; }
    // How many rows had their entries built (for tests: a status change of one row must not
    // rebuild those of ten thousand).
    int rowsBuilt() const { return m_rowsBuilt; }

signals:
    // ResourceActions' status-bar sentence: what was queued, or what went wrong.
    void message(const QString &text);

private:
    struct Verb
    {
        QString text;
        bool asks = false; // "Delete…": asks before it acts
        QIcon icon;
    };
    // What a row's entries were built from: when the row still shows this, they stand.
    struct Basis
    {
        QString name;
        QString instanceName;
        QString environment;
        QString status;
        bool current = true; // false: the instance's abilities or state changed since
        bool fits(const Models::FleetRow &row) const;
    };
    // Where a row's entries are in m_list: one per verb, from `first` (hidden where the
    // operation cannot run), so a row that changes is rebuilt in place.
    struct Span
    {
        Basis basis;
        int first = 0;
    };
    // Entries the warm-up built for a row whose span no longer fits.
    struct Pending
    {
        Basis basis;
        QList<Command> commands;
    };
    QList<Verb> verbs() const;
    // Appends the row's entries (one per verb) to `out`; returns what they were built from.
    Basis build(const Models::FleetRow &row, const QList<Verb> &verbs, QList<Command> &out) const;
    void changed();
    void dropInstance(const QString &instanceId);
    void warmUp();

    Models::Fleet *m_fleet;
    ResourceActions *m_actions;
    quint64 m_revision = 1;
    // Every row's entries in fleet order, and each row's span (by FleetRow::uuid). commands()
    // returns m_list shared. When rows changed it rebuilds their spans in place (or takes what
    // the idle warm-up built for them ahead of Ctrl+K); only when rows came, went or moved does
    // it move the spans into a new list.
    mutable QList<Command> m_list;
    mutable QHash<QString, Span> m_spans;
    mutable QHash<QString, Pending> m_pending;
    mutable int m_rowsBuilt = 0;
    // Only for a palette that has been opened: no CPU or memory for those who never do.
    mutable bool m_asked = false;
    QTimer *m_warmUp;
    int m_warmRow = 0; // where the next warm-up slice starts
};

// The Ctrl+K command palette: a frameless popup centred over `window` with a search field and
// the matching entries of all registered sources. Up/Down, Page Up/Down move, Enter runs, Esc
// closes; disabled entries show their reason and do not run.
//   auto *palette = new CommandPalette(mainWindow);
//   palette->addSource(std::make_shared<ActionCommandSource>(...));
//   viewMenu->addAction(palette->toggleAction());
class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    explicit CommandPalette(QWidget *window);
    ~CommandPalette() override;

    void addSource(std::shared_ptr<CommandSource> source);
    // Adds a NavigationCommandSource whose entries emit navigateTo().
    void setNavigationModel(Models::NavigationModel *navigation);
    // "Command Palette…", Ctrl+K; added to the window so the shortcut works everywhere in it.
    QAction *toggleAction() const { return m_toggle; }

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    QLabel *reasonLabel() const { return m_reason; }

    // Higher is better; -1 when `query` does not match `text` at all. Every word of the query
    // must occur as a substring or, failing that, as a subsequence. Case-insensitive.
    static int matchScore(const QString &query, const QString &text);
    // The most entries the list shows at once; more matches are counted, not listed.
    static constexpr int kMaxShown = 200;
    // Entries that matched the current query (the list shows the best kMaxShown).
    int matchCount() const { return int(m_matches.size()); }
    // Every entry of the last opening, numbered across the sources.
    int commandCount() const { return m_count; }
    const Command &commandAt(int i) const { return *m_flat.at(i); }

public slots:
    void popup();

signals:
    void navigateTo(const QModelIndex &navigationIndex);
    void executed(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void moveCurrent(int delta);
    void runCurrent();
    void updateReason();
    int pageRows() const;

    QWidget *m_window;
    QAction *m_toggle;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_reason;
    CommandListModel *m_model;
    QLabel *m_hint = nullptr;
    // Each source's last list, kept while its revision stands.
    struct Segment
    {
        std::shared_ptr<CommandSource> source;
        quint64 revision = 0;
        QList<Command> commands;
    };
    std::vector<Segment> m_segments;
    QList<const Command *> m_flat; // every segment's entries in one numbering
    int m_count = 0;
    // The last query and the entries it matched: typing on narrows these instead of all.
    QStringList m_lastWords;
    QList<int> m_matches;
};

} // namespace Coolify::Gui
