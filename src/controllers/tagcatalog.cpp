#include "controllers/tagcatalog.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/applications.h"
#include "api/families/tags.h"
#include "models/application.h"
#include "models/fleet.h"
#include "models/instancesession.h"
#include "models/tag.h"

#include <algorithm>
#include <memory>

namespace Coolify::Controllers {

namespace {

QList<Models::InstanceSession *> onlineSessions(Models::Fleet *fleet)
{
    QList<Models::InstanceSession *> out;
    for (const QString &id : fleet->ids()) {
        Models::InstanceSession *session = fleet->session(id);
        if (session && session->state() == Models::InstanceSession::State::Online)
            out.append(session);
    }
    return out;
}

} // namespace

TagCatalog::TagCatalog(Models::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
{ }

QString TagCatalog::nameOf(const QString &instanceId) const
{
    const Models::InstanceSession *session = m_fleet->session(instanceId);
    return session ? session->instance().name : instanceId;
}

QString TagCatalog::instanceNames(const Entry &entry) const
{
    QStringList names;
    for (const QString &id : entry.instanceIds)
        names.append(nameOf(id));
    return names.join(tr(", "));
}

void TagCatalog::load()
{
    const int generation = ++m_generation;
    m_tags.clear();
    m_problems.clear();
    const QList<Models::InstanceSession *> sessions = onlineSessions(m_fleet);
    m_loading = int(sessions.size());
    if (sessions.isEmpty()) {
        m_problems.append(tr("No instance is online."));
        emit loaded();
        return;
    }
    // Answers arrive in any order; keep the fleet's order of instances within each tag.
    auto found = std::make_shared<QHash<QString, QList<Models::Tag>>>();
    const QStringList order = m_fleet->ids();
    for (Models::InstanceSession *session : sessions) {
        const QString id = session->instance().id;
        Api::ApiReply *reply =
            session->client()->send(Api::Tags::list().withDecoder(&Models::Tag::decodeList));
        connect(reply, &Api::ApiReply::finished, this, [this, reply, id, generation, found, order] {
            if (generation != m_generation)
                return;
            const Api::ApiResult &result = reply->result();
            if (result.ok())
                found->insert(id, result.value.value<QList<Models::Tag>>());
            else
                m_problems.append(tr("%1: %2").arg(nameOf(id), result.error.userMessage()));
            if (--m_loading > 0)
                return;
            QMap<QString, QStringList> byName;
            for (const QString &instanceId : order) {
                for (const Models::Tag &tag : found->value(instanceId))
                    byName[tag.name].append(instanceId);
            }
            for (auto it = byName.cbegin(); it != byName.cend(); ++it)
                m_tags.append(Entry{it.key(), it.value()});
            emit loaded();
        });
    }
}

void TagCatalog::resolve(const QString &name)
{
    const auto entry = std::find_if(m_tags.cbegin(), m_tags.cend(),
                                    [&name](const Entry &e) { return e.name == name; });
    if (entry == m_tags.cend()) {
        emit resolved(name, {}, {tr("No instance has the tag “%1”.").arg(name)});
        return;
    }
    struct Pending
    {
        int open = 0;
        QHash<QString, QList<ResourceRef>> refs;
        QStringList problems;
    };
    auto pending = std::make_shared<Pending>();
    const QStringList ids = entry->instanceIds;
    pending->open = int(ids.size());
    for (const QString &id : ids) {
        Models::InstanceSession *session = m_fleet->session(id);
        const auto done = [this, pending, name, ids] {
            if (--pending->open > 0)
                return;
            QList<ResourceRef> refs;
            for (const QString &instanceId : ids)
                refs += pending->refs.value(instanceId);
            emit resolved(name, refs, pending->problems);
        };
        if (!session) {
            pending->problems.append(tr("%1: the instance is gone.").arg(id));
            done();
            continue;
        }
        Api::ApiReply *reply = session->client()->send(
            Api::Applications::list(name).withDecoder(&Models::Application::decodeList));
        connect(reply, &Api::ApiReply::finished, this, [this, reply, id, pending, done] {
            const Api::ApiResult &result = reply->result();
            if (!result.ok()) {
                pending->problems.append(tr("%1: %2").arg(nameOf(id), result.error.userMessage()));
            } else {
                for (const Models::Application &app :
                     result.value.value<QList<Models::Application>>()) {
                    pending->refs[id].append(ResourceRef{id, Api::ResourceKind::Application,
                                                         app.uuid, app.name, app.status.raw});
                }
            }
            done();
        });
    }
}

} // namespace Coolify::Controllers
