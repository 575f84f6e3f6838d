#include "controllers/deploymenthistory.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/applications.h"
#include "api/families/deployments.h"
#include "models/applicationsmodel.h"
#include "models/deploymenthistorymodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

#include <algorithm>

namespace Coolify::Controllers {

using namespace Qt::StringLiterals;
using Models::Deployment;

DeploymentHistory::DeploymentHistory(Models::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_model(new Models::DeploymentHistoryModel(this))
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(500); // one reload for a burst of starts and ends
    connect(&m_reloadSoon, &QTimer::timeout, this, &DeploymentHistory::refresh);
}

void DeploymentHistory::setApplication(const QString &instanceId, const QString &appUuid,
                                       const QString &appName)
{
    m_reply.cancel();
    m_imagesReply.cancel();
    m_rollback.cancel();
    m_imagesState = ImagesState::None;
    m_imagesError.clear();
    m_model->setImages({});
    m_instanceId = instanceId;
    m_appUuid = appUuid;
    m_appName = appName;
    m_total = -1;
    m_loaded.clear();
    m_error.clear();
    m_model->apply({});
    disconnect(m_activeStarted);
    disconnect(m_activeEnded);
    m_reloadSoon.stop();
    if (Models::InstanceData *data = m_fleet->data(instanceId); data && !appUuid.isEmpty()) {
        const auto reload = [this] {
            m_reloadSoon.start();
        };
        m_activeStarted =
            connect(data->activeDeployments(), &QAbstractItemModel::rowsInserted, this, reload);
        m_activeEnded =
            connect(data->activeDeployments(), &QAbstractItemModel::rowsRemoved, this, reload);
    }
    if (!appUuid.isEmpty()) {
        fetch(0, m_pageSize, true);
        fetchImages();
    }
    emit changed();
}

void DeploymentHistory::refresh()
{
    if (m_appUuid.isEmpty())
        return;
    fetch(0, qMax(m_pageSize, loadedCount()), true);
    fetchImages();
}

void DeploymentHistory::loadMore()
{
    if (m_appUuid.isEmpty() || (m_total >= 0 && loadedCount() >= m_total))
        return;
    fetch(loadedCount(), m_pageSize, false);
}

void DeploymentHistory::fetch(int skip, int take, bool replace)
{
    Models::InstanceSession *session = m_fleet->session(m_instanceId);
    if (!session) {
        m_error = tr("This instance is no longer configured.");
        emit changed();
        emit loaded(false);
        return;
    }
    Api::ApiReply *reply =
        session->client()->send(Api::Deployments::forApplication(m_appUuid, skip, take)
                                    .withDecoder(&Models::DeploymentPage::decode));
    m_reply.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply, replace] {
        if (!m_reply.release(reply))
            return;
        const Api::ApiResult &result = reply->result();
        if (!result.ok()) {
            m_error = tr("The history could not be loaded: %1").arg(result.error.userMessage());
            emit changed();
            emit loaded(false);
            return;
        }
        m_error.clear();
        const auto page = result.value.value<Models::DeploymentPage>();
        m_total = page.count;
        if (replace) {
            m_loaded = page.deployments;
        } else {
            for (const Deployment &d : page.deployments) {
                const bool known =
                    std::any_of(m_loaded.cbegin(), m_loaded.cend(),
                                [&d](const Deployment &k) { return k.uuid == d.uuid; });
                if (!known)
                    m_loaded.append(d);
            }
        }
        m_model->apply(m_loaded);
        emit changed();
        emit loaded(true);
    });
    emit changed();
}

