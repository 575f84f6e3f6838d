#include "gui/envcomparedialog.h"

#include "controllers/enveditor.h"
#include "forms/banner.h"
#include "gui/envdialogs.h"
#include "models/envvarsmodel.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/instancesession.h"
#include "models/json.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Controllers::EnvEditor;
using Models::EnvDiffRow;

namespace {

enum Column { KeyColumn, StateColumn, LeftColumn, RightColumn };

QString describe(const Models::FleetRow &row)
{
    return EnvCompareDialog::tr("%1 · %2 (%3) — %4")
        .arg(row.instanceName, row.name, Models::FleetModel::kindText(row.kind),
             row.environment.isEmpty() ? EnvCompareDialog::tr("no environment") : row.environment);
}

} // namespace

EnvCompareDialog::EnvCompareDialog(Models::Fleet *fleet, const Controllers::ResourceRef &left,
                                   QWidget *parent)
    : QDialog(parent)
    , m_fleet(fleet)
    , m_leftRef(left)
    , m_leftEditor(new EnvEditor(fleet->session(left.instanceId)->client(), left.kind, left.uuid,
                                 left.name, this))
    , m_banner(new Forms::Banner(this))
    , m_leftLabel(new QLabel(this))
    , m_right(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_onlyDifferences(new QCheckBox(tr("Only &differences"), this))
    , m_showValues(new QCheckBox(tr("Show &values"), this))
    , m_rows(new QTreeWidget(this))
    , m_toRight(new QPushButton(tr("Copy Checked to &Right →"), this))
    , m_toLeft(new QPushButton(tr("← Copy Checked to &Left"), this))
{
    setObjectName(u"envCompareDialog"_s);
    setWindowTitle(tr("Compare Variables — %1").arg(left.name));
    m_banner->setObjectName(u"compareBanner"_s);
    m_banner->hide();
    m_leftLabel->setTextFormat(Qt::PlainText);
    m_right->setObjectName(u"compareRight"_s);
    m_right->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_right->setMinimumContentsLength(40);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_onlyDifferences->setObjectName(u"compareOnlyDifferences"_s);
    m_onlyDifferences->setChecked(true);
    m_showValues->setObjectName(u"compareShowValues"_s);
    m_rows->setObjectName(u"compareRows"_s);
    m_rows->setRootIsDecorated(false);
    m_rows->setHeaderLabels({tr("Key"), tr("Comparison"), tr("Left"), tr("Right")});
    m_rows->setColumnWidth(KeyColumn, 220);
    m_rows->setColumnWidth(StateColumn, 290);
    m_rows->setColumnWidth(LeftColumn, 210);
    m_toRight->setObjectName(u"compareToRight"_s);
    m_toLeft->setObjectName(u"compareToLeft"_s);

    // Every other application, database and service of every instance; the same name in another
    // environment first (staging against production is the usual question).
    QList<Models::FleetRow> candidates;
    const Models::FleetModel *all = fleet->resources();
    for (const Models::FleetRow &row : all->rows()) {
        if (row.instanceId == left.instanceId && row.resourceUuid == left.uuid) {
            m_leftLabel->setText(describe(row));
            continue;
        }
        candidates << row;
    }
    if (m_leftLabel->text().isEmpty())
        m_leftLabel->setText(left.name);
    // The likeliest twin first: the same name elsewhere, then a name that extends the other
    // ("shop" and "shop-staging"). The same uuid on an instance at the same address is the same
    // resource seen through another token (one server added twice): listed last.
    const auto rootOf = [fleet](const QString &id) {
        const Models::InstanceSession *session = fleet->session(id);
        return session ? session->instance().rootUrl : QUrl();
    };
    const QUrl leftRoot = rootOf(left.instanceId);
    const auto likeness = [&left, &leftRoot, &rootOf](const Models::FleetRow &row) {
        if (row.resourceUuid == left.uuid && rootOf(row.instanceId) == leftRoot)
            return 3;
        if (row.name == left.name)
            return 0;
        if (row.name.startsWith(left.name) || left.name.startsWith(row.name))
            return 1;
        return 2;
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&likeness](const Models::FleetRow &a, const Models::FleetRow &b) {
                         const int la = likeness(a);
                         const int lb = likeness(b);
                         if (la != lb)
                             return la < lb;
                         return describe(a).localeAwareCompare(describe(b)) < 0;
                     });
    m_right->addItem(tr("Choose a resource to compare with…"));
    for (const Models::FleetRow &row : std::as_const(candidates))
        m_right->addItem(
            describe(row),
            QStringList{row.instanceId, row.resourceUuid, Api::kindKey(row.kind), row.name});

    auto *form = new QFormLayout;
    form->addRow(tr("Left:"), m_leftLabel);
    form->addRow(tr("&Right:"), m_right);
    auto *options = new QHBoxLayout;
    options->addWidget(m_onlyDifferences);
    options->addWidget(m_showValues);
    options->addWidget(m_summary, 1);
    options->addWidget(m_toLeft);
    options->addWidget(m_toRight);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addLayout(options);
    layout->addWidget(m_rows, 1);
    layout->addWidget(buttons);
    resize(980, 560);

    connect(m_right, &QComboBox::currentIndexChanged, this, &EnvCompareDialog::pickRight);
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &EnvCompareDialog::render);
    connect(m_showValues, &QCheckBox::toggled, this, &EnvCompareDialog::render);
    connect(m_rows, &QTreeWidget::itemChanged, this, [this] {
        // Enable the copy buttons only when a checked row has something to copy that way.
        bool canRight = false, canLeft = false;
        for (int i = 0; i < m_rows->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = m_rows->topLevelItem(i);
            if (item->checkState(KeyColumn) != Qt::Checked)
                continue;
            const EnvDiffRow &row = m_diff.at(item->data(KeyColumn, Qt::UserRole).toInt());
            canRight = canRight || (row.left && row.left->readable);
            canLeft = canLeft || (row.right && row.right->readable);
        }
        m_toRight->setEnabled(canRight && !m_rightEditor->isApplying());
        m_toLeft->setEnabled(canLeft && !m_leftEditor->isApplying());
    });
    connect(m_toRight, &QPushButton::clicked, this, [this] { copyChecked(true); });
    connect(m_toLeft, &QPushButton::clicked, this, [this] { copyChecked(false); });
    connect(m_leftEditor, &EnvEditor::loaded, this, &EnvCompareDialog::refreshDiff);
    connect(m_leftEditor, &EnvEditor::loadFailed, this, [this](const Api::ApiError &e) {
        m_banner->showMessage(Forms::MessageKind::Error,
                              tr("The left side could not be loaded: %1").arg(e.userMessage()));
    });
    m_toRight->setEnabled(false);
    m_toLeft->setEnabled(false);
    // An instance removed while the dialog is open takes its side with it (its client goes).
    connect(fleet, &Models::Fleet::sessionAboutToBeRemoved, this, [this](const QString &id) {
        const bool leftGone = id == m_leftRef.instanceId;
        const bool rightGone =
            m_rightEditor && m_right->currentData().toStringList().value(0) == id;
        if (!leftGone && !rightGone)
            return;
        delete m_rightEditor;
        m_rightEditor = nullptr;
        if (leftGone) {
            delete m_leftEditor;
            m_leftEditor = nullptr;
            m_right->setEnabled(false);
        }
        m_diff.clear();
        render();
        m_banner->showMessage(Forms::MessageKind::Warning,
                              tr("An instance of this comparison was removed."));
    });
    m_leftEditor->reload();
    if (!candidates.isEmpty() && likeness(candidates.constFirst()) < 2)
        m_right->setCurrentIndex(1);
}

