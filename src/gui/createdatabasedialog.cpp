#include "gui/createdatabasedialog.h"

#include "ui_createdatabasedialog.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

namespace {

bool fullMatch(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

const QString kPasswordCharacters = u"!@#%^*()_+-=[]{}:,.?/~"_s;

} // namespace

CreateDatabaseDialog::CreateDatabaseDialog(Api::ApiClient *client, const QString &instanceName,
                                           QWidget *parent)
    : CreateDatabaseDialog(client, instanceName, QString(), QString(), parent)
{ }

CreateDatabaseDialog::CreateDatabaseDialog(Api::ApiClient *client, const QString &instanceName,
                                           const QString &projectUuid,
                                           const QString &environmentUuid, QWidget *parent)
    : CreateDialog(client, parent)
    , m_ui(std::make_unique<Ui::CreateDatabaseDialog>())
    , m_instanceName(instanceName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New PostgreSQL Database on %1").arg(m_instanceName));
    m_ui->introLabel->setText(tr("Creates a PostgreSQL database on “%1”.").arg(m_instanceName));
    m_ui->passwordHint->setText(
        tr("Leave empty and Coolify generates a 64-character password. Afterwards the "
           "connection details, password included, are on the database's page in Coolify (and "
           "in its details here when the token may read sensitive data)."));
    connect(m_ui->publicCheck, &QCheckBox::toggled, this, [this](bool checked) {
        touch(u"public_port"_s);
        updateState();
        if (checked && m_ui->publicPortEdit->text().isEmpty())
            m_ui->publicPortEdit->setFocus();
    });

    Form form = Form::from(*m_ui);
    form.fields = {{u"name"_s, m_ui->nameEdit, m_ui->nameMessage},
                   {u"image"_s, m_ui->imageEdit, m_ui->imageMessage},
                   {u"postgres_user"_s, m_ui->userEdit, m_ui->userMessage},
                   {u"postgres_db"_s, m_ui->databaseEdit, m_ui->databaseMessage},
                   {u"postgres_password"_s, m_ui->passwordEdit, m_ui->passwordMessage},
                   {u"public_port"_s, m_ui->publicPortEdit, m_ui->publicPortMessage}};
    form.createName = tr("Create database");
    form.createDescription = tr("Creates the database");
    form.missingUuidText = tr("Coolify answered without the new database's id. Check in Coolify "
                              "whether it was created before trying again.");
    setUpForm(form, projectUuid, environmentUuid);
}

CreateDatabaseDialog::~CreateDatabaseDialog() = default;

QString CreateDatabaseDialog::identifierProblem(const QString &identifier)
{
    if (identifier.isEmpty() || fullMatch(u"[A-Za-z_][A-Za-z0-9_]{0,62}"_s, identifier))
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
    if (image.isEmpty() || fullMatch(u"[A-Za-z0-9][A-Za-z0-9._\\-/:@]*"_s, image))
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

void CreateDatabaseDialog::updateFields()
{
    m_ui->publicPortEdit->setEnabled(m_ui->publicCheck->isChecked());
}

void CreateDatabaseDialog::addRequestFields(QJsonObject &body) const
{
    putText(body, "name", m_ui->nameEdit->text().trimmed());
    putText(body, "image", m_ui->imageEdit->text().trimmed());
    putText(body, "postgres_user", m_ui->userEdit->text().trimmed());
    putText(body, "postgres_db", m_ui->databaseEdit->text().trimmed());
    // Not trimmed: Coolify does not trim the password either.
    putText(body, "postgres_password", m_ui->passwordEdit->text());
    if (m_ui->publicCheck->isChecked()) {
        body.insert(QLatin1String("is_public"), true);
        bool ok = false;
        const int port = m_ui->publicPortEdit->text().trimmed().toInt(&ok);
        if (ok)
            body.insert(QLatin1String("public_port"), port);
        else
            putText(body, "public_port", m_ui->publicPortEdit->text().trimmed());
    }
}

void CreateDatabaseDialog::sendCreate(Controllers::CreateResource *creator, const QJsonObject &body)
{
    creator->createDatabase(Api::DatabaseType::PostgreSQL, body);
}

QHash<QString, QString> CreateDatabaseDialog::serverErrorAliases() const
{
    return {{u"is_public"_s, u"public_port"_s}, {u"public_port_timeout"_s, u"public_port"_s}};
}

bool CreateDatabaseDialog::reloadsTargetsFor(const QHash<QString, QStringList> &fieldErrors) const
{
    // A 422 about the environment means it is gone (coolify-api.md §8: databases answer 422, not
    // 404).
    return fieldErrors.contains(u"environment"_s);
}

void CreateDatabaseDialog::onCreated(const Controllers::CreateResource::Result & /*result*/)
{
    // Only the uuid is kept: internal_db_url / external_db_url embed the password.
    m_createdSummary =
        tr("PostgreSQL database created on “%1”. Its connection details, password included, "
           "are on the database's page in Coolify (and in its details here when the token "
           "may read sensitive data).")
            .arg(m_instanceName);
    m_ui->passwordEdit->clear();
}

} // namespace Coolify::Gui
