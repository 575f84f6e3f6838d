#include "forms/domainlisteditor.h"

#include "forms/patchbuilder.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Coolify::Forms {

DomainListEditor::DomainListEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setAccessibleName(tr("Domains"));
    m_list->setObjectName(u"domainList"_s);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 4 + 8);
    m_input->setPlaceholderText(tr("https://app.example.com"));
    m_input->setAccessibleName(tr("New domain"));
    m_input->setObjectName(u"domainInput"_s);
    m_add->setAccessibleName(tr("Add domain"));
    m_remove->setAccessibleName(tr("Remove selected domain"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 1, 2);
    grid->addWidget(m_remove, 0, 2, Qt::AlignTop);
    grid->addWidget(m_input, 1, 0, 1, 2);
    grid->addWidget(m_add, 1, 2);
    connect(m_add, &QPushButton::clicked, this, &DomainListEditor::addFromInput);
    connect(m_input, &QLineEdit::returnPressed, this, &DomainListEditor::addFromInput);
    connect(m_remove, &QPushButton::clicked, this, &DomainListEditor::removeSelected);
    connect(m_input, &QLineEdit::textChanged, this, [this] {
        updateButtons();
        emit changed();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &DomainListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (item->text().trimmed().isEmpty())
            delete item;
        emit changed();
    });
    updateButtons();
}

QStringList DomainListEditor::domains() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out += PatchBuilder::splitDomains(m_list->item(i)->text());
    out += PatchBuilder::splitDomains(m_input->text()); // typed but not added yet still counts
    return out;
}

void DomainListEditor::setDomains(const QStringList &domains)
{
    const QSignalBlocker blocker(m_list);
    const QSignalBlocker inputBlocker(m_input);
    m_input->clear();
    m_list->clear();
    for (const QString &d : domains) {
        auto *item = new QListWidgetItem(d, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
}

void DomainListEditor::addFromInput()
{
    const QStringList added = PatchBuilder::splitDomains(m_input->text());
    if (added.isEmpty() || m_readOnly)
        return;
    {
        const QSignalBlocker blocker(m_list);
        const QSignalBlocker inputBlocker(m_input);
        for (const QString &d : added) {
            auto *item = new QListWidgetItem(d, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        m_input->clear();
    }
    updateButtons();
    emit changed();
}

void DomainListEditor::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || m_readOnly)
        return;
    qDeleteAll(selected);
    updateButtons();
    emit changed();
}

void DomainListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_input->setVisible(!readOnly);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_list->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked
                                    | QAbstractItemView::EditKeyPressed);
}

void DomainListEditor::updateButtons()
{
    m_add->setEnabled(!m_input->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace Coolify::Forms
