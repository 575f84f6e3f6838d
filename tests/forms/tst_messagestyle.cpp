// Message strips and field errors: readable text and an error look that is not the selection's,
// in a light and a dark palette, and what the painted widget really shows.
#include "darkpalette.h"
#include "forms/banner.h"
#include "forms/messagestyle.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace Coolify::Forms;

namespace {

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// The colour most pixels of `image` have.
QColor dominantColor(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

} // namespace

class TestMessageStyle : public QObject
{
    Q_OBJECT

private slots:
    void readableInBothThemes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkDesktopPalette();
    }

    void readableInBothThemes()
    {
        QFETCH(QPalette, palette);
        for (const MessageKind kind :
             {MessageKind::Info, MessageKind::Success, MessageKind::Warning, MessageKind::Error}) {
            const MessageColors colors = messageColors(kind, palette);
            QVERIFY2(contrastRatio(colors.text, colors.background) >= 4.5,
                     qPrintable(QStringLiteral("kind %1: %2")
                                    .arg(int(kind))
                                    .arg(contrastRatio(colors.text, colors.background))));
            // The accent bar stands out from the window around the strip.
            QVERIFY(contrastRatio(colors.accent, palette.color(QPalette::Window)) >= 2.0);
        }
        QVERIFY(contrastRatio(fieldErrorColor(palette), palette.color(QPalette::Window)) >= 4.5);
        // An error is not dressed like a selected row.
        const MessageColors error = messageColors(MessageKind::Error, palette);
        QVERIFY(error.background != palette.color(QPalette::Highlight));
        QVERIFY(error.background.hue() <= 20 || error.background.hue() >= 340);
        QVERIFY(error.background != messageColors(MessageKind::Warning, palette).background);
    }

    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
    }

    void errorBannerPaintsTheErrorTint_data() { readableInBothThemes_data(); }

    void errorBannerPaintsTheErrorTint()
    {
        QFETCH(QPalette, palette);
        QWidget window;
        window.setPalette(palette);
        auto *banner = new Banner(&window);
        banner->setGeometry(0, 0, 400, 80);
        banner->showMessage(Banner::Kind::Error, QStringLiteral("x"));
        window.resize(400, 80);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = banner->grab().toImage();
        const MessageColors colors = messageColors(MessageKind::Error, palette);
        QCOMPARE(dominantColor(image), colors.background);
        QCOMPARE(QColor::fromRgb(image.pixel(1, image.height() / 2)), colors.accent);
        const auto *text = banner->findChild<QLabel *>(QStringLiteral("bannerText"));
        QCOMPARE(text->palette().color(QPalette::WindowText), colors.text);

        // The same banner, now a success: the tint follows.
        banner->showMessage(Banner::Kind::Success, QStringLiteral("ok"));
        QCOMPARE(dominantColor(banner->grab().toImage()),
                 messageColors(MessageKind::Success, palette).background);
    }

    void fieldErrorIsColouredNotTinted()
    {
        QWidget window;
        window.setPalette(lightPalette());
        auto *label = new QLabel(QStringLiteral("Must be a number"), &window);
        setFieldErrorStyle(label);
        label->setGeometry(0, 0, 200, 30);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(label->palette().color(QPalette::WindowText), fieldErrorColor(window.palette()));
        const QImage image = label->grab().toImage();
        QCOMPARE(QColor::fromRgb(image.pixel(0, 15)), fieldErrorColor(window.palette()));
        QCOMPARE(dominantColor(image), window.palette().color(QPalette::Window));
    }
};

QTEST_MAIN(TestMessageStyle)
#include "tst_messagestyle.moc"