void DeploymentHistory::fetchImages()
{
    Models::InstanceSession *session = m_fleet->session(m_instanceId);
    if (!session)
        return; // fetch() says so
    Api::ApiReply *reply = session->client()->send(
        Api::Applications::rollbackImages(m_appUuid).withDecoder(&Models::RollbackImages::decode));
    m_imagesReply.set(reply);
    if (m_imagesState != ImagesState::Loaded)
        m_imagesState = ImagesState::Loading; // a reload keeps showing what is known

    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (!m_imagesReply.release(reply))
            return;
        const Api::ApiResult &result = reply->result();
        if (result.ok()) {
            m_imagesState = ImagesState::Loaded;
            m_imagesError.clear();
            m_model->setImages(result.value.value<Models::RollbackImages>());
        } else {
            m_imagesState = ImagesState::Failed;
            m_imagesError = result.error.userMessage();
            m_model->setImages({});
        }
        emit changed();
    });
}

QString DeploymentHistory::instanceName() const
{
    const Models::InstanceSession *session = m_fleet->session(m_instanceId);
    return session ? session->instance().name : QString();
}

const Models::Application *DeploymentHistory::application() const
{
    const Models::InstanceData *data = m_fleet->data(m_instanceId);
    return data ? data->applications()->find(m_appUuid) : nullptr;
}

QString DeploymentHistory::imagesText() const
{
    const Models::Application *app = application();
    const QString pack = app ? app->buildPack : QString();
    if (pack == QLatin1String("dockercompose"))
        return tr("Docker Compose applications cannot be rolled back: Coolify names their images "
                  "per service and keeps no list of them.");
    if (pack == QLatin1String("dockerimage"))
        return tr("This application runs the registry image %1: a rollback would deploy that same "
                  "tag again. To go back, set an older tag in its settings and deploy.")
            .arg(app->dockerImage);
    switch (m_imagesState) {
    case ImagesState::None:
        return {};
    case ImagesState::Loading:
        return tr("Reading the images kept on the server…");
    case ImagesState::Failed:
        return tr("The kept images could not be read: %1").arg(m_imagesError);
    case ImagesState::Loaded:
        break;
    }
    const Models::RollbackImages &images = m_model->images();
    if (images.images.isEmpty()) {
        if (app && app->serverReachable == false)
            return tr("The server is not reachable, so Coolify cannot list the images it keeps. "
                      "Rollback is possible again once the server is back.");
        return tr("The server lists no kept images. Coolify answers this way when it cannot reach "
                  "the server over SSH, and when image retention is off "
                  "(docker_images_to_keep is 0).");
    }
    const int targets = images.targetCount();
    if (images.current == QLatin1String("latest") && targets == 0)
        return tr("This application is built from a Dockerfile kept in Coolify and always runs the "
                  "tag latest: there is no older image to roll back to.");
    QString text = images.current.isEmpty() ? tr("The running image could not be told by its tag.")
                                            : tr("Running %1.").arg(images.current.left(12));
    text += u' ';
    text += targets == 0
        ? tr("No older image is kept on the server.")
        : tr("%n older image(s) kept on the server: pick one and choose Roll Back.", nullptr,
             targets);
    if (m_model->marks().runsOlderThanLastGood(images))
        text += u' '
            + tr("The running image is not the last successful build (%1).")
                  .arg(m_model->marks().lastGoodCommit.left(12));
    return text;
}

QString DeploymentHistory::rollbackUnavailableReason(const QString &tag) const
{
    if (m_appUuid.isEmpty())
        return tr("No application is selected.");
    if (isRollingBack())
        return tr("A rollback is being sent.");
    const Models::InstanceSession *session = m_fleet->session(m_instanceId);
    if (!session)
        return tr("This instance is no longer configured.");
    if (session->abilities().isKnownMissing(Api::Ability::Deploy))
        return tr("Cannot roll back: %1.")
            .arg(session->abilities().missingReason(Api::Ability::Deploy));
    if (const Models::Application *app = application()) {
        if (app->buildPack == QLatin1String("dockercompose"))
            return tr("Coolify cannot roll back Docker Compose applications.");
        if (app->buildPack == QLatin1String("dockerimage"))
            return tr("A Docker-image application always runs its configured tag: set an older "
                      "tag in its settings instead.");
    }
    // Every rollback call queues one more deployment: not while one is on its way.
    const QList<Deployment> &rows = m_model->rows();
    if (std::any_of(rows.cbegin(), rows.cend(), [](const Deployment &d) { return d.isActive(); }))
        return tr("A deployment of this application is queued or running; roll back when it has "
                  "ended.");
    const Models::RollbackImages &images = m_model->images();
    if (tag.isEmpty())
        return tr("Select a deployment whose image is kept.");
    if (!images.current.isEmpty() && tag == images.current)
        return tr("This image is running now.");
    if (Models::RollbackImages::classify(tag) != Models::RollbackImages::TagKind::Regular)
        return tr("Build images, previews and \"latest\" are no rollback targets.");
    if (!images.isTarget(tag))
        return tr("The server keeps no image of %1.").arg(tag.left(12));
    return {};
}

