#pragma once

#include "instances/tokenvault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QObject>
#include <QStringList>

// Collects vault callbacks and signals each one, so tests can QVERIFY(spy.wait()) on them.
class VaultRecorder : public QObject
{
    Q_OBJECT
public:
    Coolify::Instances::TokenVault::Callback callback()
    {
        return [this](const Coolify::Instances::VaultResult &result) {
            results.append(result);
            Q_EMIT done();
        };
    }
    Coolify::Instances::VaultResult last() const { return results.last(); }

    QList<Coolify::Instances::VaultResult> results;

Q_SIGNALS:
    void done();
};

// Every regular file under `root` whose bytes contain `secret` as UTF-8 or UTF-16 (QSettings and
// some caches write UTF-16), so a test can prove a token did not land on disk.
inline QStringList filesContaining(const QString &root, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        if (content.contains(utf8) || content.contains(utf16))
            hits.append(path);
    }
    return hits;
}

// Number of regular files under `root`, so a test can show the scan looked at something.
inline int countFiles(const QString &root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}
