// The Environment tab against the sandbox (coolify-api.md §5, §16): the table with hidden values
// and reasons, the .env developer view saved as a plan, problems in the text shown by line, the
// user's text kept when the save fails (with "Retry the Rest"), the add dialog's checks and a
// 409 under the key, a read-only token, export/import of .env files, the tab keeping a draft per
// resource, and the comparison and copy between two instances.
#include "darkpalette.h"
#include "fleetfixture.h"
#include "screenshots.h"

#include "api/families/envs.h"
#include "controllers/enveditor.h"
#include "forms/banner.h"
#include "gui/envcomparedialog.h"
#include "gui/envdialogs.h"
#include "gui/environmentview.h"
#include "gui/resourcetabs.h"
#include "models/dotenv.h"
#include "models/envvarsmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Controllers::EnvEditor;
using Controllers::ResourceRef;
using Gui::EnvironmentView;

class TestEnvironmentView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableHidesValuesUntilRevealed();
    void developerViewSavesAPlan();
    void developerTextProblemsByLine();
    void failedSaveKeepsTheText();
    void addDialogChecksAndShowsServerErrors();
    void readOnlyTokenExplains();
    void exportAndImport();
    void tabKeepsDraftPerResource();
    void compareAndCopyAcrossInstances();
    void screenshots_data();
    void screenshots();

private:
    bool setUp(const QString &token = u"demo-root"_s);
    ResourceRef ref(Api::ResourceKind kind, const QString &name, const QString &id = {});
    static bool loaded(EnvironmentView *view);
    static bool applied(EnvironmentView *view);

    std::unique_ptr<FleetFixture> m_fx;
    QString m_id;
};

void TestEnvironmentView::init()
{
    m_fx = std::make_unique<FleetFixture>();
}

void TestEnvironmentView::cleanup()
{
    m_fx.reset();
}

bool TestEnvironmentView::setUp(const QString &token)
{
    if (m_fx->startSandbox() < 0)
        return false;
    m_id = m_fx->addInstance(u"Production"_s, token);
    return QTest::qWaitFor([this] { return m_fx->ready(m_id); }, 15000);
}

ResourceRef TestEnvironmentView::ref(Api::ResourceKind kind, const QString &name, const QString &id)
{
    const QString instance = id.isEmpty() ? m_id : id;
    return {instance, kind, m_fx->uuidOf(instance, Api::routeSegment(kind), name), name, {}};
}

bool TestEnvironmentView::loaded(EnvironmentView *view)
{
    return QTest::qWaitFor([view] { return view->editor()->hasLoaded(); }, 10000);
}

bool TestEnvironmentView::applied(EnvironmentView *view)
{
    QSignalSpy spy(view->editor(), &EnvEditor::applied);
    return spy.wait(10000);
}

void TestEnvironmentView::tableHidesValuesUntilRevealed()
{
    QVERIFY(setUp());
    EnvironmentView view(m_fx->fleet.get(),
                         ref(Api::ResourceKind::Application, u"storefront-web"_s));
    view.resize(1000, 500);
    view.show();
    view.reload();
    QVERIFY(loaded(&view));
    QTableView *table = view.table();
    QVERIFY(table->model()->rowCount() > 0);
    const auto cell = [table](const QString &key) {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data().toString() == key)
                return table->model()->index(r, Models::EnvVarsModel::Value).data().toString();
        }
        return u"<missing>"_s;
    };
    QCOMPARE(cell(u"NODE_ENV"_s), u"••••••••"_s);
    QCOMPARE(cell(u"STRIPE_SECRET_KEY"_s), u"locked"_s);
    // One row at a time: Space on the selected row shows its value, and hides it again.
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == u"NODE_ENV"_s)
            table->selectRow(r);
    }
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(cell(u"NODE_ENV"_s), u"production"_s);
    QCOMPARE(cell(u"DATABASE_URL"_s), u"••••••••"_s);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(cell(u"NODE_ENV"_s), u"••••••••"_s);
    view.findChild<QCheckBox *>(u"envReveal"_s)->click();
    QCOMPARE(cell(u"NODE_ENV"_s), u"production"_s);
    QCOMPARE(cell(u"STRIPE_SECRET_KEY"_s), u"locked"_s);
    // Preview copies are a section of their own, not duplicates in the list.
    const int regular = table->model()->rowCount();
    auto *previews = view.findChild<QCheckBox *>(u"envPreviews"_s);
    QVERIFY(previews->isVisible());
    previews->click();
    QVERIFY(table->model()->rowCount() > 0);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QVERIFY(table->model()->index(r, 0).data(Models::EnvVarsModel::PreviewRole).toBool());
    QVERIFY(!view.findChild<QPushButton *>(u"envAdd"_s)->isEnabled());
    previews->click();
    QCOMPARE(table->model()->rowCount(), regular);

    // A database has no preview copies to offer.
    EnvironmentView db(m_fx->fleet.get(), ref(Api::ResourceKind::Database, u"shop-postgres"_s));
    db.show();
    QVERIFY(!db.findChild<QCheckBox *>(u"envPreviews"_s)->isVisible());
    // Nor runtime/build-time flags: the server ignores them for databases and services.
    QVERIFY(db.table()->isColumnHidden(Models::EnvVarsModel::Availability));
    QVERIFY(!view.table()->isColumnHidden(Models::EnvVarsModel::Availability));
}

