#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Coolify::Api {
class ApiClient;
class ApiReply;
struct ApiResult;
} // namespace Coolify::Api

namespace Coolify::Gui {

// Container (runtime) logs of an application or a standalone database (FACTS §5): how many
// lines to fetch (100 … 10000), refresh, follow (fetch again every few seconds), timestamps
// (applications only: the database endpoint has no such option), and the 400 "… is not
// running." answer explained in words.
//
//     auto *logs = new RuntimeLogsView(client, RuntimeLogsView::Kind::Application, uuid,
//                                      app.name, parent);
//     logs->refresh();
class RuntimeLogsView : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Application, Database };

    RuntimeLogsView(Api::ApiClient *client, Kind kind, const QString &uuid, const QString &name,
                    QWidget *parent = nullptr);
    ~RuntimeLogsView() override;

    static QList<int> lineChoices(); // 100, 500, 1000, 5000, 10000
    void setLines(int lines);
    int lines() const;
    void setShowTimestamps(bool show);
    bool showTimestamps() const;
    void setFollowing(bool follow);
    bool isFollowing() const;
    void setFollowInterval(int ms) { m_timer.setInterval(ms); }

    QString logText() const;
    // The explanation shown instead of (or above) the logs; empty when all is well.
    QString message() const;
    bool isLoading() const { return m_reply != nullptr; }
    QPlainTextEdit *textView() const { return m_text; }

public slots:
    void refresh();

signals:
    void loaded(); // a fetch finished (logs or a message)

private:
    void onReply(const Api::ApiResult &result);
    void setMessage(const QString &message);

    Api::ApiClient *m_client;
    Kind m_kind;
    QString m_uuid;
    QString m_name;
    QComboBox *m_lines;
    QCheckBox *m_timestamps;
    QPushButton *m_refresh;
    QCheckBox *m_follow;
    QLabel *m_message;
    QLabel *m_updated;
    QPlainTextEdit *m_text;
    QTimer m_timer;
    QPointer<Api::ApiReply> m_reply;
};

} // namespace Coolify::Gui
