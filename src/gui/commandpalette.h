#pragma once

#include <QFrame>
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

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Gui {

class CommandListModel;
class ResourceActions;

// One entry of the command palette: something to jump to or to run.
struct Command
{
    QString text; // "Restart storefront-api on Production"
    QString detail; // context shown after the text: "Shop / production", a shortcut…
    QIcon icon;
    bool enabled = true;
    QString disabledReason; // shown instead of running when !enabled
    std::function<void()> run;
};

// A provider of palette entries, asked afresh each time the palette opens, so entries follow the
// current selection, permissions and data. Implement it to plug more commands in.
class CommandSource
{
public:
    virtual ~CommandSource() = default;
    virtual QList<Command> commands() const = 0;
};

// Every node of the navigation tree (instances, their views, projects, environments and
// resources) as "go to" entries; running one calls `navigate` with the node's index.
class NavigationCommandSource : public CommandSource
{
public:
    NavigationCommandSource(QAbstractItemModel *navigation,
                            std::function<void(const QModelIndex &)> navigate);
    QList<Command> commands() const override;

private:
    void collect(const QModelIndex &parent, QList<Command> &out) const;
    QPointer<QAbstractItemModel> m_model;
    std::function<void(const QModelIndex &)> m_navigate;
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

signals:
    // ResourceActions' status-bar sentence: what was queued, or what went wrong.
    void message(const QString &text);

private:
    Models::Fleet *m_fleet;
    ResourceActions *m_actions;
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
    void setNavigationModel(QAbstractItemModel *navigation);
    // "Command Palette…", Ctrl+K; added to the window so the shortcut works everywhere in it.
    QAction *toggleAction() const { return m_toggle; }

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    QLabel *reasonLabel() const { return m_reason; }

    // Higher is better; -1 when `query` does not match `text` at all. Every word of the query
    // must occur as a substring or, failing that, as a subsequence.
    static int matchScore(const QString &query, const QString &text);

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
    std::vector<std::shared_ptr<CommandSource>> m_sources;
    QList<Command> m_all;
};

} // namespace Coolify::Gui
