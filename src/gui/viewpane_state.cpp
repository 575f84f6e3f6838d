// What a ViewPane remembers per view for the session (ViewStates): the table's sorting and
// filters, the selection, the splitter and the open tab — saved when the pane leaves a view and
// restored when it comes back.
#include "gui/viewpane.h"

#include "gui/resourceactions.h"
#include "gui/resourcetableview.h"
#include "gui/resourcetabs.h"
#include "gui/serverdetails.h"
#include "gui/viewstates.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/roles.h"
#include "models/serversmodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QSplitter>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Node = Models::NavigationModel::Node;

QString ViewPane::stateKey(const ViewSpec &spec)
{
    return u"%1|%2|%3"_s.arg(int(spec.node)).arg(spec.instanceId, spec.key);
}

namespace {
constexpr quint32 kPaneMagic = 0xC0DE7A4E;
constexpr quint16 kPaneVersion = 1;
} // namespace

void ViewPane::saveState()
{
    if (!m_states || !m_table)
        return;
    QStringList selected;
    if (m_actions) {
        for (const auto &target : m_actions->targets())
            selected << target.instanceId + u'/' + target.uuid;
    } else if (m_serverDetails) {
        for (const QModelIndex &index : m_table->selectedSourceRows())
            selected << index.data(Models::Roles::Uuid).toString();
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    // Sizes of a splitter never shown (built before the window got its size) mean nothing: the
    // ones it was restored with stay.
    const QList<int> sizes = !m_splitter ? QList<int>()
        : m_splitter->isVisible()        ? m_splitter->sizes()
                                         : m_restoredSizes;
    out << kPaneMagic << kPaneVersion << m_table->saveState() << selected << sizes
        << (m_tabs && m_tabs->currentWidget() ? m_tabs->currentWidget()->objectName() : QString());
    m_states->insert(stateKey(m_spec), bytes);
}

void ViewPane::restoreState()
{
    if (!m_table)
        return;
    const QByteArray bytes = m_states ? m_states->value(stateKey(m_spec)) : QByteArray();
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    QByteArray table;
    QStringList selected;
    QList<int> sizes;
    QString tab;
    in >> magic >> version >> table >> selected >> sizes >> tab;
    const bool ok =
        in.status() == QDataStream::Ok && magic == kPaneMagic && version == kPaneVersion;
    m_restoredSizes = ok ? sizes : QList<int>();
    if (m_splitter) {
        // Without a remembered split the details get a fair share, not a sliver under the table.
        // A server list is short and its details long; resources are the other way round.
        const QList<int> fair = m_serverDetails ? QList<int>{300, 700} : QList<int>{600, 400};
        m_splitter->setSizes(ok && sizes.size() == 2 && sizes.at(0) > 0 && sizes.at(1) > 0 ? sizes
                                                                                           : fair);
    }
    if (!ok)
        return;
    m_table->restoreState(table);
    if (m_tabs) {
        if (QWidget *page = m_tabs->page(tab); page && m_tabs->isOffered(tab))
            m_tabs->setCurrentWidget(page);
    }
    if (m_spec.node == Node::Resource || selected.isEmpty())
        return; // a resource node selects its own row
    QItemSelection selection;
    QModelIndex first;
    const Models::InstanceData *instanceData = m_fleet->data(m_spec.instanceId);
    for (const QString &key : std::as_const(selected)) {
        QModelIndex source;
        if (m_serverDetails && instanceData) // a server's uuid
            source = instanceData->servers()->index(instanceData->servers()->rowOf(key), 0);
        else if (!m_serverDetails) // instance id / resource uuid
            source = m_fleet->resources()->index(m_fleet->resources()->rowOf(key), 0);
        const QModelIndex index = source.isValid() ? m_table->mapFromSource(source) : QModelIndex();
        if (!index.isValid())
            continue;
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    QItemSelectionModel *model = m_table->table()->selectionModel();
    model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->table()->scrollTo(first);
}

} // namespace Coolify::Gui
