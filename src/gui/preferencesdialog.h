#pragma once

#include "gui/translations.h"
#include "models/instancedata.h"

#include <QDialog>
#include <QKeySequence>
#include <QList>

#include <memory>

class QSettings;

namespace Ui {
class PreferencesDialog;
}

namespace Coolify::Gui {

using namespace Qt::StringLiterals;

// The user's preferences as typed values over QSettings: one table of {key, default}.
struct Preferences
{
    static inline const QString LanguageKey = Translations::languageKey;
    static inline const QString QuietKey = u"notifications/quiet"_s;
    static inline const QString IdleKey = u"refresh/idleSeconds"_s;
    static inline const QString BusyKey = u"refresh/busySeconds"_s;
    static inline const QString HiddenKey = u"refresh/hiddenSeconds"_s;
    static inline const QString RetentionKey = u"journal/retentionDays"_s;

    QString language; // "" = system default, else "en", "de", "fr"; applied on the next start
    bool quietNotifications = false; // no desktop notification when a deployment finishes
    int idleSeconds = 30; // refresh interval while nothing is deploying
    int busySeconds = 5; // while a deployment or restart is in progress
    int hiddenSeconds = 120; // while the window is hidden or minimised
    int journalRetentionDays = 365; // older journal entries are deleted; 0 keeps them all

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    // For InstanceData::setIntervals(); failure back-off keeps its defaults.
    Models::InstanceData::Intervals intervals() const;
};

// Edit → Preferences (Ctrl+,): language, quiet deployment notifications, refresh intervals and how
// long the journal keeps its entries.
// Writes the handed-in QSettings only when the user saves; a changed language takes effect on
// the next start, which the dialog says.
//   auto *dialog = new PreferencesDialog(settings, this);
//   connect(dialog, &PreferencesDialog::saved, this, &MainWindow::applyPreferences);
//   dialog->open();
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QSettings *settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // QKeySequence::Preferences, plus Ctrl+, where the platform defines none (Linux in Qt 6.4).
    static QList<QKeySequence> shortcuts();

    void accept() override;

signals:
    void saved(const Coolify::Gui::Preferences &preferences);

private:
    void updateLanguageNote();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QSettings *m_settings;
    QString m_startLanguage;
};

} // namespace Coolify::Gui
