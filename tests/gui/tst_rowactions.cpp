// A row's context menu on the sandbox: Edit Settings, Open in Coolify (the web UI page built
// from the project and environment uuids), Copy UUID and Copy Address, each enabled only when it
// applies and saying why not otherwise; the lifecycle actions follow them.
#include "sandboxwindow.h"

#include "gui/resourceactions.h"
#include "gui/resourcetableview.h"
#include "gui/settingswindow.h"
#include "gui/viewpane.h"
#include "models/applicationsmodel.h"
#include "models/instancedata.h"
#include "models/projectsmodel.h"
#include "models/weblinks.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
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
    const auto *rows = m_w.fleet()->resources();
    QString name;
    for (int row = 0; row < rows->rowCount() && name.isEmpty(); ++row)
        if (rows->at(row).instanceId == m_w.rootId
            && rows->at(row).kind == Api::ResourceKind::Database)
            name = rows->at(row).name;
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

QTEST_MAIN(TestRowActions)
#include "tst_rowactions.moc"
