#include "gui/confirmdeletedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

ConfirmDeleteDialog::ConfirmDeleteDialog(const QString &resourceName, const QString &instanceName,
                                         const QString &kind, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
{
    setObjectName(u"confirmDeleteDialog"_s);
    setWindowTitle(tr("Delete “%1”").arg(resourceName));
    auto *text = new QLabel(
        tr("Delete the %1 <b>%2</b> on the instance <b>%3</b>?<br>This removes it from Coolify "
           "with its containers and cannot be undone.<br><br>Type <b>%2</b> to confirm:")
            .arg(kind.toHtmlEscaped(), resourceName.toHtmlEscaped(), instanceName.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    m_name->setObjectName(u"confirmName"_s);
    m_name->setAccessibleName(tr("Name of the resource to delete"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"confirmDelete"_s);
    m_delete->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_name, &QLineEdit::textChanged, this, [this, resourceName](const QString &typed) {
        m_delete->setEnabled(typed == resourceName);
    });
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
}

} // namespace Coolify::Gui
