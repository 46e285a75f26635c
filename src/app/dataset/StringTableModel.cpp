// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/StringTableModel.h"

#include <algorithm>

namespace deai {

void StringTableModel::setTable(QStringList header, QList<QStringList> rows)
{
    beginResetModel();
    m_header = std::move(header);
    m_rows = std::move(rows);
    qsizetype columns = m_header.size();
    for (const QStringList &row : std::as_const(m_rows))
        columns = std::max(columns, row.size());
    m_columnCount = int(columns);
    endResetModel();
}

int StringTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StringTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant StringTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return m_rows.at(index.row()).value(index.column());
}

QVariant StringTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_header.value(section);
}

} // namespace deai
