#include "gui/serverdetails.h"

#include "controllers/serverresources.h"
#include "gui/detailsform.h"
#include "gui/statusbadgedelegate.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/roles.h"
#include "models/serverresourcesmodel.h"
#include "models/serversmodel.h"
#include "models/weblinks.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::ServerResourcesModel;

ServerDetails::ServerDetails(Models::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_controller(new Controllers::ServerResources(fleet, this))
    , m_title(new QLabel(this))
    , m_openInCoolify(new QPushButton(QIcon::fromTheme(u"internet-web-browser"_s),
                                      tr("Open in &Coolify"), this))
    , m_form(new QFormLayout)
    , m_resourcesHeading(new QLabel(tr("Resources on this server"), this))
    , m_resourcesState(new QLabel(this))
    , m_resources(new QTableView(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(u"serverDetails"_s);
    DetailsForm::styleTitle(m_title);
    m_title->setObjectName(u"serverTitle"_s);
    DetailsForm::styleForm(m_form);
    m_openInCoolify->setObjectName(u"openServerInCoolify"_s);
    m_openInCoolify->setToolTip(tr("Open this server's page in Coolify's web interface"));
    connect(m_openInCoolify, &QPushButton::clicked, this, [this] {
        const Models::InstanceSession *session = m_fleet->session(m_instanceId);
        if (session && !m_uuid.isEmpty())
            QDesktopServices::openUrl(
                Models::WebLinks::serverPage(session->instance().rootUrl, m_uuid));
    });
    QFont bold = m_resourcesHeading->font();
    bold.setBold(true);
    m_resourcesHeading->setFont(bold);
    m_resourcesHeading->setBuddy(m_resources);
    m_resourcesState->setObjectName(u"serverResourcesState"_s);
    m_resourcesState->setTextFormat(Qt::PlainText); // embeds the server's error text
    m_resourcesState->setWordWrap(true);

    m_sorted->setSourceModel(m_controller->model());
    m_sorted->setSortRole(Models::Roles::Sort);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_resources->setObjectName(u"serverResources"_s);
    m_resources->setAccessibleName(tr("Resources on this server"));
    m_resources->setModel(m_sorted);
    m_resources->setSortingEnabled(true);
    m_resources->sortByColumn(ServerResourcesModel::Name, Qt::AscendingOrder);
    m_resources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resources->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resources->setAlternatingRowColors(true);
    m_resources->setWordWrap(false);
    m_resources->verticalHeader()->hide();
    m_resources->horizontalHeader()->setStretchLastSection(true);
    m_resources->horizontalHeader()->setSectionResizeMode(ServerResourcesModel::Name,
                                                          QHeaderView::ResizeToContents);
    m_resources->horizontalHeader()->setSectionResizeMode(ServerResourcesModel::Type,
                                                          QHeaderView::ResizeToContents);
    m_resources->setItemDelegateForColumn(ServerResourcesModel::Status,
                                          new StatusBadgeDelegate(m_resources));
    m_resources->setToolTip(tr("Enter or double-click opens the resource"));
    connect(m_resources, &QAbstractItemView::activated, this, &ServerDetails::openSelected);
    connect(m_controller, &Controllers::ServerResources::changed, this,
            &ServerDetails::refreshResourcesState);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_openInCoolify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_form);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_resourcesHeading);
    layout->addWidget(m_resourcesState);
    layout->addWidget(m_resources, 1);
    setServer({}, {});
}

void ServerDetails::setServer(const QString &instanceId, const QString &serverUuid)
{
    const bool other = instanceId != m_instanceId || serverUuid != m_uuid;
    m_instanceId = instanceId;
    m_uuid = serverUuid;
    if (other) {
        disconnect(m_serversWatch);
        // Name, state and proxy follow the servers list as it is polled.
        if (Models::InstanceData *instanceData = m_fleet->data(instanceId))
            m_serversWatch = connect(instanceData->servers(), &QAbstractItemModel::dataChanged,
                                     this, &ServerDetails::refreshDetails);
    }
    m_controller->setServer(instanceId, serverUuid);
    refreshDetails();
    refreshResourcesState();
}

void ServerDetails::addRow(const QString &label, const QString &value)
{
    DetailsForm::addRow(m_form, label, DetailsForm::plainValue(value, this));
}

void ServerDetails::refreshDetails()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const Models::InstanceData *instanceData = m_fleet->data(m_instanceId);
    const Models::Server *server = instanceData ? instanceData->servers()->find(m_uuid) : nullptr;
    const bool shown = server != nullptr;
    m_openInCoolify->setVisible(shown);
    m_resourcesHeading->setVisible(shown);
    m_resourcesState->setVisible(shown);
    m_resources->setVisible(shown);
    if (!shown) {
        m_title->setText(tr("Select a server to see its details and what runs on it."));
        return;
    }
    m_title->setText(server->name);
    addRow(tr("Address:"),
           tr("%1@%2, SSH port %3").arg(server->user, server->ip).arg(server->port));
    addRow(tr("State:"), server->stateText());
    if (!server->proxyType.isEmpty()) // the list does not say; a server's detail does
        addRow(tr("Proxy:"),
               server->proxyType == QLatin1String("none") ? tr("none") : server->proxyType);
    QStringList roles;
    if (server->coolifyHost)
        roles << tr("hosts Coolify itself");
    if (server->buildServer)
        roles << tr("build server (builds images, runs no resources)");
    addRow(tr("Role:"), roles.isEmpty() ? tr("runs resources") : roles.join(u"; "_s));
    addRow(tr("Description:"), server->description);
}

void ServerDetails::refreshResourcesState()
{
    const int rows = m_controller->model()->rowCount();
    QString state;
    if (!m_controller->errorText().isEmpty())
        state = m_controller->errorText();
    else if (!m_controller->hasLoaded())
        state = m_controller->isLoading() ? tr("Loading…") : QString();
    else if (rows == 0)
        state = tr("Nothing runs on this server.");
    else
        state = tr("%n resource(s). Enter or a double-click opens one.", nullptr, rows);
    m_resourcesState->setText(state);
    m_resourcesHeading->setText(m_controller->hasLoaded()
                                    ? tr("Resources on this server (%1)").arg(rows)
                                    : tr("Resources on this server"));
}

void ServerDetails::openSelected()
{
    const QModelIndex current = m_resources->currentIndex();
    if (!current.isValid())
        return;
    const QString uuid = current.data(Models::Roles::Uuid).toString();
    if (!uuid.isEmpty() && !current.data(Models::Roles::Kind).toString().isEmpty())
        emit openResource(m_instanceId, uuid);
}

} // namespace Coolify::Gui
