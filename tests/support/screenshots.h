#pragma once
// README screenshots ($COOLIFY_SCREENSHOT_DIR) show the window as an English user sees it. The
// tests run in the C locale, where %n messages keep their "(s)"; for screenshot runs only, this
// loads the plural forms of the app's English catalogue, which the build puts beside the app.

#include <QCoreApplication>
#include <QTranslator>

inline void useEnglishPluralsForScreenshots()
{
    if (qEnvironmentVariableIsEmpty("COOLIFY_SCREENSHOT_DIR"))
        return;
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(COOLIFY_BINARY_DIR "/src/app/coolify-desktop_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}
