#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Coolify::Gui {

// An application's deploy webhook, `<root>/api/v1/deploy?uuid=<uuid>` (the
// /applications/<uuid>/deploy form does not exist), read-only with a Copy button, and a note
// that callers must POST with a token that has the `deploy` permission. The URL holds no token.
//
//     auto *webhook = new DeployWebhookWidget;
//     webhook->setApplication(session->instance().rootUrl, app.uuid);
class DeployWebhookWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DeployWebhookWidget(QWidget *parent = nullptr);

    void setApplication(const QUrl &instanceRoot, const QString &applicationUuid);
    QString url() const;
    // "<root>/api/v1/deploy?uuid=<uuid>"; empty when either part is missing.
    static QString webhookUrl(const QUrl &instanceRoot, const QString &applicationUuid);

public slots:
    void copy(); // puts exactly url() on the clipboard

signals:
    void copied(const QString &url);

private:
    QLineEdit *m_url;
    QPushButton *m_copy;
    QLabel *m_note;
    QLabel *m_feedback;
};

} // namespace Coolify::Gui
