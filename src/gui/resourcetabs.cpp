#include "gui/resourcetabs.h"

#include "gui/databasebackupsview.h"
#include "gui/deploymenthistoryview.h"
#include "gui/environmentview.h"
#include "gui/resourcedetails.h"
#include "gui/runtimelogsview.h"
#include "models/fleet.h"
#include "models/instancesession.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Api::ResourceKind;
using Controllers::ResourceRef;

namespace {

QString keyOf(const ResourceRef &ref)
{
    return ref.instanceId + u'/' + ref.uuid;
}

// Details: everything the instance last sent about the resource. The details can be taller than
// the space under the table: they scroll, never squash.
class DetailsTab
    : public QScrollArea
    , public ResourceTabPage
{
public:
    DetailsTab(Models::Fleet *fleet, QWidget *parent)
        : QScrollArea(parent)
        , m_details(new ResourceDetails(fleet, this))
    {
        setWidget(m_details);
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
    }
    void showResource(const ResourceRef &ref) override
    {
        m_details->show(ref.instanceId, ref.kind, ref.uuid);
    }
    void clearResource() override { m_details->clear(); }
    void rowsChanged() override { m_details->refresh(); }

private:
    ResourceDetails *m_details;
};

// Container logs of an application or a standalone database, fetched when the tab is shown.
class LogsTab
    : public QWidget
    , public ResourceTabPage
{
public:
    LogsTab(Models::Fleet *fleet, QWidget *parent)
        : QWidget(parent)
        , m_fleet(fleet)
        , m_layout(new QVBoxLayout(this))
    {
        m_layout->setContentsMargins(0, 0, 0, 0);
    }
    void showResource(const ResourceRef &ref) override
    {
        delete m_view;
        m_view = nullptr;
        Models::InstanceSession *session = m_fleet->session(ref.instanceId);
        if (!session)
            return;
        m_view = new RuntimeLogsView(session->client(), ref.kind, ref.uuid, ref.name, this);
        m_layout->addWidget(m_view);
        m_view->refresh();
    }
    void clearResource() override
    {
        delete m_view;
        m_view = nullptr;
    }

private:
    Models::Fleet *m_fleet;
    QVBoxLayout *m_layout;
    RuntimeLogsView *m_view = nullptr;
};

// Environment variables of an application, database or service. Text typed in the .env view
// and not saved is kept per resource for the session: selecting another resource and coming
// back finds it again.
class EnvironmentTab
    : public QWidget
    , public ResourceTabPage
{
public:
    EnvironmentTab(Models::Fleet *fleet, QWidget *parent)
        : QWidget(parent)
        , m_fleet(fleet)
        , m_layout(new QVBoxLayout(this))
    {
        m_layout->setContentsMargins(0, 0, 0, 0);
        // The view talks through its instance's client: it goes before the instance does.
        connect(fleet, &Models::Fleet::sessionAboutToBeRemoved, this, [this](const QString &id) {
            if (m_view && m_view->resource().instanceId == id)
                clearResource();
        });
    }
    void showResource(const ResourceRef &ref) override
    {
        clearResource();
        if (!m_fleet->session(ref.instanceId))
            return;
        m_view = new EnvironmentView(m_fleet, ref, this);
        m_layout->addWidget(m_view);
        m_view->restoreDraft(m_drafts.take(keyOf(ref)));
        m_view->reload();
    }
    void clearResource() override
    {
        if (m_view) {
            const QString draft = m_view->draft();
            if (!draft.isEmpty())
                m_drafts.insert(keyOf(m_view->resource()), draft);
        }
        delete m_view;
        m_view = nullptr;
    }
    EnvironmentView *view() const { return m_view; }

private:
    Models::Fleet *m_fleet;
    QVBoxLayout *m_layout;
    EnvironmentView *m_view = nullptr;
    QHash<QString, QString> m_drafts;
};

// The application's deployment history.
class DeploymentsTab
    : public DeploymentHistoryView
    , public ResourceTabPage
{
public:
    using DeploymentHistoryView::DeploymentHistoryView;
    void showResource(const ResourceRef &ref) override
    {
        setApplication(ref.instanceId, ref.uuid, ref.name);
    }
    void clearResource() override { setApplication({}, {}, {}); }
};

// A standalone database's backups.
class BackupsTab
    : public DatabaseBackupsView
    , public ResourceTabPage
{
public:
    using DatabaseBackupsView::DatabaseBackupsView;
    void showResource(const ResourceRef &ref) override
    {
        setDatabase(ref.instanceId, ref.uuid, ref.name);
    }
    void clearResource() override { setDatabase({}, {}, {}); }
};

template<typename Page> QWidget *make(Models::Fleet *fleet, QWidget *parent)
{
    return new Page(fleet, parent);
}

} // namespace

