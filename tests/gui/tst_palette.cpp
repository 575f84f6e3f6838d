// Light and dark: the main window follows the application palette (screenshots of both go to
// $COOLIFY_SCREENSHOT_DIR), status colours keep their contrast on both, and no source file
// hard-codes a colour outside a short, reasoned allow-list.
#include "sandboxwindow.h"
#include "screenshots.h"

#include "gui/resourcetableview.h"
#include "gui/statusbadgedelegate.h"
#include "gui/viewpane.h"
#include "models/resourcestatus.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Node = Models::NavigationModel::Node;

namespace {
struct Allowed
{
    const char *file;
    const char *snippet;
    const char *why;
};

// Colours that are data, not theme: each is drawn beside words that carry the same meaning.
const Allowed kAllowed[] = {
    {"src/gui/statusbadgedelegate.cpp", "QColor(0xb8, 0x6e, 0x00)",
     "status dot colour (amber), beside the status text; lifted on dark palettes"},
    {"src/gui/statusbadgedelegate.cpp", "QColor(0x1e, 0x9e, 0x4a)",
     "status dot colour (green), beside the status text"},
    {"src/gui/statusbadgedelegate.cpp", "QColor(0xd0, 0x31, 0x2d)",
     "status dot colour (red), beside the status text"},
    {"src/gui/statusbadgedelegate.cpp", "blend(color, Qt::white, 0.25)",
     "lifts a status colour towards white on a dark Base"},
    {"src/instances/instance.cpp", "QColor(0x6b, 0x16, 0xed)",
     "default instance colour: user data, drawn as a bar beside the instance name"},
    {"src/app/main.cpp", "QColor(0x6b16ed)", "sandbox instance colour (user data)"},
    {"src/gui/logviewerdelegate.cpp", "dark ? QColor(255, 110, 100) : QColor(190, 0, 0)",
     "stderr tint blended with the palette's Text; the line also carries a \"stderr\" marker"},
    {"src/app/main.cpp", "QColor(0x0e8a6e)", "sandbox instance colour (user data)"},
    // Message strips: a theme has no "error" or "success" colours, so these are chosen for the
    // palette's lightness; forms_messagestyle checks their contrast in light and dark palettes.
    {"src/forms/messagestyle.cpp", "QColor(0xe7, 0xf5, 0xe8)", "success strip, light palette"},
    {"src/forms/messagestyle.cpp", "QColor(0xff, 0xf4, 0xdc)", "warning strip, light palette"},
    {"src/forms/messagestyle.cpp", "QColor(0xfd, 0xec, 0xea)", "error strip, light palette"},
    {"src/forms/messagestyle.cpp", "QColor(0x1c, 0x3a, 0x22)", "success strip, dark palette"},
    {"src/forms/messagestyle.cpp", "QColor(0x45, 0x36, 0x12)", "warning strip, dark palette"},
    {"src/forms/messagestyle.cpp", "QColor(0x4a, 0x1d, 0x1b)", "error strip, dark palette"},
    {"src/forms/messagestyle.cpp", "QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e)",
     "a field's error text, dark or light palette; beside an accent bar and the words"},
    {"src/forms/messagestyle.cpp", "palette.setColor(QPalette::Active, role, text)",
     "gives the labels on a strip the strip's text colour (from the table above)"},
    {"src/forms/messagestyle.cpp", "palette.setColor(QPalette::Inactive, role, text)",
     "the same for an inactive window"},
    {"src/forms/fieldeditor.cpp", "markerPalette.setColor(QPalette::Window, fieldErrorColor",
     "the error marker beside a field takes the field-error colour"},
};

// Hard-coded colours in C++ or style sheets.
const QRegularExpression kColour(
    uR"((#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b(?=["';\s])|\brgba?\s*\(|\bQt::(black|white|red|green|blue|)"
    R"(yellow|cyan|magenta|gray|darkGray|lightGray|darkRed|darkGreen|darkBlue)\b|)"
    R"(\bQColor\s*(\w+\s*)?[({]\s*(0x|\d|")|QColor::fromRgbF?\s*\(\s*(0x|\d)|setStyleSheet\s*\(|\bQPalette\s+\w+\s*[({]|)"
    R"(\.setColor\s*\())"_s);

struct Hit
{
    QString file;
    int line;
    QString text;
};

QList<Hit> colourHits(const QString &file, const QString &source)
{
    QList<Hit> hits;
    const QStringList lines = source.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString code = lines.at(i).section(u"//"_s, 0, 0);
        if (kColour.match(code).hasMatch())
            hits << Hit{file, i + 1, lines.at(i).trimmed()};
    }
    return hits;
}

bool allowed(const Hit &hit, QSet<int> *used)
{
    for (int i = 0; i < int(std::size(kAllowed)); ++i) {
        if (hit.file == QLatin1String(kAllowed[i].file)
            && hit.text.contains(QLatin1String(kAllowed[i].snippet))) {
            used->insert(i);
            return true;
        }
    }
    return false;
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

double meanLightness(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++count;
        }
    }
    return count ? sum / count : 0;
}

QPalette darkPalette()
{
    // A typical dark desktop palette (what Breeze Dark or GNOME's dark style hand Qt).
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scannerFlagsHardCodedColours_data();
    void scannerFlagsHardCodedColours();
    void noHardCodedColoursInSources();
    void statusColoursKeepContrast_data();
    void statusColoursKeepContrast();
    void followsLightAndDarkPalettes_data();
    void followsLightAndDarkPalettes();

private:
    SandboxWindow m_app;
};

void TestPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    useEnglishPluralsForScreenshots();
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QVERIFY(m_app.start());
}

