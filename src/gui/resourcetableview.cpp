#include "gui/resourcetableview.h"
#include "forms/plaintext.h"

#include "gui/statusbadgedelegate.h"

#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Group = Models::ResourceFilterProxy::StatusGroup;

ResourceTableView::ResourceTableView(QWidget *parent)
    : QWidget(parent)
    , m_scope(new Models::ResourceFilterProxy(this))
    , m_proxy(new Models::ResourceFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_instance(new QComboBox(this))
    , m_stale(new QLabel(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter rows"));
    // Room for a word or two even in a narrow split pane; the combos give way first.
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 16);
    for (QComboBox *combo : {m_status, m_kind, m_instance}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), int(Group::All));
    m_status->addItem(tr("Running"), int(Group::Running));
    m_status->addItem(tr("Stopped"), int(Group::Stopped));
    m_status->addItem(tr("Problems"), int(Group::Problems));
    m_status->addItem(tr("In progress"), int(Group::Busy));
    m_status->addItem(tr("Last deployment failed"), int(Group::LastDeployFailed));
    m_kind->setObjectName(u"kindFilter"_s);
    m_kind->setAccessibleName(tr("Type filter"));
    m_kind->hide();
    m_instance->setObjectName(u"instanceFilter"_s);
    m_instance->setAccessibleName(tr("Instance filter"));
    m_instance->hide();
    m_stale->setObjectName(u"staleLabel"_s);
    m_stale->setWordWrap(true);
    m_stale->setTextFormat(Qt::PlainText); // quotes the server's errors
    m_stale->hide();
    m_count->setObjectName(u"countLabel"_s);

    m_table->setObjectName(u"resourceTable"_s);
    m_table->setModel(m_proxy);
    Forms::showItemToolTipsAsText(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setAccessibleName(tr("Resources"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_status);
    bar->addWidget(m_kind);
    bar->addWidget(m_instance);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stale);
    layout->addWidget(m_table, 1);

    const auto updateCount = [this] {
        const int shown = m_proxy->rowCount();
        const int total = m_scope->rowCount();
        m_count->setText(shown == total ? tr("%n item(s)", nullptr, total)
                                        : tr("%1 of %2").arg(shown).arg(total));
    };
    for (const QAbstractItemModel *model : {m_scope, m_proxy}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, updateCount);
        connect(model, &QAbstractItemModel::layoutChanged, this, updateCount);
    }
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &Models::ResourceFilterProxy::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setStatusGroup(Group(m_status->itemData(index).toInt()));
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setKind(m_kind->itemData(index).toString()); });
    connect(m_instance, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setInstanceId(m_instance->itemData(index).toString()); });
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { emit activated(mapToSource(index)); });
    auto *find = new QShortcut(shortcutHelp().at(0).keys.first(), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

QList<ShortcutHelp> ResourceTableView::shortcutHelp()
{
    return {{{QKeySequence(QKeySequence::Find)}, tr("Filter the table")},
            {{QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
             tr("Edit the selected application's settings (or double-click)")}};
}

void ResourceTableView::setModel(QAbstractItemModel *model)
{
    m_scope->setSourceModel(model);
    m_proxy->setSourceModel(m_scope);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentChanged(mapToSource(current)); });
    m_table->resizeColumnsToContents();
    emit m_proxy->layoutChanged(); // refresh the count label
}

void ResourceTableView::setStatusColumn(int column)
{
    m_table->setItemDelegateForColumn(column, new StatusBadgeDelegate(m_table));
}

void ResourceTableView::setInstanceColumn(int column)
{
    m_table->setItemDelegateForColumn(column, new InstanceBadgeDelegate(m_table));
}

void ResourceTableView::setKinds(const QList<QPair<QString, QString>> &kinds)
{
    m_kind->clear();
    m_kind->addItem(tr("Any type"), QString());
    for (const auto &[value, label] : kinds)
        m_kind->addItem(label, value);
    m_kind->setVisible(!kinds.isEmpty());
}

void ResourceTableView::setInstances(const QList<QPair<QString, QString>> &instances)
{
    const QString current = m_instance->currentData().toString();
    m_instance->clear();
    m_instance->addItem(tr("All instances"), QString());
    for (const auto &[id, name] : instances)
        m_instance->addItem(name, id);
    m_instance->setCurrentIndex(qMax(0, m_instance->findData(current)));
    m_instance->setVisible(instances.size() > 1);
}

void ResourceTableView::setStatusGroup(Models::ResourceFilterProxy::StatusGroup group)
{
    const int index = m_status->findData(int(group));
    if (index >= 0)
        m_status->setCurrentIndex(index);
}

void ResourceTableView::setStatusFilterVisible(bool visible)
{
    m_status->setCurrentIndex(0);
    m_status->setVisible(visible);
}

