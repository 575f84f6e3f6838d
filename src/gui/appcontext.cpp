#include "gui/appcontext.h"

#include "gui/mainwindow.h"
#include "gui/preferencesdialog.h"
#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "instances/tokenvault.h"
#include "journal/journal.h"
#include "journal/recorder.h"
#include "models/fleet.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

AppContext::AppContext(QSettings *settings, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_store(new Instances::InstanceStore(settings, this))
    , m_vault(new Instances::TokenVault(QStringLiteral(COOLIFY_APP_ID), this))
    , m_manager(new Instances::InstanceManager(m_store, m_vault, this))
    , m_fleet(new Models::Fleet(m_manager, m_network, this))
    , m_journal(new Journal::Journal(journalPath.isEmpty() ? Journal::Journal::defaultPath()
                                                           : journalPath,
                                     Preferences::load(*settings).journalRetentionDays, this))
    , m_recorder(new Journal::Recorder(m_fleet, m_journal, this))
    , m_window(std::make_unique<MainWindow>(m_fleet, m_network, settings))
{
    m_window->setJournal(m_journal);
    // A journal that cannot be kept never stops the app; the user is told why.
    connect(m_journal, &Journal::Journal::problemChanged, m_window.get(),
            [window = m_window.get()](const QString &problem) {
                if (!problem.isEmpty())
                    window->statusBar()->showMessage(problem);
            });
}

AppContext::~AppContext()
{
    // Views first, then the fleet (whose clients abort their replies), and only then the
    // network manager those replies belong to.
    m_window.reset();
    delete m_recorder;
    delete m_fleet;
    delete m_journal; // after every change request has ended
}

QString AppContext::importEnvironment()
{
    return m_manager->importProcessEnvironment().error;
}

QString AppContext::addSessionInstance(const QString &name, const QUrl &root, const QString &token,
                                       const QColor &color)
{
    Instances::Instance instance = Instances::Instance::create(name, root, color);
    instance.sessionOnly = true;
    return m_manager->add(instance, token, Instances::TokenStorage::SessionOnly, this,
                          [](const Instances::VaultResult &) {});
}

} // namespace Coolify::Gui
