#include "gui/createtargetpickers.h"

#include "api/apierror.h"
#include "controllers/createtargets.h"
#include "forms/messagestyle.h"
#include "forms/plaintext.h"
#include "models/project.h"
#include "models/projectsmodel.h"
#include "models/server.h"
#include "models/serversmodel.h"

#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QStandardItemModel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::Environment;
using Models::Project;
using Models::Server;

namespace {

int indexOfUuid(const QComboBox *combo, const QString &uuid)
{
    return uuid.isEmpty() ? -1 : combo->findData(uuid);
}

QString currentUuid(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
}

} // namespace

CreateTargetPickers::CreateTargetPickers(Api::ApiClient *client, QComboBox *project,
                                         QComboBox *environment, QComboBox *server, QObject *parent)
    : QObject(parent)
    , m_targets(new Controllers::CreateTargets(client, this))
    , m_project(project)
    , m_environment(environment)
    , m_server(server)
{
    m_project->setPlaceholderText(tr("Loading projects…"));
    m_environment->setPlaceholderText(tr("Choose a project first"));
    m_server->setPlaceholderText(tr("Loading servers…"));
    connect(m_project, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            projectChanged();
    });
    // Picking a target again clears the server's complaint about it.
    for (const auto &[combo, id] :
         {std::pair{m_project, "project"}, std::pair{m_environment, "environment"},
          std::pair{m_server, "server"}}) {
        connect(combo, &QComboBox::activated, this,
                [this, field = QString::fromLatin1(id)] { emit targetActivated(field); });
    }
    for (QComboBox *combo : {m_environment, m_server}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit selectionChanged();
        });
    }
    using Controllers::CreateTargets;
    connect(m_targets, &CreateTargets::projectsLoaded, this, &CreateTargetPickers::setProjects);
    connect(m_targets, &CreateTargets::serversLoaded, this, [this](const QList<Server> &servers) {
        m_serversLoaded = true;
        setServers(servers);
    });
    connect(m_targets, &CreateTargets::projectsFailed, this, [this](const QString &message) {
        if (m_project->count() == 0)
            m_project->setPlaceholderText(tr("Projects could not be loaded"));
        emit loadFailed(message);
    });
    connect(m_targets, &CreateTargets::serversFailed, this, [this](const QString &message) {
        if (m_server->count() == 0)
            m_server->setPlaceholderText(tr("Servers could not be loaded"));
        emit loadFailed(message);
    });
    connect(m_targets, &CreateTargets::environmentsLoaded, this,
            [this](const QString &projectUuid, const QList<Environment> &environments) {
                m_environments.insert(projectUuid, environments);
                m_environmentErrors.remove(projectUuid);
                if (this->projectUuid() == projectUuid)
                    showEnvironments(projectUuid);
            });
    connect(m_targets, &CreateTargets::environmentsFailed, this,
            [this](const QString &projectUuid, const QString &message) {
                m_environments.remove(projectUuid);
                m_environmentErrors.insert(projectUuid, tr("Environments could not be loaded"));
                emit loadFailed(message);
                if (this->projectUuid() == projectUuid)
                    showEnvironments(projectUuid);
            });
}

void CreateTargetPickers::preselect(const QString &projectUuid, const QString &environmentUuid)
{
    m_wantedProject = projectUuid;
    m_wantedEnvironment = environmentUuid;
}

void CreateTargetPickers::prefill(const Models::ProjectsModel *projects,
                                  const Models::ServersModel *servers)
{
    if (projects && m_project->count() == 0 && projects->topCount() > 0) {
        QList<Project> list;
        for (int row = 0; row < projects->topCount(); ++row) {
            Project project = projects->item(row);
            if (!projects->children(row).isEmpty())
                project.environments = projects->children(row);
            list << project;
        }
        setProjects(list);
    }
    if (servers && !m_serversLoaded && servers->rowCount() > 0)
        setServers(servers->rows());
}

void CreateTargetPickers::load()
{
    m_fetchedEnvironments.clear();
    m_targets->load();
}

QString CreateTargetPickers::projectUuid() const
{
    return currentUuid(m_project);
}

QString CreateTargetPickers::environmentUuid() const
{
    return currentUuid(m_environment);
}

QString CreateTargetPickers::serverUuid() const
{
    return currentUuid(m_server);
}

QString CreateTargetPickers::serverProxyType() const
{
    return m_proxyTypes.value(serverUuid());
}

QString CreateTargetPickers::missingText() const
{
    QStringList missing;
    if (projectUuid().isEmpty())
        missing << tr("Choose a project.");
    else if (environmentUuid().isEmpty())
        missing << tr("Choose an environment.");
    if (serverUuid().isEmpty())
        missing << tr("Choose a server that can host resources.");
    return missing.join(u' ');
}

