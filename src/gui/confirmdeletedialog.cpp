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
    , m_resourceName(resourceName)
    , m_name(new QLineEdit(this))
    , m_hint(new QLabel(this))
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
    m_hint->setObjectName(u"confirmHint"_s);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"confirmDelete"_s);
    m_delete->setEnabled(false);
    // No default button: Enter in the name field is handled below, and must never cancel as if
    // the deletion had happened. Esc still cancels.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &typed) {
        m_delete->setEnabled(typed == m_resourceName);
        if (m_delete->isEnabled())
            m_hint->hide();
    });
    connect(m_name, &QLineEdit::returnPressed, this, &ConfirmDeleteDialog::confirmWithEnter);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_name);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
}

void ConfirmDeleteDialog::confirmWithEnter()
{
    if (m_delete->isEnabled()) {
        accept();
        return;
    }
    m_hint->setText(tr("Type the name exactly as shown (“%1”) to enable Delete, or press Esc to "
                       "keep it.")
                        .arg(m_resourceName));
    m_hint->show();
}

} // namespace Coolify::Gui