void TestEnvironmentView::developerViewSavesAPlan()
{
    QVERIFY(setUp());
    EnvironmentView view(m_fx->fleet.get(),
                         ref(Api::ResourceKind::Application, u"storefront-web"_s));
    view.show();
    view.reload();
    QVERIFY(loaded(&view));
    view.findChild<QPushButton *>(u"envDeveloper"_s)->click();
    QVERIFY(view.isDeveloperMode());
    QPlainTextEdit *text = view.developerText();
    QString env = text->toPlainText();
    QVERIFY2(env.contains(u"NODE_ENV=production"_s), qPrintable(env));
    // The locked value is named, not shown, and not part of what is edited.
    QVERIFY(env.contains(u"STRIPE_SECRET_KEY"_s));
    QVERIFY(!env.contains(u"sk_live_demo_123"_s));
    auto *review = view.findChild<QPushButton *>(u"envReview"_s);
    QVERIFY(!review->isEnabled()); // nothing typed yet
    env.replace(u"NODE_ENV=production"_s, u"NODE_ENV=staging"_s);
    env += u"\n# added from the text\nFEATURE_FLAGS=\"a b\"\n"_s;
    text->setPlainText(env);
    QVERIFY(review->isEnabled());
    view.reviewDeveloperText(false);
    QVERIFY(applied(&view));
    QVERIFY2(view.bannerText().contains(u"2 saved"_s), qPrintable(view.bannerText()));
    QVERIFY(view.findChild<QPushButton *>(u"envRedeploy"_s));
    const Models::EnvVarsModel *model = view.editor()->model();
    QCOMPARE(model->findKey(u"NODE_ENV"_s)->value, u"staging"_s);
    QCOMPARE(model->findKey(u"FEATURE_FLAGS"_s)->value, u"a b"_s);
    QCOMPARE(model->findKey(u"FEATURE_FLAGS"_s)->comment, u"added from the text"_s);
    QVERIFY(model->findKey(u"STRIPE_SECRET_KEY"_s)); // locked: skipped, never deleted
    // Saved: the text is the server's again and there is nothing to review.
    QVERIFY(!review->isEnabled());
    QVERIFY(view.draft().isEmpty());
}

void TestEnvironmentView::developerTextProblemsByLine()
{
    QVERIFY(setUp());
    EnvironmentView view(m_fx->fleet.get(),
                         ref(Api::ResourceKind::Service, u"plausible-analytics"_s));
    view.show();
    view.reload();
    QVERIFY(loaded(&view));
    view.setDeveloperMode(true);
    view.developerText()->setPlainText(u"GOOD=1\n9BAD=2\nno equals sign\n"_s);
    QSignalSpy started(view.editor(), &EnvEditor::applyStarted);
    view.reviewDeveloperText(false);
    auto *problems = view.findChild<QLabel *>(u"envTextProblems"_s);
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"2"_s) && problems->text().contains(u"3"_s),
             qPrintable(problems->text()));
    QCOMPARE(started.size(), 0); // nothing is sent while the text has problems
    QCOMPARE(view.developerText()->toPlainText(), u"GOOD=1\n9BAD=2\nno equals sign\n"_s);
}

