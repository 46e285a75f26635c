// SPDX-License-Identifier: GPL-3.0-or-later
// Fitting of AutoregressiveForecaster: window selection, the ridge normal
// equations and the validation metrics.
#include "models/AutoregressiveForecaster.h"

#include "logging/LogCategories.h"
#include "models/LinearSolve.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace deai::sandbox {

namespace {

QString fitText(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::AutoregressiveForecaster", text);
}

// Fitting and measuring look at no more windows than this, evenly spread:
// a long series (Jena climate has 420,000 rows) then still trains in about a
// second, and more windows would hardly move a model with so few weights.
constexpr size_t kMaxWindowsUsed = 20000;

std::vector<qint64> evenlySpread(std::span<const qint64> starts)
{
    if (starts.size() <= kMaxWindowsUsed)
        return {starts.begin(), starts.end()};
    std::vector<qint64> chosen;
    chosen.reserve(kMaxWindowsUsed);
    for (size_t k = 0; k < kMaxWindowsUsed; ++k)
        chosen.push_back(starts[k * starts.size() / kMaxWindowsUsed]);
    return chosen;
}

struct WindowSplit
{
    std::vector<qint64> training;
    std::vector<qint64> validation;
};

} // namespace

class ForecasterFit
{
public:
    ForecasterFit(std::span<const double> values, const ForecastSettings &settings)
        : m_values(values)
        , m_settings(settings)
        , m_spec(settings.window)
    {
    }

    QString run(AutoregressiveForecaster &model)
    {
        const WindowSplit split = splitWindows();
        if (split.training.empty() || split.validation.empty()) {
            return fitText("The series is too short for these window settings: training and "
                           "validation need at least one full window each.");
        }
        model.m_window = m_spec;
        standardiseOver(model, split.training.back() + m_spec.spanRows());
        const std::vector<qint64> training = evenlySpread(split.training);
        const std::vector<qint64> validation = evenlySpread(split.validation);
        if (!solve(model, training))
            return fitText("The training windows do not determine a model; try other settings.");

        ForecastMetrics &metrics = model.m_metrics;
        metrics.trainingWindows = qint64(split.training.size());
        metrics.validationWindows = qint64(split.validation.size());
        double unused = 0;
        double naiveUnused = 0;
        measure(model, training, &metrics.trainingMae, &unused, &naiveUnused);
        measure(model, validation, &metrics.validationMae, &metrics.validationRmse,
                &metrics.naiveValidationMae);
        return {};
    }

private:
    double valueAt(qint64 start, int step) const
    {
        return m_values[size_t(start + qint64(step) * m_spec.samplingRate)];
    }

    bool windowIsComplete(qint64 start) const
    {
        for (int step = 0; step < m_spec.totalWidth(); ++step) {
            if (!std::isfinite(valueAt(start, step)))
                return false;
        }
        return true;
    }

    std::vector<qint64> completeWindows(qint64 firstRow, qint64 endRow) const
    {
        std::vector<qint64> starts = windowStarts(m_spec, firstRow, endRow);
        std::erase_if(starts, [this](qint64 start) { return !windowIsComplete(start); });
        return starts;
    }

    // Splits the rows in time, as the TensorFlow tutorial does, so no
    // validation value was seen in training. A series too short for that is
    // split by window instead, so that small test files still train.
    WindowSplit splitWindows() const
    {
        const qint64 rows = qint64(m_values.size());
        const qint64 splitRow = std::llround(m_settings.trainShard * double(rows));
        WindowSplit split{completeWindows(0, splitRow), completeWindows(splitRow, rows)};
        if (!split.training.empty() && !split.validation.empty())
            return split;

        std::vector<qint64> all = completeWindows(0, rows);
        if (all.size() < 2)
            return {};
        const auto trainingCount = std::clamp<qint64>(
            std::llround(m_settings.trainShard * double(all.size())), 1, qint64(all.size()) - 1);
        split.validation.assign(all.begin() + trainingCount, all.end());
        all.resize(size_t(trainingCount));
        split.training = std::move(all);
        return split;
    }

    void standardiseOver(AutoregressiveForecaster &model, qint64 endRow) const
    {
        double sum = 0;
        qint64 count = 0;
        for (qint64 row = 0; row < endRow; ++row) {
            if (std::isfinite(m_values[size_t(row)])) {
                sum += m_values[size_t(row)];
                ++count;
            }
        }
        model.m_mean = sum / double(count);
        double squares = 0;
        for (qint64 row = 0; row < endRow; ++row) {
            if (std::isfinite(m_values[size_t(row)]))
                squares += std::pow(m_values[size_t(row)] - model.m_mean, 2);
        }
        const double deviation = std::sqrt(squares / double(count));
        // A flat training series has nothing to scale; 1 keeps the arithmetic finite.
        model.m_deviation = deviation > 1e-12 ? deviation : 1.0;
    }

