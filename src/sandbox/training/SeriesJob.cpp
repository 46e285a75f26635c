// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/CsvText.h"
#include "models/AutoregressiveForecaster.h"
#include "training/BaselineJobs.h"

#include <QCoreApplication>

namespace deai::sandbox::baseline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::SeriesJob", text);
}

TimeSeriesTable byColumn(const SeriesTable &table)
{
    TimeSeriesTable columns{table.columns, std::vector<std::vector<double>>(size_t(table.columns.size()))};
    for (std::vector<double> &column : columns.columns)
        column.reserve(size_t(table.rows.size()));
    for (const QList<double> &row : table.rows) {
        for (qsizetype c = 0; c < row.size() && c < table.columns.size(); ++c)
            columns.columns[size_t(c)].push_back(row[c]);
    }
    return columns;
}

WindowSpec windowOf(const TrainingRequest &request)
{
    return {int(request.inputWidth), int(request.labelWidth), int(request.shift), int(request.sequenceStride),
            int(request.samplingRate)};
}

} // namespace

std::variant<QByteArray, TrainingError> trainSeriesJob(const TrainingRequest &request,
                                                       const QString &xTrainPath)
{
    const auto loaded = SeriesTable::readFile(xTrainPath, QStringLiteral("x_train"));
    if (const QString *error = std::get_if<QString>(&loaded))
        return TrainingError{*error};
    const SeriesTable &table = std::get<SeriesTable>(loaded);

    ForecastSettings settings;
    settings.window = windowOf(request);
    settings.trainShard = request.trainShard;
    settings.targetColumn = table.columns.value(0); // the first numeric column is the target
    QString error;
    const auto model = AutoregressiveForecaster::train(byColumn(table), settings, &error);
    if (!model)
        return TrainingError{error};
    return model->toBytes();
}

std::variant<QByteArray, TrainingError> inferSeriesJob(const QByteArray &model, const QString &dataPath)
{
    QString error;
    const auto forecaster = AutoregressiveForecaster::fromBytes(model, &error);
    if (!forecaster)
        return TrainingError{error};
    const auto loaded = SeriesTable::readFile(dataPath, QStringLiteral("data_path"));
    if (const QString *readError = std::get_if<QString>(&loaded))
        return TrainingError{*readError};

    const std::vector<ForecastRow> rows = forecaster->forecastTable(byColumn(std::get<SeriesTable>(loaded)));
    if (rows.empty()) {
        const WindowSpec &window = forecaster->window();
        return TrainingError{tr("data_path has too few rows for one forecast: the job reads input_width = %1 "
                                "steps at sampling_rate %2, so upload at least %3 rows.")
                                 .arg(window.inputWidth).arg(window.samplingRate)
                                 .arg(qint64(window.inputWidth - 1) * window.samplingRate + 1)};
    }
    return lstmResultCsv(rows);
}

} // namespace deai::sandbox::baseline
