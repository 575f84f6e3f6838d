// Environment variables as values (coolify-api.md §5, §16): the tolerant decoder (absent value
// versus null, numbers and 0/1 flags, no uuid), the write body (every field spelled out), the
// table model under QAbstractItemModelTester (hidden values, reasons, reveal), plans (add,
// change, remove, unchanged, locked and unreadable skipped; replace versus merge) and the
// comparison of two sets.
#include "models/envplan.h"
#include "models/envvarsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify::Models;

namespace {

EnvVar var(const QString &key, const QString &value, const QString &uuid = {})
{
    EnvVar v;
    v.uuid = uuid.isEmpty() ? u"u-"_s + key : uuid;
    v.key = key;
    v.value = value;
    v.readable = true;
    return v;
}

EnvVar hidden(const QString &key, bool locked)
{
    EnvVar v = var(key, {});
    v.readable = false;
    v.locked = locked;
    return v;
}

} // namespace

class TestEnvPlan : public QObject
{
    Q_OBJECT

private slots:
    void decodesTolerantly();
    void writeBodySpellsOutEveryField();
    void modelShowsReasonsAndReveals();
    void planReplace();
    void planMergeCopiesFlagsAndRemovesNothing();
    void planTreatsTrimmedAsUnchanged();
    void planSkipsUnreadableSource();
    void planIgnoresPreviewCopiesAndDuplicates();
    void summaryWords();
    void diffOfTwoSets();
    void fingerprint();
};

void TestEnvPlan::decodesTolerantly()
{
    const QByteArray body = R"([
        {"uuid":"a","key":"PLAIN","value":"x","is_preview":false,"is_runtime":1,"is_buildtime":"0",
         "comment":"c","updated_at":"2026-08-22T15:22:50.000000Z"},
        {"uuid":"b","key":"NULLED","value":null,"real_value":null},
        {"uuid":"c","key":"ABSENT","is_shown_once":true},
        {"uuid":"d","key":"NUM","value":3000},
        {"key":"NO_UUID","value":"v","is_preview":true},
        {"uuid":"e"},
        "junk", 7
    ])";
    QString error;
    const QVariant decoded = EnvVar::decodeListBody(body, &error, nullptr);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<EnvVar> vars = decoded.value<QList<EnvVar>>();
    QCOMPARE(vars.size(), 5);
    QCOMPARE(vars.at(0).value, u"x"_s);
    QVERIFY(vars.at(0).runtime);
    QVERIFY(!vars.at(0).buildtime);
    QCOMPARE(vars.at(0).comment, u"c"_s);
    QVERIFY(vars.at(0).updatedAt.isValid());
    QVERIFY(vars.at(1).readable); // null is a value (empty), not a hidden one
    QCOMPARE(vars.at(1).value, QString());
    QVERIFY(!vars.at(2).readable); // absent: redacted (coolify-api.md §2)
    QVERIFY(vars.at(2).locked);
    QCOMPARE(vars.at(3).value, u"3000"_s);
    QCOMPARE(vars.at(4).uuid, u"preview:NO_UUID"_s);
    QVERIFY(vars.at(4).preview);

    // The decoder of the whole document agrees with the element walker.
    const QVariant whole = EnvVar::decodeList(QJsonDocument::fromJson(body), &error);
    QCOMPARE(whole.value<QList<EnvVar>>(), vars);
    // No list at all: a clear error, no crash.
    QVERIFY(!EnvVar::decodeList(QJsonDocument(), &error).isValid());
    QVERIFY(!error.isEmpty());
    // A single variable (201 of PATCH).
    error.clear();
    QCOMPARE(
        EnvVar::decodeOne(QJsonDocument::fromJson(R"({"uuid":"z","key":"K","value":"v"})"), &error)
            .value<EnvVar>()
            .key,
        u"K"_s);
    QVERIFY(!EnvVar::decodeOne(QJsonDocument::fromJson(R"([1])"), &error).isValid());
}

void TestEnvPlan::writeBodySpellsOutEveryField()
{
    EnvVar v = var(u"K"_s, u"a\nb"_s);
    v.buildtime = false;
    const QJsonObject body = v.toJson();
    // An application PATCH clears an omitted value and resets omitted flags (coolify-api.md §16).
    for (const char *field : {"key", "value", "is_preview", "is_literal", "is_multiline",
                              "is_shown_once", "is_runtime", "is_buildtime", "comment"})
        QVERIFY2(body.contains(QLatin1String(field)), field);
    QCOMPARE(body.value(u"is_multiline"_s).toBool(), true);
    QCOMPARE(body.value(u"is_buildtime"_s).toBool(), false);
    QVERIFY(body.value(u"comment"_s).isNull());
}

