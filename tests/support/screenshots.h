#pragma once
// Screenshots taken by GUI tests when $COOLIFY_SCREENSHOT_DIR is set (README pictures and the
// reviewed ones in tests/data), shown as an English user sees them.

#include "darkpalette.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QTranslator>
#include <QWidget>

// With COOLIFY_SCREENSHOT_PALETTE=dark as well, a test that calls useScreenshotPalette() first
// takes its pictures in a typical dark desktop palette, named "<name>-dark": how the dark copies
// in tests/data/screens of the tests without a palette row of their own are made.
inline bool screenshotsInDark()
{
    return !qEnvironmentVariableIsEmpty("COOLIFY_SCREENSHOT_DIR")
        && qEnvironmentVariable("COOLIFY_SCREENSHOT_PALETTE") == QLatin1String("dark");
}

inline void useScreenshotPalette()
{
    if (screenshotsInDark())
        QApplication::setPalette(darkDesktopPalette());
}

// Saves `widget` as $COOLIFY_SCREENSHOT_DIR/<name>.png; true when no directory is set.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COOLIFY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    const QString file =
        name + (screenshotsInDark() ? QLatin1String("-dark.png") : QLatin1String(".png"));
    return widget->grab().save(QDir(dir).filePath(file));
}

// The tests run in the C locale, where %n messages keep their "(s)"; for screenshot runs only,
// this loads the plural forms of the app's English catalogue, which the build puts beside the app.
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
