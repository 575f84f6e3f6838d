#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Coolify::Controllers {
class BackupScheduleEditor;
struct BackupScheduleDraft;
} // namespace Coolify::Controllers
namespace Coolify::Forms {
class Banner;
}

namespace Coolify::Gui {

// Creates or edits a database's backup schedule (Controllers::BackupScheduleEditor does the
// work): frequency with its meaning, databases, timeout, local and S3 retention. Problems show
// under their field, before sending and from Coolify's 422; nothing typed is lost on failure.
// Enter saves, Esc cancels.
class BackupScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes ownership of `editor`.
    explicit BackupScheduleDialog(Controllers::BackupScheduleEditor *editor,
                                  QWidget *parent = nullptr);

    Controllers::BackupScheduleEditor *editor() const { return m_editor; }
    Controllers::BackupScheduleDraft draft() const;
    // The problem shown under a field (API key), empty when none.
    QString fieldError(const QString &key) const;

public slots:
    void accept() override; // saves; closes once Coolify has it

signals:
    void savedSchedule(const QString &scheduleUuid, const QString &text);

private:
    QWidget *withError(QWidget *editor, const QString &key);
    void setDraft(const Controllers::BackupScheduleDraft &draft);
    void showErrors(const QMap<QString, QStringList> &fields, const QStringList &general);
    void clearError(const QString &key);
    void updateFrequencyMeaning();
    void updateStorages();
    void updateButtons();

    Controllers::BackupScheduleEditor *m_editor;
    Forms::Banner *m_banner;
    QComboBox *m_frequency;
    QLabel *m_frequencyMeaning;
    QCheckBox *m_enabled;
    QLineEdit *m_databases;
    QCheckBox *m_dumpAll;
    QSpinBox *m_timeout;
    QSpinBox *m_keepLocally;
    QSpinBox *m_keepDaysLocally;
    QDoubleSpinBox *m_maxGbLocally;
    QGroupBox *m_s3;
    QComboBox *m_storage;
    QSpinBox *m_keepS3;
    QSpinBox *m_keepDaysS3;
    QDoubleSpinBox *m_maxGbS3;
    QCheckBox *m_backUpNow;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errors; // API key -> its error line
    QHash<QString, QWidget *> m_editors; // API key -> its editor (focus on error)
};

} // namespace Coolify::Gui
