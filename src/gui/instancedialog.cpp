#include "gui/instancedialog.h"

#include "ui_instancedialog.h"

#include "api/baseurl.h"
#include "api/token.h"
#include "controllers/connectioncheck.h"
#include "gui/statusicons.h"
#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "instances/tokenvault.h"

#include <QColorDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Api::ConnectionTester;
using Instances::TokenStorage;
using Instances::VaultResult;

InstanceDialog::InstanceDialog(Instances::InstanceManager *manager, QNetworkAccessManager *network,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InstanceDialog>())
    , m_manager(manager)
    , m_check(new Controllers::ConnectionCheck(network, this))
{
    m_instance.color = Instances::Instance::defaultColor();
    setupUi();
}

InstanceDialog::InstanceDialog(Instances::InstanceManager *manager, QNetworkAccessManager *network,
                               const Instances::Instance &instance, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InstanceDialog>())
    , m_manager(manager)
    , m_check(new Controllers::ConnectionCheck(network, this))
    , m_instance(instance)
    , m_pinnedFor(instance.rootUrl)
    , m_editing(true)
{
    setupUi();
}

InstanceDialog::~InstanceDialog() = default;

void InstanceDialog::setupUi()
{
    m_ui->setupUi(this);
    setWindowTitle(m_editing ? tr("Edit “%1”").arg(m_instance.name) : tr("Add Coolify Instance"));
    m_ui->nameEdit->setText(m_instance.name);
    m_ui->urlEdit->setText(m_instance.rootUrl.toDisplayString());
    m_ui->notesEdit->setPlainText(m_instance.notes);
    if (m_editing) {
        m_ui->tokenEdit->setPlaceholderText(tr("Unchanged — type to replace the stored token"));
        const bool inMemory =
            m_instance.sessionOnly || m_manager->vault()->hasInMemory(m_instance.id);
        (inMemory ? m_ui->sessionRadio : m_ui->keychainRadio)->setChecked(true);
    }
    if (m_instance.sessionOnly) {
        m_ui->keychainStatus->setText(
            tr("This instance lives for this session only (it came from the environment or the "
               "sandbox). Use “Save Instance” in the main window to keep it."));
        m_ui->keychainRadio->setEnabled(false);
    }
    auto *toggle = m_ui->tokenEdit->addAction(QIcon::fromTheme(u"view-visible"_s),
                                              QLineEdit::TrailingPosition);
    toggle->setCheckable(true);
    toggle->setText(tr("Show token"));
    toggle->setToolTip(tr("Show or hide the token"));
    connect(toggle, &QAction::toggled, this, [this](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_ui->errorLabel->hide();
    m_ui->testSteps->hide();
    connect(m_check, &Controllers::ConnectionCheck::stepChanged, this,
            &InstanceDialog::showTestStep);
    connect(m_check, &Controllers::ConnectionCheck::finished, this, &InstanceDialog::testFinished);
    m_trustButton = new QPushButton(this);
    m_trustButton->setObjectName(u"trustCertificateButton"_s);
    m_trustButton->setAccessibleName(tr("Trust this certificate"));
    m_trustButton->hide();
    m_ui->testLayout->addWidget(m_trustButton);
    connect(m_trustButton, &QPushButton::clicked, this, &InstanceDialog::trustCertificate);
    updateUrlHint();
    updateColorButton();
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &InstanceDialog::updateUrlHint);
    // A test result (or an error) is about what was typed then: editing makes it stale.
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, &InstanceDialog::forgetTestResult);
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, &InstanceDialog::forgetTestResult);
    connect(m_ui->colorButton, &QPushButton::clicked, this, &InstanceDialog::chooseColor);
    connect(m_ui->testButton, &QPushButton::clicked, this, &InstanceDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InstanceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &InstanceDialog::reject);

    // As tall as the form needs: the help texts wrap at the dialog's width, not in a column.
    resize(width(), sizeHint().height());

    // Ask the keychain up front, so a missing Secret Service is said before the user saves.
    m_manager->vault()->probe(this, [this](const VaultResult &result) {
        if (result.keychainWorks() || m_instance.sessionOnly)
            return;
        m_ui->keychainStatus->setText(result.message);
        m_ui->keychainRadio->setEnabled(false);
        m_ui->sessionRadio->setChecked(true);
    });
}

