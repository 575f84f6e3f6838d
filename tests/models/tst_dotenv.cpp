// The .env parser and writer (src/models/dotenv.h): the syntax docker compose and python-dotenv
// accept, problems reported by line, quoting chosen by the writer, and round trips — fixed cases
// and a few thousand random entries (values with newlines, quotes, '#', '$', backslashes,
// control characters and non-ASCII text).
#include "models/dotenv.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify::Models;
using DotEnv::Entry;

class TestDotEnv : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void problemsByLine_data();
    void problemsByLine();
    void problemMessagesNameTheKey();
    void lineNumbers();
    void duplicatesKeepTheLast();
    void commentsAboveAndInline();
    void writerQuotesOnlyWhereNeeded_data();
    void writerQuotesOnlyWhereNeeded();
    void writerPutsCommentsAbove();
    void roundTrip();
    void randomRoundTrip();
    void hostileInputsStayLinear();
    void keys();
};

void TestDotEnv::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << u"A=1"_s << u"A"_s << u"1"_s;
    QTest::newRow("spaces") << u"  A =  1 2  "_s << u"A"_s << u"1 2"_s;
    QTest::newRow("export") << u"export A=1"_s << u"A"_s << u"1"_s;
    QTest::newRow("export tab") << u"export\tA=1"_s << u"A"_s << u"1"_s;
    QTest::newRow("export spaces") << u"  export \t  A = 1"_s << u"A"_s << u"1"_s;
    QTest::newRow("export quoted") << u"export A=\"x\""_s << u"A"_s << u"x"_s;
    QTest::newRow("key named export") << u"export=1"_s << u"export"_s << u"1"_s;
    QTest::newRow("empty") << u"A="_s << u"A"_s << QString();
    QTest::newRow("empty, spaces") << u"A =  "_s << u"A"_s << QString();
    QTest::newRow("empty, inline comment") << u"A= # none"_s << u"A"_s << QString();
    QTest::newRow("empty single quotes") << u"A=''"_s << u"A"_s << QString();
    QTest::newRow("empty quotes") << u"A=\"\""_s << u"A"_s << QString();
    QTest::newRow("double") << u"A=\"x y\""_s << u"A"_s << u"x y"_s;
    QTest::newRow("double keeps spaces") << u"A=\"  x  \""_s << u"A"_s << u"  x  "_s;
    QTest::newRow("escapes") << uR"(A="a\nb\tc\"d\\e\$f\x")"_s << u"A"_s << u"a\nb\tc\"d\\e$f\\x"_s;
    QTest::newRow("single is literal")
        << uR"(A='a\nb $HOME "q"')"_s << u"A"_s << uR"(a\nb $HOME "q")"_s;
    QTest::newRow("multiline double") << u"A=\"one\ntwo\"\n"_s << u"A"_s << u"one\ntwo"_s;
    QTest::newRow("multiline single") << u"A='one\n  two'\n"_s << u"A"_s << u"one\n  two"_s;
    QTest::newRow("multiline single crlf")
        << u"A='one\r\n\\n \"'\r\n"_s << u"A"_s << u"one\n\\n \""_s;
    QTest::newRow("multiline double, lone cr") << u"A=\"a\rb\\rc\"\r"_s << u"A"_s << u"a\nb\rc"_s;
    QTest::newRow("multiline keeps blank lines and indent")
        << u"A=\"\n\n  x \n\"  # c"_s << u"A"_s << u"\n\n  x \n"_s;
    QTest::newRow("backslash at line end") << u"A=\"a\\\nb\""_s << u"A"_s << u"a\\\nb"_s;
    QTest::newRow("crlf") << u"A=1\r\n"_s << u"A"_s << u"1"_s;
    QTest::newRow("crlf inside quotes") << u"A=\"x\r\ny\"\r\n"_s << u"A"_s << u"x\ny"_s;
    QTest::newRow("bom") << u"\uFEFFA=1"_s << u"A"_s << u"1"_s;
    QTest::newRow("hash inside") << u"A=a#b"_s << u"A"_s << u"a#b"_s;
    QTest::newRow("hash after space") << u"A=a #b"_s << u"A"_s << u"a"_s;
    QTest::newRow("hash after tab") << u"A=a\t#b"_s << u"A"_s << u"a"_s;
    QTest::newRow("hash after quote") << u"A=\"a\"#b"_s << u"A"_s << u"a"_s;
    QTest::newRow("quote inside bare") << u"A=a\"b'c"_s << u"A"_s << u"a\"b'c"_s;
    QTest::newRow("hash in quotes") << u"A=\"a #b\""_s << u"A"_s << u"a #b"_s;
    QTest::newRow("equals in value") << u"A=b=c"_s << u"A"_s << u"b=c"_s;
    QTest::newRow("dots") << u"app.key_1=v"_s << u"app.key_1"_s << u"v"_s;
}

