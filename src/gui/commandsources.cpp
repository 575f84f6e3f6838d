// The palette's sources of entries: the navigation tree, QActions, and the operations on every
// resource of the fleet. The palette itself is in commandpalette.cpp.
#include "gui/commandpalette.h"

#include "gui/resourceactions.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/navigationmodel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Nav = Models::NavigationModel;

namespace {
QString kindText(const QString &key)
{
    const auto kind = Api::kindFromKey(key);
    return kind ? Models::FleetModel::kindText(*kind) : key;
}
} // namespace

NavigationCommandSource::NavigationCommandSource(Models::NavigationModel *navigation,
                                                 std::function<void(const QModelIndex &)> navigate)
    : m_model(navigation)
    , m_navigate(std::move(navigate))
{
    if (!navigation)
        return;
    const auto bump = [revision = m_revision] {
        ++*revision;
    };
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(navigation, signal, navigation, bump);
    QObject::connect(navigation, &QAbstractItemModel::rowsMoved, navigation, bump);
    QObject::connect(navigation, &QAbstractItemModel::dataChanged, navigation, bump);
    QObject::connect(navigation, &QAbstractItemModel::modelReset, navigation, bump);
    QObject::connect(navigation, &QAbstractItemModel::layoutChanged, navigation, bump);
}

QList<Command> NavigationCommandSource::commands() const
{
    QList<Command> out;
    if (m_model)
        collect({}, out);
    return out;
}

void NavigationCommandSource::collect(const QModelIndex &parent, QList<Command> &out) const
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        QModelIndex top = index;
        while (top.parent().isValid())
            top = top.parent();
        const QString instance = top.data().toString();
        const QString name = index.data().toString();
        Command c;
        switch (Nav::Node(index.data(Nav::NodeRole).toInt())) {
        case Nav::Node::Fleet:
            c.text = name;
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Instance:
            c.text = name;
            c.detail = CommandPalette::tr("Instance");
            break;
        case Nav::Node::Applications:
            c.text = CommandPalette::tr("%1 — Applications").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Databases:
            c.text = CommandPalette::tr("%1 — Databases").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Services:
            c.text = CommandPalette::tr("%1 — Services").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Projects:
            c.text = CommandPalette::tr("%1 — Projects").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Servers:
            c.text = CommandPalette::tr("%1 — Servers").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Deployments:
            c.text = CommandPalette::tr("%1 — Deployments").arg(instance);
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Backups:
            c.text = CommandPalette::tr("Backups of every database");
            c.detail = CommandPalette::tr("View");
            break;
        case Nav::Node::Project:
            c.text = name;
            c.detail = CommandPalette::tr("Project on %1").arg(instance);
            break;
        case Nav::Node::Environment:
            c.text = CommandPalette::tr("%1 / %2").arg(parent.data().toString(), name);
            c.detail = CommandPalette::tr("Environment on %1").arg(instance);
            break;
        case Nav::Node::Resource: {
            const QModelIndex project = parent.parent();
            c.text = name;
            c.detail = CommandPalette::tr("%1 in %2 / %3 on %4")
                           .arg(kindText(index.data(Nav::ResourceKindRole).toString()),
                                project.data().toString(), parent.data().toString(), instance);
            break;
        }
        }
        // Found again when run: the list is kept while the tree stays as it is, and holding
        // thousands of persistent indexes would slow every change to the tree.
        c.run = [navigate = m_navigate, model = m_model,
                 instanceId = index.data(Nav::InstanceIdRole).toString(),
                 node = Nav::Node(index.data(Nav::NodeRole).toInt()),
                 key = index.data(Nav::KeyRole).toString()] {
            if (!model || !navigate)
                return;
            QModelIndex target;
            if (instanceId.isEmpty()) { // "All Instances", "Active Deployments": top level
                for (int r = 0; r < model->rowCount() && !target.isValid(); ++r) {
                    const QModelIndex candidate = model->index(r, 0);
                    if (candidate.data(Nav::NodeRole).toInt() == int(node))
                        target = candidate;
                }
            } else {
                target = model->find(instanceId, node, key);
            }
            if (target.isValid())
                navigate(target);
        };
        out << c;
        collect(index, out);
    }
}

ActionCommandSource::ActionCommandSource(std::function<QList<QAction *>()> provider,
                                         const QString &context)
    : m_provider(std::move(provider))
    , m_context(context)
{ }

QString ActionCommandSource::plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" stays one "&", "&A" becomes "A"
        plain += text.at(i);
    }
    return plain;
}