void TestEnvironmentView::failedSaveKeepsTheText()
{
    QVERIFY(setUp());
    EnvironmentView view(m_fx->fleet.get(), ref(Api::ResourceKind::Database, u"shop-postgres"_s));
    view.show();
    view.reload();
    QVERIFY(loaded(&view));
    view.setDeveloperMode(true);
    const QString typed = view.developerText()->toPlainText() + u"\nWILL_FAIL=1\n"_s;
    view.developerText()->setPlainText(typed);
    m_fx->sandboxes.front().reset(); // the instance goes away before the save
    view.reviewDeveloperText(false);
    QVERIFY(applied(&view));
    QCOMPARE(view.developerText()->toPlainText(), typed);
    QCOMPARE(view.draft(), typed);
    QVERIFY(view.findChild<QPushButton *>(u"envRetryRest"_s));
    QVERIFY2(view.bannerText().contains(u"not saved"_s), qPrintable(view.bannerText()));
    QVERIFY(!view.findChild<QPushButton *>(u"envRedeploy"_s));
}

void TestEnvironmentView::addDialogChecksAndShowsServerErrors()
{
    QVERIFY(setUp());
    const ResourceRef app = ref(Api::ResourceKind::Application, u"storefront-web"_s);
    EnvironmentView view(m_fx->fleet.get(), app);
    view.show();
    view.reload();
    QVERIFY(loaded(&view));
    {
        Gui::EnvVarDialog dialog(view.editor(), nullptr, &view);
        dialog.show();
        auto *save = dialog.findChild<QPushButton *>(u"envSave"_s);
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(dialog.keyEdit(), u"1X"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"keyError"_s)->isVisible());
        dialog.keyEdit()->setText(u"NODE_ENV"_s);
        QVERIFY(dialog.problem().contains(u"exists already"_s));
        dialog.keyEdit()->setText(u"RACE_KEY"_s);
        dialog.valueEdit()->setPlainText(u"mine"_s);
        QVERIFY(save->isEnabled());
        // Someone else creates it meanwhile: the POST answers 409, shown in the dialog,
        // which stays open with what was typed.
        QJsonObject body{{u"key"_s, u"RACE_KEY"_s}, {u"value"_s, u"theirs"_s}};
        QCOMPARE(m_fx->call(m_id, Api::Envs::create(app.kind, app.uuid, body)).httpStatus, 201);
        QSignalSpy appliedSpy(view.editor(), &EnvEditor::applied);
        QTest::keyClick(dialog.keyEdit(), Qt::Key_Return); // Enter saves
        QVERIFY(appliedSpy.wait());
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.findChild<QLabel *>(u"envProblem"_s)->text().contains(u"already exists"_s),
                 qPrintable(dialog.findChild<QLabel *>(u"envProblem"_s)->text()));
        QCOMPARE(dialog.valueEdit()->toPlainText(), u"mine"_s);
    }
    {
        Gui::EnvVarDialog dialog(view.editor(), nullptr, &view);
        dialog.show();
        dialog.keyEdit()->setText(u"BRAND_NEW"_s);
        dialog.valueEdit()->setPlainText(u"line 1\nline 2"_s);
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.findChild<QPushButton *>(u"envSave"_s)->click();
        QVERIFY(finished.wait());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(view.editor()->model()->findKey(u"BRAND_NEW"_s)->multiline);
    }
}

void TestEnvironmentView::readOnlyTokenExplains()
{
    QVERIFY(setUp(u"demo-read"_s));
    EnvironmentView view(m_fx->fleet.get(),
                         ref(Api::ResourceKind::Application, u"storefront-web"_s));
    view.show();
    view.reload();
    QVERIFY(loaded(&view));
    auto *add = view.findChild<QPushButton *>(u"envAdd"_s);
    QVERIFY(!add->isEnabled());
    QVERIFY2(add->toolTip().contains(u"write"_s), qPrintable(add->toolTip()));
    // No read:sensitive: values are hidden and the .env view says why it is unavailable.
    auto *developer = view.findChild<QPushButton *>(u"envDeveloper"_s);
    QVERIFY(!developer->isEnabled());
    QVERIFY(developer->toolTip().contains(u"read:sensitive"_s));
    QVERIFY(view.bannerText().contains(u"read:sensitive"_s));
}

