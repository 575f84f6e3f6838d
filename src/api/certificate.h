#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QSslCertificate;
class QSslError;

namespace Coolify::Api {

// What a user needs to decide whether to trust a certificate no CA vouches for: who it names,
// who signed it, when it is valid, and its SHA-256 fingerprint to compare with the server's
// (`openssl x509 -noout -fingerprint -sha256 -in cert.pem`).
struct CertificateInfo
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Api::CertificateInfo)

public:
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validUntil;
    QByteArray sha256; // lowercase hex, no separators; the pin
    bool changedFromPin = false; // a certificate was pinned, and this is not it
    bool pinnable = false; // its only errors are of trust: pinning it would make it work

    bool isNull() const { return sha256.isEmpty(); }
    // "AB:CD:…" as openssl prints it.
    QString fingerprint() const;
    // Several lines for a dialog: subject, issuer, validity, fingerprint.
    QString describe() const;
    bool operator==(const CertificateInfo &) const = default;
};

CertificateInfo describeCertificate(const QSslCertificate &certificate);

// Whether the pinned fingerprint accepts this peer despite these errors: the certificate is
// exactly the pinned one and every error is one of trust (self-signed, unknown issuer, host name),
// none of time (expired, not yet valid) or revocation.
bool pinAccepts(const QByteArray &pinSha256Hex, const QSslCertificate &peer,
                const QList<QSslError> &errors);
// The same rule on a fingerprint already taken (CertificateInfo::sha256), so a TLS handshake
// hashes the peer's certificate once.
bool pinAccepts(const QByteArray &pinSha256Hex, const QByteArray &peerSha256Hex,
                const QList<QSslError> &errors);

} // namespace Coolify::Api
