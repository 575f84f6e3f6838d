// A row's context menu on the sandbox: Edit Settings, Open in Coolify (the web UI page built
// from the project and environment uuids), Copy UUID and Copy Address, each enabled only when it
// applies and saying why not otherwise; the lifecycle actions follow them.
#include "sandboxwindow.h"

#include "gui/connectionurlfield.h"
#include "gui/resourceactions.h"
#include "gui/resourcedetails.h"
#include "gui/resourcetableview.h"
#include "gui/settingswindow.h"
#include "gui/viewpane.h"
#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/instancedata.h"
#include "models/projectsmodel.h"
#include "models/weblinks.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify;
using Node = Models::NavigationModel::Node;

class TestRowActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contextMenuOffersTheRowsActions();
    void linksOfAnApplication();
    void databaseHasNoAddressAndNoSettings();
    void editSettingsOpensTheForm();
    void fleetTableFitsWithoutSidewaysScrolling();
    void databaseUrlMaskedUntilShown();
    void deleteSendsOnlyTheTickedExtras();

private:
    // Selects the row called `name` in the root instance's view `node`; returns the pane.
    Gui::ViewPane *select(Node node, const QString &name);

    SandboxWindow m_w;
};

void TestRowActions::initTestCase()
{
    QVERIFY(m_w.start());
}

Gui::ViewPane *TestRowActions::select(Node node, const QString &name)
{
    m_w.tree()->setCurrentIndex(m_w.node(m_w.rootId, node));
    Gui::ViewPane *pane = m_w.window()->primaryPane();
    QTableView *table = pane->table()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == name
            || table->model()->index(row, 1).data().toString() == name) {
            table->setFocus();
            table->selectRow(row);
            return pane;
        }
    }
    return nullptr;
}

void TestRowActions::contextMenuOffersTheRowsActions()
{
    const auto *apps = m_w.fleet()->data(m_w.rootId)->applications();
    QVERIFY(apps->rowCount() > 0);
    Gui::ViewPane *pane = select(Node::Applications, apps->at(0).name);
    QVERIFY(pane);
    QTableView *table = pane->table()->table();
    // The page link needs the app's project, which may still be loading on a slow machine.
    const auto *data = m_w.fleet()->data(m_w.rootId);
    QTRY_VERIFY(Models::WebLinks::resourcePage(*data, m_w.sandbox.rootUrl(),
                                               Api::ResourceKind::Application, apps->at(0).uuid,
                                               nullptr)
                    .isValid());

    // A real right-click on the selected row opens the menu; read it, then close it.
    QStringList shown;
    bool enabledOpen = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            shown << (action->isSeparator() ? u"|"_s : action->objectName());
            if (action->objectName() == u"actionOpenInCoolify"_s)
                enabledOpen = action->isEnabled();
        }
        menu->close();
    });
    const QRect cell = table->visualRect(table->currentIndex());
    QVERIFY(cell.isValid());
    emit table->customContextMenuRequested(cell.center());
    QCOMPARE(
        shown.join(u' '),
        u"actionEditSettings actionOpenInCoolify actionCopyUuid actionCopyAddress | "
        "actionStart actionStop actionRestart actionDeploy actionForceDeploy | actionDelete"_s);
    QVERIFY(enabledOpen);
}

void TestRowActions::linksOfAnApplication()
{
    Models::InstanceData *data = m_w.fleet()->data(m_w.rootId);
    const auto *apps = data->applications();
    int withDomain = -1;
    for (int row = 0; row < apps->rowCount() && withDomain < 0; ++row)
        if (apps->at(row).primaryFqdn().startsWith(u"http"))
            withDomain = row;
    QVERIFY2(withDomain >= 0, "the demo seeds an application with a domain");
    const Models::Application app = apps->at(withDomain);
    Gui::ViewPane *pane = select(Node::Applications, app.name);
    QVERIFY(pane);
    Gui::ResourceActions *actions = pane->actions();
    actions->updateLinks();

    const auto ref = data->projects()->environmentById(app.environmentId);
    QVERIFY(ref);
    const QUrl page = actions->openInCoolify()->data().toUrl();
    QCOMPARE(page.toString(),
             m_w.sandbox.rootUrl().toString()
                 + u"/project/%1/environment/%2/application/%3"_s.arg(
                     ref->project.uuid, ref->environment.uuid, app.uuid));
    QVERIFY(actions->openInCoolify()->isEnabled());
    QVERIFY(actions->openInCoolify()->toolTip().contains(page.toDisplayString()));

    QApplication::clipboard()->clear();
    actions->copyUuid()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), app.uuid);
    QVERIFY(actions->copyUrl()->isEnabled());
    actions->copyUrl()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QUrl(app.primaryFqdn()).toString());
    QVERIFY(m_w.window()->statusBar()->currentMessage().contains(app.name));
}

