// Action icons do not depend on the desktop's icon theme: every icon name the windows ask the
// theme for is shipped as an SVG and found when the theme has nothing.
#include "gui/bundledicons.h"
#include "gui/instancedelegate.h"
#include "models/navigationmodel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBundledIcons : public QObject
{
    Q_OBJECT

private:
    // Icon names passed to QIcon::fromTheme() or ResourceActions::makeAction() in src/gui.
    static QSet<QString> namesInSources()
    {
        static const QRegularExpression fromTheme(
            uR"re(fromTheme\(\s*u?"([a-z]+(?:-[a-z]+)+)")re"_s);
        static const QRegularExpression makeAction(
            uR"re(makeAction\([^;]*?"([a-z]+(?:-[a-z]+)+)")re"_s,
            QRegularExpression::DotMatchesEverythingOption);
        QSet<QString> names;
        const QDir dir(QStringLiteral(COOLIFY_SOURCE_DIR "/src/gui"));
        const QStringList files = dir.entryList({u"*.cpp"_s}, QDir::Files);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (const QRegularExpression *re : {&fromTheme, &makeAction}) {
                auto it = re->globalMatch(text);
                while (it.hasNext())
                    names.insert(it.next().captured(1));
            }
        }
        return names;
    }

private slots:
    void initTestCase()
    {
        // No theme at all, as on a bare window manager or the offscreen platform.
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(QString());
        Coolify::Gui::installBundledIcons();
        QVERIFY(!QIcon::themeName().isEmpty());
        QVERIFY(!QIcon::fromTheme(u"edit-copy"_s).isNull());
        QIcon::setThemeName(u"coolify-test-no-such-theme"_s); // a theme without these names
        Coolify::Gui::installBundledIcons();
        QCOMPARE(QIcon::themeName(), u"coolify-test-no-such-theme"_s); // left alone
        Coolify::Gui::installBundledIcons(); // idempotent
        QCOMPARE(QIcon::fallbackSearchPaths().count(u":/icons/fallback"_s), 1);
    }

    void everyRequestedNameIsShipped()
    {
        const QSet<QString> names = namesInSources();
        QVERIFY2(names.size() >= 20, qPrintable(QString::number(names.size())));
        QStringList missing;
        for (const QString &name : names) {
            const QIcon icon = QIcon::fromTheme(name);
            if (icon.isNull())
                missing << name;
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    // Every sidebar row but an instance's has an icon for what it holds; resources by kind.
    void sidebarRowsHaveKindIcons()
    {
        using Nav = Coolify::Models::NavigationModel;
        QStandardItemModel model;
        const auto row = [&model](Nav::Node node, const QString &kind = {}) {
            auto *item = new QStandardItem(u"x"_s);
            item->setData(int(node), Nav::NodeRole);
            if (!kind.isEmpty())
                item->setData(kind, Nav::ResourceKindRole);
            model.appendRow(item);
            return item->index();
        };
        const QMetaEnum nodes = QMetaEnum::fromType<Nav::Node>();
        for (int i = 0; i < nodes.keyCount(); ++i) {
            const auto node = Nav::Node(nodes.value(i));
            const QIcon icon = Coolify::Gui::InstanceDelegate::nodeIcon(row(node));
            QCOMPARE(icon.isNull(), node == Nav::Node::Instance);
        }
        const auto iconKey = [&](const QString &kind) {
            return Coolify::Gui::InstanceDelegate::nodeIcon(row(Nav::Node::Resource, kind))
                .pixmap(16, 16)
                .toImage();
        };
        QVERIFY(iconKey(u"database"_s) != iconKey(u"application"_s));
        QVERIFY(iconKey(u"service"_s) != iconKey(u"application"_s));
        QCOMPARE(iconKey(u"application"_s),
                 Coolify::Gui::InstanceDelegate::nodeIcon(row(Nav::Node::Applications))
                     .pixmap(16, 16)
                     .toImage());
    }

    void iconsRenderSomething()
    {
        const QDir dir(u":/icons/fallback"_s);
        const QStringList files = dir.entryList({u"*.svg"_s});
        QVERIFY(files.size() >= 20);
        for (const QString &file : files) {
            const QString name = file.chopped(4);
            const QImage image = QIcon::fromTheme(name).pixmap(32, 32).toImage();
            QVERIFY2(!image.isNull(), qPrintable(name));
            int painted = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    painted += qAlpha(image.pixel(x, y)) > 0;
            QVERIFY2(painted > 20, qPrintable(name));
        }
    }
};

QTEST_MAIN(TestBundledIcons)
#include "tst_bundledicons.moc"