const QList<ResourceTabSpec> &resourceTabs()
{
    static const QList<ResourceTabSpec> tabs{
        {u"detailsTab"_s, [] { return ResourceTabs::tr("Details"); },
         [](ResourceKind) { return true; }, &make<DetailsTab>, false},
        {u"deploymentsTab"_s, [] { return ResourceTabs::tr("Deployments"); },
         [](ResourceKind kind) { return kind == ResourceKind::Application; },
         &make<DeploymentsTab>},
        {u"backupsTab"_s, [] { return ResourceTabs::tr("Backups"); },
         [](ResourceKind kind) { return kind == ResourceKind::Database; }, &make<BackupsTab>},
        {u"logsTab"_s, [] { return ResourceTabs::tr("Logs"); },
         [](ResourceKind kind) { return kind != ResourceKind::Service; }, &make<LogsTab>},
        {u"environmentTab"_s, [] { return ResourceTabs::tr("Environment"); },
         [](ResourceKind) { return true; }, &make<EnvironmentTab>},
    };
    return tabs;
}

ResourceTabs::ResourceTabs(Models::Fleet *fleet, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(u"detailTabs"_s);
    setDocumentMode(true);
    for (const ResourceTabSpec &spec : resourceTabs()) {
        QWidget *page = spec.create(fleet, this);
        Q_ASSERT(dynamic_cast<ResourceTabPage *>(page));
        page->setObjectName(spec.id);
        addTab(page, spec.title());
        m_entries.append({&spec, page, {}});
    }
    connect(this, &QTabWidget::currentChanged, this, &ResourceTabs::showCurrent);
    setResources({});
}

QWidget *ResourceTabs::page(const QString &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.spec->id == id)
            return entry.page;
    }
    return nullptr;
}

bool ResourceTabs::isOffered(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).spec->id == id)
            return isTabVisible(i);
    }
    return false;
}

void ResourceTabs::rowsChanged()
{
    if (auto *page = dynamic_cast<ResourceTabPage *>(currentWidget()))
        page->rowsChanged();
}

void ResourceTabs::setResources(const QList<ResourceRef> &refs)
{
    m_one = refs.size() == 1 ? std::optional<ResourceRef>(refs.first()) : std::nullopt;
    for (int i = 0; i < m_entries.size(); ++i) {
        const ResourceTabSpec &spec = *m_entries.at(i).spec;
        const bool offered = m_one ? spec.appliesTo(m_one->kind) : !spec.needsOneResource;
        setTabVisible(i, offered);
    }
    showCurrent();
}

void ResourceTabs::showCurrent()
{
    const int current = currentIndex();
    if (current < 0 || current >= m_entries.size())
        return;
    Entry &entry = m_entries[current];
    auto *page = dynamic_cast<ResourceTabPage *>(entry.page);
    const QString key = m_one ? keyOf(*m_one) : QString();
    if (entry.shownKey == key && !key.isEmpty())
        return; // already showing it (switching back to a tab keeps its state)
    entry.shownKey = key;
    if (m_one)
        page->showResource(*m_one);
    else
        page->clearResource();
}

void ResourceTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < m_entries.size(); ++i)
            setTabText(i, m_entries.at(i).spec->title());
    }
    QTabWidget::changeEvent(event);
}

} // namespace Coolify::Gui