void TestPalette::scannerFlagsHardCodedColours_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("style sheet") << R"x(label->setStyleSheet(QStringLiteral("color: red"));)x"
                                 << true;
    QTest::newRow("hex in string") << R"x(const auto c = QStringLiteral("#ff8800");)x" << true;
    QTest::newRow("rgb()") << R"x(QStringLiteral("background: rgb(1, 2, 3)"))x" << true;
    QTest::newRow("Qt::black") << "painter->setPen(Qt::black);" << true;
    QTest::newRow("QColor literal") << "QColor c(12, 34, 56); QColor d = QColor(0x123456);" << true;
    QTest::newRow("palette built") << "QPalette p(Qt::gray);" << true;
    QTest::newRow("palette role") << "painter->setPen(option.palette.color(QPalette::Text));"
                                  << false;
    QTest::newRow("stored colour") << "color = QColor::fromString(value);" << false;
    QTest::newRow("comment") << "x(); // was #ff0000" << false;
}

void TestPalette::scannerFlagsHardCodedColours()
{
    QFETCH(QString, line);
    QFETCH(bool, flagged);
    QCOMPARE(!colourHits(u"x.cpp"_s, line).isEmpty(), flagged);
}

void TestPalette::noHardCodedColoursInSources()
{
    const QDir root(QStringLiteral(COOLIFY_SOURCE_DIR));
    QDirIterator it(root.filePath(u"src"_s), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList problems;
    QSet<int> used;
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        const QString relative = root.relativeFilePath(file.fileName());
        for (const Hit &hit : colourHits(relative, QString::fromUtf8(file.readAll()))) {
            if (!allowed(hit, &used))
                problems << u"%1:%2: %3"_s.arg(hit.file).arg(hit.line).arg(hit.text);
        }
    }
    QVERIFY(files > 50);
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"hard-coded colours (use QPalette roles, or add a reasoned "
                        "allow-list entry):\n"_s
                        + problems.join(u'\n')));
    for (int i = 0; i < int(std::size(kAllowed)); ++i)
        QVERIFY2(used.contains(i),
                 qPrintable(u"stale allow-list entry: %1 %2"_s.arg(
                     QLatin1String(kAllowed[i].file), QLatin1String(kAllowed[i].snippet))));
}

