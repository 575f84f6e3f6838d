// The generated application settings form against the sandbox (127.0.0.1, random port): 422
// errors under the fields, fix and save, 409 with "save anyway", read-only and write-only
// secrets, updated_at review, leaving with unsaved edits, and screenshots.
#include "formfixture.h"
#include "forms/banner.h"
#include "forms/domainlisteditor.h"
#include "forms/fieldeditor.h"
#include "forms/settingsform.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Coolify;
using namespace Coolify::Forms;

class TestSettingsForm : public QObject
{
    Q_OBJECT

    struct Session
    {
        RecordingNetwork network;
        std::unique_ptr<Api::ApiClient> client;
        std::unique_ptr<SettingsForm> form;
    };

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;

    std::unique_ptr<Api::ApiClient> newClient(QNetworkAccessManager *nam, const QString &token)
    {
        auto client = std::make_unique<Api::ApiClient>(nam, m_sandbox->rootUrl());
        client->setToken(token);
        return client;
    }

    // A loaded form for the app `name`, as a token with `abilities` sees it.
    std::unique_ptr<Session> open(const QString &name, const QString &token,
                                  const QStringList &abilities)
    {
        auto s = std::make_unique<Session>();
        s->client = newClient(&s->network, token);
        const QString uuid = appUuid(s->client.get(), name);
        if (uuid.isEmpty())
            return nullptr;
        s->form.reset(SettingsForm::forApplication(s->client.get(), uuid,
                                                   Api::TokenAbilities::fromNames(abilities)));
        s->form->resize(720, 820);
        s->form->show();
        QSignalSpy loaded(s->form.get(), &SettingsForm::loaded);
        s->form->load();
        if (!loaded.wait(10000))
            return nullptr;
        s->network.sent.clear();
        return s;
    }