QString CreateTargetPickers::serverStateText(const Server &server, bool *usable)
{
    QString text;
    if (server.buildServer)
        text = tr("build server, cannot host resources");
    else if (!server.reachable)
        text = tr("unreachable, Coolify cannot connect to it");
    else if (!server.usable)
        text = tr("reachable but not usable, validate it in Coolify");
    else
        text = tr("reachable");
    if (usable)
        *usable = server.reachable && server.usable && !server.buildServer;
    return text;
}

void CreateTargetPickers::setProjects(const QList<Project> &projects)
{
    const QString keep = projectUuid().isEmpty() ? m_wantedProject : projectUuid();
    m_filling = true;
    m_project->clear();
    for (const Project &project : projects) {
        m_project->addItem(project.name, project.uuid);
        if (!project.description.isEmpty())
            m_project->setItemData(m_project->count() - 1, Forms::plainToolTip(project.description),
                                   Qt::ToolTipRole);
        if (project.environments)
            m_environments.insert(project.uuid, *project.environments);
    }
    int index = indexOfUuid(m_project, keep);
    if (index < 0 && !projects.isEmpty())
        index = 0;
    m_project->setCurrentIndex(index);
    m_project->setPlaceholderText(
        projects.isEmpty() ? tr("No projects yet: create one in Coolify first") : QString());
    m_filling = false;
    projectChanged();
}

void CreateTargetPickers::setServers(const QList<Server> &servers)
{
    const QString keep = serverUuid();
    m_filling = true;
    m_server->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_server->model());
    int firstUsable = -1;
    for (const Server &server : servers) {
        bool usable = false;
        const QString state = serverStateText(server, &usable);
        m_server->addItem(tr("%1 (%2)").arg(server.name, state), server.uuid);
        const int row = m_server->count() - 1;
        m_server->setItemData(row, Forms::plainToolTip(tr("%1 — %2").arg(server.ip, state)),
                              Qt::ToolTipRole);
        m_server->setItemData(row, state, Qt::AccessibleDescriptionRole);
        if (!usable && model)
            model->item(row)->setEnabled(false);
        if (usable && firstUsable < 0)
            firstUsable = row;
        m_proxyTypes.insert(server.uuid, server.proxyType);
    }
    int index = indexOfUuid(m_server, keep);
    if (index < 0 || (model && !model->item(index)->isEnabled()))
        index = firstUsable;
    m_server->setCurrentIndex(index);
    m_server->setPlaceholderText(firstUsable < 0 ? tr("No server can host new resources")
                                                 : QString());
    m_filling = false;
    emit selectionChanged();
}

void CreateTargetPickers::projectChanged()
{
    const QString uuid = projectUuid();
    showEnvironments(uuid);
    if (!uuid.isEmpty() && !m_fetchedEnvironments.contains(uuid))
        fetchEnvironments(uuid);
}

void CreateTargetPickers::fetchEnvironments(const QString &projectUuid)
{
    m_fetchedEnvironments.insert(projectUuid);
    m_targets->loadEnvironments(projectUuid);
}

void CreateTargetPickers::showEnvironments(const QString &projectUuid)
{
    const QString keep = environmentUuid();
    m_filling = true;
    m_environment->clear();
    const QList<Environment> environments = m_environments.value(projectUuid);
    for (const Environment &environment : environments)
        m_environment->addItem(environment.name, environment.uuid);
    int index = indexOfUuid(m_environment, keep);
    if (index < 0)
        index = indexOfUuid(m_environment, m_wantedEnvironment);
    if (index < 0)
        index = m_environment->findText(u"production"_s);
    if (index < 0 && !environments.isEmpty())
        index = 0;
    m_environment->setCurrentIndex(index);
    if (projectUuid.isEmpty())
        m_environment->setPlaceholderText(tr("Choose a project first"));
    else if (m_environmentErrors.contains(projectUuid))
        m_environment->setPlaceholderText(m_environmentErrors.value(projectUuid));
    else if (!m_environments.contains(projectUuid))
        m_environment->setPlaceholderText(tr("Loading environments…"));
    else if (environments.isEmpty())
        m_environment->setPlaceholderText(tr("This project has no environments"));
    m_filling = false;
    emit selectionChanged();
}

// ----- errors ---------------------------------------------------------------------------------

void setUpBanner(QFrame *frame, QLabel *icon)
{
    icon->setPixmap(frame->style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24));
    Forms::setMessageStyle(frame, Forms::MessageKind::Error);
    frame->hide();
}

void showBanner(QFrame *frame, QLabel *label, const QStringList &lines)
{
    label->setTextFormat(Qt::PlainText); // the server's messages, never markup
    label->setText(lines.join(u'\n'));
    label->setAccessibleDescription(lines.join(u' '));
    frame->setVisible(!lines.isEmpty());
}