QList<QAction *> ActionCommandSource::menuActions(const QMenuBar *menuBar)
{
    QList<QAction *> out;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (QMenu *menu = action->menu())
                walk(menu->actions());
            else if (!action->isSeparator())
                out << action;
        }
    };
    if (menuBar)
        walk(menuBar->actions());
    return out;
}

QList<Command> ActionCommandSource::commands() const
{
    QList<Command> out;
    const QList<QAction *> actions = m_provider ? m_provider() : QList<QAction *>();
    for (QAction *action : actions) {
        if (!action || action->isSeparator() || action->menu() || !action->isVisible()
            || action->property(kHiddenFromPaletteProperty).toBool())
            continue;
        Command c;
        c.text = plainText(action->text());
        if (c.text.isEmpty())
            continue;
        QStringList detail;
        if (!m_context.isEmpty())
            detail << m_context;
        if (!action->shortcut().isEmpty())
            detail << action->shortcut().toString(QKeySequence::NativeText);
        c.detail = detail.join(u" · "_s);
        c.icon = action->icon();
        c.enabled = action->isEnabled();
        if (!c.enabled) {
            // Qt's default tooltip is the text itself, which explains nothing.
            const QString tip = action->toolTip();
            QString bare = c.text;
            if (bare.endsWith(u'…'))
                bare.chop(1);
            c.disabledReason = tip.isEmpty() || tip == c.text || tip == bare
                ? CommandPalette::tr("Not available right now.")
                : tip;
        }
        c.run = [target = QPointer<QAction>(action)] {
            if (target && target->isEnabled())
                target->trigger();
        };
        out << c;
    }
    return out;
}

ResourceCommandSource::ResourceCommandSource(Models::Fleet *fleet, QWidget *dialogParent)
    : QObject(nullptr)
    , m_fleet(fleet)
    , m_actions(new ResourceActions(fleet, dialogParent, this))
    , m_warmUp(new QTimer(this))
{
    connect(m_actions, &ResourceActions::message, this, &ResourceCommandSource::message);
    const QAbstractItemModel *rows = fleet->resources();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(rows, signal, this, &ResourceCommandSource::changed);
    connect(rows, &QAbstractItemModel::rowsMoved, this, &ResourceCommandSource::changed);
    connect(rows, &QAbstractItemModel::dataChanged, this, &ResourceCommandSource::changed);
    connect(rows, &QAbstractItemModel::modelReset, this, &ResourceCommandSource::changed);
    connect(rows, &QAbstractItemModel::layoutChanged, this, &ResourceCommandSource::changed);
    // Abilities and state: what the instance's rows allow may have changed, whatever they show.
    connect(fleet, &Models::Fleet::sessionChanged, this, [this](const QString &id) {
        dropInstance(id);
        changed();
    });
    m_warmUp->setSingleShot(true);
    connect(m_warmUp, &QTimer::timeout, this, &ResourceCommandSource::warmUp);
}

ResourceCommandSource::~ResourceCommandSource() = default;

void ResourceCommandSource::changed()
{
    ++m_revision;
    // Once the fleet has been quiet for a moment (not between the slices of a loading list).
    constexpr int kQuietMs = 300;
    m_warmRow = 0;
    if (m_asked)
        m_warmUp->start(kQuietMs);
}

void ResourceCommandSource::dropInstance(const QString &instanceId)
{
    const QString prefix = instanceId + u'/'; // FleetRow::uuid
    for (auto it = m_spans.begin(); it != m_spans.end(); ++it) {
        if (it.key().startsWith(prefix))
            it->basis.current = false; // rebuilt in place by the next commands()
    }
    m_pending.removeIf([&prefix](const auto &it) { return it.key().startsWith(prefix); });
}

void ResourceCommandSource::warmUp()
{
    // A few milliseconds per event-loop turn, so that the UI stays responsive.
    constexpr qint64 kSliceNs = 4'000'000;
    QElapsedTimer clock;
    clock.start();
    const Models::FleetModel *rows = m_fleet->resources();
    const QList<Verb> verbs = this->verbs();
    for (; m_warmRow < rows->rowCount(); ++m_warmRow) {
        if (clock.nsecsElapsed() > kSliceNs) {
            m_warmUp->start(0);
            return;
        }
        const Models::FleetRow &r = rows->at(m_warmRow);
        const auto span = m_spans.constFind(r.uuid);
        if (span != m_spans.cend() && span->basis.fits(r))
            continue;
        const auto pending = m_pending.constFind(r.uuid);
        if (pending != m_pending.cend() && pending->basis.fits(r))
            continue;
        Pending built;
        built.basis = build(r, verbs, built.commands);
        m_pending.insert(r.uuid, std::move(built));
    }
    m_warmRow = 0;
}

