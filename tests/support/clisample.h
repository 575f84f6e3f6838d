#pragma once
// The sample coolify-cli configuration of tests/data/coolify-cli, with its three server
// placeholders replaced, written where a test wants it (as the CLI does: readable by its owner
// only).
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

inline QByteArray cliSample(const QUrl &a, const QUrl &b, const QUrl &c)
{
    QFile sample(QStringLiteral(COOLIFY_TEST_DATA_DIR "/coolify-cli/config.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    return sample.readAll()
        .replace("@SANDBOX_A@", a.toString().toUtf8())
        .replace("@SANDBOX_B@", b.toString().toUtf8())
        .replace("@SANDBOX_C@", c.toString().toUtf8());
}

// Writes `bytes` to `path`, creating its folder; false when that failed.
inline bool writeCliFile(const QString &path, const QByteArray &bytes)
{
    if (bytes.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}
