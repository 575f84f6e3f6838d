// Accessible names everywhere: every interactive widget in every ui/*.ui file and every control
// the code builds has a name a screen reader can say; every action has text and a description;
// status is said in words, not by colour alone.
#include "sandboxwindow.h"
#include "widgetchecks.h"

#include "gui/commandpalette.h"
#include "gui/instancedialog.h"
#include "gui/preferencesdialog.h"
#include "gui/resourceactions.h"
#include "gui/resourcetableview.h"
#include "gui/viewpane.h"

#include <QAction>
#include <QDir>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Node = Models::NavigationModel::Node;

namespace {
const QStringList kInteractiveClasses{
    u"QLineEdit"_s,   u"QPlainTextEdit"_s, u"QTextEdit"_s,   u"QPushButton"_s,
    u"QToolButton"_s, u"QComboBox"_s,      u"QCheckBox"_s,   u"QRadioButton"_s,
    u"QSpinBox"_s,    u"QDoubleSpinBox"_s, u"QListView"_s,   u"QTreeView"_s,
    u"QTableView"_s,  u"QListWidget"_s,    u"QTreeWidget"_s, u"QTableWidget"_s};

// The interactive widgets of a Designer file that have neither an accessibleName property nor
// a label whose buddy they are; "" and the error when the XML does not parse.
QStringList unnamedInUi(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    QList<QPair<QString, QString>> widgets; // (class, name)
    QSet<QString> named, buddies;
    QStringList stack; // names of the enclosing <widget>s
    QString property;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto tag = reader.name();
            if (tag == QLatin1String("widget")) {
                const QString cls = reader.attributes().value(QLatin1String("class")).toString();
                const QString name = reader.attributes().value(QLatin1String("name")).toString();
                stack << name;
                if (kInteractiveClasses.contains(cls))
                    widgets << qMakePair(cls, name);
            } else if (tag == QLatin1String("property")) {
                property = reader.attributes().value(QLatin1String("name")).toString();
            } else if ((tag == QLatin1String("string") || tag == QLatin1String("cstring"))
                       && !stack.isEmpty()) {
                const QString value = reader.readElementText().trimmed();
                if (property == QLatin1String("accessibleName") && !value.isEmpty())
                    named.insert(stack.last());
                else if (property == QLatin1String("buddy") && !value.isEmpty())
                    buddies.insert(value);
            }
        } else if (reader.isEndElement()) {
            if (reader.name() == QLatin1String("widget"))
                stack.removeLast();
            else if (reader.name() == QLatin1String("property"))
                property.clear();
        }
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return {};
    }
    QStringList missing;
    for (const auto &[cls, name] : std::as_const(widgets)) {
        if (!named.contains(name) && !buddies.contains(name))
            missing << cls + u'#' + name;
    }
    return missing;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkerFindsAnUnnamedWidget();
    void uiFiles_data();
    void uiFiles();
    void mainWindowControls_data();
    void mainWindowControls();
    void dialogControls();
    void actionsHaveTextAndDescriptions();
    void statusIsSaidInWords();

private:
    SandboxWindow m_app;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_app.start());
}

void TestAccessibility::checkerFindsAnUnnamedWidget()
{
    const QByteArray xml = R"(<ui version="4.0"><widget class="QDialog" name="d"><layout>
        <item><widget class="QLabel" name="l"><property name="buddy"><cstring>a</cstring></property></widget></item>
        <item><widget class="QLineEdit" name="a"/></item>
        <item><widget class="QLineEdit" name="b"><property name="accessibleName"><string>B</string></property></widget></item>
        <item><widget class="QComboBox" name="c"><property name="toolTip"><string>C</string></property></widget></item>
        </layout></widget></ui>)";
    QString error;
    QCOMPARE(unnamedInUi(xml, &error), QStringList{u"QComboBox#c"_s});
    QVERIFY(error.isEmpty());
    unnamedInUi("<ui><widget>", &error);
    QVERIFY(!error.isEmpty());
}