void InstanceDialog::updateUrlHint()
{
    const QString text = m_ui->urlEdit->text();
    if (text.trimmed().isEmpty()) {
        m_ui->urlHint->setText(tr("The address you open Coolify's dashboard at."));
        return;
    }
    const Api::NormalizedUrl url = Api::normalizeBaseUrl(text);
    if (!url.ok()) {
        m_ui->urlHint->setText(url.error);
        return;
    }
    QString hint = tr("API: %1").arg(Api::apiV1Url(url.root, {}).toDisplayString());
    if (Api::sendsTokenInClear(url.root))
        hint += u'\n'
            + tr("⚠ Plain http: the token would travel unencrypted, readable by anyone on the "
                 "network path. Use https unless this address is on a private network.");
    m_ui->urlHint->setText(hint);
}

void InstanceDialog::updateColorButton()
{
    QPixmap swatch(28, 14);
    swatch.fill(m_instance.color);
    m_ui->colorButton->setIcon(QIcon(swatch));
    m_ui->colorButton->setText(m_instance.color.name());
}

void InstanceDialog::chooseColor()
{
    const QColor color = QColorDialog::getColor(m_instance.color, this, tr("Instance Colour"));
    if (color.isValid()) {
        m_instance.color = color;
        updateColorButton();
    }
}

QByteArray InstanceDialog::pinFor(const QUrl &root) const
{
    return Api::isSameOrigin(root, m_pinnedFor) ? m_instance.pinnedCertificate : QByteArray();
}

Instances::Instance InstanceDialog::edited() const
{
    Instances::Instance instance = m_instance;
    instance.name = m_ui->nameEdit->text().trimmed();
    instance.rootUrl = Api::normalizeBaseUrl(m_ui->urlEdit->text()).root;
    instance.pinnedCertificate = pinFor(instance.rootUrl);
    instance.notes = m_ui->notesEdit->toPlainText().trimmed();
    return instance;
}

void InstanceDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void InstanceDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->testButton->setEnabled(!busy);
}

void InstanceDialog::testConnection()
{
    const Api::NormalizedUrl url = Api::normalizeBaseUrl(m_ui->urlEdit->text());
    if (!url.ok()) {
        showError(url.error);
        m_ui->urlEdit->setFocus();
        return;
    }
    showError({});
    const QString typed = m_ui->tokenEdit->text().trimmed();
    if (const QString problem = Api::tokenProblem(typed); !problem.isEmpty()) {
        showError(problem);
        m_ui->tokenEdit->setFocus();
        return;
    }
    if (!typed.isEmpty() || !m_editing) {
        runTest(typed);
        return;
    }
    m_manager->tokenFor(m_instance.id, this, [this](const VaultResult &result) {
        if (!result.ok()) {
            showError(result.message);
            return;
        }
        runTest(result.token);
    });
}

void InstanceDialog::forgetTestResult()
{
    m_check->cancel();
    m_ui->testSteps->clear();
    m_ui->testSteps->hide();
    m_trustButton->hide();
    m_refusedCertificate = {};
    showError({});
    setBusy(false);
}

void InstanceDialog::runTest(const QString &token)
{
    m_ui->testSteps->clear();
    m_ui->testSteps->show();
    for (const auto step : {ConnectionTester::Step::Coolify, ConnectionTester::Step::Token,
                            ConnectionTester::Step::Read, ConnectionTester::Step::Abilities}) {
        auto *item = new QListWidgetItem(ConnectionTester::stepTitle(step), m_ui->testSteps);
        item->setData(Qt::UserRole, int(step));
    }
    fitTestResults();
    setBusy(true);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    m_trustButton->hide();
    m_testedToken = token;
    m_check->start(m_ui->urlEdit->text(), token,
                   pinFor(Api::normalizeBaseUrl(m_ui->urlEdit->text()).root));
}

void InstanceDialog::showTestStep(const ConnectionTester::StepState &state)
{
    QListWidgetItem *item = m_ui->testSteps->item(int(state.step));
    if (!item)
        return;
    const QString title = ConnectionTester::stepTitle(state.step);
    const QString status = testStatusText(state.status);
    item->setText(state.message.isEmpty() ? tr("%1 — %2").arg(title, status)
                                          : tr("%1 — %2\n%3").arg(title, status, state.message));
    item->setIcon(testStatusIcon(state.status));
    fitTestResults();
}

void InstanceDialog::fitTestResults()
{
    // Every step in view, the token's abilities included: the dialog grows (within the screen)
    // rather than hiding the last lines below a scroll bar.
    QTimer::singleShot(0, this, [this] {
        const int wanted = sizeHint().height();
        const QScreen *screen = this->screen();
        const int room = screen ? screen->availableGeometry().height() - 80 : wanted;
        if (height() < wanted)
            resize(width(), qMin(wanted, room));
    });
}

