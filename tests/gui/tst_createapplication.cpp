// The "New Application" dialog against the sandbox: pickers filled from the API, the repository
// checked as it is typed, the application created for real, and every kind of refusal shown
// where it belongs with the input left as typed.
#include "createdialogtest.h"

#include "gui/createapplicationdialog.h"
#include "models/projectsmodel.h"
#include "models/serversmodel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Gui::CreateApplicationDialog;

class TestCreateApplication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void repositoryRules_data();
    void repositoryRules();
    void otherFieldRules_data();
    void otherFieldRules();
    void fillsPickersFromTheApi();
    void prefillShowsKnownListsAtOnce();
    void invalidRepositoryIsShownLive();
    void dockerComposeNeedsNoPorts();
    void createsTheApplication();
    void serverValidationGoesUnderTheField();
    void deletedEnvironmentIsNotFound();
    void domainConflictsAreListed();
    void readOnlyTokenIsExplained();
    void networkErrorKeepsTheInput();

private:
    CreateDialogFixture m_fixture;
};

void TestCreateApplication::initTestCase()
{
    useScreenshotPalette();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fixture.start());
}

void TestCreateApplication::repositoryRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << "https://github.com/coollabsio/coolify" << true;
    QTest::newRow("https .git") << "https://gitlab.com/group/sub/project.git" << true;
    QTest::newRow("git://") << "git://git.example.org/owner/repo" << true;
    QTest::newRow("scp-like") << "git@github.com:owner/repo.git" << true;
    QTest::newRow("surrounding spaces") << "  https://github.com/owner/repo  " << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("plain http") << "http://github.com/owner/repo" << false;
    QTest::newRow("ftp") << "ftp://github.com/owner/repo" << false;
    QTest::newRow("no repository") << "https://github.com/owner" << false;
    QTest::newRow("IPv4 host") << "https://192.168.1.10/owner/repo" << false;
    QTest::newRow("IPv6 host") << "https://[::1]/owner/repo" << false;
    QTest::newRow("IP in scp-like") << "git@10.0.0.1:owner/repo" << false;
    QTest::newRow("localhost") << "https://localhost/owner/repo" << false;
    QTest::newRow(".local") << "https://gitea.local/owner/repo" << false;
    QTest::newRow("query") << "https://github.com/owner/repo?ref=main" << false;
    QTest::newRow("fragment") << "https://github.com/owner/repo#readme" << false;
    QTest::newRow("semicolon") << "https://github.com/owner/repo;reboot" << false;
    QTest::newRow("command substitution") << "https://github.com/owner/$(id)" << false;
    QTest::newRow("inner space") << "https://github.com/owner/my repo" << false;
    QTest::newRow("scp-like without owner") << "git@github.com:repo" << false;
}

void TestCreateApplication::repositoryRules()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = CreateApplicationDialog::repositoryProblem(url);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
}

void TestCreateApplication::otherFieldRules_data()
{
    addRuleColumns();
    QTest::newRow("branch main") << "branch"
                                 << "main" << true;
    QTest::newRow("branch with slash") << "branch"
                                       << "release/v1.2" << true;
    QTest::newRow("branch HEAD") << "branch"
                                 << "HEAD" << false;
    QTest::newRow("branch ..") << "branch"
                               << "a..b" << false;
    QTest::newRow("branch .lock") << "branch"
                                  << "x.lock" << false;
    QTest::newRow("branch leading /") << "branch"
                                      << "/x" << false;
    QTest::newRow("branch space") << "branch"
                                  << "my branch" << false;
    QTest::newRow("branch empty") << "branch"
                                  << "" << false;
    QTest::newRow("ports one") << "ports"
                               << "3000" << true;
    QTest::newRow("ports two") << "ports"
                               << "3000,8080" << true;
    QTest::newRow("ports spaced") << "ports"
                                  << "3000, 8080" << true;
    QTest::newRow("ports empty") << "ports"
                                 << "" << false;
    QTest::newRow("ports word") << "ports"
                                << "http" << false;
    QTest::newRow("ports zero") << "ports"
                                << "0" << false;
    QTest::newRow("ports too high") << "ports"
                                    << "70000" << false;
    QTest::newRow("ports trailing comma") << "ports"
                                          << "3000," << false;
    QTest::newRow("domains empty") << "domains"
                                   << "" << true;
    QTest::newRow("domains two") << "domains"
                                 << "https://a.example.com,http://b.example.com" << true;
    QTest::newRow("domains no scheme") << "domains"
                                       << "a.example.com" << false;
    QTest::newRow("domains shell") << "domains"
                                   << "https://a.example.com;id" << false;
}