void TestRowActions::databaseHasNoAddressAndNoSettings()
{
    const QString name = m_w.fleet()->data(m_w.rootId)->databases()->at(0).name;
    QVERIFY(!name.isEmpty());
    Gui::ViewPane *pane = select(Node::Databases, name);
    QVERIFY(pane);
    Gui::ResourceActions *actions = pane->actions();
    actions->updateLinks();
    QVERIFY(!actions->editSettings()->isEnabled());
    QVERIFY2(actions->editSettings()->toolTip().contains(u"Only applications"_s),
             qPrintable(actions->editSettings()->toolTip()));
    QVERIFY(!actions->copyUrl()->isEnabled());
    QVERIFY(actions->copyUrl()->toolTip().contains(u"A database has no web address."_s));
    QVERIFY(actions->openInCoolify()->isEnabled());
    QVERIFY(actions->openInCoolify()->data().toUrl().path().contains(u"/database/"_s));

    // Nothing selected: every row action says to select one first.
    pane->table()->table()->clearSelection();
    QVERIFY(!actions->copyUuid()->isEnabled());
    QVERIFY(actions->openInCoolify()->toolTip().contains(u"Select a resource first."_s));
}

void TestRowActions::editSettingsOpensTheForm()
{
    const auto *apps = m_w.fleet()->data(m_w.rootId)->applications();
    const Models::Application app = apps->at(0);
    Gui::ViewPane *pane = select(Node::Applications, app.name);
    QVERIFY(pane);
    QVERIFY(pane->actions()->editSettings()->isEnabled());
    pane->actions()->editSettings()->trigger();
    Gui::SettingsWindow *settings = nullptr;
    QTRY_VERIFY([&] {
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *s = qobject_cast<Gui::SettingsWindow *>(top); s && s->isVisible())
                settings = s;
        return settings != nullptr;
    }());
    QCOMPARE(settings->applicationUuid(), app.uuid);
    settings->close();
}

void TestRowActions::fleetTableFitsWithoutSidewaysScrolling()
{
    m_w.window()->resize(1600, 1000);
    m_w.tree()->setCurrentIndex(m_w.window()->navigation()->fleetIndex());
    Gui::ViewPane *pane = m_w.window()->primaryPane();
    QTableView *table = pane->table()->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    // Every column has room to say something (none squeezed to a sliver).
    for (int column = 0; column < table->model()->columnCount(); ++column)
        if (!table->isColumnHidden(column))
            QVERIFY2(table->columnWidth(column) >= 60, qPrintable(QString::number(column)));
    // Names elide in the middle, where "… (read-only token)" and "… (root token)" differ, and
    // the whole name is in the tooltip.
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.textElideMode = Qt::ElideRight;
    const QModelIndex first = table->model()->index(0, Models::FleetModel::Name);
    auto *nameDelegate =
        static_cast<QStyledItemDelegate *>(table->itemDelegateForColumn(Models::FleetModel::Name));
    QVERIFY(nameDelegate);
    struct Probe : QStyledItemDelegate
    {
        static Qt::TextElideMode mode(QStyledItemDelegate *d, QStyleOptionViewItem o,
                                      const QModelIndex &i)
        {
            (d->*(&Probe::initStyleOption))(&o, i);
            return o.textElideMode;
        }
    };
    QCOMPARE(Probe::mode(nameDelegate, option, first), Qt::ElideMiddle);
    const QModelIndex instance = table->model()->index(0, Models::FleetModel::Instance);
    QCOMPARE(instance.data(Qt::ToolTipRole).toString(), instance.data().toString());
    const QModelIndex name = table->model()->index(0, Models::FleetModel::Name);
    QCOMPARE(name.data(Qt::ToolTipRole).toString(), name.data().toString());
    m_w.window()->resize(1280, 760);
}