void TestDotEnv::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const DotEnv::Document doc = DotEnv::parse(text);
    QVERIFY2(doc.problems.isEmpty(), qPrintable(doc.problems.value(0).message));
    QCOMPARE(doc.entries.size(), 1);
    QCOMPARE(doc.entries.at(0).key, key);
    QCOMPARE(doc.entries.at(0).value, value);
    QCOMPARE(doc.entries.at(0).line, 1);
}

void TestDotEnv::problemsByLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("kept");
    QTest::newRow("invalid keys") << u"OK=1\n9BAD=2\n-x=3\n=4\nALSO_OK=5"_s << QList<int>{2, 3, 4}
                                  << QStringList{u"OK"_s, u"ALSO_OK"_s};
    QTest::newRow("no equals") << u"A=1\njust words\n"_s << QList<int>{2} << QStringList{u"A"_s};
    QTest::newRow("unterminated") << u"A=\"open\nB=2\nC=3"_s << QList<int>{1}
                                  << QStringList{u"B"_s, u"C"_s};
    QTest::newRow("unterminated single")
        << u"A=1\nB='open\nC=3\n"_s << QList<int>{2} << QStringList{u"A"_s, u"C"_s};
    QTest::newRow("both quotes unterminated")
        << u"A=\"x\nB='y\nD=1"_s << QList<int>{1, 2} << QStringList{u"D"_s};
    QTest::newRow("escaped quote does not close")
        << u"A=\"x\\\"\nB=1"_s << QList<int>{1} << QStringList{u"B"_s};
    QTest::newRow("bad key after export")
        << u"export 1A=1\nexport =2\nB=3"_s << QList<int>{1, 2} << QStringList{u"B"_s};
    QTest::newRow("bad key chars")
        << u"A-B=1\nA B=2\nÄ=3\n\"Q\"=4\nOK=5"_s << QList<int>{1, 2, 3, 4} << QStringList{u"OK"_s};
    QTest::newRow("key too long") << QString(256, u'K') + u"=1\n"_s + QString(255, u'K') + u"=2"_s
                                  << QList<int>{1} << QStringList{QString(255, u'K')};
    QTest::newRow("closed by the next line")
        << u"A='x\nB='y\nC=1"_s << QList<int>{2} << QStringList{u"C"_s};
    QTest::newRow("text after quote")
        << u"A=\"x\" y\nB=1"_s << QList<int>{1} << QStringList{u"B"_s};
    QTest::newRow("html") << u"<html>\n<body>\n"_s << QList<int>{1, 2} << QStringList{};
    QTest::newRow("problems after a multiline value")
        << u"A=\"1\n2\n3\"\nnope\nB='x\ny' z\nC=1"_s << QList<int>{4, 6}
        << QStringList{u"A"_s, u"C"_s};
}

void TestDotEnv::problemsByLine()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, kept);
    const DotEnv::Document doc = DotEnv::parse(text);
    QList<int> got;
    for (const DotEnv::Problem &p : doc.problems) {
        got << p.line;
        QVERIFY2(p.message.contains(u"Line %1"_s.arg(p.line)), qPrintable(p.message));
    }
    QCOMPARE(got, lines);
    QStringList keys;
    for (const Entry &e : doc.entries)
        keys << e.key;
    QCOMPARE(keys, kept);
}