    static QLineEdit *line(SettingsForm *form, const char *key)
    {
        return form->findChild<QLineEdit *>(QStringLiteral("field_") + QLatin1String(key));
    }
    static QLabel *errorLabel(SettingsForm *form, const char *key)
    {
        return form->findChild<QLabel *>(QStringLiteral("error_") + QLatin1String(key));
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    static QPushButton *button(QWidget *w, const char *name)
    {
        return w->findChild<QPushButton *>(QLatin1String(name));
    }

private slots:
    // A fresh sandbox per test: no test depends on another's edits.
    void init()
    {
        auto config = Sandbox::SandboxConfig::demo();
        QVERIFY(config.addToken(u"demo-write:read,write"_qs)); // no read:sensitive
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(config);
        QVERIFY(m_sandbox->listen());
    }

    void validationErrorsUnderFieldsThenFixAndSave()
    {
        auto s = open(u"storefront-web"_qs, u"demo-root"_qs, {u"root"_qs});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        QVERIFY(saveScreenshot(form, u"settings-form-normal"_qs));
        QVERIFY(!form->hasUnsavedChanges());
        QVERIFY(!button(form, "saveButton")->isEnabled());

        retype(line(form, "name"), u"storefront"_qs);
        retype(line(form, "git_branch"), u"feature..x"_qs);
        retype(line(form, "base_directory"), u"app"_qs);
        retype(line(form, "limits_memory"), u"1g"_qs);
        QVERIFY(form->hasUnsavedChanges());
        QVERIFY(form->findChild<QLabel *>(u"dirty_name"_qs)->isVisible());
        QVERIFY(!form->findChild<QLabel *>(u"dirty_git_repository"_qs)->isVisible());
        QVERIFY(form->findChild<QLabel *>(u"hint_base_directory"_qs)->isVisible());
        QVERIFY(saveScreenshot(form, u"settings-form-dirty"_qs));

        QSignalSpy rejected(form->controller(), &FormController::validationFailed);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(rejected.wait(10000));
        const QJsonObject sent = s->network.patchBodies().value(0);
        QCOMPARE(
            sent.keys(),
            (QStringList{u"base_directory"_qs, u"git_branch"_qs, u"limits_memory"_qs, u"name"_qs}));
        QVERIFY(errorLabel(form, "git_branch")->isVisible());
        QVERIFY(errorLabel(form, "git_branch")->text().contains(u"git_branch"_qs));
        QVERIFY(errorLabel(form, "base_directory")->isVisible());
        QVERIFY(!errorLabel(form, "name")->isVisible());
        QVERIFY(form->messageBanner()->isVisible());
        QCOMPARE(form->messageBanner()->kind(), Banner::Kind::Error);
        QTRY_COMPARE(QApplication::focusWidget(), line(form, "git_branch")); // first in form order
        // The edits are exactly as typed.
        QCOMPARE(line(form, "name")->text(), u"storefront"_qs);
        QCOMPARE(line(form, "git_branch")->text(), u"feature..x"_qs);
        QCOMPARE(line(form, "limits_memory")->text(), u"1g"_qs);
        QVERIFY(form->hasUnsavedChanges());
        QVERIFY(saveScreenshot(form, u"settings-form-errors"_qs));

        // Editing a field clears its error; then the fixed values save and reload.
        retype(line(form, "git_branch"), u"develop"_qs);
        QVERIFY(!errorLabel(form, "git_branch")->isVisible());
        QVERIFY(errorLabel(form, "base_directory")->isVisible());
        retype(line(form, "base_directory"), u"/app"_qs);
        QSignalSpy saved(form, &SettingsForm::saved);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QVERIFY(!form->hasUnsavedChanges());
        QCOMPARE(form->messageBanner()->kind(), Banner::Kind::Success);
        const QJsonObject stored = appDetail(s->client.get(), form->controller()->uuid());
        QCOMPARE(stored[u"git_branch"_qs].toString(), u"develop"_qs);
        QCOMPARE(stored[u"limits_memory"_qs].toString(), u"1g"_qs);
        QCOMPARE(line(form, "git_branch")->text(), u"develop"_qs);
        QCOMPARE(form->controller()->state().updatedAt(), stored[u"updated_at"_qs].toString());
    }

    void domainListErrorLinksToField()
    {
        auto s = open(u"analytics-ui"_qs, u"demo-root"_qs, {u"root"_qs});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        auto *domains = form->findChild<DomainListEditor *>(u"field_domains"_qs);
        QTest::keyClicks(domains->input(), u"foo"_qs);
        QTest::keyClick(domains->input(), Qt::Key_Return);
        QCOMPARE(domains->list()->count(), 2);
        QSignalSpy rejected(form->controller(), &FormController::validationFailed);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(rejected.wait(10000));
        QVERIFY(errorLabel(form, "domains")->text().contains(u"Invalid URL: foo"_qs));
        auto *link = form->messageBanner()->findChild<QLabel *>(u"bannerLink_domains"_qs);
        QVERIFY(link);
        QVERIFY(link->isVisible());
        line(form, "name")->setFocus();
        emit link->linkActivated(u"domains"_qs);
        QTRY_COMPARE(QApplication::focusWidget(), domains->input());
        QCOMPARE(domains->domains().size(), 2); // still as typed
    }

    void conflictThenSaveAnyway()
    {
        auto s = open(u"storefront-web-staging"_qs, u"demo-root"_qs, {u"root"_qs});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        auto *domains = form->findChild<DomainListEditor *>(u"field_domains"_qs);
        domains->setDomains({u"https://staging.shop.example.com"_qs});
        QTest::keyClicks(domains->input(), u"https://shop.example.com"_qs);
        QSignalSpy conflict(form->controller(), &FormController::conflictDetected);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(conflict.wait(10000));
        QVERIFY(form->conflictBanner()->isVisible());
        QVERIFY(button(form->conflictBanner(), "saveAnywayButton")->isVisible());
        auto *view = form->findChild<QTableView *>(u"conflictView"_qs);
        QVERIFY(view->isVisible());
        QVERIFY(view->model()->rowCount() >= 1);
        QCOMPARE(view->model()->index(0, 1).data().toString(), u"storefront-web"_qs);
        QVERIFY(!s->network.patchBodies().value(0).contains(u"force_domain_override"_qs));
        QVERIFY(saveScreenshot(form, u"settings-form-conflict"_qs));

        QSignalSpy saved(form, &SettingsForm::saved);
        QTest::mouseClick(button(form->conflictBanner(), "saveAnywayButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(s->network.patchBodies().constLast()[u"force_domain_override"_qs],
                 QJsonValue(true));
        QVERIFY(
            appDetail(s->client.get(), form->controller()->uuid())[u"fqdn"_qs].toString().contains(
                u"https://shop.example.com"_qs));
        QVERIFY(!form->conflictBanner()->isVisible());
    }

    void oneSectionPerCategoryAndAccessibleEditors()
    {
        auto s = open(u"storefront-api"_qs, u"demo-root"_qs, {u"root"_qs});
        QVERIFY(s);
        const auto sections = s->form->findChildren<QGroupBox *>();
        QCOMPARE(sections.size(), FieldTable::applications().categories().size());
        for (const FieldSpec &f : FieldTable::applications().fields()) {
            FieldEditor *editor = s->form->fieldEditor(f.key);
            QVERIFY2(editor, qPrintable(f.key));
            QVERIFY2(!editor->editor()->accessibleName().isEmpty(), qPrintable(f.key));
        }
        QVERIFY(s->form->findChild<QSpinBox *>(u"field_health_check_port"_qs));
        QCOMPARE(s->form->findChild<QSpinBox *>(u"field_health_check_port"_qs)->value(), 8080);
        QVERIFY(s->form->findChild<QComboBox *>(u"field_build_pack"_qs));
        QVERIFY(s->form->findChild<QCheckBox *>(u"field_is_spa"_qs));
        // dockerfile: readable with root here, but never editable (FACTS §3).
        auto *dockerfile = s->form->findChild<QPlainTextEdit *>(u"field_dockerfile"_qs);
        QVERIFY(dockerfile->isReadOnly());
        QVERIFY(dockerfile->toPlainText().startsWith(u"FROM "_qs));
        QVERIFY(s->form->findChild<QLabel *>(u"readOnlyNote_dockerfile"_qs)
                    ->text()
                    .contains(u"API"_qs));
    }

    void readOnlyToken()
    {
        auto s = open(u"storefront-web"_qs, u"demo-read"_qs, {u"read"_qs});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        QVERIFY(form->isReadOnly());
        auto *banner = form->findChild<Banner *>(u"readOnlyBanner"_qs);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"write"_qs));
        QVERIFY(line(form, "name")->isReadOnly());
        QVERIFY(!form->findChild<QCheckBox *>(u"field_is_static"_qs)->isEnabled());
        QVERIFY(!button(form, "saveButton")->isVisible());
        QVERIFY(line(form, "manual_webhook_secret_github")
                    ->placeholderText()
                    .contains(u"read:sensitive"_qs));
        QTest::keyClicks(line(form, "name"), u"x"_qs);
        QVERIFY(!form->hasUnsavedChanges());
        form->findChild<QScrollArea *>()->ensureWidgetVisible(
            form->fieldEditor(u"manual_webhook_secret_github"_qs), 0, 200);
        QVERIFY(saveScreenshot(form, u"settings-form-readonly"_qs));
        bool proceed = false;
        form->confirmLeave([&proceed](bool p) { proceed = p; });
        QVERIFY(proceed);
    }

