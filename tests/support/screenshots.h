#pragma once
// Screenshots taken by GUI tests when $COOLIFY_SCREENSHOT_DIR is set (README pictures and the
// reviewed ones in tests/data), shown as an English user sees them.

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>
#include <QWidget>

// Saves `widget` as $COOLIFY_SCREENSHOT_DIR/<name>.png; true when no directory is set.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COOLIFY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return widget->grab().save(QDir(dir).filePath(name + QLatin1String(".png")));
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
