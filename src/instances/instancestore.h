#pragma once

#include "instances/instance.h"

#include <QList>
#include <QObject>

#include <optional>

class QSettings;

namespace Coolify::Instances {

// The list of instances, kept in QSettings under the group "instances". Holds no secret, ever:
// tokens go to TokenVault. Session-only instances are kept in memory and never written.
// Pass the QSettings in, so tests can use a temporary ini file:
//
//   QSettings settings(dir.filePath(u"app.ini"_s), QSettings::IniFormat);
//   InstanceStore store(&settings);
//   store.add(Instance::create(u"Prod"_s, url));
//
// Layout: instances/version = CurrentVersion, instances/entries = array of
// {id, name, url, color, notes}. migrate() is the only place that knows older layouts.
class InstanceStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int CurrentVersion = 1;

    // Reads (and, when needed, migrates) what the settings hold. Does not take ownership.
    explicit InstanceStore(QSettings *settings, QObject *parent = nullptr);

    // Saved instances in the order they were added, then session-only ones.
    QList<Instance> list() const;
    std::optional<Instance> find(const QString &id) const;
    bool contains(const QString &id) const;

    // False (and nothing changes) for an invalid instance, a duplicate id on add or an unknown
    // id on update/remove, or when the settings were written by a newer version (read-only).
    bool add(const Instance &instance);
    // May flip sessionOnly: false → true drops it from disk, true → false saves it.
    bool update(const Instance &instance);
    bool remove(const QString &id);

    // True when the settings come from a newer app version: we show them but never overwrite.
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void added(const QString &id);
    void changed(const QString &id);
    void removed(const QString &id);

private:
    void migrate();
    void load();
    void save();
    qsizetype indexOf(const QString &id) const;

    QSettings *m_settings;
    QList<Instance> m_instances; // saved and session-only, in list() order
    bool m_readOnly = false;
};

} // namespace Coolify::Instances
