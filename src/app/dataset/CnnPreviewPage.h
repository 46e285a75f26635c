// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QListView;
QT_END_NAMESPACE

namespace deai {

struct CnnDatasetReport;
class ThumbnailListModel;

// The image dataset at a glance: a few thumbnails with their labels and how often each
// label occurs.
class CnnPreviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit CnnPreviewPage(QWidget *parent = nullptr);

    void showReport(const CnnDatasetReport &report, int maxChartCategories);
    void clear();

private:
    QLabel *m_summaryLabel;
    QListView *m_thumbnailView;
    ThumbnailListModel *m_thumbnailModel;
    QLabel *m_noLabelsLabel;
    QChartView *m_labelChartView;
};

} // namespace deai
