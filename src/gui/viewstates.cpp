#include "gui/viewstates.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

namespace {
const QString kKey = u"views/states"_s;
}

void ViewStates::insert(const QString &key, const QByteArray &state)
{
    m_order.removeOne(key);
    m_order.append(key);
    m_states.insert(key, state);
    while (m_order.size() > kMaxViews)
        m_states.remove(m_order.takeFirst());
}

void ViewStates::load(const QSettings &settings)
{
    const QVariantMap stored = settings.value(kKey).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (it.value().canConvert<QByteArray>())
            insert(it.key(), it.value().toByteArray());
}

void ViewStates::save(QSettings &settings) const
{
    QVariantMap stored;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        stored.insert(it.key(), it.value());
    settings.setValue(kKey, stored);
}

} // namespace Coolify::Gui
