#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

class QSettings;

namespace Coolify::Gui {

// What each view looked like when the user left it — filters, sorting, column widths, the
// selected rows, the details splitter and tab — keyed by the view (ViewPane::stateKey()).
// Panes save into it when they switch away and restore from it when they come back; the main
// window loads it from QSettings at start and saves it at exit, so views also survive a restart.
// Values are opaque to this class (each pane versions its own bytes).
class ViewStates
{
public:
    QByteArray value(const QString &key) const { return m_states.value(key); }
    void insert(const QString &key, const QByteArray &state);

    void load(const QSettings &settings);
    void save(QSettings &settings) const;

    static constexpr int kMaxViews = 200; // oldest dropped first

private:
    QHash<QString, QByteArray> m_states;
    QStringList m_order; // least recently saved first
};

} // namespace Coolify::Gui
