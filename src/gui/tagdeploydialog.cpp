#include "gui/tagdeploydialog.h"

#include "controllers/tagcatalog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

TagDeployDialog::TagDeployDialog(Models::Fleet *fleet, QWidget *parent)
    : QDialog(parent)
    , m_fleet(fleet)
    , m_catalog(new Controllers::TagCatalog(fleet, this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_force(new QCheckBox(tr("Without the build &cache"), this))
{
    setObjectName(u"tagDeployDialog"_s);
    setWindowTitle(tr("Deploy by Tag"));
    auto *intro = new QLabel(tr("Deploy every application that carries a Coolify tag, on each "
                                "instance that has it. Coolify also starts the services with the "
                                "tag; databases are not deployed by tag."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"tagList"_s);
    m_list->setAccessibleName(tr("Tags"));
    m_status->setObjectName(u"tagStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_force->setObjectName(u"tagForce"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_continue = buttons->addButton(tr("C&ontinue…"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(u"tagContinue"_s);
    m_continue->setDefault(true);
    connect(m_continue, &QPushButton::clicked, this, &TagDeployDialog::resolveSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TagDeployDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &TagDeployDialog::resolveSelected);
    connect(m_catalog, &Controllers::TagCatalog::loaded, this, &TagDeployDialog::showTags);
    connect(m_catalog, &Controllers::TagCatalog::resolved, this,
            [this](const QString &name, const QList<Controllers::ResourceRef> &refs,
                   const QStringList &problems) {
                m_resolving = false;
                m_plan = Controllers::BulkPlan::forTag(m_fleet, name, refs, m_force->isChecked());
                m_plan.unreachable = problems; // said in the confirmation, never dropped
                if (!m_plan.blockedReason.isEmpty() || m_plan.includedCount() == 0) {
                    QStringList lines{m_plan.blockedReason.isEmpty()
                                          ? tr("The token may not deploy any of them.")
                                          : m_plan.blockedReason};
                    m_status->setText((lines + problems).join(u'\n'));
                    updateButtons();
                    return;
                }
                accept();
            });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_force);
    layout->addWidget(buttons);
    resize(520, 420);
    m_status->setText(tr("Reading the tags of every online instance…"));
    updateButtons();
    m_catalog->load();
}

QString TagDeployDialog::statusText() const
{
    return m_status->text();
}

void TagDeployDialog::showTags()
{
    m_list->clear();
    for (const Controllers::TagCatalog::Entry &entry : m_catalog->tags()) {
        auto *item = new QListWidgetItem(
            tr("%1 — on %2").arg(entry.name, m_catalog->instanceNames(entry)), m_list);
        item->setData(Qt::UserRole, entry.name);
    }
    QStringList lines;
    if (m_catalog->tags().isEmpty())
        lines << tr("No instance has tags. Tag applications in Coolify to deploy them together.");
    lines << m_catalog->problems();
    m_status->setText(lines.join(u'\n'));
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        m_list->setFocus();
    }
    updateButtons();
}

void TagDeployDialog::resolveSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || m_resolving || m_catalog->isLoading())
        return;
    m_resolving = true;
    const QString name = item->data(Qt::UserRole).toString();
    m_status->setText(tr("Looking up the applications tagged “%1”…").arg(name));
    updateButtons();
    m_catalog->resolve(name);
}

void TagDeployDialog::updateButtons()
{
    m_continue->setEnabled(m_list->currentItem() && !m_resolving && !m_catalog->isLoading());
    m_list->setEnabled(!m_resolving);
}

} // namespace Coolify::Gui
