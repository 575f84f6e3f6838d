// Preferences: the dialog edits the settings by keyboard, saves only on Save, and the language
// override decides which catalogue the next start loads (the test runs with LANG=fr_FR).
#include "gui/preferencesdialog.h"
#include "gui/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults();
    void savesWhatTheKeyboardChose();
    void cancelWritesNothing();
    void ignoresBadStoredValues();
    void shortcutIncludesCtrlComma();
    void language_data();
    void language();
    void untranslatedLanguageGetsEnglishPlurals();

private:
    QTemporaryDir m_dir;
    QString m_qmDir;
    std::unique_ptr<QSettings> m_settings;
};

// A German and a French catalogue with one message each, built by lrelease, so the test does not
// depend on how complete the shipped translations are.
void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_qmDir = m_dir.filePath(u"i18n"_s);
    QVERIFY(QDir().mkpath(m_qmDir));
    const QList<QPair<QString, QString>> catalogues{{u"de"_s, u"&Beenden"_s},
                                                    {u"fr"_s, u"&Quitter"_s}};
    for (const auto &[language, quit] : catalogues) {
        const QString ts = m_qmDir + u"/coolify-desktop_"_s + language + u".ts";
        QFile file(ts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<!DOCTYPE TS><TS version=\"2.1\" language=\"%1\"><context>"
            "<name>Coolify::Gui::MainWindow</name><message>"
            "<source>&amp;Quit</source><translation>%2</translation>"
            "</message></context></TS>\n"_s.arg(language, QString(quit).replace(u'&', u"&amp;"_s))
                .toUtf8());
        file.close();
        QProcess lrelease;
        lrelease.start(QStringLiteral(COOLIFY_LRELEASE), {u"-silent"_s, ts});
        QVERIFY(lrelease.waitForFinished(30000));
        QCOMPARE(lrelease.exitCode(), 0);
        QVERIFY(QFile::exists(m_qmDir + u"/coolify-desktop_"_s + language + u".qm"));
    }
    // English, the source language, ships only plural forms.
    const QString ts = m_qmDir + u"/coolify-desktop_en.ts"_s;
    QFile file(ts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS><TS version=\"2.1\" "
               "language=\"en\"><context><name>Coolify::Gui::ResourceTableView</name>"
               "<message numerus=\"yes\"><source>%n item(s)</source><translation>"
               "<numerusform>%n item</numerusform><numerusform>%n items</numerusform>"
               "</translation></message></context></TS>\n");
    file.close();
    QProcess lrelease;
    lrelease.start(QStringLiteral(COOLIFY_LRELEASE), {u"-silent"_s, ts});
    QVERIFY(lrelease.waitForFinished(30000));
    QCOMPARE(lrelease.exitCode(), 0);
}

