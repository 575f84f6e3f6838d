#include "gui/createapplicationdialog.h"

#include "ui_createapplicationdialog.h"

#include "api/apiclient.h"
#include "api/families/applications.h"
#include "gui/createtargetpickers.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QUrl>

namespace Coolify::Gui {

namespace {

bool fullMatch(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

} // namespace

CreateApplicationDialog::CreateApplicationDialog(Api::ApiClient *client,
                                                 const QString &instanceName, QWidget *parent)
    : CreateApplicationDialog(client, instanceName, QString(), QString(), parent)
{ }

CreateApplicationDialog::CreateApplicationDialog(Api::ApiClient *client,
                                                 const QString &instanceName,
                                                 const QString &projectUuid,
                                                 const QString &environmentUuid, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateApplicationDialog>())
    , m_client(client)
    , m_instanceName(instanceName)
{
    setupUi();
    m_pickers->preselect(projectUuid, environmentUuid);
    m_pickers->load();
}

CreateApplicationDialog::~CreateApplicationDialog() = default;

void CreateApplicationDialog::prefill(const Models::ProjectsModel *projects,
                                      const Models::ServersModel *servers)
{
    m_pickers->prefill(projects, servers);
}

void CreateApplicationDialog::setupUi()
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New Application on %1").arg(m_instanceName));
    m_ui->introLabel->setText(tr("Creates an application on “%1” from a public Git repository; "
                                 "Coolify clones it and builds it with the chosen build pack.")
                                  .arg(m_instanceName));
    m_create = m_ui->buttonBox->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAccessibleName(tr("Create application"));
    m_create->setDefault(true);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Closes the dialog without creating anything"));
    const struct
    {
        const char *id;
        QString text;
    } packs[] = {{"nixpacks", tr("Nixpacks (detects the language)")},
                 {"railpack", tr("Railpack")},
                 {"static", tr("Static site")},
                 {"dockerfile", tr("Dockerfile")},
                 {"dockercompose", tr("Docker Compose")}};
    for (const auto &pack : packs)
        m_ui->buildPackCombo->addItem(pack.text, QLatin1String(pack.id));
    m_messageLabels = {{QStringLiteral("project"), m_ui->projectMessage},
                       {QStringLiteral("environment"), m_ui->environmentMessage},
                       {QStringLiteral("server"), m_ui->serverMessage},
                       {QStringLiteral("git_repository"), m_ui->repositoryMessage},
                       {QStringLiteral("git_branch"), m_ui->branchMessage},
                       {QStringLiteral("ports_exposes"), m_ui->portsMessage},
                       {QStringLiteral("name"), m_ui->nameMessage},
                       {QStringLiteral("domains"), m_ui->domainsMessage}};
    setUpBanner(m_ui->bannerFrame, m_ui->bannerIcon);

