#pragma once

#include <QColor>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Coolify::Instances {

// One Coolify server the user works with. A plain value: copy it, compare it, hand it to
// InstanceStore::add()/update(). It never carries the API token; TokenVault keeps that.
//
//   Instance i = Instance::create(tr("Production"), QUrl(u"https://coolify.example.com"_s));
//   store.add(i);
struct Instance
{
    QString id; // QUuid without braces; stable across renames and URL changes
    QString name;
    QUrl rootUrl; // normalised by Api::normalizeBaseUrl(): no trailing "/", no "/api/v1"
    QColor color;
    QString notes;
    // SHA-256 (hex) of the one certificate the user chose to trust for this instance although no
    // CA vouches for it; empty: normal TLS verification. Not a secret.
    QByteArray pinnedCertificate;
    // Not persisted: lives only for this run (from COOLIFY_URL/COOLIFY_TOKEN, or the sandbox).
    bool sessionOnly = false;

    // A fresh id and the given values; rootUrl is normalised, left empty when it is not valid.
    static Instance create(const QString &name, const QUrl &rootUrl,
                           const QColor &color = defaultColor());
    static QString newId();
    // Coolify's brand purple: instances get it until the user picks their own.
    static QColor defaultColor();

    // Enough to be stored and used: an id, a name and a valid http(s) root URL.
    bool isValid() const;

    friend bool operator==(const Instance &, const Instance &) = default;
};

} // namespace Coolify::Instances

Q_DECLARE_METATYPE(Coolify::Instances::Instance)
