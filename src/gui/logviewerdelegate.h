#pragma once

#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

namespace Coolify::Models {
struct LogLine;
}

namespace Coolify::Gui {

// Hides internal-command lines of a DeploymentLogModel unless asked to show them.
class LogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShowHidden(bool show);
    bool showHidden() const { return m_showHidden; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showHidden = false;
};

// Paints one log line on one row: optional time, a "stderr" marker (so stderr is never told by
// colour alone), the text in a palette-derived colour, and search matches highlighted.
class LogLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setShowTimestamps(bool show) { m_timestamps = show; }
    void setSearch(const QString &needle) { m_needle = needle; }
    // Widest line seen so far, in characters (the view is single-line and scrolls sideways).
    void setMaxChars(int chars) { m_maxChars = chars; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // What a line says as text (copy, save, search): "[time] stderr: text".
    static QString lineText(const Models::LogLine &line, bool timestamps);
    static QString displayText(const Models::LogLine &line);
    static QString markerText();
    static QColor stderrColor(const QPalette &palette);

private:
    QString m_needle;
    int m_maxChars = 80;
    bool m_timestamps = false;
};

} // namespace Coolify::Gui