void TestPreferences::init()
{
    const QString path =
        m_dir.filePath(u"%1.ini"_s.arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

void TestPreferences::defaults()
{
    Gui::PreferencesDialog dialog(m_settings.get());
    auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentText(), u"System default"_s);
    QCOMPARE(combo->itemText(2), u"Deutsch"_s);
    QCOMPARE(combo->itemText(3), u"Français"_s);
    QVERIFY(!dialog.findChild<QCheckBox *>(u"quietCheck"_s)->isChecked());
    QCOMPARE(dialog.findChild<QSpinBox *>(u"idleSpin"_s)->value(), 30);
    QCOMPARE(dialog.findChild<QSpinBox *>(u"retentionSpin"_s)->value(), 365);
    QVERIFY(
        dialog.findChild<QLabel *>(u"languageNote"_s)->text().contains(QLatin1String("next time")));
    const Gui::Preferences p = Gui::Preferences::load(*m_settings);
    QCOMPARE(p.intervals().idleMs, 30000);
    QCOMPARE(p.intervals().activeMs, 5000);
    QCOMPARE(p.intervals().hiddenMs, 120000);
}

void TestPreferences::savesWhatTheKeyboardChose()
{
    Gui::PreferencesDialog dialog(m_settings.get());
    QSignalSpy saved(&dialog, &Gui::PreferencesDialog::saved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    QVERIFY(combo->hasFocus()); // the first tab stop
    QTest::keyClick(combo, Qt::Key_Down); // English
    QTest::keyClick(combo, Qt::Key_Down); // Deutsch
    QCOMPARE(combo->currentData().toString(), u"de"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *quiet = dialog.findChild<QCheckBox *>(u"quietCheck"_s);
    QCOMPARE(QApplication::focusWidget(), quiet);
    QTest::keyClick(quiet, Qt::Key_Space);
    QVERIFY(quiet->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *idle = dialog.findChild<QSpinBox *>(u"idleSpin"_s);
    QCOMPARE(QApplication::focusWidget(), idle);
    QTest::keyClick(idle, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(idle, u"60"_s);
    QTest::keyClick(idle, Qt::Key_Return); // the Save button is the default
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_settings->value(u"ui/language"_s).toString(), u"de"_s);
    QCOMPARE(m_settings->value(u"notifications/quiet"_s).toBool(), true);
    QCOMPARE(m_settings->value(u"refresh/idleSeconds"_s).toInt(), 60);
    QCOMPARE(Gui::Preferences::load(*m_settings).intervals().idleMs, 60000);

    // The journal keeps everything when its retention is 0 ("Forever").
    Gui::PreferencesDialog again(m_settings.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowActive(&again));
    auto *retention = again.findChild<QSpinBox *>(u"retentionSpin"_s);
    retention->setFocus();
    QTest::keyClick(retention, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(retention, u"0"_s);
    QCOMPARE(retention->value(), 0); // shown as "Forever"
    QTest::keyClick(retention, Qt::Key_Return);
    QCOMPARE(m_settings->value(u"journal/retentionDays"_s).toInt(), 0);
    QCOMPARE(Gui::Preferences::load(*m_settings).journalRetentionDays, 0);
}

void TestPreferences::cancelWritesNothing()
{
    Gui::PreferencesDialog dialog(m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    QTest::keyClick(combo, Qt::Key_End); // Français
    QVERIFY(dialog.findChild<QLabel *>(u"languageNote"_s)
                ->text()
                .contains(QLatin1String("next time Coolify Desktop starts")));
    QTest::keyClick(combo, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!m_settings->contains(u"ui/language"_s));
}

void TestPreferences::ignoresBadStoredValues()
{
    m_settings->setValue(u"ui/language"_s, u"tlh"_s);
    m_settings->setValue(u"refresh/idleSeconds"_s, u"soon"_s);
    m_settings->setValue(u"refresh/hiddenSeconds"_s, -4);
    m_settings->setValue(u"journal/retentionDays"_s, -1);
    const Gui::Preferences p = Gui::Preferences::load(*m_settings);
    QCOMPARE(p.language, QString());
    QCOMPARE(p.idleSeconds, 30);
    QCOMPARE(p.hiddenSeconds, 120);
    QCOMPARE(p.journalRetentionDays, 365);
}

void TestPreferences::shortcutIncludesCtrlComma()
{
    const QList<QKeySequence> keys = Gui::PreferencesDialog::shortcuts();
    QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences))
        QVERIFY(keys.contains(key));
}

void TestPreferences::language_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("quit");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("nine"); // "%n item(s)" for 9: the test catalogues have it in English
    QTest::newRow("system default follows LANG=fr") << ""
                                                    << "&Quitter" << QLocale::French << "9 item(s)";
    QTest::newRow("Deutsch") << "de"
                             << "&Beenden" << QLocale::German << "9 item(s)";
    QTest::newRow("English beats a French system") << "en"
                                                   << "&Quit" << QLocale::English << "9 items";
    QTest::newRow("Français") << "fr"
                              << "&Quitter" << QLocale::French << "9 item(s)";
}

void TestPreferences::language()
{
    QFETCH(QString, override);
    QFETCH(QString, quit);
    QFETCH(QLocale::Language, language);
    QFETCH(QString, nine);
    QCOMPARE(QLocale::system().language(), QLocale::French); // set by the test's environment
    if (!override.isEmpty())
        m_settings->setValue(u"ui/language"_s, override);
    const QLocale used = Gui::installTranslators(*qApp, *m_settings, m_qmDir);
    QCOMPARE(used.language(), language);
    QCOMPARE(QCoreApplication::translate("Coolify::Gui::MainWindow", "&Quit"), quit);
    QCOMPARE(
        QCoreApplication::translate("Coolify::Gui::ResourceTableView", "%n item(s)", nullptr, 9),
        nine);
    QLocale::setDefault(QLocale::system());
}

// A system language the app has no catalogue for (LANG=C, Spanish): English texts with English
// plural forms, never "9 item(s)".
void TestPreferences::untranslatedLanguageGetsEnglishPlurals()
{
    m_settings->remove(u"ui/language"_s);
    for (const QLocale &system : {QLocale(QLocale::C), QLocale(QLocale::Spanish)}) {
        Gui::installTranslators(*qApp, *m_settings, m_qmDir, system);
        QCOMPARE(QCoreApplication::translate("Coolify::Gui::MainWindow", "&Quit"), u"&Quit"_s);
        QCOMPARE(QCoreApplication::translate("Coolify::Gui::ResourceTableView", "%n item(s)",
                                             nullptr, 9),
                 u"9 items"_s);
    }
    Gui::installTranslators(*qApp, *m_settings, m_qmDir);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
