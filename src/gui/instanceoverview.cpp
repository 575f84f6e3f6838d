#include "gui/instanceoverview.h"
#include "api/baseurl.h"

#include "gui/statusicons.h"
#include "models/instancesession.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Api::Ability;
using Api::TokenAbilities;

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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_sessionNote);
    layout->addLayout(buttons);
    layout->addStretch();

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
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Coolify::Gui