void TestPalette::statusColoursKeepContrast_data()
{
    using State = Models::ResourceStatus::State;
    using Health = Models::ResourceStatus::Health;
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("health");
    for (const bool dark : {false, true}) {
        const char *theme = dark ? "dark" : "light";
        QTest::addRow("%s running", theme) << dark << int(State::Running) << int(Health::Healthy);
        QTest::addRow("%s unhealthy", theme)
            << dark << int(State::Running) << int(Health::Unhealthy);
        QTest::addRow("%s degraded", theme) << dark << int(State::Degraded) << int(Health::Unknown);
        QTest::addRow("%s stopped", theme) << dark << int(State::Stopped) << int(Health::Unknown);
    }
}

void TestPalette::statusColoursKeepContrast()
{
    QFETCH(bool, dark);
    QFETCH(int, state);
    QFETCH(int, health);
    const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
    const QColor dot = Gui::StatusBadgeDelegate::stateColor(state, health, palette);
    // WCAG 2.1 non-text contrast: 3:1 against the cell background.
    const double ratio = contrast(dot, palette.color(QPalette::Base));
    QVERIFY2(ratio >= 3.0,
             qPrintable(u"%1 on %2: %3:1"_s.arg(dot.name(), palette.color(QPalette::Base).name())
                            .arg(ratio, 0, 'f', 2)));
}

void TestPalette::followsLightAndDarkPalettes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestPalette::followsLightAndDarkPalettes()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
    QApplication::setPalette(palette);
    Gui::MainWindow *window = m_app.window();
    m_app.tree()->setCurrentIndex(m_app.node(m_app.rootId, Node::Applications));
    if (!window->secondaryPane()) {
        m_app.tree()->setCurrentIndex(m_app.node(m_app.readId, Node::Databases));
        window->openInSplitView();
        // The sidebar drives the pane last worked in: back to the left one.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->primaryPane()->table()->table()->setFocus(Qt::MouseFocusReason);
        QTRY_COMPARE(window->activePane(), window->primaryPane());
        m_app.tree()->setCurrentIndex(m_app.node(m_app.rootId, Node::Applications));
    }
    QTRY_VERIFY(window->primaryPane()->table()->table()->model()->rowCount() > 0);
    window->primaryPane()->table()->table()->selectRow(0);
    // The screenshot shows the details of the selected application once they have loaded.
    const auto *details = window->primaryPane()->findChild<QWidget *>(u"resourceDetails"_s);
    QVERIFY(details);
    QTRY_VERIFY([details] {
        const auto labels = details->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text() == QLatin1String("Build pack:");
        });
    }());
    QCoreApplication::processEvents();

    // No widget overrides the application palette with colours of its own.
    QStringList own;
    const auto widgets = window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        const QString name = QLatin1String(w->metaObject()->className()) + u'#' + w->objectName();
        if (!w->styleSheet().isEmpty())
            own << u"%1 has a style sheet"_s.arg(name);
        if (w->testAttribute(Qt::WA_SetPalette))
            own << u"%1 sets its own palette"_s.arg(name);
    }
    QCOMPARE(window->palette().color(QPalette::Window), palette.color(QPalette::Window));
    QCOMPARE(m_app.tree()->palette().color(QPalette::Base), palette.color(QPalette::Base));
    QVERIFY2(own.isEmpty(), qPrintable(own.join(u'\n')));

    const QImage shot = window->grab().toImage();
    const double lightness = meanLightness(shot);
    QVERIFY2(dark ? lightness < 0.35 : lightness > 0.65, qPrintable(QString::number(lightness)));
    if (const QString dir = qEnvironmentVariable("COOLIFY_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(QDir().mkpath(dir));
        const QString name = dark ? u"/main-window-dark.png"_s : u"/main-window-light.png"_s;
        QVERIFY(shot.save(dir + name));
    }
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
