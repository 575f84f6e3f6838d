#pragma once

#include "models/backup.h"
#include "models/roles.h"
#include "models/uuidtablemodel.h"

#include <functional>

namespace Coolify::Models {

// One database's backup schedules (coolify-api.md §11): when, where, what is kept, and how the
// schedule is doing. Roles::Sort holds raw values (the health in BackupConfig::Health order).
//
//     model.apply(result.value.value<QList<BackupConfig>>());
class BackupSchedulesModel : public UuidTableModel<BackupConfig>
{
    Q_OBJECT

public:
    enum Column { Schedule, State, LastBackup, Storage, Keeps, ColumnCount };
    enum Role { HealthRole = Roles::FirstModelRole }; // int(BackupConfig::Health)

    explicit BackupSchedulesModel(QObject *parent = nullptr);

    // What "now" is for overdue schedules and "2 h ago" (tests set their own).
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "3 h ago", "2 d ago": how long since `when`.
    static QString ago(const QDateTime &when, const QDateTime &now);
    // "3.1 MB".
    static QString sizeText(qint64 bytes);

private:
    Clock m_clock;
};

// The executions of one schedule, newest first: status, database, started, duration, size, file,
// message.
class BackupExecutionsModel : public UuidTableModel<BackupExecution>
{
    Q_OBJECT

public:
    enum Column { Status, Database, Started, Duration, Size, File, Message, ColumnCount };
    enum Role { ExecutionStatusRole = Roles::FirstModelRole }; // int(BackupExecution::Status)

    using UuidTableModel::UuidTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace Coolify::Models