void TestRowActions::databaseUrlMaskedUntilShown()
{
    const auto *databases = m_w.fleet()->data(m_w.rootId)->databases();
    QVERIFY(databases->rowCount() >= 2);
    const Models::Database db = databases->at(0);
    QVERIFY(!db.password.hidden && !db.password.value.isEmpty());
    QVERIFY(db.internalUrl.value.contains(db.password.value));
    Gui::ViewPane *pane = select(Node::Databases, db.name);
    QVERIFY(pane);
    auto *details = pane->findChild<Gui::ResourceDetails *>();
    QVERIFY(details);
    const auto field = [details] {
        return details->findChild<Gui::ConnectionUrlField *>();
    };
    QTRY_VERIFY(field() && field()->isVisible());
    QCOMPARE(field()->url(), db.internalUrl.value);
    QVERIFY(!field()->shownText().contains(db.password.value));
    QVERIFY(field()->shownText().contains(u"••••"_s));

    // Show, with a click: the whole URL; a refresh of the details keeps it shown.
    auto *reveal = field()->findChild<QToolButton *>(u"connectionUrlReveal"_s);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(field()->shownText(), db.internalUrl.value);
    details->refresh();
    QVERIFY(field()->isRevealed());
    QCOMPARE(field()->shownText(), db.internalUrl.value);

    // Copy puts the whole URL on the clipboard, marked as a secret for clipboard managers.
    QApplication::clipboard()->clear();
    QTest::mouseClick(field()->findChild<QToolButton *>(u"connectionUrlCopy"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), db.internalUrl.value);
    QCOMPARE(QApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
             QByteArray("secret"));

    // Another database starts masked again.
    Gui::ViewPane *other = select(Node::Databases, databases->at(1).name);
    QVERIFY(other);
    QTRY_VERIFY(field() && field()->url() == databases->at(1).internalUrl.value);
    QVERIFY(!field()->isRevealed());

    // A token without read:sensitive: no URL at all, and the row says why.
    const auto *readDatabases = m_w.fleet()->data(m_w.readId)->databases();
    QVERIFY(readDatabases->rowCount() > 0 && readDatabases->at(0).internalUrl.hidden);
    m_w.tree()->setCurrentIndex(m_w.node(m_w.readId, Node::Databases));
    QTableView *table = m_w.window()->primaryPane()->table()->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->setFocus();
    table->selectRow(0);
    auto *readDetails = m_w.window()->primaryPane()->findChild<Gui::ResourceDetails *>();
    QTRY_VERIFY(!readDetails->findChild<Gui::ConnectionUrlField *>());
    bool saysHidden = false;
    for (auto *label : readDetails->findChildren<QLabel *>())
        saysHidden = saysHidden || label->text().contains(u"read:sensitive"_s);
    QVERIFY(saysHidden);
}

void TestRowActions::deleteSendsOnlyTheTickedExtras()
{
    // The last test: it deletes a database of the root instance.
    const QString name = m_w.fleet()->data(m_w.rootId)->databases()->at(0).name;
    Gui::ViewPane *pane = select(Node::Databases, name);
    QVERIFY(pane);
    QVERIFY(pane->actions()->all().last()->isEnabled());
    QList<QUrl> deletes;
    connect(&m_w.sandbox, &Sandbox::SandboxServer::requestServed, this,
            [&deletes](const QByteArray &method, const QUrl &url, int status) {
                if (method == "DELETE" && status == 200)
                    deletes << url;
            });
    pane->actions()->all().last()->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_w.window()->findChild<QDialog *>(u"confirmDeleteDialog"_s)));
    QTRY_VERIFY(dialog->isVisible());
    // Only the volumes are ticked, by keyboard: the name field has the focus, Tab reaches them.
    auto *confirmName = dialog->findChild<QLineEdit *>(u"confirmName"_s);
    QTRY_COMPARE(QApplication::focusWidget(), confirmName);
    QTest::keyClick(confirmName, Qt::Key_Tab);
    auto *volumes = dialog->findChild<QCheckBox *>(u"deleteVolumes"_s);
    QCOMPARE(QApplication::focusWidget(), volumes);
    QTest::keyClick(volumes, Qt::Key_Space);
    QVERIFY(volumes->isChecked());
    confirmName->setFocus();
    QTest::keyClicks(confirmName, name);
    QTest::keyClick(confirmName, Qt::Key_Return);
    QTRY_COMPARE(deletes.size(), 1);
    const QUrlQuery query(deletes.first());
    QCOMPARE(query.queryItemValue(u"delete_volumes"_s), u"true"_s);
    QCOMPARE(query.queryItemValue(u"delete_configurations"_s), u"false"_s);
    QCOMPARE(query.queryItemValue(u"delete_connected_networks"_s), u"false"_s);
    QCOMPARE(query.queryItemValue(u"docker_cleanup"_s), u"false"_s);
    QVERIFY(deletes.first().path().startsWith(u"/api/v1/databases/"_s));
}

QTEST_MAIN(TestRowActions)
#include "tst_rowactions.moc"
