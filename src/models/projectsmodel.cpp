#include "models/projectsmodel.h"

using namespace Qt::StringLiterals;

namespace Coolify::Models {

ProjectsModel::ProjectsModel(QObject *parent)
    : UuidTreeModel(parent)
{
    const auto dirty = [this] {
        m_lookupDirty = true;
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, dirty);
    connect(this, &QAbstractItemModel::rowsRemoved, this, dirty);
    connect(this, &QAbstractItemModel::dataChanged, this, dirty);
    connect(this, &QAbstractItemModel::modelReset, this, dirty);
    connect(this, &QAbstractItemModel::layoutChanged, this, dirty);
}

void ProjectsModel::fillProjectIds(Project &project)
{
    if (!project.environments)
        return;
    for (Environment &e : *project.environments) {
        if (e.projectId < 0) // GET /projects/{uuid}/environments has no project_id
            e.projectId = project.id;
    }
}

void ProjectsModel::apply(QList<Project> projects)
{
    for (Project &p : projects)
        fillProjectIds(p);
    UuidTreeModel::apply(std::move(projects));
}

void ProjectsModel::upsert(Project project)
{
    fillProjectIds(project);
    UuidTreeModel::upsert(std::move(project));
}

bool ProjectsModel::setEnvironments(const QString &projectUuid,
                                    const QList<Environment> &environments)
{
    const Project *project = find(projectUuid);
    if (!project)
        return false;
    Project filled = *project;
    filled.environments = environments;
    fillProjectIds(filled);
    return setChildren(projectUuid, *filled.environments);
}

void ProjectsModel::rebuildLookup() const
{
    m_byEnvironmentId.clear();
    for (int row = 0; row < topCount(); ++row) {
        const QList<Environment> &envs = children(row);
        for (int e = 0; e < envs.size(); ++e)
            m_byEnvironmentId.insert(envs.at(e).id, {row, e});
    }
    m_lookupDirty = false;
}

std::optional<ProjectsModel::EnvironmentRef> ProjectsModel::environmentById(qint64 id) const
{
    if (m_lookupDirty)
        rebuildLookup();
    const auto it = m_byEnvironmentId.constFind(id);
    if (id < 0 || it == m_byEnvironmentId.constEnd())
        return std::nullopt;
    return EnvironmentRef{item(it->first), children(it->first).at(it->second)};
}

QModelIndex ProjectsModel::indexOfEnvironment(qint64 id, int column) const
{
    if (m_lookupDirty)
        rebuildLookup();
    const auto it = m_byEnvironmentId.constFind(id);
    if (id < 0 || it == m_byEnvironmentId.constEnd())
        return {};
    return index(it->second, column, index(it->first, 0));
}

int ProjectsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QHash<int, QByteArray> ProjectsModel::roleNames() const
{
    return Roles::namesWith(
        {{IdRole, "id"}, {NodeKindRole, "nodeKind"}, {ProjectUuidRole, "projectUuid"}});
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Project *p = itemFor(index);
    const Environment *e = childFor(index);
    switch (role) {
    case Roles::Uuid:
        return e ? e->uuid : p->uuid;
    case Roles::Kind:
        return e ? u"environment"_s : u"project"_s;
    case Roles::EnvironmentId:
        return e ? QVariant(e->id) : QVariant();
    case IdRole:
        return e ? e->id : p->id;
    case NodeKindRole:
        return int(e ? Kind::Environment : Kind::Project);
    case ProjectUuidRole:
        return p->uuid;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Roles::Sort:
        break;
    default:
        return {};
    }
    const QString &name = e ? e->name : p->name;
    const QString &description = e ? e->description : p->description;
    switch (index.column()) {
    case Name:
        if (role == Qt::ToolTipRole && !description.isEmpty())
            return description;
        return role == Roles::Sort ? QVariant(name.toLower()) : QVariant(name);
    case Description:
        return description;
    default:
        return {};
    }
}

QVariant ProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace Coolify::Models
