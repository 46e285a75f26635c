// SPDX-License-Identifier: GPL-3.0-or-later
// The chart half of ResultViewer: what each kind of result is drawn as.
#include "dataset/CountBarChart.h"
#include "dataset/MinMaxDownsampler.h"
#include "results/ResultSources.h"
#include "results/ResultViewer.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QListView>
#include <QValueAxis>
#include <algorithm>
#include <limits>

namespace deai {

namespace {

constexpr int kMaxClassBars = 20;
constexpr int kMaxThumbnails = 200;
// More points than this add nothing a screen can show; min/max thinning keeps the spikes.
constexpr int kMaxLinePoints = 4000;

QList<QPointF> thinned(const QList<QPointF> &points)
{
    if (points.size() <= kMaxLinePoints)
        return points;
    MinMaxDownsampler sampler(kMaxLinePoints);
    for (const QPointF &point : points)
        sampler.add(qint64(point.x()), point.y());
    return sampler.points();
}

} // namespace

void ResultViewer::resetChart()
{
    QChart *chart = m_chartView->chart();
    clearChart(chart);
    chart->setTitle(QString());
    m_chartView->setAccessibleDescription(QString());
}

void ResultViewer::showCnnChart()
{
    resetChart();
    QChart *chart = m_chartView->chart();
    const QMap<QString, qint64> counts = m_result.countPerClass();
    const QList<CategoryCount> bars = topCounts(counts, kMaxClassBars, tr("other"));
    showCountBars(chart, bars, tr("Predictions"), tr("Images"));
    chart->setTitle(tr("Images per predicted class"));
    m_chartView->setAccessibleDescription(
        tr("%Ln class(es); the most frequent is %1 with %2", nullptr, int(counts.size()))
            .arg(bars.isEmpty() ? QString() : bars.constFirst().name,
                 tr("%Ln image(s)", nullptr, bars.isEmpty() ? 0 : int(bars.constFirst().count))));

    QList<ThumbnailItem> thumbnails;
    if (!m_zipPath.isEmpty()) {
        QString error;
        thumbnails = loadPredictionThumbnails(m_zipPath, m_result.cnnRows, kMaxThumbnails, &error);
        if (!error.isEmpty())
            m_warnings.append(error);
    }
    m_thumbnailModel->setItems(std::move(thumbnails));
    m_thumbnailView->setVisible(m_thumbnailModel->rowCount() > 0);
}

void ResultViewer::showLstmChart()
{
    resetChart();
    m_thumbnailModel->setItems({});
    m_thumbnailView->hide();

    QList<QPointF> forecastPoints;
    QList<QPointF> actualPoints;
    qint64 firstStep = std::numeric_limits<qint64>::max();
    qint64 lastStep = 0;
    for (const LstmResultRow &row : std::as_const(m_result.lstmRows)) {
        forecastPoints.append(QPointF(double(row.step), row.forecast));
        if (row.actual)
            actualPoints.append(QPointF(double(row.step), *row.actual));
        firstStep = std::min(firstStep, row.step);
        lastStep = std::max(lastStep, row.step);
    }
    if (actualPoints.isEmpty() && !m_seriesPath.isEmpty() && !forecastPoints.isEmpty()) {
        QString error;
        actualPoints = loadActualSeries(m_seriesPath, m_seriesColumn, firstStep, lastStep, &error);
        if (!error.isEmpty())
            m_warnings.append(error);
    }

    QChart *chart = m_chartView->chart();
    auto *stepAxis = new QValueAxis;
    stepAxis->setTitleText(tr("Step"));
    stepAxis->setLabelFormat(QStringLiteral("%d"));
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(tr("Value"));
    chart->addAxis(stepAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);

    const auto addLine = [&](const QString &objectName, const QString &title,
                             const QList<QPointF> &points) {
        auto *series = new QLineSeries;
        series->setObjectName(objectName);
        series->setName(title);
        series->replace(thinned(points));
        chart->addSeries(series);
        series->attachAxis(stepAxis);
        series->attachAxis(valueAxis);
    };
    if (!actualPoints.isEmpty())
        addLine(QStringLiteral("actualSeries"), tr("Actual"), actualPoints);
    addLine(QStringLiteral("forecastSeries"), tr("Forecast"), forecastPoints);

    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const QList<QPointF> *points : {&forecastPoints, &actualPoints}) {
        for (const QPointF &point : *points) {
            low = std::min(low, point.y());
            high = std::max(high, point.y());
        }
    }
    if (low > high)
        low = high = 0;
    const double margin = high > low ? (high - low) * 0.05 : 1.0;
    valueAxis->setRange(low - margin, high + margin);
    stepAxis->setRange(forecastPoints.isEmpty() ? 0.0 : double(firstStep),
                       std::max(double(lastStep), double(firstStep) + 1.0));
    chart->legend()->setVisible(true);
    chart->setTitle(actualPoints.isEmpty() ? tr("Forecast") : tr("Forecast against actual values"));
    m_chartView->setAccessibleDescription(
        tr("%n forecast step(s)", nullptr, int(forecastPoints.size())) + QStringLiteral(", ") +
        tr("%n actual value(s)", nullptr, int(actualPoints.size())));
}

} // namespace deai
