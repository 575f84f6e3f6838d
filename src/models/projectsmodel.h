#pragma once

#include "models/project.h"
#include "models/resourcetreemodel.h"
#include "models/roles.h"

namespace Coolify::Models {

struct ProjectChildrenTraits
{
    static std::optional<QList<Environment>> takeChildren(Project &project)
    {
        std::optional<QList<Environment>> out = std::move(project.environments);
        project.environments.reset();
        return out;
    }
};

// Projects → environments of one instance. GET /projects has no environments, so apply() keeps
// the ones already known; setEnvironments() or upsert() fill them in when a project's detail
// (or its /environments list) arrives. Resources find their environment by `environment_id`
// through environmentById().
class ProjectsModel : public UuidTreeModel<Project, Environment, ProjectChildrenTraits>
{
    Q_OBJECT

public:
    enum Column { Name, Description, ColumnCount };
    // Roles::Kind is "project" or "environment"; Roles::EnvironmentId is set on environments.
    enum Role {
        IdRole = Roles::FirstModelRole, // numeric id of the project or environment
        NodeKindRole, // int(Kind)
        ProjectUuidRole, // the project's uuid, also on its environments
    };
    enum class Kind { Project, Environment };

    struct EnvironmentRef
    {
        Project project; // without `environments`
        Environment environment;
    };

    explicit ProjectsModel(QObject *parent = nullptr);

    // As UuidTreeModel's, with each environment's projectId filled in from its project.
    void apply(QList<Project> projects);
    void upsert(Project project);

    // False when the project is not in the model.
    bool setEnvironments(const QString &projectUuid, const QList<Environment> &environments);
    std::optional<EnvironmentRef> environmentById(qint64 id) const;
    QModelIndex indexOfEnvironment(qint64 id, int column = 0) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static void fillProjectIds(Project &project);
    void rebuildLookup() const;

    // environment id → (project row, environment row), rebuilt after any change.
    mutable QHash<qint64, QPair<int, int>> m_byEnvironmentId;
    mutable bool m_lookupDirty = true;
};

} // namespace Coolify::Models