void TestDotEnv::problemMessagesNameTheKey()
{
    const DotEnv::Document doc = DotEnv::parse(u"\n9BAD=1\nno equals\nX=\"open\n"_s);
    QCOMPARE(doc.problems.size(), 3);
    QCOMPARE(doc.problems.at(0).line, 2);
    QVERIFY2(doc.problems.at(0).message.contains(u"“9BAD”"_s),
             qPrintable(doc.problems.at(0).message));
    QCOMPARE(doc.problems.at(1).line, 3);
    QCOMPARE(doc.problems.at(2).line, 4);
    // A '%' in the bad key is shown as it is, not taken for a placeholder.
    const DotEnv::Document percent = DotEnv::parse(u"%1%2=x"_s);
    QCOMPARE(percent.problems.size(), 1);
    QVERIFY2(percent.problems.at(0).message.contains(u"“%1%2”"_s),
             qPrintable(percent.problems.at(0).message));
}

void TestDotEnv::lineNumbers()
{
    // Lines count after the BOM, with CRLF, lone CR and LF alike, and across multiline values.
    const DotEnv::Document doc =
        DotEnv::parse(u"\uFEFFA=1\r\n# c\rB=\"x\ny\r\nz\"\n\nC='p\rq'\nD=4"_s);
    QVERIFY(doc.problems.isEmpty());
    QCOMPARE(doc.entries.size(), 4);
    QCOMPARE(doc.entries.at(0).line, 1);
    QCOMPARE(doc.entries.at(1).line, 3);
    QCOMPARE(doc.entries.at(1).comment, u"c"_s);
    QCOMPARE(doc.entries.at(1).value, u"x\ny\nz"_s);
    QCOMPARE(doc.entries.at(2).line, 7);
    QCOMPARE(doc.entries.at(2).value, u"p\nq"_s);
    QCOMPARE(doc.entries.at(3).line, 9);
    // A BOM anywhere else is text: here it makes the key invalid.
    QCOMPARE(DotEnv::parse(u"\n\uFEFFA=1"_s).problems.size(), 1);
}

void TestDotEnv::duplicatesKeepTheLast()
{
    const DotEnv::Document doc = DotEnv::parse(u"A=1\nB=2\nA=3\nC=4\nA=5\n"_s);
    QCOMPARE(doc.entries.size(), 3);
    QCOMPARE(doc.entries.at(0).key, u"B"_s);
    QCOMPARE(doc.entries.at(1).key, u"C"_s);
    QCOMPARE(doc.entries.at(2).key, u"A"_s);
    QCOMPARE(doc.entries.at(2).value, u"5"_s);
    QCOMPARE(doc.entries.at(2).line, 5);
    QCOMPARE(doc.problems.size(), 2);
    QCOMPARE(doc.problems.at(0).line, 3);
    QVERIFY(doc.problems.at(0).message.contains(u"Line 3"_s));
    QVERIFY(doc.problems.at(0).message.contains(u"first on line 1"_s));
    QCOMPARE(doc.problems.at(1).line, 5);
    QVERIFY(doc.problems.at(1).message.contains(u"first on line 1"_s));
    // The comment and inline comment of the last definition are the ones kept.
    const DotEnv::Document commented = DotEnv::parse(u"# old\nK=1 # was\n# new\nK=2\n"_s);
    QCOMPARE(commented.entries.size(), 1);
    QCOMPARE(commented.entries.at(0).comment, u"new"_s);
    QCOMPARE(commented.entries.at(0).line, 4);
}

