// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/ThumbnailListModel.h"

namespace deai {

void ThumbnailListModel::setItems(QList<ThumbnailItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ThumbnailListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ThumbnailListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const ThumbnailItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.caption;
    case Qt::DecorationRole:
        return item.image;
    case Qt::ToolTipRole:
        return item.toolTip;
    case Qt::AccessibleTextRole:
        return item.toolTip.isEmpty() ? item.caption
                                      : item.caption + QStringLiteral(", ") + item.toolTip;
    default:
        return {};
    }
}

} // namespace deai
