// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiReply.h"
#include "api/ApiTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

namespace deai {

class ApiClient;

// One page of a job's inference history, fetched with queryInferList
// without ever blocking; an answer to an older request is dropped. While a
// page is shown the next one is fetched in the background, so that paging
// forward shows it at once.
class InferenceHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SubmitTimeColumn, CostColumn, TxHashColumn, ResultColumn, ColumnCount };
    enum Role { ResultUrlRole = Qt::UserRole + 1 };

    explicit InferenceHistoryModel(ApiClient *api, QObject *parent = nullptr);

    // Both start again from the first page.
    void setJobId(const QString &jobId);
    void setPageSize(int pageSize);
    void loadPage(int pageNumber);
    void refresh();

    QString jobId() const { return m_jobId; }
    int pageSize() const { return m_pageSize; }
    int pageNumber() const { return m_page.pageNumber; }
    int totalPages() const { return m_page.totalPages; }
    qint64 totalCount() const { return m_page.totalCount; }
    bool isLoading() const { return m_call || m_deliveringPrefetched; }
    const InferenceRecord *recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded();
    void loadFailed(const QString &message);

private:
    // What the table shows of one record, formatted the first time the row
    // is shown: painting asks for every visible cell over and over, while
    // formatting all thousand rows of a page at once would stall the window.
    struct DisplayRow
    {
        bool formatted = false;
        QString submitTime;
        QString cost;
        QString result;
    };

    void clearRecords();
    void showPage(InferencePage page);
    void onPageAnswered(ApiReply<InferencePage> *reply);
    void finishLoad(InferencePage page);
    void cancelLoad();
    void prefetch(int pageNumber);
    void dropPrefetch();
    const DisplayRow &displayRow(int row) const;

    ApiClient *m_api;
    QPointer<ApiCall> m_call;
    QString m_jobId;
    int m_pageSize = 10;
    int m_requestedPage = 1;
    // Counts loads, so that a prefetched page delivered late cannot land on a newer one.
    quint64 m_loadGeneration = 0;
    bool m_deliveringPrefetched = false;
    // The page after the shown one: being fetched (m_prefetchCall) or fetched (m_prefetched),
    // always for the current job and page size.
    int m_prefetchPage = 0;
    QPointer<ApiCall> m_prefetchCall;
    std::optional<InferencePage> m_prefetched;
    InferencePage m_page;
    mutable QList<DisplayRow> m_rows;
};

} // namespace deai