void TestEnvironmentView::exportAndImport()
{
    QVERIFY(setUp());
    EnvironmentView view(m_fx->fleet.get(),
                         ref(Api::ResourceKind::Application, u"storefront-web"_s));
    view.show();
    view.reload();
    QVERIFY(loaded(&view));
    QTemporaryDir dir;
    const QString out = dir.filePath(u"app.env"_s);
    const QStringList left = view.exportFile(out);
    QVERIFY(left.contains(u"STRIPE_SECRET_KEY"_s)); // locked: never written
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.contains("NODE_ENV=production"));
    QVERIFY(!bytes.contains("STRIPE_SECRET_KEY"));
    QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // Import into a database: added or updated, nothing removed.
    EnvironmentView db(m_fx->fleet.get(), ref(Api::ResourceKind::Database, u"shop-postgres"_s));
    db.show();
    db.reload();
    QVERIFY(loaded(&db));
    const qsizetype before = db.editor()->variables().size();
    db.importFile(out, false);
    QVERIFY(applied(&db));
    QVERIFY(db.editor()->model()->findKey(u"NODE_ENV"_s));
    QVERIFY(db.editor()->variables().size() > before);
    QVERIFY2(!db.bannerText().contains(u"not saved"_s), qPrintable(db.bannerText()));
    // A file that is not .env: every line reported, nothing sent.
    const QString junk = dir.filePath(u"junk.env"_s);
    QFile j(junk);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write("<html>\n<body>not env</body>\n");
    j.close();
    QSignalSpy started(db.editor(), &EnvEditor::applyStarted);
    db.importFile(junk, false);
    QCOMPARE(started.size(), 0);
    QVERIFY(db.bannerText().contains(u"could not be read"_s));
}

void TestEnvironmentView::tabKeepsDraftPerResource()
{
    QVERIFY(setUp());
    Gui::ResourceTabs tabs(m_fx->fleet.get());
    tabs.show();
    const ResourceRef app = ref(Api::ResourceKind::Application, u"storefront-web"_s);
    const ResourceRef db = ref(Api::ResourceKind::Database, u"shop-postgres"_s);
    tabs.setResources({app});
    QVERIFY(tabs.isOffered(u"environmentTab"_s));
    tabs.setCurrentWidget(tabs.page(u"environmentTab"_s));
    auto current = [&tabs] {
        return tabs.page(u"environmentTab"_s)->findChild<EnvironmentView *>();
    };
    QVERIFY(current());
    QVERIFY(loaded(current()));
    current()->setDeveloperMode(true);
    current()->developerText()->appendPlainText(u"UNSAVED=1"_s);
    tabs.setResources({db});
    QVERIFY(current());
    QCOMPARE(current()->resource().uuid, db.uuid);
    QVERIFY(current()->draft().isEmpty());
    tabs.setResources({app});
    QVERIFY(current()->isDeveloperMode());
    QVERIFY(current()->developerText()->toPlainText().contains(u"UNSAVED=1"_s));
}

void TestEnvironmentView::compareAndCopyAcrossInstances()
{
    QVERIFY(setUp());
    QVERIFY(m_fx->startSandbox() == 1);
    const QString other = m_fx->addInstance(u"Staging"_s, u"demo-root"_s, 1);
    QVERIFY(QTest::qWaitFor([&] { return m_fx->ready(other); }, 15000));
    const ResourceRef left = ref(Api::ResourceKind::Application, u"storefront-web"_s);
    const ResourceRef right = ref(Api::ResourceKind::Application, u"storefront-web"_s, other);
    QJsonObject onlyLeft{{u"key"_s, u"ONLY_HERE"_s}, {u"value"_s, u"left value"_s}};
    QCOMPARE(m_fx->call(m_id, Api::Envs::create(left.kind, left.uuid, onlyLeft)).httpStatus, 201);

    Gui::EnvCompareDialog dialog(m_fx->fleet.get(), left);
    dialog.show();
    QSignalSpy compared(&dialog, &Gui::EnvCompareDialog::compared);
    // The same application on the other instance is offered first.
    QCOMPARE(dialog.rightPicker()->currentData().toStringList().value(1), right.uuid);
    QVERIFY(QTest::qWaitFor([&dialog] { return dialog.isReady(); }, 10000));
    QTreeWidget *rows = dialog.rows();
    QTreeWidgetItem *only = nullptr;
    for (int i = 0; i < rows->topLevelItemCount(); ++i) {
        if (rows->topLevelItem(i)->text(0) == u"ONLY_HERE"_s)
            only = rows->topLevelItem(i);
    }
    QVERIFY(only);
    QCOMPARE(only->text(1), u"Only left"_s);
    QVERIFY(only->text(2).startsWith(u"•••• "_s)); // a fingerprint, not the value
    QVERIFY(!only->text(2).contains(u"left value"_s));
    only->setCheckState(0, Qt::Checked);
    QVERIFY(dialog.findChild<QPushButton *>(u"compareToRight"_s)->isEnabled());
    QSignalSpy copied(dialog.rightEditor(), &EnvEditor::applied);
    compared.clear();
    dialog.copyChecked(true, false);
    QVERIFY(copied.wait());
    QVERIFY(!compared.isEmpty()); // compared again with the fresh right side
    QVERIFY2(dialog.bannerText().contains(u"1 saved"_s), qPrintable(dialog.bannerText()));
    bool same = false;
    for (const Models::EnvDiffRow &row : dialog.diff())
        same = same || (row.key == u"ONLY_HERE"_s && row.state == Models::EnvDiffRow::Same);
    QVERIFY(same);

    // The other instance is removed while the dialog is open: its side goes, nothing crashes.
    bool removed = false;
    m_fx->manager.remove(other, &dialog,
                         [&removed](const Instances::VaultResult &) { removed = true; });
    QVERIFY(QTest::qWaitFor([&removed] { return removed; }, 10000));
    QVERIFY(!dialog.isReady());
    QVERIFY(dialog.rows()->topLevelItemCount() == 0);
    QVERIFY(dialog.bannerText().contains(u"removed"_s));
    dialog.copyChecked(true, false); // nothing to copy to: ignored
}

