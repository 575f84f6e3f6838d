#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace Coolify::Models {

// Sorting by Roles::Sort and filtering by text (any column), status group, kind and instance,
// for every resource table. Filters combine with AND; empty ones let everything through.
class ResourceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // LastDeployFailed: applications whose newest deployment failed (a rollback may be due).
    enum class StatusGroup { All, Running, Stopped, Problems, Busy, LastDeployFailed };
    Q_ENUM(StatusGroup)

    explicit ResourceFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatusGroup(StatusGroup group);
    void setKind(const QString &kind); // "" = all
    void setInstanceId(const QString &id); // "" = all
    void setEnvironmentIds(const QSet<qint64> &ids); // empty = all
    StatusGroup statusGroup() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    StatusGroup m_status = StatusGroup::All;
    QString m_kind;
    QString m_instanceId;
    QSet<qint64> m_environmentIds;
};

} // namespace Coolify::Models
