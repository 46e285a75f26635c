// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/SeriesCsvInspection.h"

#include "dataset/CellTypes.h"
#include "dataset/CsvReader.h"
#include "dataset/MinMaxDownsampler.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <limits>
#include <optional>

namespace deai {

namespace {

constexpr int progressInterval = 1024;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(deai::SeriesCsvInspection)
};

// What one column's cells have shown so far. A column stays a numeric (or date) candidate
// until a present cell contradicts it, and only candidates keep a chart series.
struct ColumnScan
{
    qint64 present = 0;
    qint64 missing = 0;
    bool numeric = true;
    bool dateTime = true;
    double minimum = std::numeric_limits<double>::max();
    double maximum = std::numeric_limits<double>::lowest();
    std::optional<MinMaxDownsampler> series = MinMaxDownsampler(maxSeriesPoints);

    void add(qint64 row, const QString &cell)
    {
        if (isMissingValue(cell)) {
            ++missing;
            return;
        }
        ++present;
        if (numeric) {
            bool ok = false;
            const double value = QStringView(cell).trimmed().toDouble(&ok);
            if (ok) {
                minimum = std::min(minimum, value);
                maximum = std::max(maximum, value);
                series->add(row, value);
            } else {
                numeric = false;
                series.reset();
            }
        }
        if (dateTime && !numeric)
            dateTime = isDateTimeValue(cell);
    }

    ColumnType type() const
    {
        if (present == 0)
            return ColumnType::Empty;
        if (numeric)
            return ColumnType::Numeric;
        return dateTime ? ColumnType::DateTime : ColumnType::Text;
    }
};

bool looksLikeDataRow(const QStringList &header)
{
    return std::all_of(header.cbegin(), header.cend(), [](const QString &cell) {
        bool ok = false;
        cell.trimmed().toDouble(&ok);
        return ok || isDateTimeValue(cell);
    });
}

void summarise(const QStringList &header, const std::vector<ColumnScan> &scans,
               LstmDatasetReport &report)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        const ColumnScan &scan = scans.at(std::size_t(i));
        SeriesColumn column;
        column.name = header.at(i).trimmed();
        column.type = scan.type();
        column.missingCount = scan.missing;
        if (column.type == ColumnType::Numeric) {
            column.minimum = scan.minimum;
            column.maximum = scan.maximum;
            column.series = scan.series->points();
        }
        if (column.type == ColumnType::DateTime && report.dateColumn < 0)
            report.dateColumn = int(i);
        report.columns.append(column);
    }
}

void addProblems(LstmDatasetReport &report, const QString &fileName)
{
    if (report.rowCount == 0) {
        report.problems.append(DatasetProblem::blocking(
            Text::tr("The file %1 has column names but no data rows.").arg(fileName)));
        return;
    }
    if (report.numericColumnCount() == 0) {
        report.problems.append(
            DatasetProblem::blocking(Text::tr("The file %1 has no numeric column.").arg(fileName)));
    }
    if (report.malformedRowCount > 0) {
        report.problems.append(DatasetProblem::warning(
            Text::tr("%n rows do not have as many fields as the header names columns.", nullptr,
                     int(report.malformedRowCount))));
    }
    for (qsizetype i = 0; i < report.columns.size(); ++i) {
        const SeriesColumn &column = report.columns.at(i);
        if (column.missingCount > 0) {
            report.problems.append(DatasetProblem::warning(
                Text::tr("Column %1 has %n missing values.", nullptr, int(column.missingCount))
                    .arg(column.name)));
        }
        if (column.type == ColumnType::Text ||
            (column.type == ColumnType::DateTime && i != report.dateColumn)) {
            report.problems.append(DatasetProblem::warning(
                Text::tr("Column %1 is not numeric; only a leading date column may be.")
                    .arg(column.name)));
        }
    }
}

} // namespace

LstmDatasetReport inspectLstmDataset(const QString &csvPath, const InspectionControl &control)
{
    LstmDatasetReport report;
    const QString fileName = QFileInfo(csvPath).fileName();
    CsvReader reader(csvPath);
    QStringList header;
    if (!reader.open()) {
        report.problems.append(DatasetProblem::blocking(
            Text::tr("The file %1 cannot be read: %2").arg(fileName, reader.errorString())));
        return report;
    }
    if (!reader.readRecord(header)) {
        report.problems.append(
            DatasetProblem::blocking(Text::tr("The file %1 is empty.").arg(fileName)));
        return report;
    }
    if (looksLikeDataRow(header)) {
        report.problems.append(DatasetProblem::warning(
            Text::tr("The first row of %1 looks like data; it should name the columns.")
                .arg(fileName)));
    }
    report.previewHeader = header;

    std::vector<ColumnScan> scans(std::size_t(header.size()));
    QStringList fields;
    while (reader.readRecord(fields)) {
        if (report.rowCount % progressInterval == 0) {
            if (control.canceled()) {
                report.canceled = true;
                return report;
            }
            control.progress(reader.bytesRead(), reader.size());
        }
        if (fields.size() != header.size())
            ++report.malformedRowCount;
        const qsizetype usable = std::min(fields.size(), header.size());
        for (qsizetype i = 0; i < usable; ++i)
            scans[std::size_t(i)].add(report.rowCount, fields.at(i));
        if (report.previewRows.size() < previewRowCount)
            report.previewRows.append(fields);
        ++report.rowCount;
    }
    control.progress(reader.size(), reader.size());

    summarise(header, scans, report);
    addProblems(report, fileName);
    return report;
}

} // namespace deai