    m_pickers = new CreateTargetPickers(m_client, m_ui->projectCombo, m_ui->environmentCombo,
                                        m_ui->serverCombo, this);
    connect(m_pickers, &CreateTargetPickers::selectionChanged, this,
            &CreateApplicationDialog::updateState);
    connect(m_pickers, &CreateTargetPickers::loadFailed, this,
            [this](const QString &message) { showBanner({message}); });
    connect(m_pickers, &CreateTargetPickers::targetActivated, this,
            &CreateApplicationDialog::clearServerError);
    const struct
    {
        QLineEdit *edit;
        const char *id;
    } edits[] = {{m_ui->repositoryEdit, "git_repository"},
                 {m_ui->branchEdit, "git_branch"},
                 {m_ui->portsEdit, "ports_exposes"},
                 {m_ui->nameEdit, "name"},
                 {m_ui->domainsEdit, "domains"}};
    for (const auto &e : edits) {
        connect(e.edit, &QLineEdit::textEdited, this, [this, id = QLatin1String(e.id)] {
            m_touched.insert(id);
            clearServerError(id);
        });
        connect(e.edit, &QLineEdit::textChanged, this, &CreateApplicationDialog::updateState);
    }
    connect(m_ui->buildPackCombo, &QComboBox::currentIndexChanged, this,
            &CreateApplicationDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QString CreateApplicationDialog::buildPack() const
{
    return m_ui->buildPackCombo->currentData().toString();
}

QString CreateApplicationDialog::repositoryProblem(const QString &input)
{
    const QString url = input.trimmed();
    if (url.isEmpty())
        return tr("Enter the address of a public Git repository.");
    static const QRegularExpression shell(QStringLiteral("[`$;&|<>()\\\\\\s]"));
    if (const QRegularExpressionMatch m = shell.match(url); m.hasMatch())
        return m.captured().trimmed().isEmpty()
            ? tr("Remove the spaces: a repository address cannot contain them.")
            : tr("Remove “%1”: shell characters are not allowed in a repository address.")
                  .arg(m.captured());
    QString host;
    if (url.startsWith(QLatin1String("git@"))) {
        static const QRegularExpression scp(QStringLiteral(
            "^git@([A-Za-z0-9.\\-]+):[A-Za-z0-9._\\-]+/[A-Za-z0-9._\\-/]*[A-Za-z0-9._\\-]$"));
        const QRegularExpressionMatch m = scp.match(url);
        if (!m.hasMatch())
            return tr("Write SSH addresses as git@host:owner/repository.");
        host = m.captured(1);
    } else {
        const QUrl parsed(url, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("git")))
            return tr("Use an https://, git:// or git@host:owner/repository address.");
        if (parsed.hasQuery())
            return tr("Remove the query string (“?…”) from the address.");
        if (parsed.hasFragment())
            return tr("Remove the fragment (“#…”) from the address.");
        host = parsed.host();
        if (parsed.path().split(u'/', Qt::SkipEmptyParts).size() < 2)
            return tr(
                "Add the owner and the repository, e.g. https://github.com/owner/repository.");
    }
    host = host.toLower();
    if (host.isEmpty())
        return tr("The address has no host name.");
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))
        || host.endsWith(QLatin1String(".local")))
        return tr("Coolify does not clone from local hosts (localhost, *.local).");
    if (!QHostAddress(host).isNull() || fullMatch(QStringLiteral("[0-9.]+"), host))
        return tr("Use the repository's host name, not an IP address.");
    return {};
}

QString CreateApplicationDialog::branchProblem(const QString &input)
{
    const QString branch = input.trimmed();
    if (branch.isEmpty())
        return tr("Enter a branch, e.g. main.");
    if (!fullMatch(QStringLiteral("[a-zA-Z0-9\\-_/.]+"), branch))
        return tr("A branch name may contain letters, digits and - _ / . only.");
    if (branch == QLatin1String("HEAD") || branch.contains(QLatin1String(".."))
        || branch.endsWith(QLatin1String(".lock")) || branch.startsWith(u'/')
        || branch.endsWith(u'/') || branch.startsWith(u'.') || branch.endsWith(u'.'))
        return tr("This is not a valid branch name (HEAD, “..”, “.lock” and a leading or "
                  "trailing / or . are not allowed).");
    return {};
}

QString CreateApplicationDialog::portsProblem(const QString &input)
{
    QString ports = input;
    ports.remove(u' ');
    if (ports.isEmpty())
        return tr("Enter the port the application listens on, e.g. 3000.");
    if (!fullMatch(QStringLiteral("\\d+(,\\d+)*"), ports))
        return tr("Use port numbers separated by commas, e.g. 3000 or 3000,8080.");
    for (const QString &port : ports.split(u',')) {
        if (port.toInt() < 1 || port.toInt() > 65535)
            return tr("%1 is not a port number (1–65535).").arg(port);
    }
    return {};
}