void TestCreateApplication::otherFieldRules()
{
    verifyRuleRow([](const QString &field, const QString &value) {
        return field == QLatin1String("branch") ? CreateApplicationDialog::branchProblem(value)
            : field == QLatin1String("ports")   ? CreateApplicationDialog::portsProblem(value)
                                                : CreateApplicationDialog::domainsProblem(value);
    });
}

void TestCreateApplication::fillsPickersFromTheApi()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateApplicationDialog>(client.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"New Application on Sandbox"_s);
    auto *projects = widget<QComboBox>(dialog.get(), "projectCombo");
    auto *environments = widget<QComboBox>(dialog.get(), "environmentCombo");
    auto *servers = widget<QComboBox>(dialog.get(), "serverCombo");

    QStringList projectNames;
    for (const QJsonValue &p : m_fixture.get(u"projects"_s).array())
        projectNames << p[QLatin1String("name")].toString();
    QVERIFY(projectNames.size() >= 2);
    QCOMPARE(comboTexts(projects), projectNames);

    // The environments are those of the selected project, fetched from its detail.
    const auto environmentNames = [this](const QString &project) {
        QStringList names;
        for (const QJsonValue &e :
             m_fixture.projectNamed(project)[QLatin1String("environments")].toArray())
            names << e[QLatin1String("name")].toString();
        return names;
    };
    QCOMPARE(comboTexts(environments), environmentNames(projects->currentText()));
    projects->setCurrentIndex(projects->findText(u"Acme Storefront"_s));
    QTRY_COMPARE(comboTexts(environments), environmentNames(u"Acme Storefront"_s));
    QCOMPARE(comboTexts(environments), QStringList({u"production"_s, u"staging"_s}));
    QCOMPARE(environments->currentText(), u"production"_s);
    projects->setCurrentIndex(projects->findText(u"Internal Tools"_s));
    QTRY_COMPARE(comboTexts(environments), QStringList{u"production"_s});

    // Servers: every one listed with its state in words; the unreachable one cannot be picked.
    QCOMPARE(servers->count(), m_fixture.get(u"servers"_s).array().size());
    const int offline = servers->findText(u"legacy-ams-2"_s, Qt::MatchStartsWith);
    QVERIFY(offline >= 0);
    QVERIFY2(servers->itemText(offline).contains(u"unreachable"_s),
             qPrintable(servers->itemText(offline)));
    QVERIFY(!comboItemEnabled(servers, offline));
    QVERIFY(servers->itemData(offline, Qt::ToolTipRole).toString().contains(u"unreachable"));
    const int local = servers->findText(u"localhost"_s, Qt::MatchStartsWith);
    QVERIFY(comboItemEnabled(servers, local));
    QCOMPARE(servers->itemText(local), u"localhost (reachable)"_s);
    QCOMPARE(servers->currentIndex(), local);

    // Nothing typed yet: Create is disabled and says why; no problems shown yet.
    auto *create = widget<QPushButton>(dialog.get(), "createButton");
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(u"Git repository"));
    // … in view, not only in the tooltip.
    auto *missing = widget<QLabel>(dialog.get(), "missingLabel");
    QVERIFY(missing->isVisible());
    QVERIFY2(missing->text().contains(u"Git repository"), qPrintable(missing->text()));
    QVERIFY(!widget<QLabel>(dialog.get(), "repositoryMessage")->isVisible());
    QCOMPARE(widget<QLineEdit>(dialog.get(), "branchEdit")->text(), u"main"_s);
    const QStringList unnamed = unnamedFocusableWidgets(dialog.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    QVERIFY(saveScreenshot(dialog.get(), u"create-application-empty"_s));
}