bool DeploymentHistory::rollBack(const QString &tag)
{
    if (!rollbackUnavailableReason(tag).isEmpty())
        return false;
    Models::InstanceSession *session = m_fleet->session(m_instanceId);
    Api::ApiReply *reply = session->client()->send(
        Api::Applications::rollback(m_appUuid, tag).withDecoder(&Models::DeployOutcome::decode));
    m_rollback.set(reply);
    const QString name = m_appName.isEmpty() ? m_appUuid : m_appName;
    connect(reply, &Api::ApiReply::finished, this, [this, reply, tag, name] {
        if (!m_rollback.release(reply))
            return;
        const Api::ApiResult &result = reply->result();
        RollbackOutcome outcome;
        outcome.tag = tag;
        const QString shortTag = tag.left(12);
        if (result.ok()) {
            const QStringList uuids = result.value.value<Models::DeployOutcome>().deploymentUuids();
            outcome.deploymentUuid = uuids.value(0);
            outcome.result = uuids.isEmpty() ? RollbackResult::Failed : RollbackResult::Queued;
            outcome.text = uuids.isEmpty()
                ? tr("The server accepted the rollback of %1 but named no deployment to follow.")
                      .arg(name)
                : tr("Rollback of %1 to %2 queued.").arg(name, shortTag);
        } else {
            const Api::ApiError &error = result.error;
            if (error.kind == Api::ErrorKind::BadRequest
                && error.serverMessage.contains(QLatin1String("queue is full"))) {
                outcome.result = RollbackResult::QueueFull;
                outcome.text = tr("The deployment queue of the server is full: %1 was not rolled "
                                  "back. Try again when running deployments have finished.")
                                   .arg(name);
            } else if (error.kind == Api::ErrorKind::NotFound) {
                outcome.result = RollbackResult::NotFound;
                outcome.text = tr("%1 no longer exists on this instance.").arg(name);
            } else if (error.kind == Api::ErrorKind::Validation) {
                outcome.result = RollbackResult::Invalid;
                QStringList messages = error.validation.fields.value(u"commit"_s);
                for (auto it = error.validation.fields.cbegin();
                     it != error.validation.fields.cend(); ++it) {
                    if (it.key() != QLatin1String("commit"))
                        messages += it.value();
                }
                messages += error.validation.general;
                outcome.text = tr("The server refused to roll back to %1: %2")
                                   .arg(shortTag, messages.join(u' '));
            } else if (error.kind == Api::ErrorKind::Forbidden
                       && error.forbiddenCause == Api::ForbiddenCause::MissingAbility) {
                outcome.result = RollbackResult::MissingAbility;
                outcome.text =
                    tr("Cannot roll back %1: the token lacks the deploy ability.").arg(name);
            } else {
                outcome.result = RollbackResult::Failed;
                outcome.text = tr("Rollback of %1 failed: %2").arg(name, error.userMessage());
            }
        }
        emit changed();
        emit rollbackFinished(outcome);
        if (outcome.result == RollbackResult::Queued)
            refresh();
    });
    emit changed();
    return true;
}

} // namespace Coolify::Controllers