void setFieldMessage(QLabel *label, const QString &text)
{
    Forms::setFieldErrorStyle(label);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setAccessibleDescription(text);
    if (!text.isEmpty() && !label->sizePolicy().retainSizeWhenHidden()) {
        // Once a field has had a message, its line stays: the rows below move at most once,
        // not on every keystroke that makes the message come and go.
        QSizePolicy policy = label->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        label->setSizePolicy(policy);
    }
    label->setVisible(!text.isEmpty());
}

CreateErrorView CreateErrorView::from(const Api::ApiError &error,
                                      const QHash<QString, QString> &aliases,
                                      const QStringList &fieldIds)
{
    CreateErrorView view;
    // Every create endpoint names its targets this way; the pickers show them as one field each.
    static const QHash<QString, QString> targets = {{u"project_uuid"_s, u"project"_s},
                                                    {u"environment_uuid"_s, u"environment"_s},
                                                    {u"environment_name"_s, u"environment"_s},
                                                    {u"server_uuid"_s, u"server"_s},
                                                    {u"destination_uuid"_s, u"server"_s}};
    const auto fieldFor = [&](const QString &key) {
        const QString id = aliases.value(key, targets.value(key, key));
        return fieldIds.contains(id) ? id : QString();
    };
    switch (error.kind) {
    case Api::ErrorKind::Validation: {
        const auto &fields = error.validation.fields;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (const QString id = fieldFor(it.key()); !id.isEmpty())
                view.fields[id] += it.value();
            else
                view.banner << CreateTargetPickers::tr("%1: %2").arg(it.key(),
                                                                     it.value().join(u' '));
        }
        for (const QString &message : error.validation.general) {
            // "You need to provide a valid environment_name or environment_uuid."
            if (message.contains(QLatin1String("environment_"))
                && fieldIds.contains(QLatin1String("environment")))
                view.fields[u"environment"_s] << message;
            else
                view.banner << message;
        }
        if (!view.fields.isEmpty())
            view.banner.prepend(CreateTargetPickers::tr(
                "Coolify did not accept some values; see the messages under the fields."));
        if (view.fields.isEmpty() && view.banner.isEmpty())
            view.banner << error.userMessage();
        break;
    }
    case Api::ErrorKind::NotFound: {
        const QString message = error.serverMessage;
        const struct
        {
            QLatin1String prefix;
            const char *id;
            QString text;
        } known[] = {
            {QLatin1String("Project"), "project", CreateTargetPickers::tr("Project not found.")},
            {QLatin1String("Environment"), "environment",
             CreateTargetPickers::tr("Environment not found.")},
            {QLatin1String("Server"), "server", CreateTargetPickers::tr("Server not found.")},
            {QLatin1String("Destination"), "server",
             CreateTargetPickers::tr("The server's destination was not found.")},
        };
        for (const auto &k : known) {
            if (!message.startsWith(k.prefix))
                continue;
            if (const QString id = fieldFor(QLatin1String(k.id)); !id.isEmpty())
                view.fields[id] << k.text;
            view.banner << CreateTargetPickers::tr(
                               "%1 It may have been deleted meanwhile; the lists were reloaded.")
                               .arg(k.text);
            view.reloadTargets = true;
            return view;
        }
        view.banner << error.userMessage();
        break;
    }
    case Api::ErrorKind::BadRequest: {
        const QString message = error.detail.isEmpty() ? error.serverMessage : error.detail;
        if (message.contains(QLatin1String("Public port"))
            && fieldIds.contains(QLatin1String("public_port")))
            view.fields[u"public_port"_s] << message;
        else if (message.contains(QLatin1String("destination"))
                 && fieldIds.contains(QLatin1String("server")))
            view.fields[u"server"_s] << CreateTargetPickers::tr(
                "This server has several Docker destinations (or none); this dialog cannot "
                "choose one. Pick another server or create the resource in Coolify's web UI.");
        view.banner
            << (message.isEmpty()
                    ? error.userMessage()
                    : CreateTargetPickers::tr("Coolify refused the request: %1").arg(message));
        break;
    }
    case Api::ErrorKind::Conflict: {
        QStringList domains;
        view.banner << CreateTargetPickers::tr("These domains are already in use:");
        for (const QJsonValue &value : error.conflicts) {
            const QJsonObject conflict = value.toObject();
            const QString domain = conflict.value(QLatin1String("domain")).toString();
            domains << domain;
            view.banner << CreateTargetPickers::tr("• %1 — used by %2 “%3”")
                               .arg(domain,
                                    conflict.value(QLatin1String("resource_type")).toString(),
                                    conflict.value(QLatin1String("resource_name")).toString());
        }
        if (domains.isEmpty())
            view.banner = QStringList{error.userMessage()};
        else if (const QString id = fieldFor(u"domains"_s); !id.isEmpty())
            view.fields[id] << CreateTargetPickers::tr("Already in use: %1")
                                   .arg(domains.join(QLatin1String(", ")));
        break;
    }
    default:
        view.banner << error.userMessage();
        break;
    }
    return view;
}

} // namespace Coolify::Gui
