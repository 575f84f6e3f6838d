#include "gui/preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include "gui/translations.h"

#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

Preferences Preferences::load(const QSettings &settings)
{
    const Preferences defaults;
    Preferences p;
    p.language = settings.value(LanguageKey, defaults.language).toString();
    if (!p.language.isEmpty() && !Translations::available().contains(p.language))
        p.language.clear();
    p.quietNotifications = settings.value(QuietKey, defaults.quietNotifications).toBool();
    const auto seconds = [&settings](const QString &key, int fallback) {
        bool ok = false;
        const int value = settings.value(key, fallback).toInt(&ok);
        return ok && value >= 1 && value <= 3600 ? value : fallback;
    };
    p.idleSeconds = seconds(IdleKey, defaults.idleSeconds);
    p.busySeconds = seconds(BusyKey, defaults.busySeconds);
    p.hiddenSeconds = seconds(HiddenKey, defaults.hiddenSeconds);
    bool ok = false;
    const int days = settings.value(RetentionKey, defaults.journalRetentionDays).toInt(&ok);
    p.journalRetentionDays = ok && days >= 0 && days <= 3650 ? days : defaults.journalRetentionDays;
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(LanguageKey, language);
    settings.setValue(QuietKey, quietNotifications);
    settings.setValue(IdleKey, idleSeconds);
    settings.setValue(BusyKey, busySeconds);
    settings.setValue(HiddenKey, hiddenSeconds);
    settings.setValue(RetentionKey, journalRetentionDays);
}

Models::InstanceData::Intervals Preferences::intervals() const
{
    Models::InstanceData::Intervals result;
    result.activeMs = busySeconds * 1000;
    result.idleMs = idleSeconds * 1000;
    result.hiddenMs = hiddenSeconds * 1000;
    return result;
}

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    // Language names are written in their own language, so they are not translated.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_ui->languageCombo->addItem(u"Français"_s, u"fr"_s);

    const Preferences p = Preferences::load(*settings);
    m_startLanguage = p.language;
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(p.language)));
    m_ui->quietCheck->setChecked(p.quietNotifications);
    m_ui->idleSpin->setValue(p.idleSeconds);
    m_ui->busySpin->setValue(p.busySeconds);
    m_ui->hiddenSpin->setValue(p.hiddenSeconds);
    m_ui->retentionSpin->setValue(p.journalRetentionDays);
    updateLanguageNote();

    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateLanguageNote);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

QList<QKeySequence> PreferencesDialog::shortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence comma(Qt::CTRL | Qt::Key_Comma);
    if (!keys.contains(comma))
        keys << comma;
    return keys;
}

void PreferencesDialog::updateLanguageNote()
{
    const bool changed = m_ui->languageCombo->currentData().toString() != m_startLanguage;
    m_ui->languageNote->setText(changed ? tr("The new language is used the next time Coolify "
                                             "Desktop starts.")
                                        : tr("A change of language takes effect the next time "
                                             "Coolify Desktop starts."));
}

void PreferencesDialog::accept()
{
    Preferences p;
    p.language = m_ui->languageCombo->currentData().toString();
    p.quietNotifications = m_ui->quietCheck->isChecked();
    p.idleSeconds = m_ui->idleSpin->value();
    p.busySeconds = m_ui->busySpin->value();
    p.hiddenSeconds = m_ui->hiddenSpin->value();
    p.journalRetentionDays = m_ui->retentionSpin->value();
    p.save(*m_settings);
    emit saved(p);
    QDialog::accept();
}

} // namespace Coolify::Gui