EnvCompareDialog::~EnvCompareDialog() = default;

bool EnvCompareDialog::setRight(const QString &instanceId, const QString &uuid)
{
    for (int i = 1; i < m_right->count(); ++i) {
        const QStringList d = m_right->itemData(i).toStringList();
        if (d.value(0) == instanceId && d.value(1) == uuid) {
            m_right->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void EnvCompareDialog::pickRight(int index)
{
    if (!m_leftEditor)
        return;
    delete m_rightEditor;
    m_rightEditor = nullptr;
    m_diff.clear();
    render();
    const QStringList d = m_right->itemData(index).toStringList();
    const std::optional<Api::ResourceKind> kind = Api::kindFromKey(d.value(2));
    Models::InstanceSession *session = m_fleet->session(d.value(0));
    if (d.size() < 4 || !kind || !session)
        return;
    m_rightEditor = new EnvEditor(session->client(), *kind, d.value(1), d.value(3), this);
    connect(m_rightEditor, &EnvEditor::loaded, this, &EnvCompareDialog::refreshDiff);
    connect(m_rightEditor, &EnvEditor::loadFailed, this, [this](const Api::ApiError &e) {
        m_banner->showMessage(Forms::MessageKind::Error,
                              tr("The right side could not be loaded: %1").arg(e.userMessage()));
    });
    m_rightEditor->reload();
}

bool EnvCompareDialog::isReady() const
{
    return m_leftEditor && m_rightEditor && m_leftEditor->hasLoaded() && m_rightEditor->hasLoaded();
}

void EnvCompareDialog::refreshDiff()
{
    if (!isReady())
        return;
    m_diff = Models::diffEnvSets(m_leftEditor->variables(), m_rightEditor->variables());
    render();
    emit compared();
}

QString EnvCompareDialog::valueCell(const std::optional<Models::EnvVar> &var) const
{
    if (!var)
        return tr("—");
    if (!var->readable)
        return var->locked ? tr("locked") : tr("hidden");
    if (var->value.isEmpty())
        return tr("(empty)");
    if (m_showValues->isChecked())
        return Models::Json::revealBidiOverrides(var->value).replace(u'\n', u'⏎');
    return tr("•••• %1").arg(Models::envValueFingerprint(*var));
}

void EnvCompareDialog::render()
{
    const QSignalBlocker blocker(m_rows);
    m_rows->clear();
    int differences = 0;
    int unknown = 0;
    for (int i = 0; i < m_diff.size(); ++i) {
        const EnvDiffRow &row = m_diff.at(i);
        if (row.state == EnvDiffRow::Unknown)
            ++unknown;
        else if (row.state != EnvDiffRow::Same)
            ++differences;
        if (m_onlyDifferences->isChecked() && row.state == EnvDiffRow::Same)
            continue;
        auto *item = new QTreeWidgetItem(
            m_rows, {row.key, row.stateText(), valueCell(row.left), valueCell(row.right)});
        item->setData(KeyColumn, Qt::UserRole, i);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(KeyColumn, Qt::Unchecked);
        item->setToolTip(StateColumn, row.stateText());
    }
    if (!isReady()) {
        m_summary->setText(m_rightEditor ? tr("Loading…") : QString());
    } else {
        QStringList parts{tr("%n differ", nullptr, differences),
                          tr("%n same", nullptr, int(m_diff.size()) - differences - unknown)};
        if (unknown)
            parts << tr("%n cannot be compared", nullptr, unknown);
        m_summary->setText(parts.join(u", "_s));
    }
    m_toRight->setEnabled(false);
    m_toLeft->setEnabled(false);
}

void EnvCompareDialog::copyChecked(bool toRight, bool confirm)
{
    EnvEditor *target = toRight ? m_rightEditor : m_leftEditor;
    if (!isReady() || target->isApplying())
        return;
    QList<Models::EnvVar> wanted;
    for (int i = 0; i < m_rows->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_rows->topLevelItem(i);
        if (item->checkState(KeyColumn) != Qt::Checked)
            continue;
        const EnvDiffRow &row = m_diff.at(item->data(KeyColumn, Qt::UserRole).toInt());
        const std::optional<Models::EnvVar> &source = toRight ? row.left : row.right;
        if (source)
            wanted << *source;
    }
    const Models::EnvPlan plan =
        Models::EnvPlan::build(target->variables(), wanted, Models::EnvPlan::Mode::Merge);
    if (confirm) {
        EnvPlanDialog dialog(plan, target->name(), target->requestCount(plan), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    if (!plan.hasWrites())
        return;
    connect(
        target, &EnvEditor::applied, this,
        [this, target] {
            m_banner->showMessage(
                target->remaining().items.isEmpty() ? Forms::MessageKind::Success
                                                    : Forms::MessageKind::Error,
                tr("Copied to %1: %2").arg(target->name(), target->outcomeSummary()));
            for (const EnvEditor::Outcome &o : target->outcomes()) {
                if (!o.wentThrough())
                    m_banner->addDetail(tr("%1: %2").arg(o.item.key, o.message));
            }
        },
        Qt::SingleShotConnection);
    target->apply(plan);
}

QString EnvCompareDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

} // namespace Coolify::Gui

namespace Coolify::Gui {
QString EnvCompareDialog::summaryText() const
{
    return m_summary->text();
}
} // namespace Coolify::Gui
