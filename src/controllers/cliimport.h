#pragma once

#include "instances/cliconfig.h"
#include "models/cliimportmodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Coolify::Instances {
class InstanceManager;
}

namespace Coolify::Controllers {

class ConnectionCheck;

// "Import from coolify-cli…": reads the CLI's configuration (never writes it), lists its
// instances in a CliImportModel and imports the ticked ones. Each is first tested like "Test
// connection" in the instance dialog (is it Coolify, does the token work); only one that passes
// is added, its token written to the keychain through InstanceManager (never elsewhere: when
// the keychain fails, the row says why and nothing is added). Rows that failed stay ticked, so
// a second import tries them again.
//
//   CliImport import(manager, network);
//   import.load(Instances::CliConfig::readFirst(Instances::CliConfig::candidatePaths(env)));
//   import.start(); // … finished(imported, failed)
class CliImport : public QObject
{
    Q_OBJECT
public:
    CliImport(Instances::InstanceManager *manager, QNetworkAccessManager *network,
              QObject *parent = nullptr);
    ~CliImport() override;

    Models::CliImportModel *model() { return &m_model; }
    const Instances::CliConfig &config() const { return m_config; }

    // Shows `config`'s instances; drops a previous list (and stops its import).
    void load(const Instances::CliConfig &config);

    // Tests and imports the ticked rows, all at once (each instance is a different server).
    // False when nothing is ticked or an import is running.
    bool start();
    // Stops the tests still running; rows already saved stay imported.
    void cancel();
    bool isRunning() const { return !m_checks.isEmpty() || m_saving > 0; }

    // Translated: what the last import did ("2 instances imported, 1 not imported."), empty
    // before one finished.
    QString summary() const { return m_summary; }

signals:
    void runningChanged(bool running);
    // Ids of the instances added by this run, and how many ticked rows were not imported.
    void finished(const QStringList &importedIds, int failed);

private:
    void checkFinished(int row);
    void save(int row);
    void settle();

    Instances::InstanceManager *m_manager;
    QNetworkAccessManager *m_network;
    Instances::CliConfig m_config;
    Models::CliImportModel m_model;
    QHash<int, ConnectionCheck *> m_checks; // row → running test
    QHash<int, QString> m_pendingIds; // row → id of the instance being added
    int m_saving = 0;
    int m_generation = 0; // load() and cancel() make late keychain answers stale
    QStringList m_imported;
    int m_failed = 0;
    QString m_summary;
};

} // namespace Coolify::Controllers
