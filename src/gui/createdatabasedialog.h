#pragma once

#include "api/apireply.h" // QPointer<ApiReply> needs the complete type

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class CreateDatabaseDialog;
}

namespace Coolify::Api {
class ApiClient;
} // namespace Coolify::Api

namespace Coolify::Models {
class ProjectsModel;
class ServersModel;
} // namespace Coolify::Models

namespace Coolify::Gui {

class CreateTargetPickers;

// Creates a PostgreSQL database (POST /databases/postgresql, FACTS §8). Fields are checked as
// they are typed with the server's rules (which Coolify itself partly skips), a public database
// needs its port, and Create stays disabled until everything is valid. The 201 answer carries
// the connection URL with the password: the dialog keeps only the uuid and says where the
// connection details are. Server errors appear under their fields, the rest in a banner.
//
//     auto *dialog = new CreateDatabaseDialog(client, instance.name, window);
//     connect(dialog, &CreateDatabaseDialog::created, window, &Window::refresh);
//     dialog->open();
class CreateDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Checks { Client, SkipClient };

    CreateDatabaseDialog(Api::ApiClient *client, const QString &instanceName,
                         QWidget *parent = nullptr);
    CreateDatabaseDialog(Api::ApiClient *client, const QString &instanceName,
                         const QString &projectUuid, const QString &environmentUuid,
                         QWidget *parent = nullptr);
    ~CreateDatabaseDialog() override;

    // Shows the instance's already loaded lists at once; fresh ones replace them when they arrive.
    void prefill(const Models::ProjectsModel *projects, const Models::ServersModel *servers);

    QString createdUuid() const { return m_createdUuid; }
    // A sentence for a status bar: what was created and where its connection details are.
    QString createdSummary() const { return m_createdSummary; }
    bool isBusy() const { return !m_reply.isNull(); }

    // The checks of FACTS §8; "" when the value is acceptable (empty means "server default").
    static QString identifierProblem(const QString &identifier);
    static QString passwordProblem(const QString &password);
    static QString imageProblem(const QString &image);
    static QString publicPortProblem(bool isPublic, const QString &port);

public slots:
    // Sends the create request. SkipClient sends the fields as they are (the server decides).
    void submit(Checks checks = Checks::Client);

signals:
    void created(const QString &uuid);

private:
    void setupUi();
    QJsonObject requestBody() const;
    QHash<QString, QString> clientProblems() const;
    void updateState();
    void clearServerError(const QString &field);
    void finished(const Api::ApiReply *reply);
    void showBanner(const QStringList &lines);

    std::unique_ptr<Ui::CreateDatabaseDialog> m_ui;
    Api::ApiClient *m_client;
    QString m_instanceName;
    CreateTargetPickers *m_pickers = nullptr;
    QPushButton *m_create = nullptr;
    QHash<QString, QLabel *> m_messageLabels; // field id → its message label
    QHash<QString, QStringList> m_serverErrors; // field id → the server's messages
    QSet<QString> m_touched; // fields the user has edited: their problems are shown live
    QPointer<Api::ApiReply> m_reply;
    QString m_createdUuid;
    QString m_createdSummary;
};

} // namespace Coolify::Gui
