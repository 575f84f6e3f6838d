#pragma once

#include "controllers/lifecyclecontroller.h"

#include <QList>
#include <QTabWidget>

#include <functional>
#include <optional>

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Gui {

// A page under a resource table: shows the one selected resource.
class ResourceTabPage
{
public:
    virtual ~ResourceTabPage() = default;
    // The selection changed (or the page became visible): show `ref`.
    virtual void showResource(const Controllers::ResourceRef &ref) = 0;
    // Nothing, or several resources, are selected.
    virtual void clearResource() = 0;
    // The instance's rows changed (once per event-loop turn): pages that show them update.
    virtual void rowsChanged() { }
};

// One declared tab: where it applies and how its page is made. The list below is the single
// place to add a tab (Details, Deployments, Logs, Environment today; Rollback, Backups next).
struct ResourceTabSpec
{
    QString id; // object name of the page, e.g. "detailsTab"
    std::function<QString()> title; // translated when asked (the language can change)
    std::function<bool(Api::ResourceKind)> appliesTo;
    // The page must be a QWidget that also implements ResourceTabPage.
    std::function<QWidget *(Models::Fleet *fleet, QWidget *parent)> create;
    bool needsOneResource = true; // hidden unless exactly one resource is selected (else: cleared)
};

// The declared tabs, in the order they are shown.
const QList<ResourceTabSpec> &resourceTabs();

// The tab widget under a resource table: one page per declared tab, shown only where it applies
// to the selected resource's kind. Pages get the selection while visible, and again when they
// become the current tab (a page may load lazily, e.g. the container logs).
class ResourceTabs : public QTabWidget
{
    Q_OBJECT

public:
    ResourceTabs(Models::Fleet *fleet, QWidget *parent = nullptr);

    void setResources(const QList<Controllers::ResourceRef> &refs);
    // The page of a declared tab (nullptr for an unknown id).
    QWidget *page(const QString &id) const;
    // Whether the tab of that id is offered for the current selection.
    bool isOffered(const QString &id) const;
    // Tells the current page that the instance's rows changed.
    void rowsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();

    struct Entry
    {
        const ResourceTabSpec *spec;
        QWidget *page;
        QString shownKey; // "<instance>/<uuid>" the page shows, "" when cleared
    };
    QList<Entry> m_entries;
    std::optional<Controllers::ResourceRef> m_one;
};

} // namespace Coolify::Gui
