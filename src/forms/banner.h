#pragma once

#include "forms/messagestyle.h"

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace Coolify::Forms {

// A message strip above the form (errors, warnings, info) with optional buttons and links to
// fields, styled by setMessageStyle() for light and dark themes.
class Banner : public QFrame
{
    Q_OBJECT

public:
    using Kind = MessageKind;
    explicit Banner(QWidget *parent = nullptr);

    // Shows the banner; removes earlier buttons and links.
    void showMessage(Kind kind, const QString &text);
    // Adds a link line that emits fieldLinkActivated(field) when clicked.
    void addFieldLink(const QString &text, const QString &field);
    void addDetail(const QString &text);
    QPushButton *addButton(const QString &text, const QString &objectName);
    Kind kind() const { return m_kind; }
    QString text() const; // the message plus details/links as plain text
    void dismiss() { hide(); }

signals:
    void fieldLinkActivated(const QString &field);

private:
    void clearExtras();

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QWidget *m_extras;
    QHBoxLayout *m_buttons;
};

} // namespace Coolify::Forms
