#pragma once

#include <QColor>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace Coolify::Instances {
class InstanceManager;
class InstanceStore;
class TokenVault;
} // namespace Coolify::Instances

namespace Coolify::Journal {
class Journal;
class Recorder;
} // namespace Coolify::Journal
namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Gui {

class MainWindow;

// Builds the object graph of one app run — settings, instance store, token vault, network,
// fleet and main window — and hands each its dependencies, so nothing is a singleton and tests
// can build the same graph against a temporary settings file.
class AppContext : public QObject
{
    Q_OBJECT

public:
    // The journal of changes goes to `journalPath`; empty: Journal::defaultPath() (the XDG data
    // directory of the application name, so each test program has its own).
    explicit AppContext(QSettings *settings, const QString &journalPath = {},
                        QObject *parent = nullptr);
    ~AppContext() override;

    // COOLIFY_URL + COOLIFY_TOKEN → a session instance; returns a translated problem or "".
    QString importEnvironment();
    // An instance for this run only, its token in memory (the sandbox, or tests).
    QString addSessionInstance(const QString &name, const QUrl &root, const QString &token,
                               const QColor &color);

    MainWindow *window() const { return m_window.get(); }
    Models::Fleet *fleet() const { return m_fleet; }
    Instances::InstanceManager *manager() const { return m_manager; }
    QNetworkAccessManager *network() const { return m_network; }
    Journal::Journal *journal() const { return m_journal; }

private:
    QSettings *m_settings;
    QNetworkAccessManager *m_network;
    Instances::InstanceStore *m_store;
    Instances::TokenVault *m_vault;
    Instances::InstanceManager *m_manager;
    Models::Fleet *m_fleet;
    Journal::Journal *m_journal;
    Journal::Recorder *m_recorder;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Coolify::Gui