void InstanceDialog::testFinished(const ConnectionTester::Report &report)
{
    setBusy(false);
    // A certificate no CA vouches for (self-signed, internal CA): offer to trust exactly it.
    // Not for an expired one: trusting it would not make it work.
    m_refusedCertificate = report.certificate;
    const bool offer = !report.ok && report.failure == Api::ErrorKind::Tls
        && !report.certificate.isNull() && report.certificate.pinnable;
    m_trustButton->setText(report.certificate.changedFromPin ? tr("Trust the &New Certificate…")
                                                             : tr("T&rust This Certificate…"));
    m_trustButton->setVisible(offer);
}

void InstanceDialog::trustCertificate()
{
    const Api::CertificateInfo certificate = m_refusedCertificate;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Trust Certificate"),
        tr("Trust this certificate for %1?")
            .arg(Api::normalizeBaseUrl(m_ui->urlEdit->text()).root.toDisplayString()),
        QMessageBox::Cancel, this);
    box->setObjectName(u"trustCertificatePrompt"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        certificate.describe() + u"\n\n"_s
        + tr("No certificate authority vouches for it. Compare the fingerprint with the one "
             "on the server (e.g. openssl x509 -noout -fingerprint -sha256 -in cert.pem). Only "
             "exactly this certificate will be accepted for this instance; if it ever changes, "
             "the app refuses the connection and tells you."));
    QPushButton *trust = box->addButton(tr("&Trust"), QMessageBox::AcceptRole);
    trust->setObjectName(u"trustButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, trust, certificate] {
        if (box->clickedButton() != trust)
            return;
        m_instance.pinnedCertificate = certificate.sha256;
        m_pinnedFor = Api::normalizeBaseUrl(m_ui->urlEdit->text()).root;
        runTest(m_testedToken);
    });
    box->open();
}

void InstanceDialog::accept()
{
    const Instances::Instance instance = edited();
    const QString token = m_ui->tokenEdit->text().trimmed();
    if (instance.name.isEmpty()) {
        showError(tr("Give the instance a name."));
        m_ui->nameEdit->setFocus();
        return;
    }
    if (const Api::NormalizedUrl url = Api::normalizeBaseUrl(m_ui->urlEdit->text()); !url.ok()) {
        showError(url.error);
        m_ui->urlEdit->setFocus();
        return;
    }
    if (!m_editing && token.isEmpty()) {
        showError(tr("Enter the API token for this instance."));
        m_ui->tokenEdit->setFocus();
        return;
    }
    if (const QString problem = Api::tokenProblem(token); !problem.isEmpty()) {
        showError(problem);
        m_ui->tokenEdit->setFocus();
        return;
    }
    const TokenStorage storage =
        m_ui->sessionRadio->isChecked() ? TokenStorage::SessionOnly : TokenStorage::Keychain;
    showError({});
    setBusy(true);
    if (!m_editing) {
        // add() answers with the id it uses; its callback always comes later.
        m_savedId = m_manager->add(instance, token, storage, this,
                                   [this](const VaultResult &r) { saved(m_savedId, r); });
        return;
    }
    if (!m_manager->store()->update(instance)) {
        setBusy(false);
        showError(tr("The instance could not be saved: the settings file is read-only or was "
                     "written by a newer version of Coolify Desktop."));
        return;
    }
    if (token.isEmpty()) {
        saved(instance.id, VaultResult::success());
        return;
    }
    m_manager->setToken(instance.id, token, storage, this,
                        [this, id = instance.id](const VaultResult &r) { saved(id, r); });
}

void InstanceDialog::saved(const QString &id, const VaultResult &result)
{
    setBusy(false);
    if (result.ok()) {
        m_savedId = id;
        QDialog::accept();
        return;
    }
    if (result.status == VaultResult::Unavailable || result.status == VaultResult::Denied) {
        // Nothing was saved; offer the in-memory choice and keep everything as typed.
        m_ui->keychainStatus->setText(result.message);
        m_ui->keychainRadio->setEnabled(false);
        m_ui->sessionRadio->setChecked(true);
        showError(tr("%1\nThe token can be kept for this session only (never written to disk): "
                     "press Save again.")
                      .arg(result.message));
        return;
    }
    showError(result.message);
}

} // namespace Coolify::Gui
