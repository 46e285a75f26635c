// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QImage>
#include <QList>
#include <QString>

namespace deai {

struct ThumbnailItem
{
    QImage image;
    QString caption; // shown under the image
    QString toolTip;
};

// Images with a caption each, for a QListView in IconMode.
class ThumbnailListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setItems(QList<ThumbnailItem> items);
    const QList<ThumbnailItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ThumbnailItem> m_items;
};

} // namespace deai
