#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

// The look the details panes share (ResourceDetails, ServerDetails): a bold, larger title and
// label/value rows that wrap in a narrow pane instead of scrolling sideways. Values come from a
// server: they are plain text, never markup.
namespace Coolify::Gui::DetailsForm {

void styleTitle(QLabel *title);
void styleForm(QFormLayout *form);
// A selectable plain-text value; "—" when empty.
QLabel *plainValue(const QString &value, QWidget *parent);
// Adds `label: field` with the label as the field's buddy and accessible name, shown at once
// (rows are rebuilt while the pane is visible).
void addRow(QFormLayout *form, const QString &label, QWidget *field);

} // namespace Coolify::Gui::DetailsForm
