#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTreeView;

namespace Coolify::Controllers {
class CliImport;
}
namespace Coolify::Forms {
class Banner;
}
namespace Coolify::Instances {
class InstanceManager;
}

namespace Coolify::Gui {

// "Import from coolify-cli…": shows the instances of the official CLI's configuration (read,
// never changed), with the example entries and instances already added greyed out and why, lets
// the user tick which to import, then tests each and moves its token into the keychain
// (Controllers::CliImport). Enter imports, Esc closes (and stops tests still running; tokens
// already saved stay).
class CliImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `candidates`: where to look for the CLI's file, most likely first
    // (Instances::CliConfig::candidatePaths()).
    CliImportDialog(Instances::InstanceManager *manager, QNetworkAccessManager *network,
                    const QStringList &candidates, QWidget *parent = nullptr);

    Controllers::CliImport *controller() const { return m_import; }
    // Reads another file (what "Choose File…" does after asking).
    void loadFile(const QString &path);

public slots:
    void accept() override; // imports the ticked rows; the dialog stays open to show how it went
    void reject() override;

signals:
    // After each import that added instances: the first one added, to select it.
    void imported(const QString &firstInstanceId);

private:
    void chooseFile();
    void showConfig();
    void updateButtons();

    Controllers::CliImport *m_import;
    QLabel *m_source;
    Forms::Banner *m_banner;
    QTreeView *m_view;
    QLabel *m_plaintextNote;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    QPushButton *m_chooseButton;
    // An import just ended: Enter closes, until the user ticks or unticks a row.
    bool m_justFinished = false;
};

} // namespace Coolify::Gui
