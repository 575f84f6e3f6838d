#include "gui/instanceoverview.h"
#include "api/baseurl.h"

#include "gui/statusicons.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/instancesummary.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Api::Ability;
using Api::TokenAbilities;
using Group = Models::ResourceFilterProxy::StatusGroup;
using Node = Models::NavigationModel::Node;

namespace {
QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // the problem quotes the server
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

InstanceOverview::InstanceOverview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_url(new QLabel(this))
    , m_stateIcon(new QLabel(this))
    , m_state(selectableLabel(this))
    , m_problem(selectableLabel(this))
    , m_abilities(selectableLabel(this))
    , m_notes(selectableLabel(this))
    , m_sessionNote(selectableLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_reconnect(new QPushButton(tr("&Reconnect"), this))
    , m_saveSession(new QPushButton(tr("&Save Instance…"), this))
    , m_glanceTitle(new QLabel(tr("At a glance"), this))
    , m_glanceTimer(new QTimer(this))
{
    setObjectName(u"instanceOverview"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"overviewTitle"_s);
    m_url->setOpenExternalLinks(true);
    m_url->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_url->setObjectName(u"overviewUrl"_s);
    m_state->setObjectName(u"overviewState"_s);
    m_problem->setObjectName(u"overviewProblem"_s);
    m_abilities->setObjectName(u"overviewAbilities"_s);
    m_sessionNote->setObjectName(u"overviewSessionNote"_s);
    m_edit->setObjectName(u"overviewEdit"_s);
    m_reconnect->setObjectName(u"overviewReconnect"_s);
    m_saveSession->setObjectName(u"overviewSaveSession"_s);
    m_edit->setAccessibleName(tr("Edit instance"));
    m_reconnect->setAccessibleName(tr("Reconnect to instance"));
    m_saveSession->setAccessibleName(tr("Save this session instance"));
    m_saveSession->setAccessibleDescription(
        tr("Keeps this instance after the app quits; its token moves to the keychain"));

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_state, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("State:"), stateRow);
    form->addRow(QString(), m_problem);
    form->addRow(tr("Token:"), m_abilities);
    form->addRow(tr("Notes:"), m_notes);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reconnect);
    buttons->addWidget(m_saveSession);
    buttons->addStretch();

    // At a glance: one line per kind, then attention, deployments and servers; links only.
    QFont glanceFont = m_glanceTitle->font();
    glanceFont.setBold(true);
    m_glanceTitle->setFont(glanceFont);
    m_glanceTitle->setObjectName(u"overviewGlanceTitle"_s);
    auto *glance = new QFormLayout;
    m_glanceForm = glance;
    const QString glanceRows[] = {tr("Applications:"),    tr("Databases:"),   tr("Services:"),
                                  tr("Needs attention:"), tr("Deployments:"), tr("Servers:")};
    for (const QString &row : glanceRows) {
        auto *line = new QLabel(this);
        line->setObjectName(u"overviewGlance%1"_s.arg(m_glance.size()));
        line->setTextFormat(Qt::RichText);
        line->setWordWrap(true);
        line->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(line, &QLabel::linkActivated, this, &InstanceOverview::openLink);
        glance->addRow(row, line);
        m_glance.append(line);
    }
    m_glanceTimer->setSingleShot(true);
    m_glanceTimer->setInterval(100);
    connect(m_glanceTimer, &QTimer::timeout, this, &InstanceOverview::refreshGlance);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_sessionNote);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(m_glanceTitle);
    layout->addLayout(glance);
    layout->addStretch();
    refreshGlance();

    connect(m_edit, &QPushButton::clicked, this, &InstanceOverview::editRequested);
    connect(m_reconnect, &QPushButton::clicked, this, &InstanceOverview::reconnectRequested);
    connect(m_saveSession, &QPushButton::clicked, this, &InstanceOverview::saveSessionRequested);
}

void InstanceOverview::setSession(Models::InstanceSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session)
        connect(session, &Models::InstanceSession::changed, this, &InstanceOverview::refresh);
    refresh();
}

void InstanceOverview::setData(Models::InstanceData *instanceData)
{
    if (m_data)
        m_data->disconnect(this);
    m_data = instanceData;
    if (instanceData) {
        const auto later = [this] {
            if (!m_glanceTimer->isActive())
                m_glanceTimer->start();
        };
        connect(instanceData, &Models::InstanceData::changed, this, later);
        connect(instanceData, &Models::InstanceData::rowDecorationChanged, this, later);
    }
    refreshGlance();
}

QStringList InstanceOverview::glanceLines() const
{
    QStringList lines;
    for (const QLabel *line : m_glance)
        lines << line->text();
    return lines;
}

namespace {

// A count as a link to the table it summarises ("node:<int>:<group>"); zero stays plain text.
QString countLink(int n, const QString &text, Node node, Group group)
{
    if (n == 0)
        return text.toHtmlEscaped();
    return u"<a href=\"node:%1:%2\">%3</a>"_s.arg(int(node))
        .arg(int(group))
        .arg(text.toHtmlEscaped());
}

} // namespace

