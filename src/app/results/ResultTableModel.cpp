// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/ResultTableModel.h"

#include <QLocale>

namespace deai {

void ResultTableModel::setResult(const ResultCsvData *result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    return int(m_result->rowCount());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    switch (m_result->kind) {
    case ResultKind::Cnn:
        return 3;
    case ResultKind::Lstm:
        return m_result->hasActualColumn ? 3 : 2;
    case ResultKind::Unknown:
        break;
    }
    return 0;
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_result->kind == ResultKind::Cnn)
        return cnnData(m_result->cnnRows.at(index.row()), index.column(), role);
    return lstmData(m_result->lstmRows.at(index.row()), index.column(), role);
}

QVariant ResultTableModel::cnnData(const CnnResultRow &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == 2)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && column == 2)
        return row.confidence;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case 0:
        return row.file;
    case 1:
        return row.predictedClass;
    default:
        return QLocale().toString(row.confidence, 'f', 4);
    }
}

QVariant ResultTableModel::lstmData(const LstmResultRow &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case 0:
        return display ? QVariant(QLocale().toString(row.step)) : QVariant(row.step);
    case 1:
        return display ? QVariant(QLocale().toString(row.forecast, 'g', 8))
                       : QVariant(row.forecast);
    default:
        if (!row.actual)
            return display ? QVariant(QString()) : QVariant();
        return display ? QVariant(QLocale().toString(*row.actual, 'g', 8)) : QVariant(*row.actual);
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || !m_result)
        return {};
    if (m_result->kind == ResultKind::Cnn) {
        switch (section) {
        case 0:
            return tr("File");
        case 1:
            return tr("Predicted class");
        case 2:
            return tr("Confidence");
        default:
            return {};
        }
    }
    switch (section) {
    case 0:
        return tr("Step");
    case 1:
        return tr("Forecast");
    case 2:
        return tr("Actual");
    default:
        return {};
    }
}

} // namespace deai
