#include "gui/createdialog.h"

#include "gui/createtargetpickers.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

CreateDialog::CreateDialog(Api::ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_creator(new Controllers::CreateResource(client, this))
{ }

CreateDialog::~CreateDialog() = default;

bool CreateDialog::deploysAfterCreating() const
{
    return m_instantDeploy && m_instantDeploy->isChecked();
}

void CreateDialog::prefill(const Models::ProjectsModel *projects,
                           const Models::ServersModel *servers)
{
    m_pickers->prefill(projects, servers);
}

void CreateDialog::setUpForm(const Form &form, const QString &projectUuid,
                             const QString &environmentUuid)
{
    m_instantDeploy = form.instantDeploy;
    m_bannerFrame = form.bannerFrame;
    m_bannerLabel = form.bannerLabel;
    m_fieldOrder = {u"project"_s, u"environment"_s, u"server"_s};
    for (const Field &field : form.fields) {
        m_fieldOrder << field.id;
        m_messageLabels.insert(field.id, field.message);
        if (field.id == u"name"_s)
            m_nameEdit = field.edit;
    }
    m_messageLabels.insert(u"project"_s, form.projectMessage);
    m_messageLabels.insert(u"environment"_s, form.environmentMessage);
    m_messageLabels.insert(u"server"_s, form.serverMessage);
    m_createDescription = form.createDescription;
    m_missingUuidText = form.missingUuidText;

    m_create = form.buttonBox->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createButton"_s);
    m_create->setAccessibleName(form.createName);
    m_create->setDefault(true);
    QPushButton *cancel = form.buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Closes the dialog without creating anything"));
    setUpBanner(form.bannerFrame, form.bannerIcon);
    // What is still missing, in view above the buttons (a disabled button's tooltip is found by
    // nobody).
    m_missing = new QLabel(this);
    m_missing->setObjectName(u"missingLabel"_s);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    m_missing->setForegroundRole(QPalette::PlaceholderText);
    if (auto *layout = qobject_cast<QBoxLayout *>(form.buttonBox->parentWidget()->layout()))
        layout->insertWidget(layout->indexOf(form.buttonBox), m_missing);

    m_pickers =
        new CreateTargetPickers(m_client, form.project, form.environment, form.server, this);
    connect(m_creator, &Controllers::CreateResource::finished, this, &CreateDialog::createFinished);
    connect(m_creator, &Controllers::CreateResource::busyChanged, this, &CreateDialog::updateState);
    connect(m_pickers, &CreateTargetPickers::selectionChanged, this, &CreateDialog::updateState);
    connect(m_pickers, &CreateTargetPickers::loadFailed, this,
            [this](const QString &message) { showBanner({message}); });
    connect(m_pickers, &CreateTargetPickers::targetActivated, this,
            &CreateDialog::clearServerError);
    for (const Field &field : form.fields) {
        connect(field.edit, &QLineEdit::textEdited, this, [this, id = field.id] { touch(id); });
        connect(field.edit, &QLineEdit::textChanged, this, &CreateDialog::updateState);
    }
    connect(form.buttonBox, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(form.buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();

    m_pickers->preselect(projectUuid, environmentUuid);
    m_pickers->load();
}

void CreateDialog::updateState()
{
    updateFields();
    const QHash<QString, QString> problems = clientProblems();
    for (auto it = m_messageLabels.cbegin(); it != m_messageLabels.cend(); ++it) {
        const QStringList server = m_serverErrors.value(it.key());
        const bool live = m_touched.contains(it.key()) || showsProblemUntouched(it.key());
        setFieldMessage(it.value(),
                        !server.isEmpty() ? server.join(u'\n')
                                          : (live ? problems.value(it.key()) : QString()));
    }
    QStringList missing;
    if (const QString targets = m_pickers->missingText(); !targets.isEmpty())
        missing << targets;
    for (const QString &field : std::as_const(m_fieldOrder)) { // top to bottom, as on screen
        if (const QString problem = problems.value(field); !problem.isEmpty())
            missing << problem;
    }
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        if (!m_fieldOrder.contains(it.key()))
            missing << it.value();
    }
    m_create->setEnabled(!isBusy() && missing.isEmpty());
    m_create->setText(isBusy() ? tr("Creating…") : tr("&Create"));
    m_create->setToolTip(missing.join(u'\n'));
    m_missing->setText(missing.isEmpty() || isBusy()
                           ? QString()
                           : tr("Before Create: %1").arg(missing.join(u' ')));
    m_missing->setVisible(!m_missing->text().isEmpty());
    m_create->setAccessibleDescription(missing.isEmpty() ? m_createDescription
                                                         : missing.join(u' '));
}

void CreateDialog::touch(const QString &field)
{
    m_touched.insert(field);
    clearServerError(field);
}

void CreateDialog::clearServerError(const QString &field)
{
    if (m_serverErrors.remove(field) > 0)
        updateState();
}

void CreateDialog::showBanner(const QStringList &lines)
{
    Gui::showBanner(m_bannerFrame, m_bannerLabel, lines);
}

void CreateDialog::putText(QJsonObject &body, const char *key, const QString &value)
{
    if (!value.isEmpty())
        body.insert(QLatin1String(key), value);
}

QJsonObject CreateDialog::requestBody() const
{
    QJsonObject body;
    putText(body, "project_uuid", m_pickers->projectUuid());
    putText(body, "environment_uuid", m_pickers->environmentUuid());
    putText(body, "server_uuid", m_pickers->serverUuid());
    if (m_instantDeploy->isChecked())
        body.insert(QLatin1String("instant_deploy"), true);
    addRequestFields(body);
    return body;
}

void CreateDialog::submit(Checks checks)
{
    if (isBusy())
        return;
    if (checks == Checks::Client && !m_create->isEnabled()) {
        for (auto it = m_messageLabels.cbegin(); it != m_messageLabels.cend(); ++it)
            m_touched.insert(it.key());
        updateState();
        return;
    }
    m_serverErrors.clear();
    showBanner({});
    sendCreate(m_creator, requestBody());
    updateState();
}

void CreateDialog::createFinished(const Controllers::CreateResource::Result &result)
{
    if (result.ok) {
        m_createdUuid = result.uuid;
        if (m_createdUuid.isEmpty()) {
            showBanner({m_missingUuidText});
            updateState();
            return;
        }
        onCreated(result);
        emit created(m_createdUuid, m_nameEdit ? m_nameEdit->text().trimmed() : QString());
        accept();
        return;
    }
    const CreateErrorView view =
        CreateErrorView::from(result.error, serverErrorAliases(), m_messageLabels.keys());
    m_serverErrors = view.fields;
    showBanner(view.banner);
    if (view.reloadTargets || reloadsTargetsFor(m_serverErrors))
        m_pickers->load();
    updateState();
}

} // namespace Coolify::Gui