void TestAccessibility::uiFiles_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(COOLIFY_SOURCE_DIR "/ui"));
    const QStringList files = dir.entryList({u"*.ui"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.contains(u"mainwindow.ui"_s));
    QVERIFY(files.contains(u"preferencesdialog.ui"_s));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestAccessibility::uiFiles()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const QStringList missing = unnamedInUi(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestAccessibility::mainWindowControls_data()
{
    QTest::addColumn<int>("node");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("all instances") << int(Node::Fleet) << false;
    QTest::newRow("instance overview") << int(Node::Instance) << false;
    QTest::newRow("applications") << int(Node::Applications) << false;
    QTest::newRow("read-only databases") << int(Node::Databases) << true;
    QTest::newRow("servers") << int(Node::Servers) << false;
    QTest::newRow("deployments") << int(Node::Deployments) << false;
    QTest::newRow("a resource") << int(Node::Resource) << false;
}

void TestAccessibility::mainWindowControls()
{
    QFETCH(int, node);
    QFETCH(bool, readOnly);
    const QString id = readOnly ? m_app.readId : m_app.rootId;
    const QModelIndex index = Node(node) == Node::Fleet ? m_app.window()->navigation()->fleetIndex()
                                                        : m_app.node(id, Node(node));
    QVERIFY(index.isValid());
    m_app.tree()->setCurrentIndex(index);
    QCoreApplication::processEvents();
    const QStringList missing = unnamedControls(m_app.window());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
}

void TestAccessibility::dialogControls()
{
    Gui::InstanceDialog instanceDialog(m_app.context->manager(), m_app.context->network());
    instanceDialog.show();
    QStringList missing = unnamedControls(&instanceDialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));

    Gui::PreferencesDialog preferences(&m_app.settings);
    preferences.show();
    missing = unnamedControls(&preferences);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));

    Gui::CommandPalette palette(m_app.window());
    palette.setNavigationModel(m_app.window()->navigation());
    palette.popup();
    missing = unnamedControls(&palette);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
    palette.hide();
}

void TestAccessibility::actionsHaveTextAndDescriptions()
{
    Gui::MainWindow *window = m_app.window();
    m_app.tree()->setCurrentIndex(m_app.node(m_app.readId, Node::Applications));
    window->openInSplitView();
    QVERIFY(window->secondaryPane());

    QList<QAction *> actions = Gui::ActionCommandSource::menuActions(window->menuBar());
    actions << window->actions() << m_app.tree()->actions();
    const auto toolbars = window->findChildren<QToolBar *>();
    for (const QToolBar *toolbar : toolbars)
        actions << toolbar->actions();
    for (const Gui::ViewPane *pane : {window->primaryPane(), window->secondaryPane()})
        actions << pane->actions()->all();
    QVERIFY(actions.size() > 15);

    QStringList problems;
    for (QAction *action : std::as_const(actions)) {
        if (action->isSeparator() || action->menu())
            continue;
        const QString text = Gui::ActionCommandSource::plainText(action->text());
        const QString name = action->objectName().isEmpty() ? text : action->objectName();
        if (text.trimmed().isEmpty())
            problems << u"%1: no text"_s.arg(name);
        // Shown as an icon in a toolbar: the tooltip (or status tip) has to say what it does.
        bool asIcon = false;
        for (const QToolBar *toolbar : toolbars) {
            if (toolbar->actions().contains(action) && !action->icon().isNull())
                asIcon = true;
        }
        QString bare = text;
        if (bare.endsWith(u'…'))
            bare.chop(1);
        const bool described =
            (!action->toolTip().isEmpty() && action->toolTip() != text && action->toolTip() != bare)
            || !action->statusTip().isEmpty();
        if (asIcon && !described)
            problems << u"%1: shown as an icon without a description"_s.arg(name);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));

    // Disabled resource actions say why.
    const auto readOnlyActions = window->secondaryPane()->actions()->all();
    window->secondaryPane()->table()->table()->selectRow(0);
    for (const QAction *action : readOnlyActions) {
        if (!action->isEnabled())
            QVERIFY2(action->toolTip().contains(QLatin1String("unavailable")),
                     qPrintable(action->toolTip()));
    }
}

void TestAccessibility::statusIsSaidInWords()
{
    const Models::FleetModel *rows = m_app.fleet()->resources();
    QVERIFY(rows->rowCount() > 10);
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString status = rows->index(row, Models::FleetModel::Status).data().toString();
        QVERIFY2(!status.trimmed().isEmpty(), qPrintable(rows->at(row).name));
    }
    for (const QString &id : {m_app.rootId, m_app.readId}) {
        const QModelIndex instance = m_app.window()->navigation()->instanceIndex(id);
        QVERIFY(!instance.data(Models::NavigationModel::StateTextRole).toString().isEmpty());
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
