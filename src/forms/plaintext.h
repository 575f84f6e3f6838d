#pragma once

#include <QString>

class QAbstractItemView;

namespace Coolify::Forms {

// Qt shows a tooltip as rich text as soon as it "might be" rich text (Qt::mightBeRichText), and
// many strings of the app come from servers: names, descriptions, error messages. A crafted one
// (nested tables, links) must neither freeze the UI nor pose as a link. These keep such text
// literal.

// `text` as a tooltip that shows exactly these characters: unchanged when Qt would show it as
// plain text anyway, otherwise escaped into rich text that reads the same.
QString plainToolTip(const QString &text);

// Every item tooltip of `view` (its model's Qt::ToolTipRole) is shown through plainToolTip().
void showItemToolTipsAsText(QAbstractItemView *view);

// For a desktop notification's body: notification servers read a subset of HTML there.
QString notificationBody(const QString &text);

} // namespace Coolify::Forms
