#pragma once
// A journal entry for tests: an application of one instance, acted on at `time`.
#include "journal/entry.h"

inline Coolify::Journal::Entry
journalEntry(const QString &name, Coolify::Journal::Entry::Action action, const QDateTime &time,
             const QString &instanceId = QStringLiteral("i1"),
             const QString &instanceName = QStringLiteral("Production"))
{
    Coolify::Journal::Entry e;
    e.time = time;
    e.instanceId = instanceId;
    e.instanceName = instanceName;
    e.kind = QStringLiteral("application");
    e.uuid = name + QStringLiteral("-uuid");
    e.name = name;
    e.action = action;
    return e;
}
