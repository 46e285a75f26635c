// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/CountBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>
#include <algorithm>

namespace deai {

QList<CategoryCount> topCounts(const QMap<QString, qint64> &counts, int limit,
                               const QString &otherName)
{
    QList<CategoryCount> sorted;
    sorted.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({it.key(), it.value()});
    // QMap already orders by name, so a stable sort keeps ties in name order.
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const CategoryCount &a, const CategoryCount &b) { return a.count > b.count; });

    if (limit < 1 || sorted.size() <= limit)
        return sorted;
    // One slot goes to "other", so that the chart never shows more than `limit` bars.
    const qsizetype kept = std::max(1, limit - 1);
    qint64 rest = 0;
    for (qsizetype i = kept; i < sorted.size(); ++i)
        rest += sorted.at(i).count;
    sorted.resize(kept);
    sorted.append({otherName, rest});
    return sorted;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void showCountBars(QChart *chart, const QList<CategoryCount> &counts, const QString &setName,
                   const QString &valueTitle)
{
    clearChart(chart);

    auto *set = new QBarSet(setName);
    QStringList categories;
    qint64 largest = 0;
    for (const CategoryCount &entry : counts) {
        categories.append(entry.name);
        set->append(double(entry.count));
        largest = std::max(largest, entry.count);
    }

    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(counts.size() <= 20);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsAngle(categories.size() > 8 ? -60 : 0);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);

    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueTitle);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setRange(0, std::max<double>(1, double(largest) * 1.1));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);

    chart->legend()->setVisible(false);
}

} // namespace deai
