// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/InferenceHistoryModel.h"

#include "api/ApiClient.h"

#include <QLocale>
#include <QTimer>

namespace deai {

InferenceHistoryModel::InferenceHistoryModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

void InferenceHistoryModel::setJobId(const QString &jobId)
{
    m_jobId = jobId;
    dropPrefetch();
    clearRecords();
    if (m_jobId.isEmpty()) {
        cancelLoad();
        return;
    }
    loadPage(1);
}

void InferenceHistoryModel::setPageSize(int pageSize)
{
    if (pageSize == m_pageSize || pageSize <= 0)
        return;
    m_pageSize = pageSize;
    dropPrefetch();
    if (!m_jobId.isEmpty())
        loadPage(1);
}

void InferenceHistoryModel::refresh()
{
    // A refresh asks the server again, for every page.
    dropPrefetch();
    if (!m_jobId.isEmpty())
        loadPage(m_requestedPage);
}

void InferenceHistoryModel::cancelLoad()
{
    ++m_loadGeneration;
    m_deliveringPrefetched = false;
    if (m_call) {
        ApiCall *previous = m_call;
        m_call = nullptr;
        previous->cancel();
    }
}

void InferenceHistoryModel::loadPage(int pageNumber)
{
    if (m_jobId.isEmpty())
        return;
    cancelLoad();
    m_requestedPage = std::max(1, pageNumber);
    Q_EMIT loadingChanged(true);

    if (m_prefetchPage == m_requestedPage && m_prefetched) {
        // Shown from the next turn of the event loop, as an answer from the server would be.
        m_deliveringPrefetched = true;
        QTimer::singleShot(0, this, [this, generation = m_loadGeneration,
                                     page = std::move(*m_prefetched)]() mutable {
            if (generation == m_loadGeneration)
                finishLoad(std::move(page));
        });
        m_prefetched.reset();
        m_prefetchPage = 0;
        return;
    }
    if (m_prefetchPage == m_requestedPage && m_prefetchCall) {
        // Already on its way: its answer becomes this load's.
        m_call = m_prefetchCall;
        m_prefetchCall = nullptr;
        m_prefetchPage = 0;
        return;
    }
    ApiReply<InferencePage> *reply = m_api->queryInferList(m_jobId, m_requestedPage, m_pageSize);
    m_call = reply;
    connect(reply, &ApiCall::finished, this, [this, reply] { onPageAnswered(reply); });
}

void InferenceHistoryModel::onPageAnswered(ApiReply<InferencePage> *reply)
{
    if (reply == m_prefetchCall) {
        m_prefetchCall = nullptr;
        // A failed prefetch is forgotten; the load of that page will report its own error.
        if (reply->isOk())
            m_prefetched = reply->value();
        else
            m_prefetchPage = 0;
        return;
    }
    if (reply != m_call)
        return; // cancelled, or the answer to an older request
    m_call = nullptr;
    if (!reply->isOk()) {
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(reply->error().message());
        return;
    }
    finishLoad(reply->value());
}

void InferenceHistoryModel::finishLoad(InferencePage page)
{
    m_deliveringPrefetched = false;
    Q_EMIT loadingChanged(false);
    showPage(std::move(page));
    Q_EMIT pageLoaded();
    if (m_page.pageNumber < m_page.totalPages)
        prefetch(m_page.pageNumber + 1);
}

void InferenceHistoryModel::prefetch(int pageNumber)
{
    if (m_prefetchPage == pageNumber)
        return;
    dropPrefetch();
    m_prefetchPage = pageNumber;
    ApiReply<InferencePage> *reply = m_api->queryInferList(m_jobId, pageNumber, m_pageSize);
    m_prefetchCall = reply;
    connect(reply, &ApiCall::finished, this, [this, reply] { onPageAnswered(reply); });
}

void InferenceHistoryModel::dropPrefetch()
{
    m_prefetchPage = 0;
    m_prefetched.reset();
    if (m_prefetchCall) {
        ApiCall *previous = m_prefetchCall;
        m_prefetchCall = nullptr;
        previous->cancel();
    }
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