void TestEnvironmentView::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// The tab, its .env view, a plan and the comparison as a user sees them, light and dark (saved
// to $COOLIFY_SCREENSHOT_DIR when set; the copies in tests/data/screens and the README come from
// here). Without the directory it still checks that each picture shows the palette asked for.
void TestEnvironmentView::screenshots()
{
    QFETCH(bool, dark);
    useEnglishPluralsForScreenshots();
    QApplication::setPalette(dark ? darkDesktopPalette()
                                  : QApplication::style()->standardPalette());
    const QString suffix = dark ? u"-dark"_s : u"-light"_s;
    QVERIFY(setUp());
    EnvironmentView view(m_fx->fleet.get(),
                         ref(Api::ResourceKind::Application, u"storefront-api"_s));
    view.resize(1180, 430);
    view.show();
    view.reload();
    QVERIFY(loaded(&view));
    view.findChild<QCheckBox *>(u"envReveal"_s)->click();
    view.table()->selectRow(5);
    QCoreApplication::processEvents();
    const QColor window = view.grab().toImage().pixelColor(2, 2);
    QCOMPARE(window.lightnessF() < 0.5, dark);
    QVERIFY(saveScreenshot(&view, u"environment-table"_s + suffix));
    {
        const Models::EnvVar *pem = view.editor()->model()->findKey(u"JWT_PRIVATE_KEY"_s);
        QVERIFY(pem && pem->multiline);
        Gui::EnvVarDialog edit(view.editor(), pem, &view);
        edit.show();
        QVERIFY(edit.valueEdit()->toPlainText().contains(u'\n'));
        QVERIFY(!edit.keyEdit()->isEnabled() || edit.keyEdit()->isReadOnly());
        QVERIFY(saveScreenshot(&edit, u"environment-edit"_s + suffix));
    }
    view.setDeveloperMode(true);
    QVERIFY(saveScreenshot(&view, u"environment-dotenv"_s + suffix));

    QString text = view.developerText()->toPlainText();
    text.replace(u"LOG_LEVEL=info"_s, u"LOG_LEVEL=debug"_s);
    text.replace(u"REDIS_URL="_s, u"# Shared cache for sessions\nCACHE_URL="_s);
    const Models::DotEnv::Document doc = Models::DotEnv::parse(text);
    QVERIFY(doc.problems.isEmpty());
    const QList<Models::EnvVar> wanted = Models::envVarsFromDotEnv(doc.entries);
    const Models::EnvPlan plan =
        Models::EnvPlan::build(view.editor()->variables(), wanted, Models::EnvPlan::Mode::Replace);
    QVERIFY(plan.summary().contains(u"1 added"_s));
    Gui::EnvPlanDialog planDialog(plan, u"storefront-api"_s, view.editor()->requestCount(plan));
    planDialog.show();
    QVERIFY(saveScreenshot(&planDialog, u"environment-plan"_s + suffix));

    Gui::EnvCompareDialog compare(m_fx->fleet.get(),
                                  ref(Api::ResourceKind::Application, u"storefront-web"_s));
    compare.show();
    // storefront-web-staging is the likeliest twin of storefront-web.
    QVERIFY(compare.rightPicker()->currentText().contains(u"storefront-web-staging"_s));
    QVERIFY(QTest::qWaitFor([&compare] { return compare.isReady(); }, 10000));
    compare.findChild<QCheckBox *>(u"compareOnlyDifferences"_s)->setChecked(false);
    QVERIFY(compare.summaryText().contains(u"differ"_s));
    QVERIFY(saveScreenshot(&compare, u"environment-compare"_s + suffix));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestEnvironmentView)
#include "tst_environmentview.moc"
