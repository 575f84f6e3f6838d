#include "gui/resourcedetails.h"

#include "api/baseurl.h"
#include "gui/connectionurlfield.h"
#include "gui/deploywebhookwidget.h"
#include "gui/detailsform.h"
#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/projectsmodel.h"
#include "models/servicesmodel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using namespace Models;

ResourceDetails::ResourceDetails(Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_settings(new QPushButton(tr("Edit &Settings…"), this))
    , m_webhook(new DeployWebhookWidget(this))
{
    setObjectName(u"resourceDetails"_s);
    DetailsForm::styleTitle(m_title);
    m_title->setObjectName(u"detailsTitle"_s);
    DetailsForm::styleForm(m_form);
    m_settings->setObjectName(u"editSettings"_s);
    m_settings->setAccessibleName(tr("Edit application settings"));
    m_settings->setToolTip(tr("Open this application's settings form"));
    connect(m_settings, &QPushButton::clicked, this,
            [this] { emit editSettingsRequested(m_instanceId, m_uuid); });
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_settings);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_form);
    layout->addWidget(m_webhook);
    layout->addStretch();
    clear();
}

void ResourceDetails::clear()
{
    m_instanceId.clear();
    m_uuid.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_title->setText(tr("Select a resource to see its details."));
    m_settings->hide();
    m_webhook->hide();
}

void ResourceDetails::show(const QString &instanceId, Api::ResourceKind kind, const QString &uuid)
{
    if (uuid != m_uuid || instanceId != m_instanceId)
        m_passwordsRevealed = false; // another resource starts masked
    m_instanceId = instanceId;
    m_kind = kind;
    m_uuid = uuid;
    refresh();
}

void ResourceDetails::addRow(const QString &label, const QString &value, bool link)
{
    if (!link || value.isEmpty())
        return addWidgetRow(label, DetailsForm::plainValue(value, this));
    auto *text = new QLabel(this);
    text->setWordWrap(true);
    QStringList links;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        // Only web addresses become links; anything else from the server stays text.
        const QString url = part.trimmed();
        links << (Api::isWebLink(QUrl(url)) ? u"<a href=\"%1\">%1</a>"_s.arg(url.toHtmlEscaped())
                                            : url.toHtmlEscaped());
    }
    text->setText(links.join(QLatin1String("<br>")));
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    addWidgetRow(label, text);
}

void ResourceDetails::addWidgetRow(const QString &label, QWidget *field)
{
    DetailsForm::addRow(m_form, label, field);
}

void ResourceDetails::addConnectionUrlRow(const QString &label, const QString &url)
{
    auto *field = new ConnectionUrlField(this);
    field->setUrl(url);
    field->setRevealed(m_passwordsRevealed);
    connect(field, &ConnectionUrlField::revealedChanged, this, [this](bool on) {
        m_passwordsRevealed = on;
        // Both URLs of a database follow one choice.
        for (auto *other : findChildren<ConnectionUrlField *>())
            other->setRevealed(on);
    });
    addWidgetRow(label, field);
}

void ResourceDetails::refresh()
{
    const QString instanceId = m_instanceId, uuid = m_uuid;
    const Api::ResourceKind kind = m_kind;
    InstanceData *instanceData = m_fleet->data(instanceId);
    InstanceSession *session = m_fleet->session(instanceId);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_webhook->hide();
    if (!instanceData || !session || uuid.isEmpty()) {
        clear();
        return;
    }
    const auto environmentText = [instanceData](qint64 id) {
        const auto ref = instanceData->projects()->environmentById(id);
        return ref ? ref->project.name + u" / "_s + ref->environment.name : QString();
    };
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    const QString hidden = Application::redactedText();
    if (kind == Api::ResourceKind::Application) {
        const Application *app = instanceData->applications()->find(uuid);
        if (!app)
            return clear();
        m_title->setText(tr("Application %1").arg(app->name));
        m_settings->show();
        addRow(tr("Status:"), app->status.text());
        addRow(tr("Instance:"), session->instance().name);
        addRow(tr("Project / environment:"), environmentText(app->environmentId));
        addRow(tr("Domains:"), app->fqdns.join(u','), true);
        addRow(tr("Build pack:"), app->buildPack);
        addRow(tr("Repository:"),
               app->gitBranch.isEmpty()
                   ? app->gitRepository
                   : tr("%1 (branch %2)").arg(app->gitRepository, app->gitBranch));
        addRow(tr("Commit:"), app->gitCommitSha);
        addRow(tr("Ports:"), app->portsExposes);
        addRow(tr("Description:"), app->description);
        addRow(tr("Webhook secrets:"),
               app->isRedacted(u"manual_webhook_secret_github"_s) ? hidden
                                                                  : tr("readable with this token"));
        m_webhook->setApplication(session->instance().rootUrl, app->uuid);
        m_webhook->show();
        addRow(tr("Updated:"), when(app->updatedAt));
    } else if (kind == Api::ResourceKind::Database) {
        const Database *db = instanceData->databases()->find(uuid);
        if (!db)
            return clear();
        m_title->setText(tr("Database %1").arg(db->name));
        m_settings->hide();
        addRow(tr("Status:"), db->status.text());
        addRow(tr("Type:"), Database::typeName(db->type));
        addRow(tr("Instance:"), session->instance().name);
        addRow(tr("Project / environment:"), environmentText(db->environmentId));
        addRow(tr("Image:"), db->image);
        addRow(tr("User / database:"),
               db->user.isEmpty() ? QString() : db->user + u'/' + db->databaseName);
        addRow(tr("Public port:"),
               db->isPublic && db->publicPort ? QString::number(*db->publicPort)
                                              : tr("not public"));
        if (db->internalUrl.hidden || db->internalUrl.value.isEmpty())
            addRow(tr("Internal URL:"), db->internalUrl.hidden ? hidden : QString());
        else
            addConnectionUrlRow(tr("Internal URL:"), db->internalUrl.value);
        if (!db->externalUrl.hidden && !db->externalUrl.value.isEmpty())
            addConnectionUrlRow(tr("Public URL:"), db->externalUrl.value);
        addRow(tr("Password:"), db->password.hidden ? hidden : tr("readable with this token"));
        addRow(tr("Started:"), when(db->startedAt));
    } else {
        const ServicesModel *services = instanceData->services();
        const int row = services->rowOf(uuid);
        if (row < 0)
            return clear();
        const Service &service = services->item(row);
        m_title->setText(tr("Service %1").arg(service.name));
        m_settings->hide();
        addRow(tr("Status:"), service.status.text());
        addRow(tr("Type:"), service.serviceType);
        addRow(tr("Instance:"), session->instance().name);
        addRow(tr("Project / environment:"), environmentText(service.environmentId));
        QStringList parts;
        for (const ServiceComponent &c : services->children(row))
            parts << tr("%1 — %2").arg(c.displayName(), c.status.text());
        addRow(tr("Containers:"), parts.join(u'\n'));
        addRow(tr("Compose file:"),
               service.composeHidden ? hidden : tr("readable with this token"));
    }
}

void ResourceDetails::changeEvent(QEvent *event)
{
    // Rich-text links keep the link colour they were laid out with: lay them out again.
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Coolify::Gui
