#include "api/certificate.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSslCertificate>
#include <QSslError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Api {

QString CertificateInfo::fingerprint() const
{
    const QByteArray hex = sha256.toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(u':');
}

QString CertificateInfo::describe() const
{
    const QLocale locale;
    return tr("Issued to: %1\nIssued by: %2\nValid: %3 to %4\nSHA-256: %5")
        .arg(subject, issuer, locale.toString(validFrom.toLocalTime(), QLocale::ShortFormat),
             locale.toString(validUntil.toLocalTime(), QLocale::ShortFormat), fingerprint());
}

CertificateInfo describeCertificate(const QSslCertificate &certificate)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    info.subject = certificate.subjectDisplayName();
    info.issuer = certificate.issuerDisplayName();
    info.validFrom = certificate.effectiveDate();
    info.validUntil = certificate.expiryDate();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    return info;
}

bool pinAccepts(const QByteArray &pinSha256Hex, const QSslCertificate &peer,
                const QList<QSslError> &errors)
{
    return !peer.isNull()
        && pinAccepts(pinSha256Hex, peer.digest(QCryptographicHash::Sha256).toHex(), errors);
}

bool pinAccepts(const QByteArray &pinSha256Hex, const QByteArray &peerSha256Hex,
                const QList<QSslError> &errors)
{
    if (pinSha256Hex.isEmpty() || peerSha256Hex.isEmpty()
        || peerSha256Hex.toLower() != pinSha256Hex.toLower())
        return false;
    return std::all_of(errors.cbegin(), errors.cend(), [](const QSslError &error) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::HostNameMismatch:
            return true;
        default:
            return false;
        }
    });
}

} // namespace Coolify::Api
