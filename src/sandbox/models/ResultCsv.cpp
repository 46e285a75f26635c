// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResultCsv.h"

#include <algorithm>

namespace deai::sandbox {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

} // namespace

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QByteArray cnnResultCsv(std::span<const ImageResultRow> rows)
{
    QByteArray csv("file,predicted_class,confidence\n");
    for (const ImageResultRow &row : rows) {
        csv += csvField(row.file) + ',' + csvField(row.predictedClass) + ','
               + QByteArray::number(row.confidence, 'f', 6) + '\n';
    }
    return csv;
}

QByteArray lstmResultCsv(std::span<const ForecastRow> rows)
{
    const bool withActual = std::any_of(rows.begin(), rows.end(), [](const ForecastRow &row) {
        return row.actual.has_value();
    });
    QByteArray csv(withActual ? "step,forecast,actual\n" : "step,forecast\n");
    for (const ForecastRow &row : rows) {
        csv += QByteArray::number(row.step) + ',' + number(row.forecast);
        if (withActual) {
            csv += ',';
            if (row.actual)
                csv += number(*row.actual);
        }
        csv += '\n';
    }
    return csv;
}

} // namespace deai::sandbox
