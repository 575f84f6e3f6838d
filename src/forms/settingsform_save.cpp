// SettingsForm: saving and what the user sees for each outcome.
#include "forms/banner.h"
#include "forms/conflictmodel.h"
#include "forms/fieldeditor.h"
#include "forms/settingsform.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Coolify::Forms {

namespace {
QString shown(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? SettingsForm::tr("on") : SettingsForm::tr("off");
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isNull() || v.toString().isEmpty())
        return SettingsForm::tr("(empty)");
    return SettingsForm::tr("“%1”").arg(v.toString());
}
} // namespace

void SettingsForm::save()
{
    if (m_readOnly || m_controller->isBusy())
        return;
    clearErrors();
    m_controller->save();
}

void SettingsForm::onPhaseChanged(FormController::Phase phase)
{
    switch (phase) {
    case FormController::Phase::Idle:
        m_status->clear();
        break;
    case FormController::Phase::Loading:
        m_status->setText(tr("Loading…"));
        break;
    case FormController::Phase::CheckingFreshness:
        m_status->setText(tr("Checking for changes on the server…"));
        break;
    case FormController::Phase::Saving:
        m_status->setText(tr("Saving…"));
        break;
    case FormController::Phase::Reloading:
        m_status->setText(tr("Reloading what the server stored…"));
        break;
    }
    updateActions();
}

void SettingsForm::showErrors(const QMap<QString, QStringList> &errors,
                              const QList<SummaryItem> &summary, const QString &heading)
{
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (FieldEditor *editor = m_editors.value(it.key()))
            editor->setErrors(it.value());
    }
    m_summary = summary;
    applyVisibility(); // a field in error shows whatever the search or the build pack
    m_banner->showMessage(Banner::Kind::Error, heading);
    for (const SummaryItem &item : summary) {
        if (!item.field.isEmpty() && m_editors.contains(item.field))
            m_banner->addFieldLink(tr("%1 (go to %2)").arg(item.message, labelOf(item.field)),
                                   item.field);
        else
            m_banner->addDetail(item.message);
    }
    // Focus the first field with an error, in form order.
    for (const FieldSpec &f : m_table.fields()) {
        if (errors.contains(f.key)) {
            focusField(f.key);
            break;
        }
    }
}

void SettingsForm::showApiError(const Api::ApiError &error, const QString &heading, bool retrySave)
{
    m_banner->showMessage(Banner::Kind::Error, heading + u' ' + error.userMessage());
    QPushButton *retry = m_banner->addButton(tr("Try again"), u"retryButton"_s);
    if (error.kind == Api::ErrorKind::RateLimited && error.retryAfterSeconds > 0)
        retry->setToolTip(
            tr("Coolify asks to wait %n second(s).", nullptr, error.retryAfterSeconds));
    connect(retry, &QPushButton::clicked, this,
            retrySave ? &SettingsForm::save : &SettingsForm::load);
}

void SettingsForm::onConflicts(const QJsonArray &conflicts)
{
    m_conflicts->setConflicts(conflicts);
    m_conflictBanner->showMessage(
        Banner::Kind::Warning,
        tr("Some domains are already used elsewhere (409). Nothing was saved. Change the "
           "domains, or save anyway to take them over."));
    QPushButton *force = m_conflictBanner->addButton(tr("Save anyway"), u"saveAnywayButton"_s);
    QPushButton *cancel = m_conflictBanner->addButton(tr("Edit domains"), u"editDomainsButton"_s);
    m_conflictView->show();
    m_conflictView->resizeColumnsToContents();
    if (FieldEditor *domains = m_editors.value(u"domains"_s))
        domains->setErrors({tr("Conflicts with %n other resource(s); see above.", nullptr,
                               int(conflicts.size()))});
    connect(force, &QPushButton::clicked, this, [this] {
        clearErrors();
        m_controller->save({/*forceDomainOverride=*/true, /*skipFreshnessCheck=*/true});
    });
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_conflictBanner->hide();
        m_conflictView->hide();
        focusField(u"domains"_s);
    });
    finishLeave(false);
}

void SettingsForm::onStale(const QStringList &fields)
{
    QStringList labels;
    for (const QString &key : fields)
        labels << labelOf(key);
    const QString changed = labels.isEmpty()
        ? tr("None of the fields shown here changed.")
        : tr("Changed there: %1.").arg(labels.join(QLatin1String(", ")));
    m_banner->showMessage(Banner::Kind::Warning,
                          tr("This application was changed on the server since you opened it. "
                             "Nothing was saved. %1")
                              .arg(changed));
    QPushButton *review = m_banner->addButton(tr("Review changes"), u"reviewButton"_s);
    QPushButton *force = m_banner->addButton(tr("Save anyway"), u"staleSaveButton"_s);
    connect(review, &QPushButton::clicked, m_controller, &FormController::adoptServerState);
    connect(force, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        m_controller->save({/*forceDomainOverride=*/false, /*skipFreshnessCheck=*/true});
    });
    finishLeave(false);
}

void SettingsForm::onRebased(const QStringList &clashes)
{
    refreshEditors();
    if (clashes.isEmpty()) {
        m_banner->showMessage(Banner::Kind::Info,
                              tr("Loaded the server's newer values; your edits are kept. Save "
                                 "when ready."));
        return;
    }
    m_banner->showMessage(Banner::Kind::Warning,
                          tr("Loaded the server's newer values; your edits are kept. These fields "
                             "were changed both here and on the server — check them, then save:"));
    for (const QString &key : clashes) {
        const QJsonValue server = m_controller->state().original(key);
        m_banner->addFieldLink(tr("%1: the server now has %2").arg(labelOf(key), shown(server)),
                               key);
    }
}

void SettingsForm::onSaved(const QList<SaveDifference> &differences)
{
    refreshEditors();
    if (differences.isEmpty()) {
        m_banner->showMessage(Banner::Kind::Success, tr("Saved."));
    } else {
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("Saved, but Coolify stored some values differently from what "
                                 "you typed:"));
        for (const SaveDifference &d : differences) {
            m_banner->addFieldLink(
                tr("%1: you typed %2, Coolify stored %3. %4")
                    .arg(labelOf(d.field), shown(d.typed), shown(d.stored), d.explanation()),
                d.field);
        }
    }
    emit saved();
    finishLeave(true);
}

} // namespace Coolify::Forms
