#include "gui/createapplicationdialog.h"

#include "ui_createapplicationdialog.h"

#include "gui/createtargetpickers.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

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
    : CreateDialog(client, parent)
    , m_ui(std::make_unique<Ui::CreateApplicationDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New Application on %1").arg(instanceName));
    m_ui->introLabel->setText(tr("Creates an application on “%1” from a public Git repository; "
                                 "Coolify clones it and builds it with the chosen build pack.")
                                  .arg(instanceName));
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
    connect(m_ui->buildPackCombo, &QComboBox::currentIndexChanged, this,
            &CreateApplicationDialog::updateState);

    Form form = Form::from(*m_ui);
    form.fields = {{u"git_repository"_s, m_ui->repositoryEdit, m_ui->repositoryMessage},
                   {u"git_branch"_s, m_ui->branchEdit, m_ui->branchMessage},
                   {u"ports_exposes"_s, m_ui->portsEdit, m_ui->portsMessage},
                   {u"name"_s, m_ui->nameEdit, m_ui->nameMessage},
                   {u"domains"_s, m_ui->domainsEdit, m_ui->domainsMessage}};
    form.createName = tr("Create application");
    form.createDescription = tr("Creates the application");
    form.missingUuidText = tr("Coolify answered without the new application's id. Check in "
                              "Coolify whether it was created before trying again.");
    setUpForm(form, projectUuid, environmentUuid);
}

CreateApplicationDialog::~CreateApplicationDialog() = default;

QString CreateApplicationDialog::buildPack() const
{
    return m_ui->buildPackCombo->currentData().toString();
}

QString CreateApplicationDialog::repositoryProblem(const QString &input)
{
    const QString url = input.trimmed();
    if (url.isEmpty())
        return tr("Enter the address of a public Git repository.");
    static const QRegularExpression shell(u"[`$;&|<>()\\\\\\s]"_s);
    if (const QRegularExpressionMatch m = shell.match(url); m.hasMatch())
        return m.captured().trimmed().isEmpty()
            ? tr("Remove the spaces: a repository address cannot contain them.")
            : tr("Remove “%1”: shell characters are not allowed in a repository address.")
                  .arg(m.captured());
    QString host;
    if (url.startsWith(QLatin1String("git@"))) {
        static const QRegularExpression scp(
            u"^git@([A-Za-z0-9.\\-]+):[A-Za-z0-9._\\-]+/[A-Za-z0-9._\\-/]*[A-Za-z0-9._\\-]$"_s);
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
    if (!QHostAddress(host).isNull() || fullMatch(u"[0-9.]+"_s, host))
        return tr("Use the repository's host name, not an IP address.");
    return {};
}

QString CreateApplicationDialog::branchProblem(const QString &input)
{
    const QString branch = input.trimmed();
    if (branch.isEmpty())
        return tr("Enter a branch, e.g. main.");
    if (!fullMatch(u"[a-zA-Z0-9\\-_/.]+"_s, branch))
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
    if (!fullMatch(u"\\d+(,\\d+)*"_s, ports))
        return tr("Use port numbers separated by commas, e.g. 3000 or 3000,8080.");
    for (const QString &port : ports.split(u',')) {
        if (port.toInt() < 1 || port.toInt() > 65535)
            return tr("%1 is not a port number (1–65535).").arg(port);
    }
    return {};
}

QString CreateApplicationDialog::domainsProblem(const QString &domains)
{
    static const QRegularExpression forbidden(u"[`$;&|<>()\\\\\\r\\n]"_s);
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

void CreateApplicationDialog::updateFields()
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
    else if (pickers()->serverProxyType() == QLatin1String("none"))
        domainsHint = tr("This server runs no proxy, so Coolify ignores domains there.");
    m_ui->domainsHint->setText(domainsHint);
}

bool CreateApplicationDialog::showsProblemUntouched(const QString &fieldId) const
{
    // A pasted or prefilled repository address is checked at once.
    return fieldId == QLatin1String("git_repository") && !m_ui->repositoryEdit->text().isEmpty();
}

void CreateApplicationDialog::addRequestFields(QJsonObject &body) const
{
    putText(body, "git_repository", m_ui->repositoryEdit->text().trimmed());
    putText(body, "git_branch", m_ui->branchEdit->text().trimmed());
    putText(body, "build_pack", buildPack());
    putText(body, "name", m_ui->nameEdit->text().trimmed());
    if (buildPack() != QLatin1String("dockercompose")) {
        putText(body, "ports_exposes", m_ui->portsEdit->text().remove(u' '));
        QStringList domains;
        for (const QString &domain : m_ui->domainsEdit->text().split(u',', Qt::SkipEmptyParts)) {
            if (!domain.trimmed().isEmpty())
                domains << domain.trimmed();
        }
        putText(body, "domains", domains.join(u','));
    }
}

void CreateApplicationDialog::sendCreate(Controllers::CreateResource *creator,
                                         const QJsonObject &body)
{
    creator->createPublicApplication(body);
}

void CreateApplicationDialog::onCreated(const Controllers::CreateResource::Result &result)
{
    m_createdDomains = result.answer.value(QLatin1String("domains")).toString();
}

} // namespace Coolify::Gui
