#pragma once

#include "controllers/createresource.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Coolify::Api {
class ApiClient;
} // namespace Coolify::Api

namespace Coolify::Models {
class ProjectsModel;
class ServersModel;
} // namespace Coolify::Models

namespace Coolify::Gui {

class CreateTargetPickers;

// What the create dialogs have in common: the project, environment and server pickers, the
// Create button (disabled, with the reasons as its tooltip, until the form is complete), field
// messages (live checks once a field has been edited, the server's messages after a refusal), the
// warning banner, and the request itself through Controllers::CreateResource. On success it
// emits created() and closes; on failure the input stays as typed.
//
// A derived dialog sets up its Designer form, then hands the shared widgets over with
// setUpForm() and answers the hooks below: its own field checks, its part of the request body
// and which CreateResource call sends it.
class CreateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Checks { Client, SkipClient };

    ~CreateDialog() override;

    // Shows the instance's already loaded lists at once; fresh ones replace them when they arrive.
    void prefill(const Models::ProjectsModel *projects, const Models::ServersModel *servers);

    QString createdUuid() const { return m_createdUuid; }
    // "Deploy right after creating" (or "start") was ticked.
    bool deploysAfterCreating() const;
    bool isBusy() const { return m_creator->isBusy(); }

public slots:
    // Sends the create request. SkipClient sends the fields as they are (the server decides).
    void submit(Checks checks = Checks::Client);

signals:
    // `name` as typed; empty when the server was left to choose one.
    void created(const QString &uuid, const QString &name);

protected:
    // One of the dialog's own fields. The id is the request key the server's errors name.
    struct Field
    {
        QString id;
        QLineEdit *edit = nullptr;
        QLabel *message = nullptr; // where its problems and the server's messages show
    };

    // The widgets and words every create dialog has, handed over once by setUpForm().
    struct Form
    {
        QComboBox *project = nullptr;
        QComboBox *environment = nullptr;
        QComboBox *server = nullptr;
        QLabel *projectMessage = nullptr;
        QLabel *environmentMessage = nullptr;
        QLabel *serverMessage = nullptr;
        QCheckBox *instantDeploy = nullptr;
        QDialogButtonBox *buttonBox = nullptr; // holds Cancel; setUpForm() adds Create
        QFrame *bannerFrame = nullptr;
        QLabel *bannerIcon = nullptr;
        QLabel *bannerLabel = nullptr;
        // The dialog's own fields: editing one marks it as touched (its problems then show live).
        QList<Field> fields;
        QString createName; // the Create button's accessible name, e.g. "Create application"
        QString createDescription; // what the Create button does, when nothing is missing
        QString missingUuidText; // the banner when Coolify answers 201 without the new uuid

        // The shared widgets of a Designer form that names them as the create dialogs do.
        template<typename DesignerForm> static Form from(const DesignerForm &ui)
        {
            Form form;
            form.project = ui.projectCombo;
            form.environment = ui.environmentCombo;
            form.server = ui.serverCombo;
            form.projectMessage = ui.projectMessage;
            form.environmentMessage = ui.environmentMessage;
            form.serverMessage = ui.serverMessage;
            form.instantDeploy = ui.instantDeployCheck;
            form.buttonBox = ui.buttonBox;
            form.bannerFrame = ui.bannerFrame;
            form.bannerIcon = ui.bannerIcon;
            form.bannerLabel = ui.bannerLabel;
            return form;
        }
    };

    CreateDialog(Api::ApiClient *client, QWidget *parent);

    // Adds the Create button, wires the pickers, the edits and the buttons, shows the state and
    // loads the lists (preselecting the given project and environment when they are in them).
    // Called once, at the end of the derived dialog's constructor.
    void setUpForm(const Form &form, const QString &projectUuid, const QString &environmentUuid);

    CreateTargetPickers *pickers() const { return m_pickers; }

    // Shows the field messages and the Create button as the form is now.
    void updateState();
    // The user edited `field`: its problems are shown live and the server's message goes.
    void touch(const QString &field);
    void clearServerError(const QString &field);
    void showBanner(const QStringList &lines);

    // Puts a text into the request body unless it is empty (empty means "server default").
    static void putText(QJsonObject &body, const char *key, const QString &value);

    // The client-side problems of the dialog's own fields, by field id (none: acceptable).
    virtual QHash<QString, QString> clientProblems() const = 0;
    // Adds the dialog's own fields to the request body; the targets and instant_deploy are
    // already in it.
    virtual void addRequestFields(QJsonObject &body) const = 0;
    // Sends `body` with the CreateResource call of the dialog's endpoint.
    virtual void sendCreate(Controllers::CreateResource *creator, const QJsonObject &body) = 0;

    // Brings the dialog's own widgets up to date (enabled fields, hints) before the messages.
    virtual void updateFields() { }
    // Whether the problem of `fieldId` shows before the user has edited the field.
    virtual bool showsProblemUntouched(const QString & /*fieldId*/) const { return false; }
    // Maps the endpoint's own request keys to field ids, e.g. is_public → public_port.
    virtual QHash<QString, QString> serverErrorAliases() const { return {}; }
    // Whether these server messages (by field id) mean a target is gone and the lists must be
    // loaded again (a 404 about a target always reloads them).
    virtual bool reloadsTargetsFor(const QHash<QString, QStringList> & /*fieldErrors*/) const
    {
        return false;
    }
    // The resource was created with a uuid: keep what the dialog reports about it. created() is
    // emitted and the dialog closed right after.
    virtual void onCreated(const Controllers::CreateResource::Result & /*result*/) { }

private:
    QJsonObject requestBody() const;
    void createFinished(const Controllers::CreateResource::Result &result);

    Api::ApiClient *m_client;
    Controllers::CreateResource *m_creator;
    CreateTargetPickers *m_pickers = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_missing = nullptr; // why Create is disabled, in words
    QCheckBox *m_instantDeploy = nullptr;
    QFrame *m_bannerFrame = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QString m_createDescription;
    QString m_missingUuidText;
    QSet<QString> m_touched; // fields the user has edited: their problems are shown live
    QHash<QString, QLabel *> m_messageLabels; // field id → its message label
    QStringList m_fieldOrder; // field ids as the dialog shows them, top to bottom
    QHash<QString, QStringList> m_serverErrors; // field id → the server's messages
    QString m_createdUuid;
    QLineEdit *m_nameEdit = nullptr; // the field "name", when the dialog has one
};

} // namespace Coolify::Gui