void TestDotEnv::commentsAboveAndInline()
{
    const DotEnv::Document doc = DotEnv::parse(
        u"# detached\n\n# the database\n#  primary \nDB=x # inline\nNEXT=1\nQ=\"v\" # after\n"_s);
    QVERIFY(doc.problems.isEmpty());
    QCOMPARE(doc.entries.size(), 3);
    QCOMPARE(doc.entries.at(0).comment, u"the database\nprimary\ninline"_s);
    QCOMPARE(doc.entries.at(0).value, u"x"_s);
    QCOMPARE(doc.entries.at(1).comment, QString());
    QCOMPARE(doc.entries.at(2).comment, u"after"_s);
    // Comments above a bad line or a problem belong to nothing; a trailing comment is dropped.
    const DotEnv::Document bad = DotEnv::parse(u"# for nothing\n9=1\nA=1\n#\n#\nB='x' #\n# end"_s);
    QCOMPARE(bad.entries.size(), 2);
    QCOMPARE(bad.entries.at(0).comment, QString());
    QCOMPARE(bad.entries.at(1).comment, u"\n"_s); // two empty comment lines, empty inline one
}

void TestDotEnv::writerQuotesOnlyWhereNeeded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << u"abc"_s << u"K=abc"_s;
    QTest::newRow("url") << u"postgres://u:p@h:5432/db?x=1"_s
                         << u"K=postgres://u:p@h:5432/db?x=1"_s;
    QTest::newRow("empty") << QString() << u"K="_s;
    QTest::newRow("space") << u"a b"_s << u"K=\"a b\""_s;
    QTest::newRow("hash") << u"a#b"_s << u"K=\"a#b\""_s;
    QTest::newRow("dollar") << u"$HOME"_s << u"K=\"\\$HOME\""_s;
    QTest::newRow("quote and backslash") << u"a\"b\\c"_s << u"K=\"a\\\"b\\\\c\""_s;
    QTest::newRow("multiline stays readable") << u"one\ntwo"_s << u"K=\"one\ntwo\""_s;
    QTest::newRow("tab and cr") << u"a\tb\rc"_s << u"K=\"a\\tb\\rc\""_s;
    QTest::newRow("outer spaces") << u" x "_s << u"K=\" x \""_s;
    QTest::newRow("only spaces") << u"  "_s << u"K=\"  \""_s;
    QTest::newRow("unicode stays bare") << u"héllo→世界🚀"_s << u"K=héllo→世界🚀"_s;
    QTest::newRow("equals and punctuation") << u"=a=b,c;d&e|f*g"_s << u"K==a=b,c;d&e|f*g"_s;
    QTest::newRow("single quote") << u"it's"_s << u"K=\"it's\""_s;
    QTest::newRow("no-break space") << u"a\u00a0b"_s << u"K=\"a\u00a0b\""_s;
    QTest::newRow("C0 control kept") << u"a\u0001b"_s << u"K=\"a\u0001b\""_s;
    QTest::newRow("C1 control kept") << u"a\u0085b"_s << u"K=\"a\u0085b\""_s;
    QTest::newRow("zero width space") << u"a\u200bb"_s << u"K=\"a\u200bb\""_s;
    QTest::newRow("crlf") << u"a\r\nb"_s << u"K=\"a\\r\nb\""_s;
    QTest::newRow("backslash before newline") << u"a\\\nb"_s << u"K=\"a\\\\\nb\""_s;
}

void TestDotEnv::writerQuotesOnlyWhereNeeded()
{
    QFETCH(QString, value);
    QFETCH(QString, line);
    QCOMPARE(DotEnv::write({{u"K"_s, value, {}, 0}}), line + u'\n');
}

void TestDotEnv::writerPutsCommentsAbove()
{
    const QString text = DotEnv::write({{u"A"_s, u"1"_s, {}, 0},
                                        {u"B"_s, u"two words"_s, u"first\n\nthird # x"_s, 0},
                                        {u"C"_s, {}, u"c"_s, 0},
                                        {u"D"_s, u"d"_s, {}, 0}});
    QCOMPARE(text, u"A=1\n\n# first\n#\n# third # x\nB=\"two words\"\n\n# c\nC=\nD=d\n"_s);
    QCOMPARE(DotEnv::write({}), QString());
    QCOMPARE(DotEnv::write({{u"A"_s, u"1"_s, u"top"_s, 0}}), u"# top\nA=1\n"_s);
}