void TestEnvPlan::modelShowsReasonsAndReveals()
{
    EnvVarsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EnvVar preview = var(u"A"_s, u"1"_s, u"pa"_s);
    preview.preview = true;
    EnvVar multi = var(u"PEM"_s, u"-----BEGIN-----\nabc\n-----END-----"_s);
    model.apply({var(u"A"_s, u"1"_s), hidden(u"LOCKED"_s, true), hidden(u"SECRET"_s, false),
                 preview, multi, var(u"EMPTY"_s, {})});
    QCOMPARE(model.rowCount(), 6);
    const auto text = [&model](int row, int role = Qt::DisplayRole) {
        return model.data(model.index(row, EnvVarsModel::Value), role).toString();
    };
    QVERIFY(!text(0).contains(u"1"_s)); // hidden until revealed
    model.setRevealed(u"u-A"_s, true);
    QCOMPARE(text(0), u"1"_s);
    QCOMPARE(text(1), u"locked"_s);
    QVERIFY(text(1, Qt::ToolTipRole).contains(u"never shows"_s));
    QVERIFY(text(2, Qt::ToolTipRole).contains(u"read:sensitive"_s));
    QCOMPARE(model.data(model.index(3, 0), EnvVarsModel::PreviewRole).toBool(), true);
    QVERIFY(model.data(model.index(3, EnvVarsModel::Flags)).toString().contains(u"preview"_s));
    model.setAllRevealed(true);
    QVERIFY(text(4).startsWith(u"-----BEGIN-----"_s));
    QVERIFY(text(4).contains(u"2"_s)); // "… (2 more lines)"
    QVERIFY(!text(4).contains(u'\n'));
    QCOMPARE(text(5), u"(empty)"_s);
    QCOMPARE(model.findKey(u"A"_s)->uuid, u"u-A"_s); // the variable, not its preview copy
    QVERIFY(!model.findKey(u"NOPE"_s));
    model.apply({var(u"A"_s, u"2"_s)});
    QCOMPARE(model.rowCount(), 1);
}

void TestEnvPlan::planReplace()
{
    EnvVar flagged = var(u"FLAGGED"_s, u"f"_s);
    flagged.buildtime = false;
    const QList<EnvVar> current{var(u"SAME"_s, u"1"_s),     var(u"CHANGED"_s, u"old"_s),
                                var(u"GONE"_s, u"x"_s),     hidden(u"LOCKED"_s, true),
                                hidden(u"HIDDEN"_s, false), flagged};
    const QList<EnvVar> wanted{var(u"SAME"_s, u"1"_s), var(u"CHANGED"_s, u"new"_s),
                               var(u"ADDED"_s, u"a"_s), var(u"FLAGGED"_s, u"f"_s)};
    const EnvPlan plan = EnvPlan::build(current, wanted, EnvPlan::Mode::Replace);
    QCOMPARE(plan.count(EnvPlanItem::Add), 1);
    QCOMPARE(plan.count(EnvPlanItem::Change), 1);
    QCOMPARE(plan.count(EnvPlanItem::Remove), 1);
    QCOMPARE(plan.count(EnvPlanItem::Unchanged), 2); // FLAGGED keeps its flags in Replace
    QCOMPARE(plan.count(EnvPlanItem::SkipLocked), 1);
    QCOMPARE(plan.count(EnvPlanItem::SkipUnreadable), 1);
    QVERIFY(plan.hasWrites());
    QCOMPARE(plan.writes().size(), 3);
    for (const EnvPlanItem &item : plan.items) {
        if (item.key == u"CHANGED"_s) {
            QCOMPARE(item.changed, QStringList{u"value"_s});
            QCOMPARE(item.after->value, u"new"_s);
            QCOMPARE(item.after->uuid, u"u-CHANGED"_s);
        }
        if (item.key == u"ADDED"_s) {
            QVERIFY(item.after->runtime && item.after->buildtime); // the server's defaults
            QVERIFY(!item.before);
        }
        if (item.key == u"GONE"_s)
            QCOMPARE(item.action, EnvPlanItem::Remove);
    }
}

void TestEnvPlan::planMergeCopiesFlagsAndRemovesNothing()
{
    EnvVar source = var(u"FLAGGED"_s, u"f"_s);
    source.buildtime = false;
    source.literal = true;
    const EnvPlan plan = EnvPlan::build({var(u"FLAGGED"_s, u"f"_s), var(u"OTHER"_s, u"o"_s)},
                                        {source}, EnvPlan::Mode::Merge);
    QCOMPARE(plan.items.size(), 1); // OTHER is not part of a merge at all
    QCOMPARE(plan.items.constFirst().action, EnvPlanItem::Change);
    QVERIFY(plan.items.constFirst().changed.contains(u"build-time"_s));
    QVERIFY(plan.items.constFirst().changed.contains(u"literal"_s));
    QVERIFY(!plan.items.constFirst().after->buildtime);
}

void TestEnvPlan::planTreatsTrimmedAsUnchanged()
{
    // Coolify trims values (coolify-api.md §16): " 1 " would be stored as "1".
    const EnvPlan plan =
        EnvPlan::build({var(u"K"_s, u"1"_s)}, {var(u"K"_s, u" 1 \n"_s)}, EnvPlan::Mode::Replace);
    QCOMPARE(plan.count(EnvPlanItem::Unchanged), 1);
    QCOMPARE(storedEnvValue(u"  a b \n"_s), u"a b"_s);
}

