#pragma once

#include "gui/shortcutsdialog.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace Coolify::Models {
class DeploymentLogModel;
}

namespace Coolify::Gui {

class LogFilterProxy;
class LogLineDelegate;

// A deployment log viewer for very long logs: a uniform-row list view over a DeploymentLogModel
// (only visible rows are painted; appends cost the new rows only). stdout/stderr told apart by a
// "stderr" marker and colour, internal commands and timestamps toggled, search with highlighted
// matches (Ctrl+F, F3 / Shift+F3), follow mode that pauses when the user scrolls up and resumes
// at the bottom, copy and save to a file.
//
//     auto *viewer = new LogViewer(this);
//     viewer->setModel(follower->logModel());
//     viewer->setSuggestedFileName(u"deployment-%1.log"_s.arg(uuid));
class LogViewer : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save; returns an empty string when the user cancels. Tests hand in their own.
    using FileNameProvider = std::function<QString(QWidget *parent, const QString &suggested)>;

    explicit LogViewer(QWidget *parent = nullptr);
    ~LogViewer() override;

    // The keys a log viewer binds, for Help → Keyboard Shortcuts.
    static QList<ShortcutHelp> shortcutHelp();

    void setModel(Models::DeploymentLogModel *model);
    Models::DeploymentLogModel *model() const { return m_model; }

    void setShowHidden(bool show);
    bool showHidden() const;
    void setShowTimestamps(bool show);
    bool showTimestamps() const;

    // Search: sets the text to find (highlights every match) and jumps to the first one.
    void setSearchText(const QString &text);
    QString searchText() const;
    int matchCount() const { return int(m_matches.size()); }
    // Index into the matches of the current one, -1 when none.
    int currentMatch() const { return m_current; }
    void findNext();
    void findPrevious();
    void focusSearch();

    // Follow: keep the newest line in view. Scrolling up pauses it; reaching the bottom resumes.
    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);
    void jumpToEnd();

    // The visible lines (as filtered) as text; only the selected ones when `selectedOnly`.
    QString text(bool selectedOnly = false) const;
    void copy(); // selected lines, or all when none are selected
    void setFileNameProvider(FileNameProvider provider) { m_fileNames = std::move(provider); }
    void setSuggestedFileName(const QString &name) { m_suggestedName = name; }
    bool saveToFile(); // asks for a name; false when cancelled or on error (see message())
    bool saveTo(const QString &path);
    QString message() const;
    // "N older lines dropped" when the model keeps only its newest lines; empty otherwise.
    QString droppedNotice() const;

    QListView *view() const { return m_view; }
    // Visible rows (after the internal-commands filter).
    int visibleRowCount() const;

signals:
    void followingChanged(bool following);
    void saved(const QString &path);

private:
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onScrolled();
    void recomputeMatches();
    void scanMatches(int firstRow, int lastRow);
    void goToMatch(int match);
    void updateMatchLabel();
    void updateFollowButton();
    void setMessage(const QString &message);
    void growWidth(int firstSourceRow, int lastSourceRow);

    Models::DeploymentLogModel *m_model = nullptr;
    LogFilterProxy *m_proxy;
    LogLineDelegate *m_delegate;
    QListView *m_view;
    QLineEdit *m_search;
    QToolButton *m_prev;
    QToolButton *m_next;
    QLabel *m_matchLabel;
    QCheckBox *m_hidden;
    QCheckBox *m_timestamps;
    QToolButton *m_follow;
    QToolButton *m_copy;
    QToolButton *m_save;
    QLabel *m_message;
    QLabel *m_dropped; // "N older lines dropped", above the lines
    void updateDroppedNotice();
    QString m_lastNeedle;
    QList<int> m_matches; // proxy rows containing the search text, ascending
    int m_current = -1;
    int m_maxChars = 0;
    bool m_following = true;
    bool m_programmaticScroll = false;
    FileNameProvider m_fileNames;
    QString m_suggestedName;
};

} // namespace Coolify::Gui
