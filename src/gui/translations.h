#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QSettings;

namespace Coolify::Gui {

using namespace Qt::StringLiterals;

// The UI language: the `ui/language` setting ("" = follow the system, or "en", "de", "fr"),
// applied once at start-up before any window exists.
//   QSettings settings;
//   Coolify::Gui::installTranslators(app, settings);
namespace Translations {
inline const QString languageKey = u"ui/language"_s;
// The language codes the app ships, English (the source language) first.
QStringList available();
// The locale whose language the UI uses: the override, or the system locale.
QLocale uiLocale(const QSettings &settings, const QLocale &system = QLocale::system());
} // namespace Translations

// Loads coolify-desktop_<lang>.qm from `appQmDir` (the .qm files qt_add_translations embeds under
// :/i18n) and Qt's own qtbase_<lang>.qm, honouring the override; replaces translators installed
// by an earlier call. A language the app has no catalogue for gets the English one, which holds
// the plural forms ("9 items", not "9 item(s)"). Returns the locale used.
QLocale installTranslators(QCoreApplication &app, const QSettings &settings,
                           const QString &appQmDir = u":/i18n"_s,
                           const QLocale &system = QLocale::system());

} // namespace Coolify::Gui
