#pragma once

#include "api/apirequest.h"

#include <QStringList>

// Request builders for deployments (coolify-api.md §4). POST /deploy answers in two shapes (by uuid
// or by tag) and may name a deployment that was never stored ("already queued"); decode the answer
// with Models::DeployOutcome::decode to tell real deployments from phantom ones.
//
//     client->send(Api::Deployments::forApplication(appUuid, 0, 20)
//                      .withDecoder(&Models::DeploymentPage::decode));
namespace Coolify::Api::Deployments {

// GET /deployments: queued and in-progress deployments only (array or object keyed "0","1").
ApiRequest active();
// GET /deployments/{uuid}: one deployment; `logs` only with read:sensitive.
ApiRequest get(const QString &uuid);
// GET /deployments/applications/{uuid}?skip=&take= → {"count", "deployments"}, newest first.
ApiRequest forApplication(const QString &applicationUuid, int skip = 0, int take = 10);
// POST /deploy {"uuid":"a,b","force":…}: applications, services or standalone databases.
ApiRequest deploy(const QStringList &uuids, bool force = false);
// POST /deploy {"tag":"x,y","force":…}: everything carrying one of the tags.
ApiRequest deployTag(const QStringList &tags, bool force = false);
// POST /deployments/{uuid}/cancel.
ApiRequest cancel(const QString &uuid);

} // namespace Coolify::Api::Deployments
