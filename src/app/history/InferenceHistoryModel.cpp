// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/InferenceHistoryModel.h"

#include "api/ApiClient.h"

#include <QLocale>

namespace deai {

InferenceHistoryModel::InferenceHistoryModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

void InferenceHistoryModel::setJobId(const QString &jobId)
{
    m_jobId = jobId;
    clearRecords();
    if (m_jobId.isEmpty()) {
        if (m_call)
            m_call->cancel();
        return;
    }
    loadPage(1);
}

void InferenceHistoryModel::setPageSize(int pageSize)
{
    if (pageSize == m_pageSize || pageSize <= 0)
        return;
    m_pageSize = pageSize;
    if (!m_jobId.isEmpty())
        loadPage(1);
}

void InferenceHistoryModel::refresh()
{
    if (!m_jobId.isEmpty())
        loadPage(m_requestedPage);
}

void InferenceHistoryModel::loadPage(int pageNumber)
{
    if (m_jobId.isEmpty())
        return;
    if (m_call) {
        ApiCall *previous = m_call;
        m_call = nullptr;
        previous->disconnect(this);
        previous->cancel();
    }
    m_requestedPage = std::max(1, pageNumber);
    ApiReply<InferencePage> *reply = m_api->queryInferList(m_jobId, m_requestedPage, m_pageSize);
    m_call = reply;
    Q_EMIT loadingChanged(true);
    connect(reply, &ApiCall::finished, this, [this, reply] {
        m_call = nullptr;
        Q_EMIT loadingChanged(false);
        if (!reply->isOk()) {
            Q_EMIT loadFailed(reply->error().message());
            return;
        }
        showPage(reply->value());
        Q_EMIT pageLoaded();
    });
}

void InferenceHistoryModel::showPage(InferencePage page)
{
    beginResetModel();
    m_rows = QList<DisplayRow>(page.records.size());
    m_page = std::move(page);
    endResetModel();
}

const InferenceHistoryModel::DisplayRow &InferenceHistoryModel::displayRow(int row) const
{
    DisplayRow &shown = m_rows[row];
    if (!shown.formatted) {
        const InferenceRecord &record = m_page.records.at(row);
        shown.submitTime = QLocale().toString(record.submitTime.toLocalTime(), QLocale::ShortFormat);
        shown.cost = record.cost.toDisplayString();
        shown.result = record.resultUrl.toDisplayString();
        shown.formatted = true;
    }
    return shown;
}

void InferenceHistoryModel::clearRecords()
{
    showPage(InferencePage());
}

const InferenceRecord *InferenceHistoryModel::recordAt(int row) const
{
    return row >= 0 && row < m_page.records.size() ? &m_page.records.at(row) : nullptr;
}

int InferenceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_page.records.size());
}

int InferenceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InferenceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const InferenceRecord &record = m_page.records.at(index.row());
    if (role == ResultUrlRole)
        return record.resultUrl;
    if (role == Qt::TextAlignmentRole && index.column() == CostColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const DisplayRow &row = displayRow(index.row());
    switch (index.column()) {
    case SubmitTimeColumn:
        return row.submitTime;
    case CostColumn:
        return row.cost;
    case TxHashColumn:
        return record.txHash;
    case ResultColumn:
        return row.result;
    default:
        return {};
    }
}

QVariant InferenceHistoryModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubmitTimeColumn:
        return tr("Submitted");
    case CostColumn:
        return tr("Cost");
    case TxHashColumn:
        return tr("Transaction");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace deai