void TestDotEnv::roundTrip()
{
    const QList<Entry> entries{
        {u"A"_s, u"1"_s, {}, 0},
        {u"PEM"_s, u"-----BEGIN-----\nabc\n-----END-----"_s, u"the key\nrotated yearly"_s, 0},
        {u"B"_s, u"  spaced \\ \"quoted\" $X #h 'q' "_s, {}, 0},
        {u"EMPTY"_s, {}, u"nothing"_s, 0},
        {u"UNI"_s, u"héllo → 世界 🚀"_s, {}, 0},
        {u"export"_s, u"\\"_s, u"\n"_s, 0},
        {u"export.x"_s, u"\""_s, u"# not a # comment #"_s, 0},
        {u"_"_s, u"'"_s, {}, 0},
        {u"H"_s, u"#x"_s, {}, 0},
        {u"H2"_s, u"a #b"_s, u"a\n\nb"_s, 0},
        {u"NL"_s, u"\n"_s, {}, 0},
        {u"BSNL"_s, u"\\\n\\"_s, {}, 0},
        {u"CRLF"_s, u"\r\n\r"_s, {}, 0},
        {u"SPACES"_s, u"   "_s, {}, 0},
        {u"QUOTES"_s, u"\"'\"'"_s, {}, 0},
        {u"CTRL"_s, QString(u"\u0000\u0001\u0085\u2028\uFEFF"_s), {}, 0},
        {u"VAR"_s, u"${HOME} $USER \\$"_s, {}, 0}};
    const QString text = DotEnv::write(entries);
    const DotEnv::Document doc = DotEnv::parse(text);
    QVERIFY2(doc.problems.isEmpty(), qPrintable(text));
    QCOMPARE(doc.entries, entries);
    // CRLF line ends (a file edited on Windows) and a BOM read the same: a CR in a value is
    // written as "\r", never as a raw CR.
    QString crlf = text;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    const DotEnv::Document windows = DotEnv::parse(QString(u"\uFEFF"_s + crlf));
    QVERIFY(windows.problems.isEmpty());
    QCOMPARE(windows.entries, entries);
}

