// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/LstmPreviewPage.h"

#include "dataset/CountBarChart.h"
#include "dataset/StringTableModel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace deai {

LstmPreviewPage::LstmPreviewPage(QWidget *parent)
    : QWidget(parent)
    , m_summaryLabel(new QLabel(this))
    , m_previewTable(new QTableView(this))
    , m_previewModel(new StringTableModel(this))
    , m_columnCombo(new QComboBox(this))
    , m_seriesChartView(new QChartView(this))
{
    m_summaryLabel->setObjectName(QStringLiteral("lstmSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setAccessibleName(tr("First rows of the time series"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_columnCombo->setObjectName(QStringLiteral("columnCombo"));
    m_columnCombo->setAccessibleName(tr("Column to chart"));
    m_columnCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_columnCombo, &QComboBox::currentIndexChanged, this, &LstmPreviewPage::showColumn);

    m_seriesChartView->setObjectName(QStringLiteral("seriesChartView"));
    m_seriesChartView->setAccessibleName(tr("Chart of the chosen column"));
    m_seriesChartView->setRenderHint(QPainter::Antialiasing);
    m_seriesChartView->setMinimumHeight(200);
    m_seriesChartView->chart()->legend()->setVisible(false);

    auto *chartColumn = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Column:"), m_columnCombo);
    auto *chartLayout = new QVBoxLayout(chartColumn);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(form);
    chartLayout->addWidget(m_seriesChartView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_previewTable);
    splitter->addWidget(chartColumn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(splitter, 1);
}

void LstmPreviewPage::showReport(const LstmDatasetReport &report)
{
    m_report = report;

    QStringList summary{tr("%n row(s)", nullptr, int(report.rowCount)),
                        tr("%n numeric column(s)", nullptr, int(report.numericColumnCount()))};
    if (report.dateColumn >= 0 && report.dateColumn < report.columns.size())
        summary.append(tr("dates in \"%1\"").arg(report.columns.at(report.dateColumn).name));
    if (report.malformedRowCount > 0)
        summary.append(tr("%n malformed row(s)", nullptr, int(report.malformedRowCount)));
    m_summaryLabel->setText(summary.join(QStringLiteral("; ")));

    m_previewModel->setTable(report.previewHeader, report.previewRows);

    const QSignalBlocker blocker(m_columnCombo);
    m_columnCombo->clear();
    for (qsizetype i = 0; i < report.columns.size(); ++i) {
        if (report.columns.at(i).type == ColumnType::Numeric)
            m_columnCombo->addItem(report.columns.at(i).name, int(i));
    }
    m_columnCombo->setEnabled(m_columnCombo->count() > 0);
    showColumn(m_columnCombo->currentIndex());
}

void LstmPreviewPage::clear()
{
    showReport({});
}

void LstmPreviewPage::showColumn(int comboIndex)
{
    QChart *chart = m_seriesChartView->chart();
    clearChart(chart);

    const int column = comboIndex < 0 ? -1 : m_columnCombo->itemData(comboIndex).toInt();
    if (column < 0 || column >= m_report.columns.size()) {
        chart->setTitle(tr("No numeric column to chart"));
        m_seriesChartView->setAccessibleDescription(chart->title());
        return;
    }

    const SeriesColumn &chosen = m_report.columns.at(column);
    auto *series = new QLineSeries;
    series->setName(chosen.name);
    series->replace(chosen.series);
    chart->addSeries(series);
    chart->setTitle(chosen.name);

    auto *rowAxis = new QValueAxis;
    rowAxis->setTitleText(tr("Row"));
    rowAxis->setLabelFormat(QStringLiteral("%d"));
    rowAxis->setRange(0, double(std::max<qint64>(1, m_report.rowCount - 1)));
    chart->addAxis(rowAxis, Qt::AlignBottom);
    series->attachAxis(rowAxis);

    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(chosen.name);
    const double margin = chosen.maximum > chosen.minimum ? 0.0 : 1.0;
    valueAxis->setRange(chosen.minimum - margin, chosen.maximum + margin);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);

    m_seriesChartView->setAccessibleDescription(
        tr("%1 over %n row(s), from %2 to %3", nullptr, int(m_report.rowCount))
            .arg(chosen.name)
            .arg(chosen.minimum)
            .arg(chosen.maximum));
}

} // namespace deai
