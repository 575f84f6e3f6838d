#pragma once

#include <QWidget>

namespace Coolify::Api {
class ApiClient;
class TokenAbilities;
} // namespace Coolify::Api

namespace Coolify::Forms {
class SettingsForm;
}

namespace Coolify::Gui {

// An application's settings form in a window of its own, so it can stay open beside the
// tables. Closing it (also with Esc or Ctrl+W) with unsaved edits asks first (save, discard or
// keep editing).
class SettingsWindow : public QWidget
{
    Q_OBJECT

public:
    SettingsWindow(Api::ApiClient *client, const QString &applicationUuid,
                   const QString &applicationName, const QString &instanceName,
                   const Api::TokenAbilities &abilities, QWidget *parent = nullptr);

    Forms::SettingsForm *form() const { return m_form; }
    QString applicationUuid() const { return m_uuid; }

signals:
    void saved();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    Forms::SettingsForm *m_form;
    QString m_uuid;
    bool m_closing = false;
};

} // namespace Coolify::Gui
