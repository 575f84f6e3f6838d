#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Coolify::Sandbox {

class SandboxState;

// A Laravel validation rule reduced to what the Coolify controllers use.
struct Rule
{
    enum Type { Any, String, Boolean, Integer, Numeric, Array };
    Type type = Any;
    bool nullable = false;
    bool required = false;
    int maxLength = -1; // strings
    double min = -1e300; // integers/numerics
    double max = 1e300;
    QString pattern; // full-match regular expression
    QStringList in; // enum
    QString customMessage; // replaces "format is invalid." (custom Rule objects)
};
using Rules = QList<QPair<QString, Rule>>;

namespace Validation {
// Errors as Laravel's MessageBag: {"field":["message"]}; only present fields are checked
// unless required.
QJsonObject check(const QJsonObject &fields, const Rules &rules);
// {"field":["This field is not allowed."]} for keys outside the allow-list.
QJsonObject unknownFields(const QJsonObject &fields, const QStringList &allowed);
QJsonObject merge(QJsonObject a, const QJsonObject &b);

bool isBase64(const QString &value);
bool isShellSafe(const QString &value);
bool isValidGitBranch(const QString &value);
bool isValidGitRepositoryUrl(const QString &value);

// ValidationPatterns::validateApplicationDomains: errors like "Invalid URL: foo" and the
// normalised comma-separated list (scheme and host lower-cased).
QStringList validateDomains(const QString &domains, QString *normalised);
// Domain conflicts with other applications, service applications or the instance FQDN.
QJsonArray domainConflicts(const SandboxState &state, const QString &normalised,
                           const QString &ownUuid);
QJsonObject conflictResponseBody(const QJsonArray &conflicts);
// "<owner>/<repo>" for public github.com URLs (how Coolify stores them).
QString storedRepository(const QString &url);
} // namespace Validation

} // namespace Coolify::Sandbox
