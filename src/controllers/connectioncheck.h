#pragma once

#include "api/connectiontester.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace Coolify::Controllers {

// "Test connection" for an address and token that are not saved yet (the add/edit instance
// dialog): a throwaway client for just that address, and the step-by-step ConnectionTester on it
// (is it Coolify, is the API enabled, does the token work, which abilities it has). Starting again
// drops the previous check and its client.
//
//     auto *check = new ConnectionCheck(network, this);
//     connect(check, &ConnectionCheck::stepChanged, this, &Dialog::showStep);
//     check->start(addressAsTyped, token);
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionCheck(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // `address` as the user typed it; it is normalised like a saved instance's. With a pinned
    // certificate fingerprint, exactly that certificate is accepted (ApiClient).
    void start(const QString &address, const QString &token,
               const QByteArray &pinnedCertificate = {});
    void cancel();
    bool isRunning() const;
    // The last finished check (empty until one finished).
    const Api::ConnectionTester::Report &report() const { return m_report; }

signals:
    void stepChanged(const Coolify::Api::ConnectionTester::StepState &state);
    void finished(const Coolify::Api::ConnectionTester::Report &report);

private:
    QNetworkAccessManager *m_network;
    Api::ApiClient *m_client = nullptr;
    Api::ConnectionTester *m_tester = nullptr;
    Api::ConnectionTester::Report m_report;
};

} // namespace Coolify::Controllers
