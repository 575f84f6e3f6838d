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
class CreateApplicationDialog;
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

// Creates an application from a public Git repository (POST /applications/public, FACTS §8).
// Every field is checked as it is typed with the server's own rules, and Create stays disabled
// until the required ones are valid. Server errors appear under the fields they name (422, 404,
// 409), the rest in a banner; the input is never touched. On 201 it emits created() and closes.
//
//     auto *dialog = new CreateApplicationDialog(client, instance.name, window);
//     connect(dialog, &CreateApplicationDialog::created, window, &Window::refresh);
//     dialog->open();
class CreateApplicationDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Checks { Client, SkipClient };

    CreateApplicationDialog(Api::ApiClient *client, const QString &instanceName,
                            QWidget *parent = nullptr);
    CreateApplicationDialog(Api::ApiClient *client, const QString &instanceName,
                            const QString &projectUuid, const QString &environmentUuid,
                            QWidget *parent = nullptr);
    ~CreateApplicationDialog() override;

    // Shows the instance's already loaded lists at once; fresh ones replace them when they arrive.
    void prefill(const Models::ProjectsModel *projects, const Models::ServersModel *servers);

    QString createdUuid() const { return m_createdUuid; }
    QString createdDomains() const { return m_createdDomains; }
    bool isBusy() const { return !m_reply.isNull(); }

    // The checks the server applies (FACTS §8); "" when the value is acceptable.
    static QString repositoryProblem(const QString &url);
    static QString branchProblem(const QString &branch);
    static QString portsProblem(const QString &ports);
    static QString domainsProblem(const QString &domains);

public slots:
    // Sends the create request. SkipClient sends the fields as they are (the server decides).
    void submit(Checks checks = Checks::Client);

signals:
    void created(const QString &uuid);

private:
    void setupUi();
    QString buildPack() const;
    QJsonObject requestBody() const;
    void updateState();
    void clearServerError(const QString &field);
    void finished(const Api::ApiReply *reply);
    void showBanner(const QStringList &lines);
    QHash<QString, QString> clientProblems() const;

    std::unique_ptr<Ui::CreateApplicationDialog> m_ui;
    Api::ApiClient *m_client;
    QString m_instanceName;
    CreateTargetPickers *m_pickers = nullptr;
    QPushButton *m_create = nullptr;
    QSet<QString> m_touched; // fields the user has edited: their problems are shown live
    QHash<QString, QLabel *> m_messageLabels; // field id → its message label
    QHash<QString, QStringList> m_serverErrors; // field id → the server's messages
    QPointer<Api::ApiReply> m_reply;
    QString m_createdUuid;
    QString m_createdDomains;
};

} // namespace Coolify::Gui
