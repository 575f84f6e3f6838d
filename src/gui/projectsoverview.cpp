#include "gui/projectsoverview.h"

#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/projectoverviewmodel.h"
#include "models/projectsmodel.h"
#include "models/roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::ProjectOverviewModel;
using Models::ProjectsModel;
using Node = Models::NavigationModel::Node;

ProjectsOverview::ProjectsOverview(Models::Fleet *fleet, const QString &instanceId, QWidget *parent)
    : QWidget(parent)
    , m_instanceId(instanceId)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(u"projectsOverview"_s);
    if (Models::InstanceData *instanceData = fleet->data(instanceId))
        m_model = new ProjectOverviewModel(instanceData->projects(), fleet->resources(), instanceId,
                                           this);
    auto *hint = new QLabel(
        tr("Every project with its environments and what they hold. Enter or a double-click "
           "opens one with its resources."),
        this);
    hint->setWordWrap(true);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Models::Roles::Sort);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setObjectName(u"projectsTree"_s);
    m_tree->setAccessibleName(tr("Projects and environments"));
    m_tree->setModel(m_sorted);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ProjectOverviewModel::Name, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(ProjectOverviewModel::Name,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->expandAll();
    // Projects whose environments arrive later (GET /projects has none) open up as they come.
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                if (under.isValid()) {
                    m_tree->expand(under);
                    return;
                }
                for (int row = first; row <= last; ++row)
                    m_tree->expand(m_sorted->index(row, 0));
            });
    connect(m_tree, &QAbstractItemView::activated, this, &ProjectsOverview::open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);
}

void ProjectsOverview::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    const auto kind = ProjectsModel::Kind(first.data(ProjectsModel::NodeKindRole).toInt());
    ViewSpec spec;
    spec.instanceId = m_instanceId;
    if (kind == ProjectsModel::Kind::Environment) {
        spec.node = Node::Environment;
        spec.key = QString::number(first.data(ProjectsModel::IdRole).toLongLong());
    } else {
        spec.node = Node::Project;
        spec.key = first.data(Models::Roles::Uuid).toString();
    }
    emit navigateRequested(spec);
}

} // namespace Coolify::Gui