void TestEnvPlan::planSkipsUnreadableSource()
{
    const EnvPlan plan = EnvPlan::build({}, {hidden(u"LOCKED"_s, true), hidden(u"H"_s, false)},
                                        EnvPlan::Mode::Merge);
    QCOMPARE(plan.count(EnvPlanItem::SkipLocked), 1);
    QCOMPARE(plan.count(EnvPlanItem::SkipUnreadable), 1);
    QVERIFY(!plan.hasWrites());
    // Writing a value over one that cannot be read is a change, and says so.
    const EnvPlan over =
        EnvPlan::build({hidden(u"L"_s, true)}, {var(u"L"_s, u"new"_s)}, EnvPlan::Mode::Replace);
    QCOMPARE(over.count(EnvPlanItem::Change), 1);
    QVERIFY(over.items.constFirst().overwritesUnread);
    QVERIFY(over.items.constFirst().after->locked); // stays locked
}

void TestEnvPlan::planIgnoresPreviewCopiesAndDuplicates()
{
    EnvVar preview = var(u"K"_s, u"other"_s, u"p"_s);
    preview.preview = true;
    const EnvPlan plan =
        EnvPlan::build({var(u"K"_s, u"v"_s), preview},
                       {var(u"K"_s, u"v"_s), var(u"K"_s, u"second"_s)}, EnvPlan::Mode::Replace);
    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items.constFirst().action, EnvPlanItem::Unchanged);
}

void TestEnvPlan::summaryWords()
{
    const EnvPlan plan = EnvPlan::build(
        {var(u"A"_s, u"1"_s), var(u"B"_s, u"1"_s), var(u"C"_s, u"1"_s), hidden(u"L"_s, true)},
        {var(u"A"_s, u"2"_s), var(u"B"_s, u"1"_s), var(u"N1"_s, u"1"_s), var(u"N2"_s, u"1"_s),
         var(u"N3"_s, u"1"_s)},
        EnvPlan::Mode::Replace);
    QCOMPARE(plan.summary(), u"3 added, 1 changed, 1 removed, 1 unchanged, 1 locked — skipped"_s);
    QCOMPARE(EnvPlan().summary(), u"Nothing to change"_s);
}

void TestEnvPlan::diffOfTwoSets()
{
    EnvVar flags = var(u"FLAGS"_s, u"same"_s);
    flags.runtime = false;
    EnvVar previewOnly = var(u"PREVIEW_ONLY"_s, u"p"_s, u"pp"_s);
    previewOnly.preview = true;
    const QList<EnvVar> left{var(u"SAME"_s, u"1"_s),     var(u"DIFF"_s, u"a"_s),
                             var(u"LEFT"_s, u"l"_s),     hidden(u"UNKNOWN"_s, true),
                             var(u"FLAGS"_s, u"same"_s), previewOnly};
    const QList<EnvVar> right{var(u"SAME"_s, u"1"_s), var(u"DIFF"_s, u"b"_s),
                              var(u"RIGHT"_s, u"r"_s), var(u"UNKNOWN"_s, u"v"_s), flags};
    const QList<EnvDiffRow> rows = diffEnvSets(left, right);
    QStringList keys;
    for (const EnvDiffRow &r : rows)
        keys << r.key;
    QCOMPARE(keys,
             (QStringList{u"DIFF"_s, u"FLAGS"_s, u"LEFT"_s, u"RIGHT"_s, u"SAME"_s, u"UNKNOWN"_s}));
    QCOMPARE(rows.at(0).state, EnvDiffRow::Different);
    QCOMPARE(rows.at(0).differences, QStringList{u"value"_s});
    QCOMPARE(rows.at(1).state, EnvDiffRow::Different);
    QCOMPARE(rows.at(1).differences, QStringList{u"runtime"_s});
    QCOMPARE(rows.at(2).state, EnvDiffRow::OnlyLeft);
    QCOMPARE(rows.at(3).state, EnvDiffRow::OnlyRight);
    QCOMPARE(rows.at(4).state, EnvDiffRow::Same);
    QCOMPARE(rows.at(5).state, EnvDiffRow::Unknown);
    QVERIFY(rows.at(5).stateText().contains(u"cannot be read"_s));
}

void TestEnvPlan::fingerprint()
{
    QCOMPARE(envValueFingerprint(var(u"A"_s, u"x"_s)), envValueFingerprint(var(u"B"_s, u"x"_s)));
    QVERIFY(envValueFingerprint(var(u"A"_s, u"x"_s)) != envValueFingerprint(var(u"A"_s, u"y"_s)));
    QCOMPARE(envValueFingerprint(var(u"A"_s, u"x"_s)).size(), 8);
    QVERIFY(envValueFingerprint(hidden(u"A"_s, false)).isEmpty());
}

QTEST_GUILESS_MAIN(TestEnvPlan)
#include "tst_envplan.moc"
