// SPDX-License-Identifier: GPL-3.0-or-later
// The time-series CSV of an LSTM dataset, as the client's inspection and the
// sandbox read it. The input is the file.
#include "FuzzSupport.h"
#include "dataset/CsvText.h"
#include "dataset/SeriesCsvInspection.h"


#include <cmath>

namespace {

using namespace deai;

void checkClientInspection(const QString &path)
{
    const LstmDatasetReport report = inspectLstmDataset(path);
    DEAI_FUZZ_CHECK(!report.canceled);
    DEAI_FUZZ_CHECK(report.previewRows.size() <= previewRowCount);
    DEAI_FUZZ_CHECK(report.previewRows.size() <= report.rowCount);
    DEAI_FUZZ_CHECK(report.malformedRowCount <= report.rowCount);
    DEAI_FUZZ_CHECK(report.columns.size() == report.previewHeader.size());
    DEAI_FUZZ_CHECK(report.dateColumn < report.columns.size());
    for (const SeriesColumn &column : report.columns) {
        DEAI_FUZZ_CHECK(column.missingCount <= report.rowCount);
        DEAI_FUZZ_CHECK(column.series.size() <= maxSeriesPoints);
        if (column.type != ColumnType::Numeric)
            continue;
        DEAI_FUZZ_CHECK(!(column.minimum > column.maximum));
        for (const QPointF &point : column.series) {
            DEAI_FUZZ_CHECK(point.x() >= 0 && point.x() < double(report.rowCount));
            DEAI_FUZZ_CHECK(!std::isnan(point.y()));
        }
    }
    if (report.rowCount == 0 || report.numericColumnCount() == 0)
        DEAI_FUZZ_CHECK(hasBlockingProblem(report.problems));
}

void checkSandboxTable(QByteArrayView input)
{
    const auto table = sandbox::SeriesTable::fromRows(sandbox::CsvText::parse(input),
                                                      QStringLiteral("x_train"));
    if (const auto *series = std::get_if<sandbox::SeriesTable>(&table)) {
        DEAI_FUZZ_CHECK(!series->columns.isEmpty() && !series->rows.isEmpty());
        for (const QList<double> &row : series->rows)
            DEAI_FUZZ_CHECK(row.size() == series->columns.size());
    } else {
        DEAI_FUZZ_CHECK(!std::get<QString>(table).isEmpty());
    }
}

} // namespace

DEAI_FUZZ_PREPARE_QT()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    checkClientInspection(fuzz::writeScratchFile(QStringLiteral("series.csv"), input));
    checkSandboxTable(input);
    return 0;
}
