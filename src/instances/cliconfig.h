#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QProcessEnvironment;

namespace Coolify::Instances {

// One instance of the official coolify-cli's configuration file (its "contexts").
struct CliInstance
{
    // Why an entry cannot be imported; None: it can.
    enum class Skip {
        None,
        NoToken, // the CLI's "cloud" example: no token set
        Placeholder, // the CLI's "localhost" example with the token "root"
        BadAddress, // not an http(s) address
        BadToken, // control characters or not a text value
    };

    QString name;
    QString address; // as written in the file
    QUrl rootUrl; // normalised like an instance's; empty when the address is unusable
    QString token; // plaintext, as the CLI keeps it: never shown, logged or written anywhere
    bool isDefault = false; // the CLI's default context
    Skip skip = Skip::None;
    QString skipReason; // translated, for the user; empty when skip is None
};

// Reads coolify-cli's config.json (~/.config/coolify/config.json on Linux and macOS) — never
// writes it:
//
//   {"instances": [{"name": "prod", "fqdn": "https://coolify.example.com",
//                   "token": "3|abc…", "default": true}, …],
//    "lastUpdateCheckTime": "…"}
//
// The CLI rewrites the file through viper, which lower-cases keys, so keys are matched without
// regard to case; an instance may carry "default": false. Entries that cannot be imported are
// kept with the reason (the CLI's own example entries, a missing token, a bad address), so the
// user sees why.
class CliConfig
{
    Q_DECLARE_TR_FUNCTIONS(CliConfig)
public:
    // Larger files are refused unread: the CLI's file is a few hundred bytes per instance.
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    QString path; // the file read; empty for parse()
    bool found = false; // the file exists
    QString error; // translated: why nothing could be read; empty when entries were read
    QList<CliInstance> instances;

    bool ok() const { return error.isEmpty(); }
    qsizetype importableCount() const;

    // Where the CLI keeps its file on this system, most likely first. Current CLIs use
    // ~/.config/coolify/config.json on Linux and macOS (%APPDATA%\coolify on Windows); CLIs
    // before October 2025 used the XDG config directory (on macOS ~/Library/Application
    // Support/coolify, on Windows %LOCALAPPDATA%\coolify). Duplicates are removed.
    static QStringList candidatePaths(const QProcessEnvironment &environment);

    // The first candidate that exists, read; otherwise found == false and an error naming the
    // usual place.
    static CliConfig readFirst(const QStringList &candidates);
    static CliConfig read(const QString &path);
    static CliConfig parse(const QByteArray &json);
};

} // namespace Coolify::Instances