QList<ResourceCommandSource::Verb> ResourceCommandSource::verbs() const
{
    QList<Verb> verbs;
    const QList<QAction *> operations = m_actions->all();
    for (QAction *action : operations) {
        Verb verb{ActionCommandSource::plainText(action->text()), false, action->icon()};
        verb.asks = verb.text.endsWith(u'…');
        if (verb.asks)
            verb.text.chop(1);
        verbs << verb;
    }
    return verbs;
}

bool ResourceCommandSource::Basis::fits(const Models::FleetRow &row) const
{
    return current && name == row.name && status == row.status.raw
        && instanceName == row.instanceName && environment == row.environment;
}

ResourceCommandSource::Basis ResourceCommandSource::build(const Models::FleetRow &r,
                                                          const QList<Verb> &verbs,
                                                          QList<Command> &out) const
{
    // Only what can run: starting a running application or stopping a stopped one, deploying a
    // database or acting without the permission are left out rather than listed greyed out (the
    // row's own menu still says why).
    ++m_rowsBuilt;
    const ResourceActions::Target target{r.instanceId, r.kind, r.resourceUuid, r.name,
                                         r.status.raw};
    const QStringList reasons = m_actions->reasonsFor(target);
    for (int op = 0; op < verbs.size(); ++op) {
        Command c;
        if (!reasons.value(op).isEmpty()) {
            c.hidden = true;
            out << std::move(c);
            continue;
        }
        const Verb &verb = verbs.at(op);
        c.text =
            tr("%1 %2 on %3", "verb, resource, instance").arg(verb.text, r.name, r.instanceName)
            + (verb.asks ? u"…"_s : QString());
        c.detail = r.environment;
        c.icon = verb.icon;
        c.run = [actions = QPointer<ResourceActions>(m_actions), target, op] {
            if (!actions)
                return;
            actions->setTargets({target});
            QAction *chosen = actions->all().at(op);
            if (chosen->isEnabled())
                chosen->trigger();
        };
        c.prepareMatch();
        out << std::move(c);
    }
    return {r.name, r.instanceName, r.environment, r.status.raw};
}

QList<Command> ResourceCommandSource::commands() const
{
    m_asked = true;
    const Models::FleetModel *rows = m_fleet->resources();
    const QList<Verb> verbs = this->verbs();
    const qsizetype stride = verbs.size();
    // A row's entries: from the warm-up if it built them for what the row shows, else now.
    const auto rebuild = [this, &verbs](const Models::FleetRow &r, QList<Command> &out) {
        const auto pending = m_pending.find(r.uuid);
        if (pending == m_pending.end() || !pending->basis.fits(r))
            return build(r, verbs, out);
        for (Command &c : pending->commands)
            out << std::move(c);
        return pending->basis;
    };
    if (m_list.size() != stride * m_spans.size())
        m_spans.clear(); // cannot happen (the verbs are fixed), but then nothing is reused

    // The same rows in the same order: rows that show something else are rebuilt in place.
    bool sameRows = m_spans.size() == rows->rowCount();
    for (int row = 0; sameRows && row < rows->rowCount(); ++row) {
        const auto span = m_spans.constFind(rows->at(row).uuid);
        sameRows = span != m_spans.cend() && span->first == row * stride;
    }
    if (sameRows) {
        for (int row = 0; row < rows->rowCount(); ++row) {
            const Models::FleetRow &r = rows->at(row);
            Span &span = m_spans[r.uuid];
            if (span.basis.fits(r))
                continue;
            QList<Command> fresh;
            fresh.reserve(stride);
            span.basis = rebuild(r, fresh);
            for (qsizetype i = 0; i < stride; ++i)
                m_list[span.first + i] = std::move(fresh[i]);
        }
        m_pending.clear();
        return m_list;
    }

    // Rows came, went or moved: a new list. The spans that still fit are moved over (no copies,
    // as long as no one else holds the old list), the others reused or built.
    QList<Command> list;
    list.reserve(stride * rows->rowCount());
    QHash<QString, Span> spans;
    spans.reserve(rows->rowCount());
    for (int row = 0; row < rows->rowCount(); ++row) {
        const Models::FleetRow &r = rows->at(row);
        Span span;
        span.first = int(list.size());
        const auto old = m_spans.constFind(r.uuid);
        if (old != m_spans.cend() && old->basis.fits(r)) {
            span.basis = old->basis;
            for (qsizetype i = old->first; i < old->first + stride; ++i)
                list << std::move(m_list[i]);
        } else {
            span.basis = rebuild(r, list);
        }
        spans.insert(r.uuid, std::move(span));
    }
    m_list = std::move(list);
    m_spans = std::move(spans);
    m_pending.clear();
    return m_list;
}

} // namespace Coolify::Gui