namespace {
// Names often differ at the end ("Sandbox (read-only token)" vs "Sandbox (root token)",
// "storefront-web" vs "storefront-web-staging"): elided in the middle they stay apart.
class MiddleElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};
} // namespace

void ResourceTableView::setNameColumn(int column)
{
    m_table->setItemDelegateForColumn(column, new MiddleElideDelegate(m_table));
}

void ResourceTableView::setColumnWidths(const QHash<int, int> &characters, int stretch,
                                        int stretchMinimum)
{
    m_widthChars = characters;
    m_stretchColumn = stretch;
    m_stretchMinimum = stretchMinimum;
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_applyingWidths && column != m_stretchColumn && m_table->isVisible())
            m_userResized = true;
    });
    applyColumnWidths();
}

void ResourceTableView::applyColumnWidths()
{
    if (m_widthChars.isEmpty() || m_userResized)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    const int unit = m_table->fontMetrics().horizontalAdvance(u'n'); // a typical letter
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin);
    int wanted = 0;
    for (auto it = m_widthChars.cbegin(); it != m_widthChars.cend(); ++it)
        if (!m_table->isColumnHidden(it.key()))
            wanted += it.value() * unit + margin;
    // From the table's own size: the viewport's lags behind while the view is hidden or being
    // laid out. Room is kept for a vertical scroll bar.
    const int viewport = m_table->maximumViewportSize().width()
        - m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    const int stretchWanted = m_stretchMinimum * unit + margin;
    // Narrower than wanted: every column gives up to 30%; narrower still (a split pane), the
    // table scrolls sideways rather than cut every value to a letter.
    const double fit = wanted > 0 ? double(viewport - stretchWanted) / wanted : 1.0;
    const double scale = qBound(0.7, fit, 1.0);
    const bool fits = fit >= 0.7;
    m_applyingWidths = true;
    for (auto it = m_widthChars.cbegin(); it != m_widthChars.cend(); ++it)
        header->resizeSection(it.key(), int((it.value() * unit + margin) * scale));
    header->setSectionResizeMode(m_stretchColumn,
                                 fits ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (!fits)
        header->resizeSection(m_stretchColumn, int(stretchWanted * scale));
    m_applyingWidths = false;
}

void ResourceTableView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyColumnWidths();
}

namespace {
constexpr quint32 kStateMagic = 0xC0DE7AB1;
constexpr quint16 kStateVersion = 1;
} // namespace

QByteArray ResourceTableView::saveState() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    const QHeaderView *header = m_table->horizontalHeader();
    out << kStateMagic << kStateVersion << m_filter->text() << m_status->currentIndex()
        << m_kind->currentData().toString() << m_instance->currentData().toString()
        << header->sortIndicatorSection() << int(header->sortIndicatorOrder()) << m_userResized
        << (m_userResized ? header->saveState() : QByteArray());
    return bytes;
}

void ResourceTableView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    QString filter, kind, instance;
    int status = 0, sortColumn = 0, sortOrder = 0;
    bool userResized = false;
    QByteArray headerState;
    in >> magic >> version >> filter >> status >> kind >> instance >> sortColumn >> sortOrder
        >> userResized >> headerState;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return;
    m_filter->setText(filter);
    if (m_status->isVisibleTo(this) && status >= 0 && status < m_status->count())
        m_status->setCurrentIndex(status);
    if (const int i = m_kind->findData(kind); i >= 0 && m_kind->isVisibleTo(this))
        m_kind->setCurrentIndex(i);
    if (const int i = m_instance->findData(instance); i >= 0 && m_instance->isVisibleTo(this))
        m_instance->setCurrentIndex(i);
    if (userResized && m_table->horizontalHeader()->restoreState(headerState))
        m_userResized = true;
    if (sortColumn >= 0 && sortColumn < m_table->model()->columnCount())
        m_table->sortByColumn(sortColumn,
                              sortOrder == int(Qt::DescendingOrder) ? Qt::DescendingOrder
                                                                    : Qt::AscendingOrder);
}

void ResourceTableView::setStaleText(const QString &text)
{
    m_stale->setText(text);
    m_stale->setVisible(!text.isEmpty());
}

QModelIndex ResourceTableView::mapToSource(const QModelIndex &tableIndex) const
{
    return m_scope->mapToSource(m_proxy->mapToSource(tableIndex));
}

QModelIndex ResourceTableView::mapFromSource(const QModelIndex &sourceIndex) const
{
    return m_proxy->mapFromSource(m_scope->mapFromSource(sourceIndex));
}

QModelIndex ResourceTableView::currentSourceIndex() const
{
    return mapToSource(m_table->currentIndex());
}

QModelIndexList ResourceTableView::selectedSourceRows() const
{
    QModelIndexList rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << mapToSource(index);
    return rows;
}

} // namespace Coolify::Gui
