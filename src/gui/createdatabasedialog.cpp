#include "gui/createdatabasedialog.h"

#include "ui_createdatabasedialog.h"

#include "api/apiclient.h"
#include "api/families/databases.h"
#include "gui/createtargetpickers.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>

namespace Coolify::Gui {

namespace {

bool fullMatch(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

const QString kPasswordCharacters = QStringLiteral("!@#%^*()_+-=[]{}:,.?/~");

} // namespace

CreateDatabaseDialog::CreateDatabaseDialog(Api::ApiClient *client, const QString &instanceName,
                                           QWidget *parent)
    : CreateDatabaseDialog(client, instanceName, QString(), QString(), parent)
{ }

CreateDatabaseDialog::CreateDatabaseDialog(Api::ApiClient *client, const QString &instanceName,
                                           const QString &projectUuid,
                                           const QString &environmentUuid, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateDatabaseDialog>())
    , m_client(client)
    , m_instanceName(instanceName)
{
    setupUi();
    m_pickers->preselect(projectUuid, environmentUuid);
    m_pickers->load();
}

CreateDatabaseDialog::~CreateDatabaseDialog() = default;

void CreateDatabaseDialog::prefill(const Models::ProjectsModel *projects,
                                   const Models::ServersModel *servers)
{
    m_pickers->prefill(projects, servers);
}

void CreateDatabaseDialog::setupUi()
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New PostgreSQL Database on %1").arg(m_instanceName));
    m_ui->introLabel->setText(tr("Creates a PostgreSQL database on “%1”.").arg(m_instanceName));
    m_ui->passwordHint->setText(
        tr("Leave empty and Coolify generates a 64-character password. Afterwards the "
           "connection details, password included, are on the database's page in Coolify (and "
           "in its details here when the token may read sensitive data)."));
    m_create = m_ui->buttonBox->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAccessibleName(tr("Create database"));
    m_create->setDefault(true);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Closes the dialog without creating anything"));
    m_messageLabels = {{QStringLiteral("project"), m_ui->projectMessage},
                       {QStringLiteral("environment"), m_ui->environmentMessage},
                       {QStringLiteral("server"), m_ui->serverMessage},
                       {QStringLiteral("name"), m_ui->nameMessage},
                       {QStringLiteral("image"), m_ui->imageMessage},
                       {QStringLiteral("postgres_user"), m_ui->userMessage},
                       {QStringLiteral("postgres_db"), m_ui->databaseMessage},
                       {QStringLiteral("postgres_password"), m_ui->passwordMessage},
                       {QStringLiteral("public_port"), m_ui->publicPortMessage}};
    setUpBanner(m_ui->bannerFrame, m_ui->bannerIcon);