void TestCreateApplication::prefillShowsKnownListsAtOnce()
{
    const QJsonObject acme = m_fixture.projectNamed(u"Acme Storefront"_s);
    Models::Project known;
    known.uuid = acme[QLatin1String("uuid")].toString();
    known.name = u"Acme (as last loaded)"_s;
    Models::Environment production;
    production.uuid = u"known-env"_s;
    production.name = u"production"_s;
    known.environments = QList<Models::Environment>{production};
    Models::ProjectsModel projects;
    projects.apply({known});
    Models::Server server;
    server.uuid = u"known-server"_s;
    server.name = u"known-box"_s;
    server.reachable = server.usable = true;
    Models::ServersModel servers;
    servers.apply({server});

    auto client = m_fixture.client(u"demo-root"_s);
    CreateApplicationDialog dialog(client.get(), u"Sandbox"_s);
    dialog.prefill(&projects, &servers);
    auto *projectCombo = widget<QComboBox>(&dialog, "projectCombo");
    auto *environmentCombo = widget<QComboBox>(&dialog, "environmentCombo");
    auto *serverCombo = widget<QComboBox>(&dialog, "serverCombo");
    // At once, before any answer.
    QCOMPARE(comboTexts(projectCombo), QStringList{known.name});
    QCOMPARE(comboTexts(environmentCombo), QStringList{u"production"_s});
    QCOMPARE(serverCombo->currentText(), u"known-box (reachable)"_s);
    // Then the fresh lists replace them, keeping the selected project.
    QTRY_VERIFY(projectCombo->count() > 1);
    QCOMPARE(projectCombo->currentText(), u"Acme Storefront"_s);
    QTRY_COMPARE(environmentCombo->currentData().toString(),
                 acme[QLatin1String("environments")][0][QLatin1String("uuid")].toString());
    QTRY_VERIFY(serverCombo->findText(u"known-box"_s, Qt::MatchStartsWith) < 0);
}

void TestCreateApplication::invalidRepositoryIsShownLive()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateApplicationDialog>(client.get());
    QVERIFY(dialog);
    auto *repository = widget<QLineEdit>(dialog.get(), "repositoryEdit");
    auto *message = widget<QLabel>(dialog.get(), "repositoryMessage");
    auto *create = widget<QPushButton>(dialog.get(), "createButton");
    // An empty field's placeholder reads as an example, never as a value already filled in.
    QVERIFY(widget<QLineEdit>(dialog.get(), "portsEdit")->placeholderText().startsWith(u"e.g. "_s));
    auto *ports = widget<QLineEdit>(dialog.get(), "portsEdit");
    QTest::keyClicks(ports, u"3000"_s);

    QTest::keyClicks(repository, u"https://localhost/acme/shop"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"Coolify does not clone from local hosts (localhost, *.local)."_s);
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(message->text()));

    repository->clear();
    QTest::keyClicks(repository, u"https://github.com/acme/shop?tab=readme"_s);
    QCOMPARE(message->text(), u"Remove the query string (“?…”) from the address."_s);
    QVERIFY(!create->isEnabled());

    // Pressing Enter with an invalid form sends nothing and keeps the text.
    QTest::keyClick(repository, Qt::Key_Return);
    QVERIFY(!dialog->isBusy());
    QCOMPARE(repository->text(), u"https://github.com/acme/shop?tab=readme"_s);

    // The rows below do not jump when the message goes (nor when it comes back).
    const auto portsTop = [&] {
        dialog->layout()->activate();
        return ports->mapTo(dialog.get(), QPoint()).y();
    };
    const int withMessage = portsTop();
    repository->clear();
    QTest::keyClicks(repository, u"git@github.com:acme/shop.git"_s);
    QVERIFY(!message->isVisible());
    QVERIFY(create->isEnabled());
    QCOMPARE(portsTop(), withMessage);

    // Ports are checked live too.
    QTest::keyClicks(ports, u",x"_s);
    QVERIFY(widget<QLabel>(dialog.get(), "portsMessage")->isVisible());
    QVERIFY(!create->isEnabled());
}

void TestCreateApplication::dockerComposeNeedsNoPorts()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateApplicationDialog>(client.get());
    QVERIFY(dialog);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "repositoryEdit"),
                     u"https://github.com/acme/stack"_s);
    auto *create = widget<QPushButton>(dialog.get(), "createButton");
    QVERIFY(!create->isEnabled()); // nixpacks: ports required
    auto *packs = widget<QComboBox>(dialog.get(), "buildPackCombo");
    QCOMPARE(packs->count(), 5);
    packs->setCurrentIndex(packs->findData(u"dockercompose"_s));
    QVERIFY(create->isEnabled());
    QVERIFY(!widget<QLineEdit>(dialog.get(), "portsEdit")->isEnabled());
    QVERIFY(widget<QLabel>(dialog.get(), "portsHint")->text().contains(u"80"));
    QVERIFY(!widget<QLineEdit>(dialog.get(), "domainsEdit")->isEnabled());
}

