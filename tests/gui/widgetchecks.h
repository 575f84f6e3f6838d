#pragma once
// What the accessibility and keyboard tests ask of live widgets: which are interactive, whether
// a screen reader gets a name for them, and a readable description for failure messages.

#include "gui/commandpalette.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

inline QString describe(const QWidget *w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += u'#' + w->objectName();
    if (!w->accessibleName().isEmpty())
        text += u" \""_s + w->accessibleName() + u'"';
    if (const auto *button = qobject_cast<const QAbstractButton *>(w);
        button && !button->text().isEmpty())
        text += u" ["_s + button->text() + u']';
    for (const QWidget *p = w->parentWidget(); p && p != w->window(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            text += u" in "_s + p->objectName();
            break;
        }
    }
    return text;
}

// A control the user operates: edits, buttons, combos, spin boxes and item views. Parts of a
// composite control (a spin box's line edit, a line edit's clear button) do not count.
inline bool isInteractive(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (parent
        && (qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QComboBox *>(parent) || qobject_cast<const QLineEdit *>(parent)))
        return false;
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false; // parts of a scroll area or table, named by it
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractButton *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w);
}

// True when assistive technology gets a name: an accessible name, a buddy label, or (for
// buttons only) visible text. A combo's or an edit's current text is not a name.
inline bool hasAccessibleName(const QWidget *w)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return true;
    const auto labels = w->window()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() == w && !label->text().trimmed().isEmpty())
            return true;
    }
    if (const auto *tool = qobject_cast<const QToolButton *>(w); tool && tool->defaultAction())
        return !Coolify::Gui::ActionCommandSource::plainText(tool->defaultAction()->text())
                    .isEmpty();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return !Coolify::Gui::ActionCommandSource::plainText(button->text()).trimmed().isEmpty();
    return false;
}

// Interactive widgets of `root` shown on screen and lacking a name.
inline QStringList unnamedControls(const QWidget *root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (w->isVisibleTo(root) && isInteractive(w) && !hasAccessibleName(w))
            missing << describe(w);
    }
    return missing;
}