    m_pickers = new CreateTargetPickers(m_client, m_ui->projectCombo, m_ui->environmentCombo,
                                        m_ui->serverCombo, this);
    connect(m_pickers, &CreateTargetPickers::selectionChanged, this,
            &CreateDatabaseDialog::updateState);
    connect(m_pickers, &CreateTargetPickers::loadFailed, this,
            [this](const QString &message) { showBanner({message}); });
    connect(m_pickers, &CreateTargetPickers::targetActivated, this,
            &CreateDatabaseDialog::clearServerError);
    const struct
    {
        QLineEdit *edit;
        const char *id;
    } edits[] = {{m_ui->nameEdit, "name"},
                 {m_ui->imageEdit, "image"},
                 {m_ui->userEdit, "postgres_user"},
                 {m_ui->databaseEdit, "postgres_db"},
                 {m_ui->passwordEdit, "postgres_password"},
                 {m_ui->publicPortEdit, "public_port"}};
    for (const auto &e : edits) {
        connect(e.edit, &QLineEdit::textEdited, this, [this, id = QLatin1String(e.id)] {
            m_touched.insert(id);
            clearServerError(id);
        });
        connect(e.edit, &QLineEdit::textChanged, this, &CreateDatabaseDialog::updateState);
    }
    connect(m_ui->publicCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_touched.insert(QStringLiteral("public_port"));
        clearServerError(QStringLiteral("public_port"));
        updateState();
        if (checked && m_ui->publicPortEdit->text().isEmpty())
            m_ui->publicPortEdit->setFocus();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QString CreateDatabaseDialog::identifierProblem(const QString &identifier)
{
    if (identifier.isEmpty()
        || fullMatch(QStringLiteral("[A-Za-z_][A-Za-z0-9_]{0,62}"), identifier))
        return {};
    return tr("Use letters, digits and _ only, not starting with a digit, at most 63 characters.");
}

QString CreateDatabaseDialog::passwordProblem(const QString &password)
{
    if (password.size() > 128)
        return tr("At most 128 characters (this one has %1).").arg(password.size());
    QString refused;
    for (const QChar c : password) {
        const bool allowed =
            (c.isLetterOrNumber() && c.unicode() < 128) || kPasswordCharacters.contains(c);
        if (!allowed && !refused.contains(c))
            refused += c;
    }
    if (refused.isEmpty())
        return {};
    if (refused.trimmed().isEmpty())
        return tr("Spaces are not allowed. Use letters, digits and %1").arg(kPasswordCharacters);
    return tr("Not allowed: %1 — use letters, digits and %2")
        .arg(refused.simplified(), kPasswordCharacters);
}

QString CreateDatabaseDialog::imageProblem(const QString &image)
{
    if (image.isEmpty() || fullMatch(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._\\-/:@]*"), image))
        return {};
    return tr("Enter an image reference such as postgres:16-alpine (no spaces).");
}

QString CreateDatabaseDialog::publicPortProblem(bool isPublic, const QString &port)
{
    if (!isPublic)
        return {};
    if (port.trimmed().isEmpty())
        return tr("Enter a public port (1024–65535). Without one Coolify silently keeps the "
                  "database private.");
    bool ok = false;
    const int number = port.trimmed().toInt(&ok);
    if (!ok || number < 1024 || number > 65535)
        return tr("Use a port from 1024 to 65535.");
    return {};
}

QHash<QString, QString> CreateDatabaseDialog::clientProblems() const
{
    QHash<QString, QString> problems;
    const auto add = [&problems](const char *id, const QString &problem) {
        if (!problem.isEmpty())
            problems.insert(QLatin1String(id), problem);
    };
    add("image", imageProblem(m_ui->imageEdit->text().trimmed()));
    add("postgres_user", identifierProblem(m_ui->userEdit->text().trimmed()));
    add("postgres_db", identifierProblem(m_ui->databaseEdit->text().trimmed()));
    add("postgres_password", passwordProblem(m_ui->passwordEdit->text()));
    add("public_port",
        publicPortProblem(m_ui->publicCheck->isChecked(), m_ui->publicPortEdit->text()));
    return problems;
}

void CreateDatabaseDialog::updateState()
{
    m_ui->publicPortEdit->setEnabled(m_ui->publicCheck->isChecked());
    const QHash<QString, QString> problems = clientProblems();
    for (auto it = m_messageLabels.cbegin(); it != m_messageLabels.cend(); ++it) {
        const QStringList server = m_serverErrors.value(it.key());
        const bool live = m_touched.contains(it.key());
        setFieldMessage(it.value(),
                        !server.isEmpty() ? server.join(u'\n')
                                          : (live ? problems.value(it.key()) : QString()));
    }
    QStringList missing;
    if (const QString targets = m_pickers->missingText(); !targets.isEmpty())
        missing << targets;
    for (const QString &problem : problems)
        missing << problem;
    m_create->setEnabled(!isBusy() && missing.isEmpty());
    m_create->setText(isBusy() ? tr("Creating…") : tr("&Create"));
    m_create->setToolTip(missing.join(u'\n'));
    m_create->setAccessibleDescription(missing.isEmpty() ? tr("Creates the database")
                                                         : missing.join(u' '));
}

void CreateDatabaseDialog::clearServerError(const QString &field)
{
    if (m_serverErrors.remove(field) > 0)
        updateState();
}

void CreateDatabaseDialog::showBanner(const QStringList &lines)
{
    Gui::showBanner(m_ui->bannerFrame, m_ui->bannerLabel, lines);
}

QJsonObject CreateDatabaseDialog::requestBody() const
{
    QJsonObject body;
    const auto put = [&body](const char *key, const QString &value) {
        if (!value.isEmpty())
            body.insert(QLatin1String(key), value);
    };
    put("project_uuid", m_pickers->projectUuid());
    put("environment_uuid", m_pickers->environmentUuid());
    put("server_uuid", m_pickers->serverUuid());
    put("name", m_ui->nameEdit->text().trimmed());
    put("image", m_ui->imageEdit->text().trimmed());
    put("postgres_user", m_ui->userEdit->text().trimmed());
    put("postgres_db", m_ui->databaseEdit->text().trimmed());
    put("postgres_password", m_ui->passwordEdit->text()); // not trimmed by Coolify either
    if (m_ui->publicCheck->isChecked()) {
        body.insert(QLatin1String("is_public"), true);
        bool ok = false;
        const int port = m_ui->publicPortEdit->text().trimmed().toInt(&ok);
        if (ok)
            body.insert(QLatin1String("public_port"), port);
        else
            put("public_port", m_ui->publicPortEdit->text().trimmed());
    }
    if (m_ui->instantDeployCheck->isChecked())
        body.insert(QLatin1String("instant_deploy"), true);
    return body;
}

void CreateDatabaseDialog::submit(Checks checks)
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
    m_reply = m_client->send(Api::Databases::create(Api::DatabaseType::PostgreSQL, requestBody()));
    connect(m_reply, &Api::ApiReply::finished, this,
            [this, reply = m_reply.data()] { finished(reply); });
    updateState();
}

void CreateDatabaseDialog::finished(const Api::ApiReply *reply)
{
    m_reply = nullptr;
    const Api::ApiResult &result = reply->result();
    if (result.ok()) {
        // Only the uuid is kept: internal_db_url / external_db_url embed the password.
        m_createdUuid = result.json.object().value(QLatin1String("uuid")).toString();
        if (m_createdUuid.isEmpty()) {
            showBanner({tr("Coolify answered without the new database's id. Check in Coolify "
                           "whether it was created before trying again.")});
            updateState();
            return;
        }
        m_createdSummary =
            tr("PostgreSQL database created on “%1”. Its connection details, password included, "
               "are on the database's page in Coolify (and in its details here when the token "
               "may read sensitive data).")
                .arg(m_instanceName);
        m_ui->passwordEdit->clear();
        emit created(m_createdUuid);
        accept();
        return;
    }
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("is_public"), QStringLiteral("public_port")},
        {QStringLiteral("public_port_timeout"), QStringLiteral("public_port")}};
    const CreateErrorView view =
        CreateErrorView::from(result.error, aliases, m_messageLabels.keys());
    m_serverErrors = view.fields;
    showBanner(view.banner);
    // A 422 about the environment means it is gone (FACTS §8: databases answer 422, not 404).
    if (view.reloadTargets || m_serverErrors.contains(QStringLiteral("environment")))
        m_pickers->load();
    updateState();
}

} // namespace Coolify::Gui