void TestCreateApplication::createsTheApplication()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateApplicationDialog>(client.get());
    QVERIFY(dialog);
    auto *projects = widget<QComboBox>(dialog.get(), "projectCombo");
    auto *environments = widget<QComboBox>(dialog.get(), "environmentCombo");
    projects->setCurrentIndex(projects->findText(u"Acme Storefront"_s));
    QTRY_COMPARE(environments->count(), 2);
    environments->setCurrentIndex(environments->findText(u"staging"_s));
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "repositoryEdit"),
                     u"https://github.com/coollabsio/coolify-examples"_s);
    auto *branch = widget<QLineEdit>(dialog.get(), "branchEdit");
    branch->selectAll();
    QTest::keyClicks(branch, u"v4.x"_s);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "portsEdit"), u"3000, 8080"_s);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "nameEdit"), u"examples-from-desktop"_s);
    auto *create = widget<QPushButton>(dialog.get(), "createButton");
    QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
    QVERIFY(!widget<QLabel>(dialog.get(), "missingLabel")->isVisible()); // nothing left to do

    QSignalSpy created(dialog.get(), &CreateApplicationDialog::created);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(!create->isEnabled());
    QVERIFY(created.wait(10000));
    const QString uuid = created.first().first().toString();
    QCOMPARE(dialog->createdUuid(), uuid);
    QCOMPARE(created.first().at(1).toString(),
             u"examples-from-desktop"_s); // the status bar speaks in names
    QVERIFY(!dialog->createdDomains().isEmpty()); // generated by the server
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());

    const QJsonObject app = m_fixture.itemWithUuid(u"applications"_s, uuid);
    QVERIFY2(!app.isEmpty(), "the new application is not in GET /applications");
    QCOMPARE(app[QLatin1String("name")].toString(), u"examples-from-desktop"_s);
    QCOMPARE(app[QLatin1String("git_branch")].toString(), u"v4.x"_s);
    QCOMPARE(app[QLatin1String("ports_exposes")].toString(), u"3000,8080"_s);
    QCOMPARE(app[QLatin1String("build_pack")].toString(), u"nixpacks"_s);
    qint64 stagingId = -1;
    for (const QJsonValue &e :
         m_fixture.projectNamed(u"Acme Storefront"_s)[QLatin1String("environments")].toArray()) {
        if (e[QLatin1String("name")].toString() == QLatin1String("staging"))
            stagingId = e[QLatin1String("id")].toInteger();
    }
    QCOMPARE(app[QLatin1String("environment_id")].toInteger(), stagingId);
}

void TestCreateApplication::serverValidationGoesUnderTheField()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateApplicationDialog>(client.get());
    QVERIFY(dialog);
    auto *repository = widget<QLineEdit>(dialog.get(), "repositoryEdit");
    auto *message = widget<QLabel>(dialog.get(), "repositoryMessage");
    const QString typed = u"https://10.1.2.3/acme/shop"_s;
    QTest::keyClicks(repository, typed);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "portsEdit"), u"3000"_s);
    const QString clientText = message->text();
    QVERIFY(!clientText.isEmpty());

    const int before = m_fixture.get(u"applications"_s).array().size();
    dialog->submit(CreateApplicationDialog::Checks::SkipClient);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QCOMPARE(message->text(), u"The git repository URL is not valid."_s);
    QVERIFY(message->isVisible());
    auto *banner = widget<QLabel>(dialog.get(), "bannerLabel");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"see the messages under the fields"));
    QCOMPARE(repository->text(), typed);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_fixture.get(u"applications"_s).array().size(), before);
    QVERIFY(saveScreenshot(dialog.get(), u"create-application-error"_s));

    // Editing the field replaces the server's message with the live check.
    QTest::keyClick(repository, Qt::Key_End);
    QTest::keyClicks(repository, u"x"_s);
    QCOMPARE(message->text(), clientText);
}

