#pragma once

#include <QJsonObject>

namespace Coolify::Sandbox {

class SandboxState;

// Serialisation with the redaction rules of coolify-api.md §2: sensitive keys are absent, not
// masked.
namespace Views {
QJsonObject application(const SandboxState &state, const QJsonObject &row, bool sensitive,
                        bool withSettings);
QJsonObject database(const SandboxState &state, const QJsonObject &row, bool sensitive);
QJsonObject service(const SandboxState &state, const QJsonObject &row, bool sensitive);
QJsonObject deployment(const QJsonObject &row, bool sensitive);
// ownerType: application|service|database (database envs ignore is_shown_once).
QJsonObject env(const QJsonObject &row, bool sensitive);
QJsonObject serverListItem(const QJsonObject &row, bool sensitive);
QJsonObject serverDetail(const QJsonObject &row, bool sensitive);
// The secrets of coolify-api.md §2's "omitted without sensitive access" column: the models'
// $hidden. Only the controllers' removeSensitiveData re-exposes them, so rows serialised without it
// (e.g. the relations nested in GET /projects/{uuid}/{environment}) never carry them.
void removeHiddenApplicationFields(QJsonObject &out);
void removeHiddenDatabaseFields(QJsonObject &out, const QJsonObject &row);
void removeHiddenServiceFields(QJsonObject &out);
// Drops internal '_' keys (and "id" when dropId).
QJsonObject publicFields(const QJsonObject &row, bool dropId);
} // namespace Views

} // namespace Coolify::Sandbox
