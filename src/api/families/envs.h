#pragma once

#include "api/apirequest.h"
#include "api/resourcekind.h"

#include <QJsonArray>
#include <QJsonObject>

// Environment variables of an application, database or service (coolify-api.md §5, §16). They
// are found by key (+ is_preview), not by uuid: a key cannot be renamed. Application variables
// get a preview twin; database and service variables do not, and ignore the runtime and
// build-time flags. Every write needs `write`; values come only with `read:sensitive`.
//
//     client->send(Api::Envs::list(Api::ResourceKind::Database, uuid)
//                      .withBodyDecoder(&Models::EnvVar::decodeListBody));
namespace Coolify::Api::Envs {

// GET …/envs: the regular variables, then (applications) their preview twins.
ApiRequest list(ResourceKind kind, const QString &uuid);
// POST …/envs: 201; a key that exists answers 409 "already exists".
ApiRequest create(ResourceKind kind, const QString &uuid, const QJsonObject &variable);
// PATCH …/envs by key: 201 with the variable. An omitted value is cleared: send all fields.
ApiRequest update(ResourceKind kind, const QString &uuid, const QJsonObject &variable);
// PATCH …/envs/bulk {"data":[…]}: creates or updates by key, one item after the other; a 422 on
// item N comes after items 1…N-1 were saved.
ApiRequest bulk(ResourceKind kind, const QString &uuid, const QJsonArray &variables);
// DELETE …/envs/{env_uuid}: 200. An application's preview twin is not removed with it.
// `key` is only remembered (ApiRequest::subject) so the journal can name the variable.
ApiRequest remove(ResourceKind kind, const QString &uuid, const QString &envUuid,
                  const QString &key = {});

} // namespace Coolify::Api::Envs
