// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobStore.h"

#include <QAbstractTableModel>

namespace deai {

// The local jobs of one server and account, newest first, kept in step with
// the job record.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ModelColumn, JobIdColumn, StateColumn, CostColumn, CreatedColumn,
                  ColumnCount };

    explicit JobListModel(JobStore *store, QObject *parent = nullptr);

    void setAccount(const QString &server, const QString &account);
    const JobRecord *jobAt(int row) const;
    int rowOfLocalId(qint64 localId) const;

    // Why a job that is not plainly created needs the user's attention.
    static QString explanation(const JobRecord &job);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    static QString stateText(JobRecord::State state);

    JobStore *m_store;
    QString m_server;
    QString m_account;
    QList<JobRecord> m_jobs;
};

} // namespace deai
