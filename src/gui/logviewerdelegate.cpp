#include "gui/logviewerdelegate.h"

#include "models/deploymentlog.h"
#include "models/deploymentlogmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::DeploymentLogModel;
using Models::LogLine;

namespace {
constexpr int kPad = 4;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QString timeText(qint64 ms)
{
    return ms > 0
        ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().toString(u"HH:mm:ss"_s)
        : u"--:--:--"_s;
}
} // namespace

void LogFilterProxy::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    invalidateFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showHidden)
        return true;
    const auto *model = qobject_cast<const DeploymentLogModel *>(sourceModel());
    if (model)
        return !model->line(sourceRow).hidden;
    return !sourceModel()
                ->index(sourceRow, 0, sourceParent)
                .data(DeploymentLogModel::HiddenRole)
                .toBool();
}

QString LogLineDelegate::markerText()
{
    return tr("stderr");
}

QColor LogLineDelegate::stderrColor(const QPalette &palette)
{
    // Pulled from the palette's text colour towards red: keeps the theme's contrast in dark mode.
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return blend(palette.color(QPalette::Text), dark ? QColor(255, 110, 100) : QColor(190, 0, 0),
                 0.75);
}

QString LogLineDelegate::displayText(const LogLine &line)
{
    if (line.text.isEmpty() && !line.command.isEmpty() && !line.continuation)
        return u"$ "_s + line.command;
    return line.text;
}

QString LogLineDelegate::lineText(const LogLine &line, bool timestamps)
{
    QString out;
    if (timestamps) {
        out += line.timestampMs > 0
            ? QDateTime::fromMSecsSinceEpoch(line.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs)
            : u"-"_s;
        out += u' ';
    }
    if (line.type == LogLine::Type::Stderr)
        out += markerText() + u": "_s;
    return out + displayText(line);
}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const int prefix = (m_timestamps ? fm.horizontalAdvance(u"00:00:00  "_s) : 0)
        + fm.horizontalAdvance(markerText() + u"  "_s);
    return {prefix + m_maxChars * fm.horizontalAdvance(u'M') + 4 * kPad, fm.height() + 2};
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(index.model());
    const auto *model = proxy ? qobject_cast<const DeploymentLogModel *>(proxy->sourceModel())
                              : qobject_cast<const DeploymentLogModel *>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const LogLine &line = model->line(proxy ? proxy->mapToSource(index).row() : index.row());
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    if (selected)
        painter->fillRect(option.rect, pal.brush(QPalette::Highlight));
    const QFontMetrics fm(option.font);
    painter->setFont(option.font);
    QRect r = option.rect.adjusted(kPad, 0, -kPad, 0);
    const int baseline = r.top() + (r.height() - fm.height()) / 2 + fm.ascent();
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor dim = selected ? text : pal.color(QPalette::PlaceholderText);
    int x = r.left();
    if (m_timestamps) {
        painter->setPen(dim);
        painter->drawText(x, baseline, timeText(line.timestampMs));
        x += fm.horizontalAdvance(u"00:00:00  "_s);
    }
    const int markerWidth = fm.horizontalAdvance(markerText() + u"  "_s);
    const bool isErr = line.type == LogLine::Type::Stderr;
    if (isErr && !line.continuation) {
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(selected ? text : stderrColor(pal));
        painter->drawText(x, baseline, markerText());
        painter->setFont(option.font);
    }
    x += markerWidth;
    QColor body = isErr && !selected ? stderrColor(pal) : text;
    if (line.hidden && !selected)
        body = dim;
    const QString shown = displayText(line);
    // Search matches: highlighted background behind each occurrence.
    if (!m_needle.isEmpty()) {
        qsizetype from = 0;
        while ((from = shown.indexOf(m_needle, from, Qt::CaseInsensitive)) >= 0) {
            const int left = x + fm.horizontalAdvance(shown.left(from));
            const int width = fm.horizontalAdvance(shown.mid(from, m_needle.size()));
            const QRect hit(left, option.rect.top() + 1, width, option.rect.height() - 2);
            painter->fillRect(hit,
                              selected ? pal.color(QPalette::HighlightedText)
                                       : pal.color(QPalette::Highlight));
            painter->setPen(selected ? pal.color(QPalette::Highlight)
                                     : pal.color(QPalette::HighlightedText));
            painter->drawText(left, baseline, shown.mid(from, m_needle.size()));
            from += m_needle.size();
        }
        // Draw the non-matching parts.
        painter->setPen(body);
        qsizetype pos = 0;
        while (pos < shown.size()) {
            const qsizetype hit = shown.indexOf(m_needle, pos, Qt::CaseInsensitive);
            const qsizetype end = hit < 0 ? shown.size() : hit;
            if (end > pos)
                painter->drawText(x + fm.horizontalAdvance(shown.left(pos)), baseline,
                                  shown.mid(pos, end - pos));
            pos = hit < 0 ? shown.size() : hit + m_needle.size();
        }
    } else {
        if (line.hidden) {
            QFont italic = option.font;
            italic.setItalic(true);
            painter->setFont(italic);
        }
        painter->setPen(body);
        painter->drawText(x, baseline, shown);
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawRect(option.rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

} // namespace Coolify::Gui
