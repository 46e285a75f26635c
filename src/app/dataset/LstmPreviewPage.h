// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/LstmDatasetReport.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QComboBox;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace deai {

class StringTableModel;

// The time series at a glance: its first rows as read and a chart of one numeric column.
class LstmPreviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit LstmPreviewPage(QWidget *parent = nullptr);

    void showReport(const LstmDatasetReport &report);
    void clear();

private:
    void showColumn(int comboIndex);

    LstmDatasetReport m_report;
    QLabel *m_summaryLabel;
    QTableView *m_previewTable;
    StringTableModel *m_previewModel;
    QComboBox *m_columnCombo;
    QChartView *m_seriesChartView;
};

} // namespace deai