void TestDotEnv::randomRoundTrip()
{
    QRandomGenerator rng(20261204);
    // Characters the format treats specially, whitespace of several kinds, controls, format
    // characters and non-ASCII text (🚀 as a surrogate pair).
    const QString alphabet =
        u"abcXYZ019 _.-=#$\"'\\\t\n\r/:@!?{}[]é世🚀\u0000\u0001\u007f\u0085\u00a0\u200b\u2028\uFEFF"_s;
    const auto randomText = [&](int maxLen) {
        QString s;
        const int len = int(rng.bounded(maxLen + 1));
        for (int i = 0; i < len; ++i) {
            const int k = int(rng.bounded(alphabet.size()));
            const QChar c = alphabet.at(k);
            if (c.isHighSurrogate() && k + 1 < alphabet.size()) {
                s += c;
                s += alphabet.at(k + 1);
            } else if (!c.isLowSurrogate()) {
                s += c;
            }
        }
        return s;
    };
    const QString keyStart = u"ABCxyz_"_s;
    const QString keyChars = u"ABCxyz_019."_s;
    const QString spaces = u" \t"_s;
    qsizetype total = 0;
    for (int round = 0; round < 400; ++round) {
        QList<Entry> entries;
        QSet<QString> used;
        const int count = 1 + int(rng.bounded(20));
        for (int i = 0; i < count; ++i) {
            QString key = keyStart.at(int(rng.bounded(keyStart.size())));
            const int extra = int(rng.bounded(10));
            for (int j = 0; j < extra; ++j)
                key += keyChars.at(int(rng.bounded(keyChars.size())));
            if (used.contains(key))
                continue;
            used.insert(key);
            // The guarantee for comments: no CR, no space or tab around any line.
            QStringList commentLines;
            const int lines = int(rng.bounded(4));
            for (int j = 0; j < lines; ++j) {
                QString line = randomText(12);
                line.replace(u'\n', u'x').replace(u'\r', u'x');
                while (!line.isEmpty() && spaces.contains(line.front()))
                    line.remove(0, 1);
                while (!line.isEmpty() && spaces.contains(line.back()))
                    line.chop(1);
                commentLines << line;
            }
            // Some values are mostly one special character, to hit runs of them.
            QString value = randomText(40);
            if (rng.bounded(8) == 0)
                value = QString(int(rng.bounded(1, 6)), alphabet.at(int(rng.bounded(13, 22))));
            entries.append({key, value, commentLines.join(u'\n'), 0});
        }
        total += entries.size();
        QString text = DotEnv::write(entries);
        if (round % 2 == 1) // half of the files as Windows writes them
            text.replace(u"\n"_s, u"\r\n"_s);
        const DotEnv::Document doc = DotEnv::parse(text);
        if (!doc.problems.isEmpty() || doc.entries != entries) {
            QString detail = u"round %1:\n"_s.arg(round) + text;
            if (!doc.problems.isEmpty())
                detail += u"\nproblem: "_s + doc.problems.first().message;
            for (qsizetype i = 0; i < std::min(doc.entries.size(), entries.size()); ++i) {
                if (!(doc.entries.at(i) == entries.at(i))) {
                    detail += u"\nfirst difference at "_s + entries.at(i).key;
                    break;
                }
            }
            QFAIL(qPrintable(detail));
        }
    }
    QVERIFY2(total >= 3000, qPrintable(QString::number(total)));
}

void TestDotEnv::hostileInputsStayLinear()
{
    // Each input is ~400 kB of lines that each start work to the end of the text (open quotes,
    // redefinitions, problems on every line). Linear parsing takes well under a second even in a
    // sanitizer build; a quadratic one would take minutes and run into the test's timeout (no
    // timing is asserted here: speed is for benchmarks, not for the suite).
    const auto repeat = [](const QString &piece) {
        QString text;
        text.reserve(400'000 + piece.size());
        while (text.size() < 400'000)
            text += piece;
        return text;
    };
    const QStringList pieces{u"A=\"x\n"_s,      u"A='x\n"_s,      u"A=\"x\nB='y\n"_s,
                             u"A=1\n"_s,        u"A=\"x\" y\n"_s, u"9=1\r"_s,
                             u"A=\"\n\n\"\n"_s, u"# c\n"_s,       u"export  A=\\\n"_s};
    for (const QString &piece : pieces) {
        const DotEnv::Document doc = DotEnv::parse(repeat(piece));
        QVERIFY(doc.entries.size() <= 2);
    }
    const QString oneLine = u"A="_s + QString(1'000'000, u'x') + u" #"_s + QString(500'000, u'#');
    QCOMPARE(DotEnv::parse(oneLine).entries.value(0).value.size(), 1'000'000);
}

void TestDotEnv::keys()
{
    QVERIFY(DotEnv::isValidKey(u"_"_s));
    QVERIFY(DotEnv::isValidKey(u"a.b_C9"_s));
    QVERIFY(!DotEnv::isValidKey(u"9a"_s));
    QVERIFY(!DotEnv::isValidKey(u".a"_s));
    QVERIFY(!DotEnv::isValidKey(u"a-b"_s));
    QVERIFY(!DotEnv::isValidKey(u"é"_s));
    QVERIFY(!DotEnv::isValidKey(QString()));
    QVERIFY(DotEnv::isValidKey(QString(255, u'A')));
    QVERIFY(!DotEnv::isValidKey(QString(256, u'A')));
}

QTEST_GUILESS_MAIN(TestDotEnv)
#include "tst_dotenv.moc"
