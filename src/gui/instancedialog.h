#pragma once

#include "api/connectiontester.h"
#include "instances/instance.h"

#include <QDialog>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class InstanceDialog;
}

class QPushButton;

namespace Coolify::Controllers {
class ConnectionCheck;
}

namespace Coolify::Instances {
class InstanceManager;
struct VaultResult;
} // namespace Coolify::Instances

namespace Coolify::Gui {

// Adds a new instance or edits one: name, address, token, where the token is kept, colour and
// notes, with a step-by-step "Test connection". Saving is asynchronous (the keychain answers
// later); on any failure the dialog stays open with everything as typed.
class InstanceDialog : public QDialog
{
    Q_OBJECT

public:
    // Add mode.
    InstanceDialog(Instances::InstanceManager *manager, QNetworkAccessManager *network,
                   QWidget *parent = nullptr);
    // Edit mode; an empty token field keeps the stored token.
    InstanceDialog(Instances::InstanceManager *manager, QNetworkAccessManager *network,
                   const Instances::Instance &instance, QWidget *parent = nullptr);
    ~InstanceDialog() override;

    QString savedId() const { return m_savedId; }
    // The instance as the form describes it now (what Save would store, without the token).
    Instances::Instance edited() const;

public slots:
    void accept() override;

private:
    void setupUi();
    void updateUrlHint();
    void updateColorButton();
    void chooseColor();
    void testConnection();
    void forgetTestResult();
    void runTest(const QString &token);
    void fitTestResults();
    void showTestStep(const Api::ConnectionTester::StepState &state);
    void testFinished(const Api::ConnectionTester::Report &report);
    void trustCertificate();
    void showError(const QString &message);
    void setBusy(bool busy);
    void saved(const QString &id, const Instances::VaultResult &result);

    std::unique_ptr<Ui::InstanceDialog> m_ui;
    Instances::InstanceManager *m_manager;
    Controllers::ConnectionCheck *m_check;
    QPushButton *m_trustButton = nullptr; // after a refused certificate
    Api::CertificateInfo m_refusedCertificate;
    QString m_testedToken; // to test again once a certificate is trusted
    Instances::Instance m_instance;
    // The address the pinned certificate was trusted for: a pin never follows the instance to
    // another host, port or scheme (the user trusts it again there if they mean to).
    QUrl m_pinnedFor;
    QByteArray pinFor(const QUrl &root) const;
    bool m_editing = false;
    QString m_savedId;
};

} // namespace Coolify::Gui
