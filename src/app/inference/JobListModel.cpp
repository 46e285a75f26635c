// SPDX-License-Identifier: GPL-3.0-or-later
#include "inference/JobListModel.h"

#include <QLocale>

namespace deai {

JobListModel::JobListModel(JobStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &JobStore::changed, this, &JobListModel::reload);
}

void JobListModel::setAccount(const QString &server, const QString &account)
{
    m_server = server;
    m_account = account;
    reload();
}

void JobListModel::reload()
{
    beginResetModel();
    m_jobs = m_account.isEmpty() ? QList<JobRecord>() : m_store->jobs(m_server, m_account);
    endResetModel();
}

const JobRecord *JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

int JobListModel::rowOfLocalId(qint64 localId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).localId == localId)
            return row;
    }
    return -1;
}

QString JobListModel::stateText(JobRecord::State state)
{
    switch (state) {
    case JobRecord::State::Pending:
        return tr("Being created");
    case JobRecord::State::Created:
        return tr("Created");
    case JobRecord::State::OutcomeUnknown:
        return tr("Unknown — check first");
    case JobRecord::State::Failed:
        return tr("Not created");
    }
    return {};
}

QString JobListModel::explanation(const JobRecord &job)
{
    switch (job.state) {
    case JobRecord::State::Pending:
    case JobRecord::State::OutcomeUnknown:
        return tr("The server may have created this job; check on the Phoenix site before "
                  "creating it again.");
    case JobRecord::State::Failed:
        return tr("The server refused this job, so nothing was spent: %1").arg(job.failureMessage);
    case JobRecord::State::Created:
        break;
    }
    return {};
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JobRecord &job = m_jobs.at(index.row());
    if (role == Qt::ToolTipRole)
        return explanation(job);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return job.name;
    case ModelColumn:
        return job.model;
    case JobIdColumn:
        return job.jobId;
    case StateColumn:
        return stateText(job.state);
    case CostColumn:
        return job.estimatedCost.toDisplayString(6);
    case CreatedColumn:
        return QLocale().toString(job.createdAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ModelColumn:
        return tr("Model");
    case JobIdColumn:
        return tr("Job ID");
    case StateColumn:
        return tr("State");
    case CostColumn:
        return tr("Estimated cost");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace deai