void InstanceOverview::refreshGlance()
{
    const Models::InstanceSummary summary =
        Models::InstanceSummary::of(m_data, QDateTime::currentDateTimeUtc());
    const bool known = m_data && summary.loaded;
    m_glanceTitle->setVisible(known);
    for (QLabel *line : std::as_const(m_glance))
        m_glanceForm->setRowVisible(line, known);
    if (!known)
        return;
    const Node nodes[] = {Node::Applications, Node::Databases, Node::Services};
    for (int i = 0; i < summary.kinds.size() && i < 3; ++i) {
        const Models::InstanceSummary::Counts &c = summary.kinds.at(i);
        QStringList parts;
        parts << countLink(c.total, QString::number(c.total), nodes[i], Group::All);
        QStringList states;
        if (c.running)
            states << countLink(c.running, tr("%1 running").arg(c.running), nodes[i],
                                Group::Running);
        if (c.stopped)
            states << countLink(c.stopped, tr("%1 stopped").arg(c.stopped), nodes[i],
                                Group::Stopped);
        if (c.problems)
            states << countLink(c.problems, tr("%n need(s) attention", nullptr, c.problems),
                                nodes[i], Group::Problems);
        if (c.busy)
            states << countLink(c.busy, tr("%1 busy").arg(c.busy), nodes[i], Group::Busy);
        m_glance.at(i)->setText(states.isEmpty()
                                    ? parts.first()
                                    : tr("%1 — %2").arg(parts.first(), states.join(u" · "_s)));
    }
    m_glance.at(3)->setText(summary.problemNames.isEmpty()
                                ? tr("nothing").toHtmlEscaped()
                                : summary.problemNames.join(tr(", ")).toHtmlEscaped());
    QStringList deployments;
    deployments << countLink(summary.deploymentsActive,
                             tr("%n running or queued", nullptr, summary.deploymentsActive),
                             Node::Deployments, Group::All);
    // The link opens the "Last deployment failed" filter, so it counts what that shows.
    QString failed = countLink(
        summary.failedLastDeployment,
        tr("%n application(s) whose last deployment failed", nullptr, summary.failedLastDeployment),
        Node::Applications, Group::LastDeployFailed);
    if (summary.failedDeployments24h > 0)
        failed += u' '
            + tr("(%n in the last 24 h)", nullptr, summary.failedDeployments24h).toHtmlEscaped();
    deployments << failed;
    m_glance.at(4)->setText(deployments.join(u" · "_s));
    QString servers =
        countLink(summary.servers, QString::number(summary.servers), Node::Servers, Group::All);
    if (summary.serversUnreachable > 0)
        servers = tr("%1 — %2 not reachable (%3)")
                      .arg(servers)
                      .arg(summary.serversUnreachable)
                      .arg(summary.unreachableServerNames.join(tr(", ")).toHtmlEscaped());
    m_glance.at(5)->setText(servers);
}

void InstanceOverview::openLink(const QString &link)
{
    const QStringList parts = link.split(u':');
    if (parts.size() != 3 || parts.at(0) != u"node"_s)
        return;
    emit showRequested(Node(parts.at(1).toInt()), Group(parts.at(2).toInt()));
}

void InstanceOverview::refresh()
{
    if (!m_session)
        return;
    const auto &instance = m_session->instance();
    m_title->setText(instance.name);
    const QString url = instance.rootUrl.toDisplayString();
    QString link = u"<a href=\"%1\">%1</a>"_s.arg(url.toHtmlEscaped());
    if (Api::sendsTokenInClear(instance.rootUrl))
        link += u" — "_s
            + tr("⚠ plain http: the token is sent unencrypted over the network").toHtmlEscaped();
    m_url->setText(link);
    m_url->setToolTip(Api::sendsTokenInClear(instance.rootUrl)
                          ? tr("Anyone on the network path can read this token. Use https for "
                               "this instance unless it is on a private network.")
                          : QString());
    m_stateIcon->setPixmap(sessionStateIcon(m_session->state()).pixmap(16, 16));
    m_state->setText(m_session->stateText());
    m_problem->setText(m_session->problem());
    m_problem->setVisible(!m_session->problem().isEmpty());

    const TokenAbilities &abilities = m_session->abilities();
    const QString granted = abilities.describe(TokenAbilities::State::Granted);
    const QString missing = abilities.describe(TokenAbilities::State::Missing);
    QStringList parts;
    if (!granted.isEmpty())
        parts << tr("can %1").arg(granted);
    if (!missing.isEmpty())
        parts << tr("cannot %1").arg(missing);
    m_abilities->setText(parts.isEmpty() ? tr("not checked yet") : parts.join(QLatin1String("; ")));
    m_notes->setText(instance.notes.isEmpty() ? tr("—") : instance.notes);
    m_sessionNote->setText(instance.sessionOnly
                               ? tr("This instance lasts for this session only; its token is "
                                    "kept in memory and never written to disk.")
                               : QString());
    m_sessionNote->setVisible(instance.sessionOnly);
    m_saveSession->setVisible(instance.sessionOnly);
}

void InstanceOverview::changeEvent(QEvent *event)
{
    // Rich-text links keep the link colour they were laid out with: lay them out again.
    if (event->type() == QEvent::PaletteChange) {
        refresh();
        refreshGlance();
    }
    QWidget::changeEvent(event);
}

} // namespace Coolify::Gui
