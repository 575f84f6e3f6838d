#pragma once

#include "gui/createdialog.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace Ui {
class CreateApplicationDialog;
}

namespace Coolify::Gui {

// Creates an application from a public Git repository (POST /applications/public, coolify-api.md
// §8). Every field is checked as it is typed with the server's own rules, and Create stays disabled
// until the required ones are valid. Server errors appear under the fields they name (422, 404,
// 409), the rest in a banner; the input is never touched. On 201 it emits created() and closes.
//
//     auto *dialog = new CreateApplicationDialog(client, instance.name, window);
//     connect(dialog, &CreateApplicationDialog::created, window, &Window::refresh);
//     dialog->open();
class CreateApplicationDialog : public CreateDialog
{
    Q_OBJECT

public:
    CreateApplicationDialog(Api::ApiClient *client, const QString &instanceName,
                            QWidget *parent = nullptr);
    CreateApplicationDialog(Api::ApiClient *client, const QString &instanceName,
                            const QString &projectUuid, const QString &environmentUuid,
                            QWidget *parent = nullptr);
    ~CreateApplicationDialog() override;

    QString createdDomains() const { return m_createdDomains; }

    // The checks the server applies (coolify-api.md §8); "" when the value is acceptable.
    static QString repositoryProblem(const QString &url);
    static QString branchProblem(const QString &branch);
    static QString portsProblem(const QString &ports);
    static QString domainsProblem(const QString &domains);

protected:
    QHash<QString, QString> clientProblems() const override;
    void addRequestFields(QJsonObject &body) const override;
    void sendCreate(Controllers::CreateResource *creator, const QJsonObject &body) override;
    void updateFields() override;
    bool showsProblemUntouched(const QString &fieldId) const override;
    void onCreated(const Controllers::CreateResource::Result &result) override;

private:
    QString buildPack() const;

    std::unique_ptr<Ui::CreateApplicationDialog> m_ui;
    QString m_createdDomains;
};

} // namespace Coolify::Gui
