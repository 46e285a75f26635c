// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/DatasetProblem.h"

#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace deai {

enum class ColumnType
{
    Empty, // every value is missing
    Numeric,
    DateTime,
    Text,
};

struct SeriesColumn
{
    QString name;
    ColumnType type = ColumnType::Empty;
    qint64 missingCount = 0; // empty cells and NaN
    double minimum = 0;      // numeric columns only
    double maximum = 0;
    // Numeric columns only: (row index, value), thinned out for a chart while keeping
    // every bucket's minimum and maximum so that spikes stay visible.
    QList<QPointF> series;
};

struct LstmDatasetReport
{
    QList<SeriesColumn> columns;
    qint64 rowCount = 0;          // data rows, header excluded
    qint64 malformedRowCount = 0; // rows whose field count differs from the header's
    int dateColumn = -1;          // first date/time column, -1 when there is none
    QStringList previewHeader;
    QList<QStringList> previewRows; // the first rows, as read

    QList<DatasetProblem> problems;
    bool canceled = false;

    qsizetype numericColumnCount() const
    {
        qsizetype count = 0;
        for (const SeriesColumn &column : columns)
            count += column.type == ColumnType::Numeric ? 1 : 0;
        return count;
    }
};

} // namespace deai

Q_DECLARE_METATYPE(deai::LstmDatasetReport)
