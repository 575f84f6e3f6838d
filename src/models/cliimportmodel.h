#pragma once

#include "instances/cliconfig.h"

#include "models/roles.h"

#include <QAbstractTableModel>
#include <QList>

namespace Coolify::Models {

// The instances of coolify-cli's configuration, for "Import from coolify-cli…": one row each,
// checkable while it can still be imported, with where its import stands. The token of a row is
// kept for the import but never returned by data().
class CliImportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, StatusColumn, ColumnCount };
    enum class State {
        Skipped, // cannot be imported (CliInstance::skipReason)
        AlreadyAdded, // the app has an instance at this address
        Ready,
        Checking, // connection test running
        Saving, // token being written to the keychain
        Imported,
        Failed, // test or keychain failed; may be tried again
    };
    Q_ENUM(State)
    enum Role {
        StateRole = Roles::FirstModelRole, // int(State)
    };

    explicit CliImportModel(QObject *parent = nullptr);

    // Replaces every row; `existing` maps normalised root URLs of the app's instances to their
    // names, so entries already added are marked instead of imported twice.
    void reset(const QList<Instances::CliInstance> &instances,
               const QHash<QUrl, QString> &existing);

    const Instances::CliInstance &instance(int row) const { return m_rows.at(row).instance; }
    State state(int row) const { return m_rows.at(row).state; }
    QString message(int row) const { return m_rows.at(row).message; }
    bool isChecked(int row) const { return m_rows.at(row).checked; }
    void setState(int row, State state, const QString &message = {});
    // Rows the user has ticked that can be imported (Ready or Failed).
    QList<int> checkedRows() const;
    int countIn(State state) const;
    // While busy no row can be ticked or unticked.
    void setBusy(bool busy);

    static bool isImportable(State state)
    {
        return state == State::Ready || state == State::Failed;
    }
    static QString stateText(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Instances::CliInstance instance;
        State state = State::Ready;
        QString message; // why skipped / failed, or what was done
        bool checked = false;
    };
    QList<Row> m_rows;
    bool m_busy = false;
};

} // namespace Coolify::Models
