#include "gui/backupscheduledialog.h"

#include "controllers/backupscheduleeditor.h"
#include "forms/banner.h"
#include "forms/messagestyle.h"
#include "models/backup.h"
#include "models/backuprules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Controllers::BackupScheduleDraft;

namespace {

QSpinBox *countBox(const QString &noLimit, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 100000);
    box->setSpecialValueText(noLimit);
    box->setSuffix(suffix);
    return box;
}

QDoubleSpinBox *gigabyteBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1000000);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSpecialValueText(BackupScheduleDialog::tr("No limit"));
    box->setSuffix(BackupScheduleDialog::tr(" GB"));
    return box;
}

} // namespace

BackupScheduleDialog::BackupScheduleDialog(Controllers::BackupScheduleEditor *editor,
                                           QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_banner(new Forms::Banner(this))
    , m_frequency(new QComboBox(this))
    , m_frequencyMeaning(new QLabel(this))
    , m_enabled(new QCheckBox(tr("Run on this schedule"), this))
    , m_databases(new QLineEdit(this))
    , m_dumpAll(new QCheckBox(tr("Dump all databases into one file"), this))
    , m_timeout(new QSpinBox(this))
    , m_keepLocally(countBox(tr("All"), tr(" backups"), this))
    , m_keepDaysLocally(countBox(tr("No limit"), tr(" days"), this))
    , m_maxGbLocally(gigabyteBox(this))
    , m_s3(new QGroupBox(tr("Upload to S3"), this))
    , m_storage(new QComboBox(this))
    , m_keepS3(countBox(tr("All"), tr(" backups"), this))
    , m_keepDaysS3(countBox(tr("No limit"), tr(" days"), this))
    , m_maxGbS3(gigabyteBox(this))
    , m_backUpNow(new QCheckBox(tr("Back up once right after saving"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    editor->setParent(this);
    setObjectName(u"backupScheduleDialog"_s);
    setWindowTitle(editor->isNew() ? tr("New Backup Schedule for %1").arg(editor->databaseName())
                                   : tr("Backup Schedule of %1").arg(editor->databaseName()));
    m_banner->hide();
    m_banner->setObjectName(u"backupScheduleBanner"_s);

    m_frequency->setObjectName(u"backupFrequency"_s);
    m_frequency->setEditable(true);
    m_frequency->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &alias :
         {u"daily"_s, u"hourly"_s, u"weekly"_s, u"monthly"_s, u"0 3 * * *"_s, u"*/30 * * * *"_s})
        m_frequency->addItem(alias);
    m_frequency->setToolTip(tr("An alias (every_minute, hourly, daily, weekly, monthly, yearly, "
                               "or the same with @) or a cron expression: minute hour day month "
                               "weekday. Coolify runs it in the server's time zone."));
    m_frequencyMeaning->setObjectName(u"backupFrequencyMeaning"_s);
    m_frequencyMeaning->setTextFormat(Qt::PlainText);
    m_frequencyMeaning->setForegroundRole(QPalette::PlaceholderText);
    m_enabled->setObjectName(u"backupEnabled"_s);
    m_databases->setObjectName(u"backupDatabases"_s);
    m_databases->setPlaceholderText(editor->databasesHint());
    m_databases->setToolTip(editor->databasesHint());
    m_dumpAll->setObjectName(u"backupDumpAll"_s);
    m_dumpAll->setVisible(editor->supportsDumpAll());
    m_timeout->setObjectName(u"backupTimeout"_s);
    m_timeout->setRange(1, 36000); // below 60 is refused with a message, not clamped away
    m_timeout->setSuffix(tr(" s"));
    m_storage->setObjectName(u"backupStorage"_s);
    m_s3->setObjectName(u"backupS3"_s);
    m_s3->setCheckable(true);
    m_backUpNow->setObjectName(u"backupNowAfterSave"_s);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"backupScheduleSave"_s);

    auto *schedule = new QFormLayout;
    auto *frequencyBox = new QVBoxLayout;
    frequencyBox->setSpacing(2);
    frequencyBox->addWidget(m_frequency);
    frequencyBox->addWidget(m_frequencyMeaning);
    auto *frequencyWidget = new QWidget(this);
    frequencyWidget->setLayout(frequencyBox);
    frequencyBox->setContentsMargins({});
    frequencyWidget->setFocusProxy(m_frequency); // for the label's mnemonic
    schedule->addRow(tr("&Frequency:"), withError(frequencyWidget, u"frequency"_s));
    m_editors.insert(u"frequency"_s, m_frequency);
    schedule->addRow(QString(), m_enabled);
    schedule->addRow(tr("&Databases:"), withError(m_databases, u"databases_to_backup"_s));
    m_editors.insert(u"databases_to_backup"_s, m_databases);
    if (editor->supportsDumpAll())
        schedule->addRow(QString(), m_dumpAll);
    schedule->addRow(tr("&Timeout:"), withError(m_timeout, u"timeout"_s));
    m_editors.insert(u"timeout"_s, m_timeout);

    auto *local = new QGroupBox(tr("Keep on the server"), this);
    local->setObjectName(u"backupLocal"_s);
    auto *localForm = new QFormLayout(local);
    localForm->addRow(tr("Keep:"),
                      withError(m_keepLocally, u"database_backup_retention_amount_locally"_s));
    localForm->addRow(tr("For at most:"),
                      withError(m_keepDaysLocally, u"database_backup_retention_days_locally"_s));
    localForm->addRow(
        tr("Using at most:"),
        withError(m_maxGbLocally, u"database_backup_retention_max_storage_locally"_s));

    auto *s3Form = new QFormLayout(m_s3);
    s3Form->addRow(tr("&Storage:"), withError(m_storage, u"s3_storage_uuid"_s));
    m_editors.insert(u"s3_storage_uuid"_s, m_storage);
    s3Form->addRow(tr("Keep:"), withError(m_keepS3, u"database_backup_retention_amount_s3"_s));
    s3Form->addRow(tr("For at most:"),
                   withError(m_keepDaysS3, u"database_backup_retention_days_s3"_s));
    s3Form->addRow(tr("Using at most:"),
                   withError(m_maxGbS3, u"database_backup_retention_max_storage_s3"_s));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(schedule);
    layout->addWidget(local);
    layout->addWidget(m_s3);
    auto *retention = new QLabel(tr("Older backups beyond any of these limits are deleted after "
                                    "each run; “All” and “No limit” keep everything."),
                                 this);
    retention->setWordWrap(true);
    retention->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(retention);
    if (editor->isNew())
        layout->addWidget(m_backUpNow);
    else
        m_backUpNow->hide();
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70); // room for a sentence per error

    setDraft(editor->original());
    updateFrequencyMeaning();
    updateStorages();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BackupScheduleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BackupScheduleDialog::reject);
    connect(m_frequency, &QComboBox::currentTextChanged, this, [this] {
        clearError(u"frequency"_s);
        updateFrequencyMeaning();
        updateButtons();
    });
    connect(m_databases, &QLineEdit::textChanged, this, [this] {
        clearError(u"databases_to_backup"_s);
        updateButtons();
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this] {
        clearError(u"timeout"_s);
        updateButtons();
    });
    connect(m_storage, &QComboBox::currentIndexChanged, this, [this] {
        clearError(u"s3_storage_uuid"_s);
        updateButtons();
    });
    connect(m_s3, &QGroupBox::toggled, this, [this](bool on) {
        clearError(u"s3_storage_uuid"_s);
        if (on && m_editor->storages().isEmpty() && !m_editor->storagesLoading())
            m_editor->loadStorages();
        updateButtons();
    });
    for (QCheckBox *box : {m_enabled, m_dumpAll})
        connect(box, &QCheckBox::toggled, this, &BackupScheduleDialog::updateButtons);
    for (QSpinBox *box : {m_keepLocally, m_keepDaysLocally, m_keepS3, m_keepDaysS3})
        connect(box, &QSpinBox::valueChanged, this, &BackupScheduleDialog::updateButtons);
    for (QDoubleSpinBox *box : {m_maxGbLocally, m_maxGbS3})
        connect(box, &QDoubleSpinBox::valueChanged, this, &BackupScheduleDialog::updateButtons);

    connect(editor, &Controllers::BackupScheduleEditor::storagesChanged, this,
            &BackupScheduleDialog::updateStorages);
    connect(editor, &Controllers::BackupScheduleEditor::savingChanged, this,
            &BackupScheduleDialog::updateButtons);
    connect(editor, &Controllers::BackupScheduleEditor::rejected, this,
            &BackupScheduleDialog::showErrors);
    connect(editor, &Controllers::BackupScheduleEditor::failed, this, [this](const QString &text) {
        m_banner->showMessage(Forms::MessageKind::Error, text);
        updateButtons();
    });
    connect(editor, &Controllers::BackupScheduleEditor::saved, this,
            [this](const QString &uuid, const QString &text) {
                emit savedSchedule(uuid, text);
                QDialog::accept();
            });
    if (const QString reason = editor->unavailableReason(); !reason.isEmpty())
        m_banner->showMessage(Forms::MessageKind::Warning, reason);
    if (m_s3->isChecked() || editor->isNew())
        editor->loadStorages();
    updateButtons();
    m_frequency->setFocus();
}

