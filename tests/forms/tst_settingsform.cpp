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
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

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

    // Its own client (demo-root) reads and edits as another user would.
    E2eSandbox m_e2e;

    // A loaded form for the app `name`, as a token with `abilities` sees it.
    std::unique_ptr<Session> open(const QString &name, const QString &token,
                                  const QStringList &abilities)
    {
        auto s = std::make_unique<Session>();
        s->client = m_e2e.newClient(&s->network, token);
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
        return form->findChild<QLineEdit *>(u"field_"_s + QLatin1String(key));
    }
    static QLabel *errorLabel(SettingsForm *form, const char *key)
    {
        return form->findChild<QLabel *>(u"error_"_s + QLatin1String(key));
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
    void initTestCase() { useScreenshotPalette(); }

    // A fresh sandbox per test: no test depends on another's edits.
    void init()
    {
        auto config = Sandbox::SandboxConfig::demo();
        QVERIFY(config.addToken(u"demo-write:read,write"_s)); // no read:sensitive
        QVERIFY(m_e2e.start(config));
    }

    void validationErrorsUnderFieldsThenFixAndSave()
    {
        auto s = open(u"storefront-web"_s, u"demo-root"_s, {u"root"_s});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        QVERIFY(saveScreenshot(form, u"settings-form-normal"_s));
        QVERIFY(!form->hasUnsavedChanges());
        QVERIFY(!button(form, "saveButton")->isEnabled());

        retype(line(form, "name"), u"storefront"_s);
        retype(line(form, "git_branch"), u"feature..x"_s);
        retype(line(form, "base_directory"), u"app"_s);
        retype(line(form, "limits_memory"), u"1g"_s);
        QVERIFY(form->hasUnsavedChanges());
        QVERIFY(form->findChild<QLabel *>(u"dirty_name"_s)->isVisible());
        QVERIFY(!form->findChild<QLabel *>(u"dirty_git_repository"_s)->isVisible());
        QVERIFY(form->findChild<QLabel *>(u"hint_base_directory"_s)->isVisible());
        QVERIFY(saveScreenshot(form, u"settings-form-dirty"_s));

        QSignalSpy rejected(form->controller(), &FormController::validationFailed);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(rejected.wait(10000));
        const QJsonObject sent = s->network.patchBodies().value(0);
        QCOMPARE(
            sent.keys(),
            (QStringList{u"base_directory"_s, u"git_branch"_s, u"limits_memory"_s, u"name"_s}));
        QVERIFY(errorLabel(form, "git_branch")->isVisible());
        QVERIFY(errorLabel(form, "git_branch")->text().contains(u"git_branch"_s));
        QVERIFY(errorLabel(form, "base_directory")->isVisible());
        QVERIFY(!errorLabel(form, "name")->isVisible());
        QVERIFY(form->messageBanner()->isVisible());
        QCOMPARE(form->messageBanner()->kind(), Banner::Kind::Error);
        QTRY_COMPARE(QApplication::focusWidget(), line(form, "git_branch")); // first in form order
        // The edits are exactly as typed.
        QCOMPARE(line(form, "name")->text(), u"storefront"_s);
        QCOMPARE(line(form, "git_branch")->text(), u"feature..x"_s);
        QCOMPARE(line(form, "limits_memory")->text(), u"1g"_s);
        QVERIFY(form->hasUnsavedChanges());
        QVERIFY(saveScreenshot(form, u"settings-form-errors"_s));

        // Editing a field clears its error; then the fixed values save and reload.
        retype(line(form, "git_branch"), u"develop"_s);
        QVERIFY(!errorLabel(form, "git_branch")->isVisible());
        QVERIFY(errorLabel(form, "base_directory")->isVisible());
        retype(line(form, "base_directory"), u"/app"_s);
        QSignalSpy saved(form, &SettingsForm::saved);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QVERIFY(!form->hasUnsavedChanges());
        QCOMPARE(form->messageBanner()->kind(), Banner::Kind::Success);
        const QJsonObject stored = appDetail(s->client.get(), form->controller()->uuid());
        QCOMPARE(stored[u"git_branch"_s].toString(), u"develop"_s);
        QCOMPARE(stored[u"limits_memory"_s].toString(), u"1g"_s);
        QCOMPARE(line(form, "git_branch")->text(), u"develop"_s);
        QCOMPARE(form->controller()->state().updatedAt(), stored[u"updated_at"_s].toString());
    }

    void domainListErrorLinksToField()
    {
        auto s = open(u"analytics-ui"_s, u"demo-root"_s, {u"root"_s});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        auto *domains = form->findChild<DomainListEditor *>(u"field_domains"_s);
        QTest::keyClicks(domains->input(), u"foo"_s);
        QTest::keyClick(domains->input(), Qt::Key_Return);
        QCOMPARE(domains->list()->count(), 2);
        QSignalSpy rejected(form->controller(), &FormController::validationFailed);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(rejected.wait(10000));
        QVERIFY(errorLabel(form, "domains")->text().contains(u"Invalid URL: foo"_s));
        auto *link = form->messageBanner()->findChild<QLabel *>(u"bannerLink_domains"_s);
        QVERIFY(link);
        QVERIFY(link->isVisible());
        line(form, "name")->setFocus();
        emit link->linkActivated(u"domains"_s);
        QTRY_COMPARE(QApplication::focusWidget(), domains->input());
        QCOMPARE(domains->domains().size(), 2); // still as typed
    }

    void conflictThenSaveAnyway()
    {
        auto s = open(u"storefront-web-staging"_s, u"demo-root"_s, {u"root"_s});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        auto *domains = form->findChild<DomainListEditor *>(u"field_domains"_s);
        domains->setDomains({u"https://staging.shop.example.com"_s});
        QTest::keyClicks(domains->input(), u"https://shop.example.com"_s);
        QSignalSpy conflict(form->controller(), &FormController::conflictDetected);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(conflict.wait(10000));
        QVERIFY(form->conflictBanner()->isVisible());
        QVERIFY(button(form->conflictBanner(), "saveAnywayButton")->isVisible());
        auto *view = form->findChild<QTableView *>(u"conflictView"_s);
        QVERIFY(view->isVisible());
        QVERIFY(view->model()->rowCount() >= 1);
        QCOMPARE(view->model()->index(0, 1).data().toString(), u"storefront-web"_s);
        QVERIFY(!s->network.patchBodies().value(0).contains(u"force_domain_override"_s));
        QVERIFY(saveScreenshot(form, u"settings-form-conflict"_s));

        QSignalSpy saved(form, &SettingsForm::saved);
        QTest::mouseClick(button(form->conflictBanner(), "saveAnywayButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(s->network.patchBodies().constLast()[u"force_domain_override"_s],
                 QJsonValue(true));
        QVERIFY(
            appDetail(s->client.get(), form->controller()->uuid())[u"fqdn"_s].toString().contains(
                u"https://shop.example.com"_s));
        QVERIFY(!form->conflictBanner()->isVisible());
    }

    void oneSectionPerCategoryAndAccessibleEditors()
    {
        auto s = open(u"storefront-api"_s, u"demo-root"_s, {u"root"_s});
        QVERIFY(s);
        const auto sections = s->form->findChildren<QGroupBox *>();
        QCOMPARE(sections.size(), FieldTable::applications().categories().size());
        for (const FieldSpec &f : FieldTable::applications().fields()) {
            FieldEditor *editor = s->form->fieldEditor(f.key);
            QVERIFY2(editor, qPrintable(f.key));
            QVERIFY2(!editor->editor()->accessibleName().isEmpty(), qPrintable(f.key));
        }
        QVERIFY(s->form->findChild<QSpinBox *>(u"field_health_check_port"_s));
        QCOMPARE(s->form->findChild<QSpinBox *>(u"field_health_check_port"_s)->value(), 8080);
        QVERIFY(s->form->findChild<QComboBox *>(u"field_build_pack"_s));
        QVERIFY(s->form->findChild<QCheckBox *>(u"field_is_spa"_s));
        // dockerfile: readable with root here, but never editable (coolify-api.md §3).
        auto *dockerfile = s->form->findChild<QPlainTextEdit *>(u"field_dockerfile"_s);
        QVERIFY(dockerfile->isReadOnly());
        QVERIFY(dockerfile->toPlainText().startsWith(u"FROM "_s));
        QVERIFY(
            s->form->findChild<QLabel *>(u"readOnlyNote_dockerfile"_s)->text().contains(u"API"_s));
    }

    // A nixpacks application: Dockerfile and Compose settings are tucked away (one link shows
    // them), and choosing another build pack brings its own settings back.
    void settingsOfOtherBuildPacksAreTuckedAway()
    {
        auto s = open(u"storefront-web"_s, u"demo-root"_s, {u"root"_s}); // nixpacks
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        const auto shown = [form](const char *key) {
            return form->fieldEditor(QLatin1String(key))->isVisibleTo(form);
        };
        QVERIFY(shown("install_command"));
        QVERIFY(!shown("dockerfile_location"));
        QVERIFY(!shown("docker_compose_location"));
        QVERIFY(shown("custom_docker_run_options")); // every pack has it: the section stays
        auto *note = form->findChild<QLabel *>(u"buildPackNote"_s);
        QVERIFY(note->isVisibleTo(form));
        QVERIFY2(note->text().contains(u"nixpacks"_s), qPrintable(note->text()));
        note->linkActivated(u"show"_s);
        QVERIFY(shown("dockerfile_location"));
        note->linkActivated(u"hide"_s);
        QVERIFY(!shown("dockerfile_location"));

        auto *pack = form->findChild<QComboBox *>(u"field_build_pack"_s);
        pack->setCurrentIndex(pack->findText(u"dockerfile"_s, Qt::MatchContains));
        QCOMPARE(form->controller()->state().value(u"build_pack"_s).toString(), u"dockerfile"_s);
        QVERIFY(shown("dockerfile_location"));
        QVERIFY(!shown("install_command")
                || form->controller()->state().isDirty(u"install_command"_s));
        QVERIFY(!shown("docker_compose_location"));
        QVERIFY(saveScreenshot(form, u"settings-form-dockerfile-pack"_s));
    }

    // As Coolify's own General page (coolify-api.md §3, "Which settings a build pack uses"): the
    // static pack has no publish directory or site type; Compose has no docker run options.
    void buildPackApplicabilityFollowsTheWebUi()
    {
        const auto check = [this](const QString &app, const QStringList &shownKeys,
                                  const QStringList &hiddenKeys) {
            auto s = open(app, u"demo-root"_s, {u"root"_s});
            QVERIFY(s);
            for (const QString &key : shownKeys)
                QVERIFY2(s->form->fieldEditor(key)->isVisibleTo(s->form.get()), qPrintable(key));
            for (const QString &key : hiddenKeys)
                QVERIFY2(!s->form->fieldEditor(key)->isVisibleTo(s->form.get()), qPrintable(key));
        };
        check(u"docs-site"_s, {u"base_directory"_s, u"custom_docker_run_options"_s}, // static
              {u"publish_directory"_s, u"is_spa"_s, u"is_static"_s, u"install_command"_s});
        check(u"grafana-stack"_s, {u"docker_compose_location"_s}, // dockercompose
              {u"custom_docker_run_options"_s, u"publish_directory"_s});
        check(u"storefront-web"_s, // nixpacks
              {u"publish_directory"_s, u"is_spa"_s, u"is_static"_s, u"custom_docker_run_options"_s},
              {u"dockerfile_location"_s});
    }

    // Ctrl+F finds a setting by its words; the section index jumps; Esc clears the search.
    void searchAndSectionIndex()
    {
        auto s = open(u"storefront-web"_s, u"demo-root"_s, {u"root"_s});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        form->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(form));
        form->fieldEditor(u"name"_s)->focusEditor();
        QTest::keySequence(form->window(), QKeySequence::Find);
        QTRY_VERIFY(form->fieldSearch()->hasFocus());
        QTest::keyClicks(form->fieldSearch(), u"memory"_s);
        QStringList visible;
        for (const FieldSpec &f : FieldTable::applications().fields()) {
            if (form->fieldEditor(f.key)->isVisibleTo(form))
                visible << f.key;
        }
        QCOMPARE(visible, QStringList{u"limits_memory"_s});
        QVERIFY(form->findChild<QGroupBox *>(u"section_resources"_s)->isVisibleTo(form));
        QVERIFY(!form->findChild<QGroupBox *>(u"section_identity"_s)->isVisibleTo(form));
        int indexShown = 0;
        for (int i = 0; i < form->sectionIndex()->count(); ++i)
            indexShown += form->sectionIndex()->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(indexShown, 1);
        QTest::keyClicks(form->fieldSearch(), u"zzz"_s);
        QVERIFY(form->findChild<QLabel *>(u"noFieldMatches"_s)->isVisibleTo(form));
        QTest::keyClick(form->fieldSearch(), Qt::Key_Escape);
        QCOMPARE(form->fieldSearch()->text(), QString());
        QVERIFY(form->isVisible()); // the first Esc only cleared the search
        QVERIFY(form->fieldEditor(u"name"_s)->isVisibleTo(form));

        // The index: a click puts the section at the top; Enter goes into its first field.
        auto *scroll = form->findChild<QScrollArea *>(u"fieldScroll"_s);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QListWidget *index = form->sectionIndex();
        QListWidgetItem *hooks = nullptr;
        for (int i = 0; i < index->count(); ++i) {
            if (index->item(i)->data(Qt::UserRole).toString() == u"hooks"_s)
                hooks = index->item(i);
        }
        QVERIFY(hooks);
        QTest::mouseClick(index->viewport(), Qt::LeftButton, {},
                          index->visualItemRect(hooks).center());
        QTRY_VERIFY(scroll->verticalScrollBar()->value() > 0);
        QCOMPARE(index->currentItem(), hooks);
        QTRY_VERIFY(index->hasFocus());
        QTest::keyClick(index, Qt::Key_Return);
        QTRY_VERIFY(form->fieldEditor(u"pre_deployment_command"_s)->editor()->hasFocus());
    }

    void readOnlyToken()
    {
        auto s = open(u"storefront-web"_s, u"demo-read"_s, {u"read"_s});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        QVERIFY(form->isReadOnly());
        auto *banner = form->findChild<Banner *>(u"readOnlyBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"write"_s));
        QVERIFY(line(form, "name")->isReadOnly());
        QVERIFY(!form->findChild<QCheckBox *>(u"field_is_static"_s)->isEnabled());
        QVERIFY(!button(form, "saveButton")->isVisible());
        QVERIFY(line(form, "manual_webhook_secret_github")
                    ->placeholderText()
                    .contains(u"read:sensitive"_s));
        QTest::keyClicks(line(form, "name"), u"x"_s);
        QVERIFY(!form->hasUnsavedChanges());
        form->findChild<QScrollArea *>()->ensureWidgetVisible(
            form->fieldEditor(u"manual_webhook_secret_github"_s), 0, 200);
        QVERIFY(saveScreenshot(form, u"settings-form-readonly"_s));
        bool proceed = false;
        form->confirmLeave([&proceed](bool p) { proceed = p; });
        QVERIFY(proceed);
    }

    void untouchedSecretIsNotSent()
    {
        auto s = open(u"legacy-worker"_s, u"demo-write"_s, {u"read"_s, u"write"_s});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        QLineEdit *secret = line(form, "manual_webhook_secret_github");
        QVERIFY(secret->text().isEmpty());
        QVERIFY(secret->placeholderText().contains(u"read:sensitive"_s));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!form->controller()->state().isDirty(u"manual_webhook_secret_github"_s));
        QVERIFY(line(form, "dockerfile") == nullptr); // a multi-line, read-only editor
        retype(line(form, "name"), u"legacy-worker-2"_s);
        QSignalSpy saved(form, &SettingsForm::saved);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(s->network.patchBodies().size(), 1);
        QCOMPARE(s->network.patchBodies().first(),
                 (QJsonObject{{u"name"_s, u"legacy-worker-2"_s}}));
        // The sandbox still has the secret the token could not read.
        Api::ApiClient *root = m_e2e.client.get(); // demo-root
        const QString uuid = form->controller()->uuid();
        QCOMPARE(appDetail(root, uuid)[u"manual_webhook_secret_github"_s].toString(),
                 u"gh-legacy-secret"_s);

        // A new value typed into the write-only field is sent.
        QTest::keyClicks(secret, u"rotated"_s);
        QVERIFY(form->hasUnsavedChanges());
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(s->network.patchBodies().constLast(),
                 (QJsonObject{{u"manual_webhook_secret_github"_s, u"rotated"_s}}));
        QCOMPARE(appDetail(root, uuid)[u"manual_webhook_secret_github"_s].toString(), u"rotated"_s);
        QVERIFY(secret->text().isEmpty()); // hidden again after the reload
    }

    void storedDifferentlyIsExplained()
    {
        auto s = open(u"docs-site"_s, u"demo-root"_s, {u"root"_s}); // server without proxy
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        retype(line(form, "name"), u"<b>docs</b>  "_s);
        auto *domains = form->findChild<DomainListEditor *>(u"field_domains"_s);
        QTest::keyClicks(domains->input(), u"https://Docs.Example.com"_s);
        QSignalSpy saved(form->controller(), &FormController::saved);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        const auto differences = saved.first().first().value<QList<SaveDifference>>();
        QCOMPARE(differences.size(), 2);
        QCOMPARE(differences.at(0).field, u"name"_s);
        QCOMPARE(differences.at(0).reason, DiffReason::TagsStripped);
        QCOMPARE(differences.at(1).field, u"domains"_s);
        QCOMPARE(differences.at(1).reason, DiffReason::DomainsIgnored);
        QCOMPARE(form->messageBanner()->kind(), Banner::Kind::Warning);
        QVERIFY(form->messageBanner()->text().contains(u"no proxy"_s));
        QCOMPARE(line(form, "name")->text(), u"docs"_s); // what the server stored
        QVERIFY(saveScreenshot(form, u"settings-form-saved-differently"_s));
    }

    void changedOnServerOffersReview()
    {
        auto s = open(u"etl-runner"_s, u"demo-root"_s, {u"root"_s});
        QVERIFY(s);
        SettingsForm *form = s->form.get();
        // Someone else (the fixture's own client) edits the application meanwhile.
        QTest::qSleep(1100); // updated_at has second resolution in the sandbox
        const QJsonDocument edit(QJsonObject{{u"build_command"_s, u"make build"_s}});
        const QString path = u"applications/"_s + form->controller()->uuid();
        QVERIFY(m_e2e.call(Api::ApiRequest::patch(path, edit)).ok());
        retype(line(form, "name"), u"etl"_s);
        QSignalSpy stale(form->controller(), &FormController::staleDetected);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(stale.wait(10000));
        QCOMPARE(stale.first().first().toStringList(), QStringList{u"build_command"_s});
        QVERIFY(s->network.patchBodies().isEmpty()); // nothing was sent
        QVERIFY(form->messageBanner()->text().contains(u"Build command"_s));
        QVERIFY(button(form->messageBanner(), "reviewButton")->isVisible());
        QTest::mouseClick(button(form->messageBanner(), "reviewButton"), Qt::LeftButton);
        auto *build = form->findChild<QWidget *>(u"field_build_command"_s);
        QCOMPARE(form->fieldEditor(u"build_command"_s)->value().toString(), u"make build"_s);
        QVERIFY(build);
        QCOMPARE(line(form, "name")->text(), u"etl"_s); // the edit is kept
        QSignalSpy saved(form, &SettingsForm::saved);
        QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(s->network.patchBodies().first(), (QJsonObject{{u"name"_s, u"etl"_s}}));
    }

    void leavingAsksFirst()
    {
        auto s = open(u"grafana-stack"_s, u"demo-root"_s, {u"root"_s});
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

        retype(line(form, "name"), u"grafana"_s);
        // The default prompt is a non-blocking message box.
        form->confirmLeave(done);
        auto *box = form->findChild<QMessageBox *>(u"leavePrompt"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(answers, 2);
        QVERIFY(!proceed);
        QCOMPARE(line(form, "name")->text(), u"grafana"_s);

        SettingsForm::LeaveChoice choice = SettingsForm::LeaveChoice::Discard;
        form->setLeavePrompt([&choice](QWidget *, auto answer) { answer(choice); });
        form->confirmLeave(done);
        QCOMPARE(answers, 3);
        QVERIFY(proceed);
        QCOMPARE(line(form, "name")->text(), u"grafana-stack"_s);
        QVERIFY(!form->hasUnsavedChanges());

        retype(line(form, "name"), u"grafana-2"_s);
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
