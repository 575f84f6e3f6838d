#include "instances/instancestore.h"

#include "instances/logging.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Instances {

namespace {
const QString Group = u"instances"_s;
const QString VersionKey = u"version"_s;
const QString EntriesKey = u"entries"_s;
const QString IdKey = u"id"_s;
const QString NameKey = u"name"_s;
const QString UrlKey = u"url"_s;
const QString ColorKey = u"color"_s;
const QString NotesKey = u"notes"_s;
const QString PinKey = u"pinnedCertificateSha256"_s;

// Keys a hand-edited or foreign file might use for a secret; they never belong in settings.
bool looksLikeSecretKey(const QString &key)
{
    const QString lower = key.toLower();
    return lower.contains(QLatin1String("token")) || lower.contains(QLatin1String("secret"))
        || lower.contains(QLatin1String("password"));
}
} // namespace

InstanceStore::InstanceStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
    migrate();
    load();
}

QList<Instance> InstanceStore::list() const
{
    return m_instances;
}

std::optional<Instance> InstanceStore::find(const QString &id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_instances.at(index);
}

bool InstanceStore::contains(const QString &id) const
{
    return indexOf(id) >= 0;
}

bool InstanceStore::add(const Instance &instance)
{
    if (!instance.isValid() || contains(instance.id))
        return false;
    if (m_readOnly && !instance.sessionOnly)
        return false;
    // Saved ones first, so the order on disk and in list() agree across restarts.
    if (instance.sessionOnly) {
        m_instances.append(instance);
    } else {
        const auto firstSession = std::find_if(m_instances.begin(), m_instances.end(),
                                               [](const Instance &i) { return i.sessionOnly; });
        m_instances.insert(firstSession, instance);
        save();
    }
    qCDebug(lcInstances) << "added instance" << instance.id
                         << (instance.sessionOnly ? "(session only)" : "");
    Q_EMIT added(instance.id);
    return true;
}

bool InstanceStore::update(const Instance &instance)
{
    const qsizetype index = indexOf(instance.id);
    if (index < 0 || !instance.isValid())
        return false;
    const Instance old = m_instances.at(index);
    if (old == instance)
        return true;
    if (m_readOnly && !(old.sessionOnly && instance.sessionOnly))
        return false;
    if (old.sessionOnly != instance.sessionOnly) {
        m_instances.removeAt(index);
        if (instance.sessionOnly) {
            m_instances.append(instance);
        } else {
            const auto firstSession = std::find_if(m_instances.begin(), m_instances.end(),
                                                   [](const Instance &i) { return i.sessionOnly; });
            m_instances.insert(firstSession, instance);
        }
    } else {
        m_instances[index] = instance;
    }
    if (!(old.sessionOnly && instance.sessionOnly))
        save();
    Q_EMIT changed(instance.id);
    return true;
}

bool InstanceStore::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    const bool wasSaved = !m_instances.at(index).sessionOnly;
    if (m_readOnly && wasSaved)
        return false;
    m_instances.removeAt(index);
    if (wasSaved)
        save();
    qCDebug(lcInstances) << "removed instance" << id;
    Q_EMIT removed(id);
    return true;
}

// The single place that knows older layouts. Version 0 is a file without a version key (written
// by hand or by a pre-release build): entries may lack an id and may carry a secret, which is
// dropped here rather than carried along. A newer version than ours makes the store read-only.
void InstanceStore::migrate()
{
    m_settings->beginGroup(Group);
    const int version = m_settings->value(VersionKey, 0).toInt();
    if (version > CurrentVersion) {
        qCWarning(lcInstances) << "instance settings have version" << version << "newer than"
                               << CurrentVersion << "- not writing them";
        m_readOnly = true;
        m_settings->endGroup();
        return;
    }
    // Nothing stored yet: save() stamps the version with the first entry.
    if (version == CurrentVersion || m_settings->allKeys().isEmpty()) {
        m_settings->endGroup();
        return;
    }

    if (version < 1) {
        const int count = m_settings->beginReadArray(EntriesKey);
        QList<QMap<QString, QVariant>> entries;
        for (int i = 0; i < count; ++i) {
            m_settings->setArrayIndex(i);
            QMap<QString, QVariant> entry;
            for (const QString &key : m_settings->childKeys()) {
                if (looksLikeSecretKey(key)) {
                    // Log the key's name only: its value is exactly what must never be logged.
                    qCWarning(lcInstances) << "dropping secret-like settings key" << key;
                    continue;
                }
                entry.insert(key, m_settings->value(key));
            }
            if (entry.value(IdKey).toString().isEmpty())
                entry.insert(IdKey, Instance::newId());
            entries.append(entry);
        }
        m_settings->endArray();
        m_settings->remove(EntriesKey);
        m_settings->beginWriteArray(EntriesKey, int(entries.size()));
        for (int i = 0; i < entries.size(); ++i) {
            m_settings->setArrayIndex(i);
            const auto &entry = entries.at(i);
            for (auto it = entry.cbegin(); it != entry.cend(); ++it)
                m_settings->setValue(it.key(), it.value());
        }
        m_settings->endArray();
    }
    // Future steps go here: if (version < 2) { ... }

    m_settings->setValue(VersionKey, CurrentVersion);
    m_settings->endGroup();
    m_settings->sync();
    qCInfo(lcInstances) << "migrated instance settings from version" << version << "to"
                        << CurrentVersion;
}

void InstanceStore::load()
{
    m_settings->beginGroup(Group);
    const int count = m_settings->beginReadArray(EntriesKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Instance instance;
        instance.id = m_settings->value(IdKey).toString();
        instance.name = m_settings->value(NameKey).toString();
        instance.rootUrl = QUrl(m_settings->value(UrlKey).toString(), QUrl::StrictMode);
        instance.color = QColor::fromString(m_settings->value(ColorKey).toString());
        if (!instance.color.isValid())
            instance.color = Instance::defaultColor();
        instance.notes = m_settings->value(NotesKey).toString();
        instance.pinnedCertificate = m_settings->value(PinKey).toString().toLatin1();
        if (!instance.isValid() || contains(instance.id)) {
            qCWarning(lcInstances) << "skipping invalid or duplicate instance entry" << i;
            continue;
        }
        m_instances.append(instance);
    }
    m_settings->endArray();
    m_settings->endGroup();
}

void InstanceStore::save()
{
    if (m_readOnly)
        return;
    m_settings->beginGroup(Group);
    m_settings->setValue(VersionKey, CurrentVersion);
    m_settings->remove(EntriesKey);
    m_settings->beginWriteArray(EntriesKey);
    int row = 0;
    for (const Instance &instance : std::as_const(m_instances)) {
        if (instance.sessionOnly)
            continue;
        m_settings->setArrayIndex(row++);
        m_settings->setValue(IdKey, instance.id);
        m_settings->setValue(NameKey, instance.name);
        m_settings->setValue(UrlKey, instance.rootUrl.toString());
        m_settings->setValue(ColorKey, instance.color.name(QColor::HexArgb));
        m_settings->setValue(NotesKey, instance.notes);
        if (instance.pinnedCertificate.isEmpty())
            m_settings->remove(PinKey);
        else
            m_settings->setValue(PinKey, QString::fromLatin1(instance.pinnedCertificate));
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcInstances) << "could not write instance settings:" << m_settings->status();
}

qsizetype InstanceStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_instances.size(); ++i) {
        if (m_instances.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace Coolify::Instances
