// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/ResultCsv.h"

#include <QAbstractTableModel>

namespace deai {

// The rows of an inference result: file, class and confidence for images; step, forecast
// and (when known) actual value for a time series. Numbers sort as numbers.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const ResultCsvData *result);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cnnData(const CnnResultRow &row, int column, int role) const;
    QVariant lstmData(const LstmResultRow &row, int column, int role) const;

    const ResultCsvData *m_result = nullptr;
};

} // namespace deai
