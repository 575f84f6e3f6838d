#include "gui/confirmdeletedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
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
    , m_volumes(new QCheckBox(tr("Its &volumes — the data stored in them is lost"), this))
    , m_configurations(new QCheckBox(tr("Its con&figuration files on the server"), this))
    , m_networks(new QCheckBox(tr("The Docker &networks it is connected to"), this))
    , m_dockerCleanup(new QCheckBox(
          tr("Run a Docker clean-&up on the server (unused images, build cache)"), this))
{
    setObjectName(u"confirmDeleteDialog"_s);
    setWindowTitle(tr("Delete “%1”").arg(resourceName));
    auto *text = new QLabel(
        tr("Delete the %1 <b>%2</b> on the instance <b>%3</b>?<br>This removes it from Coolify "
           "with its containers and cannot be undone.")
            .arg(kind.toHtmlEscaped(), resourceName.toHtmlEscaped(), instanceName.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    // Like Coolify's own delete dialog, but nothing beyond the resource is ticked: losing a
    // database's volume must be a choice.
    auto *extras = new QGroupBox(tr("Also delete"), this);
    extras->setObjectName(u"deleteExtras"_s);
    auto *extrasLayout = new QVBoxLayout(extras);
    const std::pair<QCheckBox *, const char *> boxes[] = {
        {m_volumes, "deleteVolumes"},
        {m_configurations, "deleteConfigurations"},
        {m_networks, "deleteNetworks"},
        {m_dockerCleanup, "dockerCleanup"}};
    for (const auto &[box, name] : boxes) {
        box->setObjectName(QLatin1String(name));
        box->setChecked(false);
        extrasLayout->addWidget(box);
    }
    auto *prompt =
        new QLabel(tr("Type <b>%1</b> to confirm:").arg(resourceName.toHtmlEscaped()), this);
    prompt->setBuddy(m_name);
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
    setTabOrder(m_name, m_volumes);
    setTabOrder(m_volumes, m_configurations);
    setTabOrder(m_configurations, m_networks);
    setTabOrder(m_networks, m_dockerCleanup);
    m_name->setFocus();
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &typed) {
        m_delete->setEnabled(typed == m_resourceName);
        if (m_delete->isEnabled())
            m_hint->hide();
    });
    connect(m_name, &QLineEdit::returnPressed, this, &ConfirmDeleteDialog::confirmWithEnter);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    // The name comes first, so it has the focus when the dialog opens.
    layout->addWidget(text);
    layout->addWidget(prompt);
    layout->addWidget(m_name);
    layout->addWidget(m_hint);
    layout->addWidget(extras);
    layout->addWidget(buttons);
}

Controllers::LifecycleController::DeleteOptions ConfirmDeleteDialog::options() const
{
    Controllers::LifecycleController::DeleteOptions options;
    options.deleteVolumes = m_volumes->isChecked();
    options.deleteConfigurations = m_configurations->isChecked();
    options.deleteConnectedNetworks = m_networks->isChecked();
    options.dockerCleanup = m_dockerCleanup->isChecked();
    return options;
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
