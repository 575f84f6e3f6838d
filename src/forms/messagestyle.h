#pragma once

#include <QColor>

class QFrame;
class QLabel;
class QPalette;

namespace Coolify::Forms {

enum class MessageKind { Info, Success, Warning, Error };

// The colours of a message strip: a tinted background, text that reads on it, and a saturated
// accent for the bar at its edge. Chosen for the palette's lightness, so errors look like errors
// (not like a selected row) in light and dark themes alike.
struct MessageColors
{
    QColor background;
    QColor text;
    QColor accent;
};

MessageColors messageColors(MessageKind kind, const QPalette &palette);

// The colour of a field's error text on the window background (no tint behind it).
QColor fieldErrorColor(const QPalette &palette);

// WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// Paints `frame` as a message of `kind`: tinted background, accent bar on the leading edge,
// text colour for the labels inside. Follows later theme changes. Call again to change the kind.
void setMessageStyle(QFrame *frame, MessageKind kind);

// A field's problem under its editor: the error colour and a slim accent bar, no tint.
void setFieldErrorStyle(QLabel *label);

} // namespace Coolify::Forms
