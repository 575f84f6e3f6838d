#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Coolify::Gui {

// A database's connection URL, which embeds its password: shown with the password masked
// until the user presses Show, copied whole (password included) by Copy, and marked on the
// clipboard as a secret so clipboard managers that honour the hint keep it out of their history.
//
//     auto *field = new ConnectionUrlField;
//     field->setUrl(db.internalUrl.value); // "postgres://postgres:••••••••@…"
class ConnectionUrlField : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionUrlField(QWidget *parent = nullptr);

    void setUrl(const QString &url);
    QString url() const { return m_url; }
    // What the field shows now: the URL, or the URL with its password masked.
    QString shownText() const;
    bool isRevealed() const;
    void setRevealed(bool revealed);

public slots:
    void copy();

signals:
    void revealedChanged(bool revealed);
    void copied();

private:
    void updateText();

    QString m_url;
    QLineEdit *m_text;
    QToolButton *m_reveal;
    QToolButton *m_copy;
    QLabel *m_feedback;
};

} // namespace Coolify::Gui
