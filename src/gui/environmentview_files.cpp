// The Environment tab's .env files: import (merged into the variables as a reviewed plan) and
// export (the readable values only, to a file only its owner can read).
#include "gui/environmentview.h"

#include "controllers/enveditor.h"
#include "forms/banner.h"
#include "models/dotenv.h"
#include "models/envplan.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::EnvPlan;
namespace DotEnv = Models::DotEnv;

namespace {
constexpr qint64 kMaxImportBytes = 4 * 1024 * 1024; // a .env file is a few KiB
} // namespace

void EnvironmentView::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import .env File"), QString(),
                                                      tr("Environment files (*.env .env*);;All "
                                                         "files (*)"));
    if (!path.isEmpty())
        importFile(path, true);
}

void EnvironmentView::importFile(const QString &path, bool confirm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(Forms::MessageKind::Error,
                              tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxImportBytes) {
        m_banner->showMessage(Forms::MessageKind::Error,
                              tr("%1 is larger than 4 MiB; that is not a .env file.").arg(path));
        return;
    }
    const DotEnv::Document doc = DotEnv::parse(QString::fromUtf8(file.readAll()));
    if (!doc.problems.isEmpty()) {
        const QStringList lines = problemLines(doc.problems);
        if (!confirm || doc.entries.isEmpty()) {
            m_banner->showMessage(
                Forms::MessageKind::Error,
                tr("%n line(s) of the file could not be read:", nullptr, int(doc.problems.size())));
            for (const QString &l : std::as_const(lines))
                m_banner->addDetail(l);
            if (doc.entries.isEmpty())
                return;
        } else {
            QMessageBox box(QMessageBox::Warning, tr("Import .env File"),
                            tr("%n line(s) of the file could not be read. Import the other "
                               "variables?",
                               nullptr, int(doc.problems.size())),
                            QMessageBox::Cancel, this);
            box.setTextFormat(Qt::PlainText);
            box.setDetailedText(lines.join(u'\n'));
            QPushButton *go = box.addButton(tr("&Continue"), QMessageBox::AcceptRole);
            box.setDefaultButton(go);
            box.exec();
            if (box.clickedButton() != go)
                return;
        }
    }
    applyPlan(EnvPlan::build(m_editor->variables(), Models::envVarsFromDotEnv(doc.entries),
                             EnvPlan::Mode::Merge),
              confirm);
}

void EnvironmentView::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export .env File"), m_ref.name + u".env"_s, tr("Environment files (*.env)"));
    if (path.isEmpty())
        return;
    const QStringList left = exportFile(path);
    if (!left.isEmpty())
        m_banner->addDetail(
            tr("Left out (their values cannot be read): %1").arg(left.join(u", "_s)));
}

QStringList EnvironmentView::exportFile(const QString &path)
{
    QStringList left;
    const QList<DotEnv::Entry> entries =
        Models::readableDotEnv(m_editor->variables(), &left, &left);
    QSaveFile file(path);
    // Values are secrets: the file is readable by its owner only.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(DotEnv::write(entries).toUtf8()) < 0 || !file.commit()) {
        m_banner->showMessage(Forms::MessageKind::Error,
                              tr("%1 could not be written: %2").arg(path, file.errorString()));
        return left;
    }
    m_banner->showMessage(
        Forms::MessageKind::Success,
        tr("%n variable(s) exported to %1", nullptr, int(entries.size())).arg(path));
    return left;
}

} // namespace Coolify::Gui
