#include "journal/journalmodel.h"

#include "journal/journal.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coolify::Journal {

JournalModel::JournalModel(Journal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, this, &JournalModel::requery);
    connect(journal, &Journal::recorded, &m_refresh, qOverload<>(&QTimer::start));
    connect(journal, &Journal::ready, this, &JournalModel::requery);
    requery();
}

void JournalModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    requery();
}

void JournalModel::requery()
{
    const int generation = ++m_generation;
    ++m_pending;
    m_journal->query(m_filter, this, [this, generation](const QList<Entry> &rows) {
        --m_pending;
        if (generation != m_generation)
            return; // a newer filter is on its way
        beginResetModel();
        m_entries = rows;
        endResetModel();
        emit loaded();
    });
}

QString JournalModel::resourceText(const Entry &entry)
{
    const QString what = entry.name.isEmpty() ? entry.uuid : entry.name;
    if (what.isEmpty())
        return {};
    return entry.kind.isEmpty() ? what : tr("%1 (%2)").arg(what, entry.kind);
}

QString JournalModel::detailText(const Entry &entry)
{
    QStringList parts;
    if (!entry.fields.isEmpty())
        parts << entry.fields.join(u", "_s);
    if (!entry.deploymentUuid.isEmpty() && entry.kind != "deployment"_L1)
        parts << tr("deployment %1").arg(entry.deploymentUuid);
    if (!entry.detail.isEmpty())
        parts << entry.detail;
    return parts.join(u" \u2014 "_s);
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case InstanceColumn:
            return e.instanceName;
        case ResourceColumn:
            return resourceText(e);
        case ActionColumn:
            return Entry::actionText(e.action);
        case OutcomeColumn:
            return e.outcome == Entry::Outcome::Succeeded ? tr("Done") : tr("Failed");
        case DetailColumn:
            return detailText(e);
        }
        break;
    case EntryIdRole:
        return e.id;
    case Models::Roles::InstanceId:
        return e.instanceId;
    case Models::Roles::Uuid:
        return e.uuid;
    case Models::Roles::Kind:
        return e.kind;
    case DeploymentUuidRole:
        return e.deploymentUuid;
    case FailedRole:
        return e.outcome == Entry::Outcome::Failed;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case InstanceColumn:
        return tr("Instance");
    case ResourceColumn:
        return tr("Resource");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

QHash<int, QByteArray> JournalModel::roleNames() const
{
    return Models::Roles::namesWith(
        {{EntryIdRole, "entryId"}, {DeploymentUuidRole, "deploymentUuid"}, {FailedRole, "failed"}});
}

namespace {

QString csvField(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\''); // a spreadsheet must not run a server's text as a formula
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

QJsonObject toJson(const Entry &e)
{
    return {
        {u"time"_s, e.time.toUTC().toString(Qt::ISODateWithMs)},
        {u"instanceId"_s, e.instanceId},
        {u"instance"_s, e.instanceName},
        {u"kind"_s, e.kind},
        {u"uuid"_s, e.uuid},
        {u"name"_s, e.name},
        {u"action"_s, Entry::actionKey(e.action)},
        {u"fields"_s, QJsonArray::fromStringList(e.fields)},
        {u"outcome"_s, e.outcome == Entry::Outcome::Succeeded ? u"ok"_s : u"failed"_s},
        {u"detail"_s, e.detail},
        {u"deploymentUuid"_s, e.deploymentUuid},
    };
}

} // namespace

bool writeCsv(QIODevice *device, const QList<Entry> &entries)
{
    QByteArray out = "time,instance_id,instance,kind,uuid,name,action,fields,outcome,detail,"
                     "deployment_uuid\r\n";
    for (const Entry &e : entries) {
        const QStringList fields{e.time.toUTC().toString(Qt::ISODateWithMs),
                                 e.instanceId,
                                 e.instanceName,
                                 e.kind,
                                 e.uuid,
                                 e.name,
                                 Entry::actionKey(e.action),
                                 e.fields.join(u' '),
                                 e.outcome == Entry::Outcome::Succeeded ? u"ok"_s : u"failed"_s,
                                 e.detail,
                                 e.deploymentUuid};
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        out += quoted.join(u',').toUtf8() + "\r\n";
    }
    return device->write(out) == out.size();
}

bool writeJson(QIODevice *device, const QList<Entry> &entries)
{
    QJsonArray array;
    for (const Entry &e : entries)
        array << toJson(e);
    const QByteArray out = QJsonDocument(array).toJson(QJsonDocument::Indented);
    return device->write(out) == out.size();
}

} // namespace Coolify::Journal