QString CreateApplicationDialog::domainsProblem(const QString &domains)
{
    static const QRegularExpression forbidden(QStringLiteral("[`$;&|<>()\\\\\\r\\n]"));
    for (const QString &raw : domains.split(u',', Qt::SkipEmptyParts)) {
        const QString domain = raw.trimmed();
        if (domain.isEmpty())
            continue;
        const QUrl url(domain, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (forbidden.match(domain).hasMatch() || !url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return tr("“%1” is not an http:// or https:// address.").arg(domain);
    }
    return {};
}

QHash<QString, QString> CreateApplicationDialog::clientProblems() const
{
    const bool compose = buildPack() == QLatin1String("dockercompose");
    QHash<QString, QString> problems;
    const auto add = [&problems](const char *id, const QString &problem) {
        if (!problem.isEmpty())
            problems.insert(QLatin1String(id), problem);
    };
    add("git_repository", repositoryProblem(m_ui->repositoryEdit->text()));
    add("git_branch", branchProblem(m_ui->branchEdit->text()));
    if (!compose) {
        add("ports_exposes", portsProblem(m_ui->portsEdit->text()));
        add("domains", domainsProblem(m_ui->domainsEdit->text()));
    }
    return problems;
}

void CreateApplicationDialog::updateState()
{
    const bool compose = buildPack() == QLatin1String("dockercompose");
    m_ui->portsEdit->setEnabled(!compose);
    m_ui->portsHint->setText(
        compose ? tr("Coolify sets the port to 80 for Docker Compose applications; the "
                     "services' ports come from the compose file.")
                : tr("The port(s) the application listens on inside its container."));
    m_ui->domainsEdit->setEnabled(!compose);
    QString domainsHint = tr("Leave empty and Coolify generates one from the server's wildcard "
                             "domain (or sslip.io).");
    if (compose)
        domainsHint = tr("Docker Compose applications get a domain per service: set them in "
                         "Coolify after creating the application.");
    else if (m_pickers->serverProxyType() == QLatin1String("none"))
        domainsHint = tr("This server runs no proxy, so Coolify ignores domains there.");
    m_ui->domainsHint->setText(domainsHint);

    const QHash<QString, QString> problems = clientProblems();
    for (auto it = m_messageLabels.cbegin(); it != m_messageLabels.cend(); ++it) {
        const QStringList server = m_serverErrors.value(it.key());
        const bool live = m_touched.contains(it.key())
            || (it.key() == QLatin1String("git_repository")
                && !m_ui->repositoryEdit->text().isEmpty());
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
    m_create->setAccessibleDescription(missing.isEmpty() ? tr("Creates the application")
                                                         : missing.join(u' '));
}

void CreateApplicationDialog::clearServerError(const QString &field)
{
    if (m_serverErrors.remove(field) > 0)
        updateState();
}

void CreateApplicationDialog::showBanner(const QStringList &lines)
{
    Gui::showBanner(m_ui->bannerFrame, m_ui->bannerLabel, lines);
}

QJsonObject CreateApplicationDialog::requestBody() const
{
    const bool compose = buildPack() == QLatin1String("dockercompose");
    QJsonObject body;
    const auto put = [&body](const char *key, const QString &value) {
        if (!value.isEmpty())
            body.insert(QLatin1String(key), value);
    };
    put("project_uuid", m_pickers->projectUuid());
    put("environment_uuid", m_pickers->environmentUuid());
    put("server_uuid", m_pickers->serverUuid());
    put("git_repository", m_ui->repositoryEdit->text().trimmed());
    put("git_branch", m_ui->branchEdit->text().trimmed());
    put("build_pack", buildPack());
    put("name", m_ui->nameEdit->text().trimmed());
    if (!compose) {
        put("ports_exposes", m_ui->portsEdit->text().remove(u' '));
        QStringList domains;
        for (const QString &domain : m_ui->domainsEdit->text().split(u',', Qt::SkipEmptyParts)) {
            if (!domain.trimmed().isEmpty())
                domains << domain.trimmed();
        }
        put("domains", domains.join(u','));
    }
    if (m_ui->instantDeployCheck->isChecked())
        body.insert(QLatin1String("instant_deploy"), true);
    return body;
}

void CreateApplicationDialog::submit(Checks checks)
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
    m_reply = m_client->send(Api::Applications::createPublic(requestBody()));
    connect(m_reply, &Api::ApiReply::finished, this,
            [this, reply = m_reply.data()] { finished(reply); });
    updateState();
}

void CreateApplicationDialog::finished(const Api::ApiReply *reply)
{
    m_reply = nullptr;
    const Api::ApiResult &result = reply->result();
    if (result.ok()) {
        const QJsonObject answer = result.json.object();
        m_createdUuid = answer.value(QLatin1String("uuid")).toString();
        if (m_createdUuid.isEmpty()) {
            showBanner({tr("Coolify answered without the new application's id. Check in Coolify "
                           "whether it was created before trying again.")});
            updateState();
            return;
        }
        m_createdDomains = answer.value(QLatin1String("domains")).toString();
        emit created(m_createdUuid);
        accept();
        return;
    }
    const CreateErrorView view = CreateErrorView::from(result.error, {}, m_messageLabels.keys());
    m_serverErrors = view.fields;
    showBanner(view.banner);
    if (view.reloadTargets)
        m_pickers->load();
    updateState();
}

} // namespace Coolify::Gui
