// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <span>

namespace deai::sandbox {

struct ImageResultRow
{
    QString file;
    QString predictedClass;
    double confidence = 0;
};

struct ForecastRow
{
    qint64 step = 0;              // row index in the series the forecast is for
    double forecast = 0;
    std::optional<double> actual; // the series' value at that step, when it has one
};

// The CSV files inference results are served as (RFC 4180 quoting, "\n" line
// ends, UTF-8).
// Header `file,predicted_class,confidence`, one row per input image.
QByteArray cnnResultCsv(std::span<const ImageResultRow> rows);
// Header `step,forecast`, plus `actual` when any row knows its actual value.
QByteArray lstmResultCsv(std::span<const ForecastRow> rows);

// Quotes a field when it holds a comma, quote or line break.
QByteArray csvField(const QString &text);

} // namespace deai::sandbox