    void untouchedSecretIsNotSent()
    {
        auto s = open(u"legacy-worker"_qs, u"demo-write"_qs, {u"read"_qs, u"write"_qs});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        QLineEdit *secret = line(form, "manual_webhook_secret_github");
        QVERIFY(secret->text().isEmpty());
        QVERIFY(secret->placeholderText().contains(u"read:sensitive"_qs));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!form->controller()->state().isDirty(u"manual_webhook_secret_github"_qs));
        QVERIFY(line(form, "dockerfile") == nullptr); // a multi-line, read-only editor
        retype(line(form, "name"), u"legacy-worker-2"_qs);
        QSignalSpy saved(form, &SettingsForm::saved);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(s->network.patchBodies().size(), 1);
        QCOMPARE(s->network.patchBodies().first(),
                 (QJsonObject{{u"name"_qs, u"legacy-worker-2"_qs}}));
        // The sandbox still has the secret the token could not read.
        RecordingNetwork rootNetwork;
        auto root = newClient(&rootNetwork, u"demo-root"_qs);
        const QString uuid = form->controller()->uuid();
        QCOMPARE(appDetail(root.get(), uuid)[u"manual_webhook_secret_github"_qs].toString(),
                 u"gh-legacy-secret"_qs);

        // A new value typed into the write-only field is sent.
        QTest::keyClicks(secret, u"rotated"_qs);
        QVERIFY(form->hasUnsavedChanges());
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(s->network.patchBodies().constLast(),
                 (QJsonObject{{u"manual_webhook_secret_github"_qs, u"rotated"_qs}}));
        QCOMPARE(appDetail(root.get(), uuid)[u"manual_webhook_secret_github"_qs].toString(),
                 u"rotated"_qs);
        QVERIFY(secret->text().isEmpty()); // hidden again after the reload
    }

    void storedDifferentlyIsExplained()
    {
        auto s = open(u"docs-site"_qs, u"demo-root"_qs, {u"root"_qs}); // server without proxy
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        retype(line(form, "name"), u"<b>docs</b>  "_qs);
        auto *domains = form->findChild<DomainListEditor *>(u"field_domains"_qs);
        QTest::keyClicks(domains->input(), u"https://Docs.Example.com"_qs);
        QSignalSpy saved(form->controller(), &FormController::saved);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        const auto differences = saved.first().first().value<QList<SaveDifference>>();
        QCOMPARE(differences.size(), 2);
        QCOMPARE(differences.at(0).field, u"name"_qs);
        QCOMPARE(differences.at(0).reason, DiffReason::TagsStripped);
        QCOMPARE(differences.at(1).field, u"domains"_qs);
        QCOMPARE(differences.at(1).reason, DiffReason::DomainsIgnored);
        QCOMPARE(form->messageBanner()->kind(), Banner::Kind::Warning);
        QVERIFY(form->messageBanner()->text().contains(u"no proxy"_qs));
        QCOMPARE(line(form, "name")->text(), u"docs"_qs); // what the server stored
        QVERIFY(saveScreenshot(form, u"settings-form-saved-differently"_qs));
    }

    void changedOnServerOffersReview()
    {
        auto s = open(u"etl-runner"_qs, u"demo-root"_qs, {u"root"_qs});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        // Someone else edits the application meanwhile.
        RecordingNetwork otherNetwork;
        auto other = newClient(&otherNetwork, u"demo-root"_qs);
        QTest::qSleep(1100); // updated_at has second resolution in the sandbox
        QVERIFY(call(other.get(),
                     Api::ApiRequest::patch(
                         u"applications/"_qs + form->controller()->uuid(),
                         QJsonDocument(QJsonObject{{u"build_command"_qs, u"make build"_qs}})))
                    .ok());
        retype(line(form, "name"), u"etl"_qs);
        QSignalSpy stale(form->controller(), &FormController::staleDetected);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(stale.wait(10000));
        QCOMPARE(stale.first().first().toStringList(), QStringList{u"build_command"_qs});
        QVERIFY(s->network.patchBodies().isEmpty()); // nothing was sent
        QVERIFY(form->messageBanner()->text().contains(u"Build command"_qs));
        QVERIFY(button(form->messageBanner(), "reviewButton")->isVisible());
        QTest::mouseClick(button(form->messageBanner(), "reviewButton"), Qt::LeftButton);
        auto *build = form->findChild<QWidget *>(u"field_build_command"_qs);
        QCOMPARE(form->fieldEditor(u"build_command"_qs)->value().toString(), u"make build"_qs);
        QVERIFY(build);
        QCOMPARE(line(form, "name")->text(), u"etl"_qs); // the edit is kept
        QSignalSpy saved(form, &SettingsForm::saved);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(s->network.patchBodies().first(), (QJsonObject{{u"name"_qs, u"etl"_qs}}));
    }

    void leavingAsksFirst()
    {
        auto s = open(u"grafana-stack"_qs, u"demo-root"_qs, {u"root"_qs});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        int answers = 0;
        bool proceed = false;
        const auto done = [&](bool p) {
            ++answers;
            proceed = p;
        };
        form->confirmLeave(done); // nothing edited: no question
        QCOMPARE(answers, 1);
        QVERIFY(proceed);

        retype(line(form, "name"), u"grafana"_qs);
        // The default prompt is a non-blocking message box.
        form->confirmLeave(done);
        auto *box = form->findChild<QMessageBox *>(u"leavePrompt"_qs);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(answers, 2);
        QVERIFY(!proceed);
        QCOMPARE(line(form, "name")->text(), u"grafana"_qs);

        SettingsForm::LeaveChoice choice = SettingsForm::LeaveChoice::Discard;
        form->setLeavePrompt([&choice](QWidget *, auto answer) { answer(choice); });
        form->confirmLeave(done);
        QCOMPARE(answers, 3);
        QVERIFY(proceed);
        QCOMPARE(line(form, "name")->text(), u"grafana-stack"_qs);
        QVERIFY(!form->hasUnsavedChanges());

        retype(line(form, "name"), u"grafana-2"_qs);
        choice = SettingsForm::LeaveChoice::Save;
        QSignalSpy saved(form, &SettingsForm::saved);
        form->confirmLeave(done);
        QVERIFY(saved.wait(10000));
        QCOMPARE(answers, 4);
        QVERIFY(proceed);
    }
};

QTEST_MAIN(TestSettingsForm)
#include "tst_settingsform.moc"
