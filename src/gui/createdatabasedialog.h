#pragma once

#include "gui/createdialog.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ui {
class CreateDatabaseDialog;
}

namespace Coolify::Gui {

// Creates a PostgreSQL database (POST /databases/postgresql, coolify-api.md §8). Fields are checked
// as they are typed with the server's rules (which Coolify itself partly skips), a public database
// needs its port, and Create stays disabled until everything is valid. The 201 answer carries
// the connection URL with the password: the dialog keeps only the uuid and says where the
// connection details are. Server errors appear under their fields, the rest in a banner.
//
//     auto *dialog = new CreateDatabaseDialog(client, instance.name, window);
//     connect(dialog, &CreateDatabaseDialog::created, window, &Window::refresh);
//     dialog->open();
class CreateDatabaseDialog : public CreateDialog
{
    Q_OBJECT

public:
    CreateDatabaseDialog(Api::ApiClient *client, const QString &instanceName,
                         QWidget *parent = nullptr);
    CreateDatabaseDialog(Api::ApiClient *client, const QString &instanceName,
                         const QString &projectUuid, const QString &environmentUuid,
                         QWidget *parent = nullptr);
    ~CreateDatabaseDialog() override;

    // A sentence for a status bar: what was created and where its connection details are.
    QString createdSummary() const { return m_createdSummary; }

    // The checks of coolify-api.md §8; "" when the value is acceptable (empty means "server
    // default").
    static QString identifierProblem(const QString &identifier);
    static QString passwordProblem(const QString &password);
    static QString imageProblem(const QString &image);
    static QString publicPortProblem(bool isPublic, const QString &port);

protected:
    QHash<QString, QString> clientProblems() const override;
    void addRequestFields(QJsonObject &body) const override;
    void sendCreate(Controllers::CreateResource *creator, const QJsonObject &body) override;
    void updateFields() override;
    QHash<QString, QString> serverErrorAliases() const override;
    bool reloadsTargetsFor(const QHash<QString, QStringList> &fieldErrors) const override;
    void onCreated(const Controllers::CreateResource::Result &result) override;

private:
    std::unique_ptr<Ui::CreateDatabaseDialog> m_ui;
    QString m_instanceName;
    QString m_createdSummary;
};

} // namespace Coolify::Gui
