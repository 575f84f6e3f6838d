#include "gui/settingswindow.h"

#include "api/abilities.h"
#include "forms/settingsform.h"
#include "gui/closeshortcuts.h"

#include <QCloseEvent>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

SettingsWindow::SettingsWindow(Api::ApiClient *client, const QString &applicationUuid,
                               const QString &applicationName, const QString &instanceName,
                               const Api::TokenAbilities &abilities, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_form(Forms::SettingsForm::forApplication(client, applicationUuid, abilities, this))
    , m_uuid(applicationUuid)
{
    setObjectName(u"settingsWindow"_s);
    setWindowTitle(tr("%1 Settings — %2 — Coolify Desktop").arg(applicationName, instanceName));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    resize(760, 860);
    connect(m_form, &Forms::SettingsForm::saved, this, &SettingsWindow::saved);
    addCloseShortcuts(this);
    m_form->load();
}

void SettingsWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing || !m_form->hasUnsavedChanges()) {
        event->accept();
        return;
    }
    // Ask without blocking; close for real once the user has decided to leave.
    event->ignore();
    m_form->confirmLeave([this](bool proceed) {
        if (!proceed)
            return;
        // Later, not here: the answer may come while this close event is still being handled
        // (a prompt that answers at once), and a nested close() would be ignored.
        QTimer::singleShot(0, this, [this] {
            m_closing = true;
            close();
        });
    });
}

} // namespace Coolify::Gui
