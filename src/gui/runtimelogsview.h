#pragma once

#include "api/resourcekind.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Coolify::Api {
class ApiClient;
}
namespace Coolify::Controllers {
class RuntimeLogs;
}

namespace Coolify::Gui {

// Shows the container logs of an application or a standalone database: how many lines, refresh,
// follow, timestamps (applications only), and the controller's explanation when there is nothing
// to show. Fetching and interpreting is Controllers::RuntimeLogs' work.
//
//     auto *logs = new RuntimeLogsView(client, Api::ResourceKind::Application, uuid, app.name,
//                                      parent);
//     logs->refresh();
class RuntimeLogsView : public QWidget
{
    Q_OBJECT

public:
    RuntimeLogsView(Api::ApiClient *client, Api::ResourceKind kind, const QString &uuid,
                    const QString &name, QWidget *parent = nullptr);
    ~RuntimeLogsView() override;

    void setLines(int lines);
    int lines() const;
    void setShowTimestamps(bool show);
    bool showTimestamps() const;
    void setFollowing(bool follow);
    bool isFollowing() const;
    void setFollowInterval(int ms);

    QString logText() const;
    // The explanation shown instead of (or above) the logs; empty when all is well.
    QString message() const;
    bool isLoading() const;
    QPlainTextEdit *textView() const { return m_text; }
    Controllers::RuntimeLogs *controller() const { return m_logs; }

public slots:
    void refresh();

signals:
    void loaded(); // a fetch finished (logs or a message)

private:
    void render();

    Controllers::RuntimeLogs *m_logs;
    QComboBox *m_lines;
    QCheckBox *m_timestamps;
    QPushButton *m_refresh;
    QCheckBox *m_follow;
    QLabel *m_message;
    QLabel *m_updated;
    QPlainTextEdit *m_text;
};

} // namespace Coolify::Gui
