#pragma once

#include "api/resourcekind.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Gui {

class DeployWebhookWidget;

// The details of one application, database or service, from what the instance last sent:
// everything a user looks for (status, domains, repository, image, endpoints, environment),
// and for values the token may not read, "hidden — token lacks read:sensitive" instead of a
// blank.
class ResourceDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ResourceDetails(Models::Fleet *fleet, QWidget *parent = nullptr);

    void show(const QString &instanceId, Api::ResourceKind kind, const QString &uuid);
    void clear();
    void refresh();

signals:
    void editSettingsRequested(const QString &instanceId, const QString &applicationUuid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRow(const QString &label, const QString &value, bool link = false);
    void addWidgetRow(const QString &label, QWidget *field);
    // A connection URL, its password masked until the user reveals it (kept while the same
    // resource is shown, across refreshes).
    void addConnectionUrlRow(const QString &label, const QString &url);

    Models::Fleet *m_fleet;
    QString m_instanceId;
    Api::ResourceKind m_kind = Api::ResourceKind::Application;
    QString m_uuid;
    bool m_passwordsRevealed = false;
    QLabel *m_title;
    QFormLayout *m_form;
    QPushButton *m_settings;
    DeployWebhookWidget *m_webhook;
};

} // namespace Coolify::Gui
