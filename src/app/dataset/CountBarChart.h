// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace deai {

struct CategoryCount
{
    QString name;
    qint64 count = 0;
};

// Keeps the `limit` largest counts, largest first (ties by name), and folds the rest into
// one trailing `otherName` entry, so that a chart of a thousand classes stays readable.
QList<CategoryCount> topCounts(const QMap<QString, qint64> &counts, int limit,
                               const QString &otherName);

// Removes every series and axis, so the chart can be filled anew.
void clearChart(QChart *chart);

// Replaces the chart's content with one bar per category over a category axis.
void showCountBars(QChart *chart, const QList<CategoryCount> &counts, const QString &setName,
                   const QString &valueTitle);

} // namespace deai
