#include "gui/bulkconfirmdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Controllers::BulkAction;
using Controllers::BulkPlan;

namespace {

// "Restart 14 resources on 3 instances?" and the button's "Restart 14".
QString question(const BulkPlan &plan, int count, int instances)
{
    const QString resources = BulkConfirmDialog::tr("%n resource(s)", nullptr, count);
    const QString where = BulkConfirmDialog::tr("%n instance(s)", nullptr, instances);
    if (!plan.tag.isEmpty()) {
        return plan.action == BulkAction::ForceDeploy
            ? BulkConfirmDialog::tr("Redeploy the tag “%1” without the build cache: %2 on %3?")
                  .arg(plan.tag, resources, where)
            : BulkConfirmDialog::tr("Deploy the tag “%1”: %2 on %3?")
                  .arg(plan.tag, resources, where);
    }
    switch (plan.action) {
    case BulkAction::Deploy:
        return BulkConfirmDialog::tr("Deploy %1 on %2?").arg(resources, where);
    case BulkAction::ForceDeploy:
        return BulkConfirmDialog::tr("Redeploy %1 on %2 without the build cache?")
            .arg(resources, where);
    case BulkAction::Restart:
        return BulkConfirmDialog::tr("Restart %1 on %2?").arg(resources, where);
    case BulkAction::Stop:
        return BulkConfirmDialog::tr("Stop %1 on %2?").arg(resources, where);
    case BulkAction::Start:
        return BulkConfirmDialog::tr("Start %1 on %2?").arg(resources, where);
    }
    return {};
}

} // namespace

BulkConfirmDialog::BulkConfirmDialog(const BulkPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"bulkConfirmDialog"_s);
    const int count = plan.includedCount();
    const QList<BulkPlan::Group> groups = plan.groups();
    const int production = plan.productionCount();
    setWindowTitle(
        tr("%1 — %n resource(s)", nullptr, count).arg(BulkPlan::actionName(plan.action)));

    auto *heading = new QLabel(question(plan, count, int(groups.size())), this);
    heading->setObjectName(u"bulkQuestion"_s);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setWordWrap(true);

    QStringList lines;
    if (production > 0) {
        lines << tr("%n of them run(s) in production.", nullptr, production);
    }
    lines << BulkPlan::consequence(plan.action);
    if (!plan.tag.isEmpty())
        lines << tr("Coolify also starts the services tagged “%1”; databases are not deployed "
                    "by tag.")
                     .arg(plan.tag);
    for (const QString &problem : plan.unreachable)
        lines << tr("Not asked, so not included: %1.").arg(problem);
    auto *text = new QLabel(lines.join(u' '), this);
    text->setObjectName(u"bulkConsequence"_s);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);

    // Instance → resources, with what is left out at the end.
    m_tree->setObjectName(u"bulkResources"_s);
    m_tree->setAccessibleName(tr("Resources this action runs on"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Resource"), tr("Project / environment")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    QFont strong = m_tree->font();
    strong.setBold(true);
    for (const BulkPlan::Group &group : groups) {
        QString title = tr("%1 — %n resource(s)", nullptr, group.count).arg(group.instanceName);
        if (group.production > 0)
            title += tr(", %n in production", nullptr, group.production);
        auto *top = new QTreeWidgetItem(m_tree, {title});
        top->setFirstColumnSpanned(true);
        top->setFont(0, strong);
        for (const BulkPlan::Item &item : plan.items) {
            if (!item.included() || item.ref.instanceId != group.instanceId)
                continue;
            // Production environments are named so (BulkPlan::isProduction): bold says enough.
            auto *child = new QTreeWidgetItem(top, {item.ref.name, item.environment});
            if (item.production)
                child->setFont(1, strong);
        }
        top->setExpanded(true);
    }
    const QList<BulkPlan::Item> excluded = plan.excluded();
    if (!excluded.isEmpty()) {
        auto *top = new QTreeWidgetItem(
            m_tree, {tr("Left out — %n resource(s)", nullptr, int(excluded.size()))});
        top->setFirstColumnSpanned(true);
        top->setFont(0, strong);
        for (const BulkPlan::Item &item : excluded) {
            auto *child = new QTreeWidgetItem(
                top, {tr("%1 on %2").arg(item.ref.name, item.instanceName), item.excludedReason});
            child->setToolTip(1, item.excludedReason);
        }
        top->setExpanded(true);
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("%1 %2").arg(BulkPlan::actionName(plan.action)).arg(count),
                                   QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"bulkConfirm"_s);
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(m_tree, 1);

    if (plan.needsTypedConfirmation()) {
        m_count = new QLineEdit(this);
        m_count->setObjectName(u"bulkCount"_s);
        m_count->setAccessibleName(tr("Number of resources to stop"));
        m_count->setMaxLength(8);
        auto *prompt = new QLabel(
            tr("Type <b>%1</b> — the number of resources — to stop them:").arg(count), this);
        prompt->setBuddy(m_count);
        m_hint = new QLabel(this);
        m_hint->setObjectName(u"bulkHint"_s);
        m_hint->setTextFormat(Qt::PlainText);
        m_hint->setWordWrap(true);
        m_hint->hide();
        layout->addWidget(prompt);
        layout->addWidget(m_count);
        layout->addWidget(m_hint);
        m_confirm->setEnabled(false);
        // Enter in the field is handled below; no button may take it as a yes.
        for (QAbstractButton *button : buttons->buttons()) {
            if (auto *push = qobject_cast<QPushButton *>(button)) {
                push->setAutoDefault(false);
                push->setDefault(false);
            }
        }
        connect(m_count, &QLineEdit::textChanged, this, [this, count](const QString &typed) {
            m_confirm->setEnabled(typed.trimmed() == QString::number(count));
            if (m_confirm->isEnabled())
                m_hint->hide();
        });
        connect(m_count, &QLineEdit::returnPressed, this, &BulkConfirmDialog::confirmWithEnter);
        m_count->setFocus();
    } else {
        m_confirm->setDefault(true);
        m_confirm->setFocus();
    }
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(760, 460)));
}

void BulkConfirmDialog::confirmWithEnter()
{
    if (m_confirm->isEnabled()) {
        accept();
        return;
    }
    m_hint->setText(tr("Type %1 to enable Stop, or press Esc to leave them running.")
                        .arg(m_plan.includedCount()));
    m_hint->show();
}

} // namespace Coolify::Gui
