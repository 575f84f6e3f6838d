#include "journal/recorder.h"

#include "api/apiclient.h"
#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "journal/describe.h"
#include "journal/journal.h"
#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/deploymentsmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/servicesmodel.h"

using namespace Qt::StringLiterals;

namespace Coolify::Journal {

namespace {

// The resource's name and kind as the instance's lists know them (a deleted resource is still
// listed when its DELETE answers).
void nameFrom(const Models::InstanceData *data, Entry *entry)
{
    if (!data || entry->uuid.isEmpty())
        return;
    const bool any = entry->kind.isEmpty();
    if (any || entry->kind == "application"_L1) {
        if (const auto *app = data->applications()->find(entry->uuid)) {
            entry->kind = u"application"_s;
            entry->name = app->name;
            return;
        }
    }
    if (any || entry->kind == "database"_L1) {
        if (const auto *db = data->databases()->find(entry->uuid)) {
            entry->kind = u"database"_s;
            entry->name = db->name;
            return;
        }
    }
    if (any || entry->kind == "service"_L1) {
        if (const auto *service = data->services()->find(entry->uuid)) {
            entry->kind = u"service"_s;
            entry->name = service->name;
            return;
        }
    }
    if (entry->kind == "deployment"_L1) {
        if (const auto *deployment = data->activeDeployments()->find(entry->uuid))
            entry->name = deployment->applicationName;
    }
}

} // namespace

Recorder::Recorder(Models::Fleet *fleet, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_journal(journal)
{
    for (const QString &id : fleet->ids())
        watch(id);
    connect(fleet, &Models::Fleet::sessionAdded, this,
            [this](const QString &id, int) { watch(id); });
}

void Recorder::watch(const QString &instanceId)
{
    Models::InstanceSession *session = m_fleet->session(instanceId);
    if (!session)
        return;
    connect(session->client(), &Api::ApiClient::changeFinished, this,
            [this, instanceId](const Api::ApiRequest &request, const Api::ApiResult &result) {
                changeFinished(instanceId, request, result);
            });
}

void Recorder::changeFinished(const QString &instanceId, const Api::ApiRequest &request,
                              const Api::ApiResult &result)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto instance = m_fleet->manager()->store()->find(instanceId);
    const Models::InstanceData *data = m_fleet->data(instanceId);
    for (Entry entry : describeChange(request, result)) {
        entry.time = now;
        entry.instanceId = instanceId;
        entry.instanceName = instance ? instance->name : QString();
        if (entry.name.isEmpty())
            nameFrom(data, &entry);
        m_journal->record(entry);
    }
}

} // namespace Coolify::Journal
