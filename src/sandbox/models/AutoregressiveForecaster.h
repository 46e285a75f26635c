// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResultCsv.h"
#include "models/TimeSeriesWindow.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace deai::sandbox {

// Numeric columns of a time-series CSV, all of the same length.
struct TimeSeriesTable
{
    QStringList columnNames;
    std::vector<std::vector<double>> columns;
};

struct ForecastSettings
{
    WindowSpec window;
    double trainShard = 0.8;  // leading share of the rows used for training
    QString targetColumn;     // empty: the first column
    double ridge = 1e-4;      // penalty per training window on the input weights
};

struct ForecastMetrics
{
    qint64 trainingWindows = 0;
    qint64 validationWindows = 0;
    double trainingMae = 0;
    double validationMae = 0;
    double validationRmse = 0;
    // MAE of repeating the last input value: a model worth having beats it.
    double naiveValidationMae = 0;
};

// Stands in for the network's LSTM: a linear autoregressive model that
// predicts each label step of a window from the window's input steps of one
// target column, plus an intercept, fitted by ridge least squares on values
// standardised with the training rows' mean and deviation.
class AutoregressiveForecaster
{
public:
    // The inputs the model can take: a longer window makes the normal equations too large.
    static constexpr int kMaxInputWidth = 512;

    static std::optional<AutoregressiveForecaster> train(const TimeSeriesTable &table,
                                                         const ForecastSettings &settings,
                                                         QString *error = nullptr);

    // inputs: window().inputWidth values of the target, samplingRate rows
    // apart, oldest first. Returns labelWidth forecasts, or nothing when the
    // inputs do not fit.
    std::vector<double> predict(std::span<const double> inputs) const;

    // One row for every row t of `values` that ends a full input window:
    // the forecast, made from the window ending at t, of the window's last
    // label step, row t + shift * samplingRate. Rows past the end of `values`
    // are real forecasts and carry no actual value.
    std::vector<ForecastRow> forecastSeries(std::span<const double> values) const;
    // The same over the table's column named like the training target, or
    // its first column when there is no such column.
    std::vector<ForecastRow> forecastTable(const TimeSeriesTable &table) const;

    const WindowSpec &window() const { return m_window; }
    const QString &targetColumn() const { return m_targetColumn; }
    const ForecastMetrics &metrics() const { return m_metrics; }

    QByteArray toBytes() const;
    static std::optional<AutoregressiveForecaster> fromBytes(const QByteArray &bytes,
                                                             QString *error = nullptr);

private:
    friend class ForecasterFit;

    // Standardised inputs in, standardised forecasts out.
    void predictStandardised(std::span<const double> inputs, std::span<double> out) const;

    WindowSpec m_window;
    QString m_targetColumn;
    double m_mean = 0;
    double m_deviation = 1;
    std::vector<double> m_coefficients; // labelWidth rows of inputWidth weights and an intercept
    ForecastMetrics m_metrics;
};

} // namespace deai::sandbox
