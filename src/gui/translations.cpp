#include "gui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

namespace {
const QString kTranslatorName = u"coolifyTranslator"_s;
}

QStringList Translations::available()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QLocale Translations::uiLocale(const QSettings &settings, const QLocale &system)
{
    const QString code = settings.value(languageKey).toString();
    if (!code.isEmpty() && available().contains(code))
        return QLocale(code);
    return system;
}

QLocale installTranslators(QCoreApplication &app, const QSettings &settings,
                           const QString &appQmDir, const QLocale &system)
{
    const auto previous = app.findChildren<QTranslator *>(kTranslatorName);
    for (QTranslator *old : previous) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = Translations::uiLocale(settings, system);
    const bool overridden = !settings.value(Translations::languageKey).toString().isEmpty();
    if (overridden)
        QLocale::setDefault(locale); // tr() plurals, dates and Qt's dialogs follow the choice
    const auto install = [&app](const QLocale &l, const QString &name, const QString &dir) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(kTranslatorName);
        if (translator->load(l, name, u"_"_s, dir)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
        return false;
    };
    // English is the source language: Qt's own texts need no catalogue, and the app's English
    // one only has the plural forms. The locale alone picks the file, so an English override
    // never picks up a German system's catalogue.
    if (locale.language() != QLocale::English)
        install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!install(locale, u"coolify-desktop"_s, appQmDir))
        install(QLocale(QLocale::English), u"coolify-desktop"_s, appQmDir); // e.g. LANG=C
    return locale;
}

} // namespace Coolify::Gui