    // Fills the normal equations (X^T X + ridge) W = X^T Y and solves them.
    bool solve(AutoregressiveForecaster &model, std::span<const qint64> starts) const
    {
        const int inputs = m_spec.inputWidth;
        const int size = inputs + 1;
        const int labels = m_spec.labelWidth;
        std::vector<double> gram(size_t(size) * size_t(size), 0.0);
        std::vector<double> moments(size_t(size) * size_t(labels), 0.0);
        std::vector<double> features(size_t(size), 1.0);
        std::vector<double> targets(static_cast<size_t>(labels));
        for (const qint64 start : starts) {
            for (int i = 0; i < inputs; ++i)
                features[size_t(i)] = (valueAt(start, i) - model.m_mean) / model.m_deviation;
            for (int label = 0; label < labels; ++label) {
                const double actual = valueAt(start, m_spec.labelStart() + label);
                targets[size_t(label)] = (actual - model.m_mean) / model.m_deviation;
            }
            for (size_t i = 0; i < features.size(); ++i) {
                double *gramRow = gram.data() + i * size_t(size);
                for (size_t j = 0; j <= i; ++j) // the solver reads only the lower triangle
                    gramRow[j] += features[i] * features[j];
                double *momentRow = moments.data() + i * size_t(labels);
                for (size_t label = 0; label < targets.size(); ++label)
                    momentRow[label] += features[i] * targets[label];
            }
        }
        // The intercept stays unpenalised; the floor keeps a tiny window set solvable.
        const double penalty = std::max(m_settings.ridge, 0.0) * double(starts.size()) + 1e-9;
        for (int i = 0; i < inputs; ++i)
            gram[size_t(i) * size_t(size) + size_t(i)] += penalty;

        if (!detail::solvePositiveDefinite(std::move(gram), size, moments, labels))
            return false;
        model.m_coefficients.assign(size_t(labels) * size_t(size), 0.0);
        for (int label = 0; label < labels; ++label) {
            for (int i = 0; i < size; ++i) {
                model.m_coefficients[size_t(label) * size_t(size) + size_t(i)]
                    = moments[size_t(i) * size_t(labels) + size_t(label)];
            }
        }
        return true;
    }

    void measure(const AutoregressiveForecaster &model, std::span<const qint64> starts,
                 double *mae, double *rmse, double *naiveMae) const
    {
        std::vector<double> inputs(size_t(m_spec.inputWidth));
        double absolute = 0;
        double squared = 0;
        double naive = 0;
        qint64 count = 0;
        for (const qint64 start : starts) {
            for (int i = 0; i < m_spec.inputWidth; ++i)
                inputs[size_t(i)] = valueAt(start, i);
            const std::vector<double> forecast = model.predict(inputs);
            for (int label = 0; label < m_spec.labelWidth; ++label) {
                const double actual = valueAt(start, m_spec.labelStart() + label);
                const double error = forecast[size_t(label)] - actual;
                absolute += std::abs(error);
                squared += error * error;
                naive += std::abs(inputs.back() - actual);
                ++count;
            }
        }
        const double divisor = count > 0 ? double(count) : 1.0;
        *mae = absolute / divisor;
        *rmse = std::sqrt(squared / divisor);
        *naiveMae = naive / divisor;
    }

    const std::span<const double> m_values;
    const ForecastSettings &m_settings;
    const WindowSpec m_spec;
};

std::optional<AutoregressiveForecaster> AutoregressiveForecaster::train(
    const TimeSeriesTable &table, const ForecastSettings &settings, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!settings.window.isValid() || settings.window.inputWidth > kMaxInputWidth)
        return fail(fitText("The window settings must all be at least 1, the label width at most "
                            "input width plus shift, and the input width at most %1.")
                        .arg(kMaxInputWidth));
    if (!(settings.trainShard > 0 && settings.trainShard < 1))
        return fail(fitText("The training share must lie strictly between 0 and 1."));

    qsizetype column = 0;
    if (!settings.targetColumn.isEmpty())
        column = table.columnNames.indexOf(settings.targetColumn);
    if (column < 0 || size_t(column) >= table.columns.size())
        return fail(fitText("The series has no column to forecast with that name."));

    AutoregressiveForecaster model;
    model.m_targetColumn = table.columnNames.value(column);
    const QString problem = ForecasterFit(table.columns[size_t(column)], settings).run(model);
    if (!problem.isEmpty())
        return fail(problem);
    qCDebug(lcSandbox) << "time-series model trained on" << model.m_metrics.trainingWindows
                       << "windows, validation MAE" << model.m_metrics.validationMae;
    return model;
}

} // namespace deai::sandbox
