#pragma once

#include "gui/shortcutsdialog.h"
#include "models/resourcefilterproxy.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Coolify::Gui {

// A resource table with everything a user expects around it: a text filter (Ctrl+F), a status
// filter, optional kind and instance filters, sortable columns, a status badge column, and a
// line that says when the data is stale. Works on any model that speaks Models::Roles.
class ResourceTableView : public QWidget
{
    Q_OBJECT

public:
    explicit ResourceTableView(QWidget *parent = nullptr);

    // The keys a resource table binds, for Help → Keyboard Shortcuts.
    static QList<ShortcutHelp> shortcutHelp();

    void setModel(QAbstractItemModel *model);
    void setStatusColumn(int column);
    void setInstanceColumn(int column);
    // A column of names: elided in the middle, where similar names differ.
    void setNameColumn(int column);
    // Offer a kind filter with these (value, label) choices; empty hides it.
    void setKinds(const QList<QPair<QString, QString>> &kinds);
    // Offer an instance filter with these (id, name) choices; empty hides it.
    void setInstances(const QList<QPair<QString, QString>> &instances);
    void setStaleText(const QString &text); // "" hides the line
    // Starting widths in characters per column; `stretch` takes the room left over (at least
    // `stretchMinimum` characters). When the table is narrower than that, every column shrinks
    // in proportion, so it fits without sideways scrolling; once the user resizes a column by
    // hand, the widths are theirs.
    void setColumnWidths(const QHash<int, int> &characters, int stretch, int stretchMinimum);
    // For models whose rows have no resource status (servers, deployments): no status filter.
    void setStatusFilterVisible(bool visible);
    // Picks the status filter as if the user had chosen it.
    void setStatusGroup(Models::ResourceFilterProxy::StatusGroup group);

    QTableView *table() const { return m_table; }
    // What the view is about, fixed by whoever shows it (an instance, a kind, environments):
    // the count says "12 of 40" against these rows, not against the whole model.
    Models::ResourceFilterProxy *scope() const { return m_scope; }
    // The user's filters and the sorting, over scope(): the model the table shows.
    Models::ResourceFilterProxy *proxy() const { return m_proxy; }
    QModelIndex mapToSource(const QModelIndex &tableIndex) const;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;
    QLineEdit *filterEdit() const { return m_filter; }
    // The selected row in source-model terms (invalid when nothing is selected).
    QModelIndex currentSourceIndex() const;
    QModelIndexList selectedSourceRows() const;

    // The user's filters, sorting and (once resized by hand) column widths, as opaque bytes
    // for ViewStates; restoreState() ignores bytes it does not understand.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void currentChanged(const QModelIndex &sourceIndex);
    void activated(const QModelIndex &sourceIndex);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyColumnWidths();
    Models::ResourceFilterProxy *m_scope;
    Models::ResourceFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QComboBox *m_kind;
    QComboBox *m_instance;
    QLabel *m_stale;
    QLabel *m_count;
    QTableView *m_table;
    QHash<int, int> m_widthChars;
    int m_stretchColumn = -1;
    int m_stretchMinimum = 0;
    bool m_applyingWidths = false;
    bool m_userResized = false;
};

} // namespace Coolify::Gui
