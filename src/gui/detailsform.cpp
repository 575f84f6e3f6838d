#include "gui/detailsform.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>

namespace Coolify::Gui::DetailsForm {

void styleTitle(QLabel *title)
{
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    title->setFont(font);
    title->setTextFormat(Qt::PlainText); // names come from the server
    title->setWordWrap(true);
}

void styleForm(QFormLayout *form)
{
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

QLabel *plainValue(const QString &value, QWidget *parent)
{
    auto *text = new QLabel(parent);
    text->setTextFormat(Qt::PlainText); // server text is never markup
    text->setWordWrap(true);
    text->setText(value.isEmpty() ? QCoreApplication::translate("Coolify::Gui::DetailsForm", "—")
                                  : value);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return text;
}

void addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    field->setAccessibleName(label);
    auto *name = new QLabel(label, field->parentWidget());
    name->setBuddy(field);
    form->addRow(name, field);
    name->show();
    field->show();
}

} // namespace Coolify::Gui::DetailsForm
