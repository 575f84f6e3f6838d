#include "models/backuprules.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

namespace {

struct CronField
{
    const char *name; // untranslated, see fieldName()
    int low;
    int high;
};

constexpr std::array<CronField, 5> kFields{
    {{QT_TRANSLATE_NOOP("Coolify::Models::BackupRules", "minute"), 0, 59},
     {QT_TRANSLATE_NOOP("Coolify::Models::BackupRules", "hour"), 0, 23},
     {QT_TRANSLATE_NOOP("Coolify::Models::BackupRules", "day of month"), 1, 31},
     {QT_TRANSLATE_NOOP("Coolify::Models::BackupRules", "month"), 1, 12},
     {QT_TRANSLATE_NOOP("Coolify::Models::BackupRules", "day of week"), 0, 7}}};

// Days in each month at most (February in a leap year).
constexpr std::array<int, 13> kMonthDays{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// The values a numeric field takes (for the impossible-date check); empty for '*' or names.
QList<int> valuesOf(const QString &field, int low, int high)
{
    QList<int> out;
    static const QRegularExpression part(u"^(\\*|(\\d+)(-(\\d+))?)(/(\\d+))?$"_s);
    for (const QString &item : field.split(u',')) {
        const QRegularExpressionMatch m = part.match(item);
        if (!m.hasMatch() || m.captured(1) == u"*"_s)
            return {};
        const int a = m.captured(2).toInt();
        const int b =
            m.captured(4).isEmpty() ? (m.captured(6).isEmpty() ? a : high) : m.captured(4).toInt();
        const int stepBy = m.captured(6).isEmpty() ? 1 : m.captured(6).toInt();
        for (int v = qMax(a, low); v <= qMin(b, high) && stepBy > 0; v += stepBy)
            out.append(v);
    }
    return out;
}

} // namespace

const QStringList &BackupRules::frequencyAliases()
{
    static const QStringList aliases{u"every_minute"_s, u"hourly"_s,   u"daily"_s,   u"weekly"_s,
                                     u"monthly"_s,      u"yearly"_s,   u"@hourly"_s, u"@daily"_s,
                                     u"@weekly"_s,      u"@monthly"_s, u"@yearly"_s};
    return aliases;
}

QString BackupRules::frequencyProblem(const QString &frequency)
{
    const QString text = frequency.trimmed();
    if (text.isEmpty())
        return tr("Enter how often to back up: daily, hourly, weekly, monthly, yearly, or a "
                  "cron expression such as 0 3 * * *.");
    if (frequencyAliases().contains(text))
        return {};
    if (text.startsWith(u'@'))
        return tr("Coolify does not accept %1. It knows @hourly, @daily, @weekly, @monthly and "
                  "@yearly.")
            .arg(text);
    const QStringList fields = text.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return tr("A cron expression has five fields (minute hour day month weekday); this one "
                  "has %n.",
                  nullptr, int(fields.size()));
    static const QRegularExpression month(u"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekday(u"^(sun|mon|tue|wed|thu|fri|sat)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression part(u"^(\\*|(\\d+)(-(\\d+))?)(/(\\d+))?$"_s);
    for (int f = 0; f < 5; ++f) {
        const QString &field = fields.at(f);
        const CronField &spec = kFields.at(f);
        const QString name = tr(spec.name);
        if ((f == 3 && month.match(field).hasMatch())
            || (f == 4 && weekday.match(field).hasMatch()))
            continue;
        for (const QString &item : field.split(u',')) {
            const QRegularExpressionMatch m = part.match(item);
            if (!m.hasMatch())
                return tr("“%1” in the %2 field is not understood: use numbers, *, lists (1,15), "
                          "ranges (1-5) and steps (*/10). Coolify does not accept ?, L, W, # or "
                          "names inside lists.")
                    .arg(item, name);
            if (m.captured(1) != u"*"_s) {
                const int a = m.captured(2).toInt();
                const int b = m.captured(4).isEmpty() ? a : m.captured(4).toInt();
                if (a < spec.low || b > spec.high)
                    return tr("The %1 field takes %2 to %3; “%4” is outside.")
                        .arg(name)
                        .arg(spec.low)
                        .arg(spec.high)
                        .arg(item);
                if (a > b)
                    return tr("The range “%1” in the %2 field runs backwards.").arg(item, name);
            }
            if (!m.captured(6).isEmpty() && m.captured(6).toInt() == 0)
                return tr("A step of 0 in the %1 field never repeats.").arg(name);
        }
    }
    // A day that no chosen month has (31 in a 30-day month, 30 February) never comes.
    const QList<int> days = valuesOf(fields.at(2), 1, 31);
    const QList<int> months = valuesOf(fields.at(3), 1, 12);
    if (!days.isEmpty() && !months.isEmpty() && fields.at(4) == u"*"_s) {
        const bool occurs = std::any_of(days.cbegin(), days.cend(), [&months](int d) {
            return std::any_of(months.cbegin(), months.cend(),
                               [d](int m) { return d <= kMonthDays.at(m); });
        });
        if (!occurs)
            return tr("That date never comes: no chosen month has day %1.").arg(days.first());
    }
    return {};
}

QString BackupRules::databasesProblem(const QString &databases)
{
    struct Forbidden
    {
        const char *sequence;
        const char *shown; // how the message names it
    };
    // '|' separates entries, so it is never inside a name.
    static constexpr std::array<Forbidden, 10> kForbidden{{{"`", "`"},
                                                           {"$(", "$("},
                                                           {"${", "${"},
                                                           {"&", "&"},
                                                           {";", ";"},
                                                           {"\n", "↵"},
                                                           {"\r", "↵"},
                                                           {"\t", "⇥"},
                                                           {">", ">"},
                                                           {"<", "<"}}};
    const auto check = [](const QString &name) -> QString {
        for (const Forbidden &f : kForbidden) {
            if (name.contains(QString::fromUtf8(f.sequence)))
                return tr("“%1” may not contain %2: Coolify refuses shell characters in database "
                          "and collection names.")
                    .arg(name.simplified(), QString::fromUtf8(f.shown));
        }
        return {};
    };
    for (const QString &raw : databases.split(u'|')) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty() || entry == u"all"_s || entry == u"*"_s)
            continue;
        QStringList names =
            entry.contains(u':') ? entry.section(u':', 1).split(u',') : entry.split(u',');
        if (entry.contains(u':'))
            names.prepend(entry.section(u':', 0, 0));
        for (const QString &name : std::as_const(names)) {
            if (const QString problem = check(name.trimmed()); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

} // namespace Coolify::Models
