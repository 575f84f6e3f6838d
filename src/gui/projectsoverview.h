#pragma once

#include "gui/viewpane.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTreeView;

namespace Coolify::Models {
class Fleet;
class ProjectOverviewModel;
} // namespace Coolify::Models

namespace Coolify::Gui {

// An instance's projects and their environments, each with what it holds (how many resources,
// running, needing attention, stopped). Enter or a double-click opens a project or environment
// with its resources (navigateRequested).
class ProjectsOverview : public QWidget
{
    Q_OBJECT

public:
    ProjectsOverview(Models::Fleet *fleet, const QString &instanceId, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    Models::ProjectOverviewModel *model() const { return m_model; }

signals:
    void navigateRequested(const Coolify::Gui::ViewSpec &spec);

private:
    void open(const QModelIndex &index);

    QString m_instanceId;
    Models::ProjectOverviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_tree;
};

} // namespace Coolify::Gui
