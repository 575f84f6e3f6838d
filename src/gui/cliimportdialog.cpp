#include "gui/cliimportdialog.h"

#include "controllers/cliimport.h"
#include "forms/banner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::CliImportModel;

CliImportDialog::CliImportDialog(Instances::InstanceManager *manager,
                                 QNetworkAccessManager *network, const QStringList &candidates,
                                 QWidget *parent)
    : QDialog(parent)
    , m_import(new Controllers::CliImport(manager, network, this))
    , m_source(new QLabel(this))
    , m_banner(new Forms::Banner(this))
    , m_view(new QTreeView(this))
    , m_plaintextNote(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_chooseButton(new QPushButton(tr("&Choose File…"), this))
{
    setWindowTitle(tr("Import from coolify-cli"));
    setObjectName(u"cliImportDialog"_s);

    m_source->setObjectName(u"cliImportSource"_s);
    m_source->setTextFormat(Qt::PlainText); // a path is the user's text, never markup
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseButton->setObjectName(u"cliImportChoose"_s);
    m_chooseButton->setAutoDefault(false);
    m_chooseButton->setToolTip(tr("Read coolify-cli's configuration from another file"));
    m_banner->setObjectName(u"cliImportBanner"_s);
    m_banner->hide();

    m_view->setObjectName(u"cliImportView"_s);
    m_view->setModel(m_import->model());
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Instances in coolify-cli's configuration"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);

    m_plaintextNote->setObjectName(u"cliImportNote"_s);
    m_plaintextNote->setTextFormat(Qt::PlainText);
    m_plaintextNote->setWordWrap(true);
    m_plaintextNote->setText(
        tr("coolify-cli keeps these tokens unencrypted in its file. Coolify Desktop tests each "
           "instance you tick, saves its token in the keychain and never changes the CLI's file. "
           "The CLI's copy stays readable to anything running as you: remove it with "
           "\u201c"
           "coolify context delete <name>\u201d once you no longer use the CLI for it."));

    m_summary->setObjectName(u"cliImportSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->hide();

    m_importButton->setObjectName(u"cliImportButton"_s);
    m_buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_chooseButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_plaintextNote);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CliImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CliImportDialog::reject);
    connect(m_chooseButton, &QPushButton::clicked, this, &CliImportDialog::chooseFile);
    connect(m_import->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles == QList<int>{Qt::CheckStateRole} && !m_import->isRunning())
                    m_justFinished = false;
                updateButtons();
            });
    connect(m_import, &Controllers::CliImport::runningChanged, this,
            &CliImportDialog::updateButtons);
    connect(m_import, &Controllers::CliImport::finished, this, [this](const QStringList &ids, int) {
        m_justFinished = true;
        updateButtons();
        m_summary->setText(m_import->summary());
        m_summary->show();
        if (!ids.isEmpty())
            emit imported(ids.first());
    });

    m_import->load(Instances::CliConfig::readFirst(candidates));
    showConfig();
    resize(680, 400);
}

void CliImportDialog::loadFile(const QString &path)
{
    m_justFinished = false;
    m_import->load(Instances::CliConfig::read(path));
    showConfig();
}

void CliImportDialog::chooseFile()
{
    const QString start = m_import->config().path.isEmpty()
        ? QDir::homePath()
        : QFileInfo(m_import->config().path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("coolify-cli Configuration"), start,
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void CliImportDialog::showConfig()
{
    const Instances::CliConfig &config = m_import->config();
    const QString path = QDir::toNativeSeparators(config.path);
    m_summary->hide();
    if (!config.ok()) {
        m_source->setText(config.found ? tr("coolify-cli's configuration: %1").arg(path)
                                       : tr("coolify-cli's configuration"));
        m_banner->showMessage(config.found ? Forms::MessageKind::Error : Forms::MessageKind::Info,
                              config.found ? config.error
                                           : config.error + u' '
                                      + tr("If the CLI keeps it elsewhere, choose the file."));
    } else if (config.instances.isEmpty()) {
        m_source->setText(tr("coolify-cli's configuration: %1").arg(path));
        m_banner->showMessage(Forms::MessageKind::Info,
                              tr("coolify-cli has no instances set up in this file."));
    } else {
        m_source->setText(tr("Instances in coolify-cli's configuration, %1:").arg(path));
        m_banner->hide();
    }
    m_view->setVisible(!config.instances.isEmpty());
    m_plaintextNote->setVisible(config.importableCount() > 0);
    for (int column = 0; column < CliImportModel::StatusColumn; ++column)
        m_view->resizeColumnToContents(column);
    if (m_import->model()->rowCount() > 0)
        m_view->setCurrentIndex(m_import->model()->index(0, 0));
    updateButtons();
}

void CliImportDialog::updateButtons()
{
    const bool running = m_import->isRunning();
    const qsizetype ticked = m_import->model()->checkedRows().size();
    m_importButton->setEnabled(!running && ticked > 0);
    m_importButton->setText(ticked > 0 ? tr("&Import %n Instance(s)", nullptr, int(ticked))
                                       : tr("&Import"));
    m_chooseButton->setEnabled(!running);
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setText(running ? tr("Stop") : tr("Close"));
    // Enter imports while there is something to import, and closes once an import ended (a
    // row that failed stays ticked for another try, but Enter does not retry it blindly).
    const bool importByDefault = m_importButton->isEnabled() && !m_justFinished;
    m_importButton->setDefault(importByDefault);
    close->setDefault(!importByDefault && !running);
}

void CliImportDialog::accept()
{
    if (m_import->start())
        m_summary->hide();
}

void CliImportDialog::reject()
{
    if (m_import->isRunning()) {
        m_import->cancel(); // the first Esc stops the tests, the rows say so
        return;
    }
    QDialog::reject();
}

} // namespace Coolify::Gui