QWidget *BackupScheduleDialog::withError(QWidget *editor, const QString &key)
{
    auto *box = new QWidget(this);
    box->setFocusProxy(editor); // the form label's mnemonic reaches the editor
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins({});
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto *error = new QLabel(box);
    error->setObjectName(key + u"_error"_s);
    error->setTextFormat(Qt::PlainText); // server text
    error->setWordWrap(true);
    Forms::setFieldErrorStyle(error);
    error->hide();
    layout->addWidget(error);
    m_errors.insert(key, error);
    if (!m_editors.contains(key))
        m_editors.insert(key, editor);
    return box;
}

void BackupScheduleDialog::setDraft(const BackupScheduleDraft &d)
{
    m_frequency->setCurrentText(d.frequency);
    m_enabled->setChecked(d.enabled);
    m_databases->setText(d.databases);
    m_dumpAll->setChecked(d.dumpAll);
    m_timeout->setValue(d.timeoutSeconds);
    m_keepLocally->setValue(d.keepLocally);
    m_keepDaysLocally->setValue(d.keepDaysLocally);
    m_maxGbLocally->setValue(d.maxGbLocally);
    m_s3->setChecked(d.saveS3);
    m_keepS3->setValue(d.keepS3);
    m_keepDaysS3->setValue(d.keepDaysS3);
    m_maxGbS3->setValue(d.maxGbS3);
}