void TestCreateApplication::deletedEnvironmentIsNotFound()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateApplicationDialog>(client.get());
    QVERIFY(dialog);
    auto *projects = widget<QComboBox>(dialog.get(), "projectCombo");
    auto *environments = widget<QComboBox>(dialog.get(), "environmentCombo");
    projects->setCurrentIndex(projects->findText(u"Data Platform"_s));
    QTRY_COMPARE(environments->findText(u"staging"_s), 1);
    environments->setCurrentIndex(1);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "repositoryEdit"),
                     u"https://github.com/acme/pipelines"_s);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "portsEdit"), u"8080"_s);

    // Someone deletes the environment while the dialog is open.
    QVERIFY(m_fixture.createAfterDeleting(client.get(), dialog.get(), u"Data Platform"_s,
                                          u"staging"_s));
    auto *message = widget<QLabel>(dialog.get(), "environmentMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
    QCOMPARE(message->text(), u"Environment not found."_s);
    QVERIFY(widget<QLabel>(dialog.get(), "bannerLabel")
                ->text()
                .startsWith(u"Environment not found. It may have been deleted"_s));
    // The lists are reloaded: the deleted environment is gone, the message stays.
    QTRY_COMPARE(environments->findText(u"staging"_s), -1);
    QCOMPARE(environments->currentText(), u"production"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(widget<QLineEdit>(dialog.get(), "repositoryEdit")->text(),
             u"https://github.com/acme/pipelines"_s);
    client->setRoot(m_fixture.sandbox->rootUrl());
}

void TestCreateApplication::domainConflictsAreListed()
{
    QString taken;
    QString owner;
    for (const QJsonValue &a : m_fixture.get(u"applications"_s).array()) {
        const QString fqdn = a[QLatin1String("fqdn")].toString();
        if (fqdn.startsWith(QLatin1String("https://"))) {
            taken = fqdn.section(u',', 0, 0);
            owner = a[QLatin1String("name")].toString();
            break;
        }
    }
    QVERIFY(!taken.isEmpty());
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateApplicationDialog>(client.get());
    QVERIFY(dialog);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "repositoryEdit"),
                     u"https://github.com/acme/shop"_s);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "portsEdit"), u"3000"_s);
    const QString typed = u"https://fresh.example.com, "_s + taken;
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "domainsEdit"), typed);
    clickCreate(dialog.get());
    auto *banner = widget<QLabel>(dialog.get(), "bannerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->text().startsWith(u"These domains are already in use:"_s),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(taken) && banner->text().contains(owner),
             qPrintable(banner->text()));
    QVERIFY(widget<QLabel>(dialog.get(), "domainsMessage")->text().contains(taken));
    QCOMPARE(widget<QLineEdit>(dialog.get(), "domainsEdit")->text(), typed);
}

void TestCreateApplication::readOnlyTokenIsExplained()
{
    auto client = m_fixture.client(u"demo-read"_s);
    auto dialog = m_fixture.open<CreateApplicationDialog>(client.get());
    QVERIFY(dialog); // reading the lists is allowed
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "repositoryEdit"),
                     u"https://github.com/acme/shop"_s);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "portsEdit"), u"3000"_s);
    clickCreate(dialog.get());
    auto *banner = widget<QLabel>(dialog.get(), "bannerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->text().contains(u"lacks the “write” permission"_s),
             qPrintable(banner->text()));
    QVERIFY(dialog->isVisible());
}

void TestCreateApplication::networkErrorKeepsTheInput()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateApplicationDialog>(client.get());
    QVERIFY(dialog);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "repositoryEdit"),
                     u"https://github.com/acme/shop"_s);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "portsEdit"), u"3000"_s);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "nameEdit"), u"shop"_s);
    // Nothing listens on port 1 of the loopback address.
    client->setRoot(QUrl(u"http://127.0.0.1:1"_s));
    clickCreate(dialog.get());
    auto *banner = widget<QLabel>(dialog.get(), "bannerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->text().contains(u"refused"), qPrintable(banner->text()));
    QCOMPARE(widget<QLineEdit>(dialog.get(), "nameEdit")->text(), u"shop"_s);
    QCOMPARE(widget<QLineEdit>(dialog.get(), "portsEdit")->text(), u"3000"_s);
    QTRY_VERIFY(widget<QPushButton>(dialog.get(), "createButton")->isEnabled());
}

QTEST_MAIN(TestCreateApplication)
#include "tst_createapplication.moc"
