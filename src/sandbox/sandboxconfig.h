#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Coolify::Sandbox {

// Everything that shapes one sandbox instance: tokens, data, limits and fault injection.
// Usage: auto config = SandboxConfig::demo(); config.latencyMs = 200; SandboxServer s(config);
struct SandboxConfig
{
    QHash<QString, QStringList> tokens; // bearer token -> abilities, e.g. "demo-root" -> {"root"}
    quint32 seed = 1; // deterministic data
    int scale = 0; // >0: generate N extra applications spread over projects
    int databaseScale = 0; // >0: generate N extra databases, most with backups
    int rateLimitPerMinute = 200; // per user (all tokens share one user); 0 = unlimited
    int rateWindowMs = 60'000; // the limiter's window; tests shorten it to see Retry-After pass
    bool apiDisabled = false; // 403 {"success":true,"message":"API is disabled."}
    // Instance setting allowed_ips: empty or "0.0.0.0" allows all, otherwise client IPs must be
    // listed (403 {"success":true,"message":"You are not allowed to access the API."}).
    QStringList allowedIps;

    // Fault injection for client tests.
    int latencyMs = 0; // delay every answer
    double failureRate = 0; // share of authenticated API requests answered 500 "Server Error"
    double dropRate = 0; // share of answers cut off mid-body (connection aborted)
    QString dropPath; // path prefix (e.g. "/api/v1/servers") always cut off mid-body
    QString hangPath; // path prefix that is never answered
    QString oversizePath; // path prefix whose JSON answers are padded to oversizeBytes
    qint64 oversizeBytes = 64 * 1024 * 1024;

    QString stateFile; // non-empty: load from / persist mutations to this JSON file
    int deployStepMs = 1500; // one deployment simulator step (queued -> in_progress -> ...)
    int deploymentQueueLimit = 25; // per server, like deployment_queue_limit
    int queueRetryAfterSeconds = 60; // the Retry-After of a queue-full 429 (Coolify: 60)

    // demo-root: root, demo-read: read, demo-deploy: read + deploy.
    static SandboxConfig demo();
    // Parses "TOKEN:ab1,ab2"; returns false on a malformed spec.
    bool addToken(const QString &spec);
};

} // namespace Coolify::Sandbox