BackupScheduleDraft BackupScheduleDialog::draft() const
{
    BackupScheduleDraft d;
    d.frequency = m_frequency->currentText();
    d.enabled = m_enabled->isChecked();
    d.databases = m_databases->text();
    d.dumpAll = m_editor->supportsDumpAll() && m_dumpAll->isChecked();
    d.timeoutSeconds = m_timeout->value();
    d.keepLocally = m_keepLocally->value();
    d.keepDaysLocally = m_keepDaysLocally->value();
    d.maxGbLocally = m_maxGbLocally->value();
    d.saveS3 = m_s3->isChecked();
    d.s3StorageUuid = d.saveS3 ? m_storage->currentData().toString() : QString();
    d.keepS3 = m_keepS3->value();
    d.keepDaysS3 = m_keepDaysS3->value();
    d.maxGbS3 = m_maxGbS3->value();
    return d;
}

QString BackupScheduleDialog::fieldError(const QString &key) const
{
    const QLabel *label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void BackupScheduleDialog::accept()
{
    m_banner->hide();
    m_editor->save(draft(), m_editor->isNew() && m_backUpNow->isChecked());
    updateButtons();
}

void BackupScheduleDialog::showErrors(const QMap<QString, QStringList> &fields,
                                      const QStringList &general)
{
    QWidget *first = nullptr;
    QStringList unplaced = general;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QLabel *label = m_errors.value(it.key());
        if (!label) {
            for (const QString &m : it.value())
                unplaced << it.key() + u": "_s + m;
            continue;
        }
        label->setText(it.value().join(u'\n'));
        label->show();
        QWidget *editor = m_editors.value(it.key());
        if (editor && editor->isVisibleTo(this) && (!first || it.key() == u"frequency"_s))
            first = editor;
    }
    m_banner->showMessage(Forms::MessageKind::Error,
                          unplaced.isEmpty()
                              ? tr("The schedule was not saved: correct the marked fields.")
                              : tr("The schedule was not saved: %1").arg(unplaced.join(u' ')));
    if (first)
        first->setFocus();
    // Grow to show the new lines rather than squeeze the rows over each other.
    layout()->activate();
    if (const QSize hint = sizeHint(); hint.height() > height())
        resize(width(), hint.height());
    updateButtons();
}

void BackupScheduleDialog::clearError(const QString &key)
{
    if (QLabel *label = m_errors.value(key))
        label->hide();
}

void BackupScheduleDialog::updateFrequencyMeaning()
{
    const QString text = m_frequency->currentText();
    const QString problem = Models::BackupRules::frequencyProblem(text);
    Models::BackupConfig probe;
    probe.frequency = text.trimmed();
    m_frequencyMeaning->setText(problem.isEmpty() ? probe.frequencyText() : QString());
    m_frequencyMeaning->setVisible(problem.isEmpty() && probe.frequencyText() != probe.frequency);
}

void BackupScheduleDialog::updateStorages()
{
    const QString chosen = m_storage->currentData().toString();
    m_storage->clear();
    if (m_editor->hasUnnamedStorage())
        m_storage->addItem(tr("The storage set in Coolify"), QString());
    for (const Models::S3Storage &s : m_editor->storages()) {
        const QString label = s.usable
            ? tr("%1 (bucket %2)").arg(s.name, s.bucket)
            : tr("%1 (bucket %2) — its last connection test failed").arg(s.name, s.bucket);
        m_storage->addItem(label, s.uuid);
        m_storage->setItemData(m_storage->count() - 1, s.endpoint, Qt::ToolTipRole);
    }
    if (const int i = m_storage->findData(chosen); i >= 0)
        m_storage->setCurrentIndex(i);
    QString note;
    if (m_editor->storagesLoading())
        note = tr("Loading the S3 storages…");
    else if (!m_editor->storagesError().isEmpty())
        note = m_editor->storagesError();
    else if (m_editor->storages().isEmpty() && !m_editor->hasUnnamedStorage())
        note = tr("This instance has no S3 storage; add one in Coolify under Storages.");
    m_storage->setPlaceholderText(note);
    m_storage->setToolTip(note);
    m_storage->setEnabled(m_storage->count() > 0);
}

void BackupScheduleDialog::updateButtons()
{
    const bool saving = m_editor->isSaving();
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    const QString reason = m_editor->unavailableReason();
    save->setEnabled(!saving && reason.isEmpty() && m_editor->hasChanges(draft()));
    save->setText(saving ? tr("Saving…") : tr("&Save"));
    save->setToolTip(reason);
    save->setDefault(true);
}

} // namespace Coolify::Gui
