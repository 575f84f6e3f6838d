#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace Coolify::Forms {

// Edits a list of domains (one URL per row); the value is Coolify's comma-separated string.
// Rows are edited in place (F2 or double-click); the line below adds new ones (Enter or Add).
class DomainListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DomainListEditor(QWidget *parent = nullptr);

    QStringList domains() const;
    void setDomains(const QStringList &domains); // does not emit changed()
    QString value() const { return domains().join(u','); }
    void setReadOnly(bool readOnly);
    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }
    // Adds what is typed in input() (several separated by commas or spaces).
    void addFromInput();
    void removeSelected();

signals:
    void changed();

private:
    void updateButtons();

    QListWidget *m_list;
    QLineEdit *m_input;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_readOnly = false;
};

} // namespace Coolify::Forms
