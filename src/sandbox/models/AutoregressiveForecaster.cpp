// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AutoregressiveForecaster.h"

#include "models/ModelStreamIo.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cmath>

namespace deai::sandbox {

namespace {

constexpr quint32 kMagic = 0x44534152; // "DSAR"
constexpr quint16 kVersion = 1;

} // namespace

void AutoregressiveForecaster::predictStandardised(std::span<const double> inputs,
                                                   std::span<double> out) const
{
    const size_t width = size_t(m_window.inputWidth);
    for (size_t label = 0; label < out.size(); ++label) {
        const double *weights = m_coefficients.data() + label * (width + 1);
        double value = weights[width];
        for (size_t i = 0; i < width; ++i)
            value += weights[i] * inputs[i];
        out[label] = value;
    }
}

std::vector<double> AutoregressiveForecaster::predict(std::span<const double> inputs) const
{
    if (qsizetype(inputs.size()) != m_window.inputWidth)
        return {};
    std::vector<double> standardised(inputs.size());
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (!std::isfinite(inputs[i]))
            return {};
        standardised[i] = (inputs[i] - m_mean) / m_deviation;
    }
    std::vector<double> forecast(static_cast<size_t>(m_window.labelWidth));
    predictStandardised(standardised, forecast);
    for (double &value : forecast)
        value = value * m_deviation + m_mean;
    return forecast;
}

std::vector<ForecastRow>
AutoregressiveForecaster::forecastSeries(std::span<const double> values) const
{
    std::vector<ForecastRow> rows;
    const qint64 rate = m_window.samplingRate;
    const qint64 inputSpan = qint64(m_window.inputWidth - 1) * rate;
    const qint64 count = qint64(values.size());
    std::vector<double> inputs(static_cast<size_t>(m_window.inputWidth));
    for (qint64 end = inputSpan; end < count; ++end) {
        for (size_t i = 0; i < inputs.size(); ++i)
            inputs[i] = values[size_t(end - inputSpan + qint64(i) * rate)];
        const std::vector<double> forecast = predict(inputs);
        if (forecast.empty())
            continue; // a missing value inside the window
        ForecastRow row;
        row.step = end + qint64(m_window.shift) * rate;
        row.forecast = forecast.back();
        if (row.step < count && std::isfinite(values[size_t(row.step)]))
            row.actual = values[size_t(row.step)];
        rows.push_back(row);
    }
    return rows;
}

std::vector<ForecastRow> AutoregressiveForecaster::forecastTable(const TimeSeriesTable &table) const
{
    if (table.columns.empty())
        return {};
    const qsizetype named = table.columnNames.indexOf(m_targetColumn);
    const size_t column = named >= 0 && size_t(named) < table.columns.size() ? size_t(named) : 0;
    return forecastSeries(table.columns[column]);
}

QByteArray AutoregressiveForecaster::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    detail::prepareModelStream(out);
    detail::writeModelHeader(out, kMagic, kVersion);
    out << qint32(m_window.inputWidth) << qint32(m_window.labelWidth) << qint32(m_window.shift)
        << qint32(m_window.sequenceStride) << qint32(m_window.samplingRate);
    detail::writeText(out, m_targetColumn);
    out << m_mean << m_deviation;
    detail::writeDoubles(out, m_coefficients);
    out << qint64(m_metrics.trainingWindows) << qint64(m_metrics.validationWindows)
        << m_metrics.trainingMae << m_metrics.validationMae << m_metrics.validationRmse
        << m_metrics.naiveValidationMae;
    return bytes;
}

std::optional<AutoregressiveForecaster> AutoregressiveForecaster::fromBytes(const QByteArray &bytes,
                                                                            QString *error)
{
    QDataStream in(bytes);
    detail::prepareModelStream(in);
    AutoregressiveForecaster model;
    WindowSpec &window = model.m_window;
    qint32 fields[5] = {};
    bool ok = detail::readModelHeader(in, kMagic, kVersion);
    if (ok) {
        for (qint32 &field : fields)
            in >> field;
        window = {fields[0], fields[1], fields[2], fields[3], fields[4]};
        ok = in.status() == QDataStream::Ok && window.isValid()
             && window.inputWidth <= kMaxInputWidth && detail::readText(in, model.m_targetColumn);
    }
    if (ok) {
        in >> model.m_mean >> model.m_deviation;
        ok = std::isfinite(model.m_mean) && std::isfinite(model.m_deviation)
             && model.m_deviation > 0;
    }
    const qsizetype coefficientCount = qsizetype(window.labelWidth) * (window.inputWidth + 1);
    ok = ok && detail::readDoubles(in, model.m_coefficients, coefficientCount)
         && qsizetype(model.m_coefficients.size()) == coefficientCount;
    if (ok) {
        ForecastMetrics &metrics = model.m_metrics;
        in >> metrics.trainingWindows >> metrics.validationWindows >> metrics.trainingMae
            >> metrics.validationMae >> metrics.validationRmse >> metrics.naiveValidationMae;
        ok = detail::readCompletely(in);
    }
    if (!ok) {
        if (error) {
            *error = QCoreApplication::translate(
                "deai::sandbox::AutoregressiveForecaster",
                "The stored time-series model is damaged or from another version.");
        }
        return std::nullopt;
    }
    return model;
}

} // namespace deai::sandbox
