// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AutoregressiveForecaster.h"
#include "models/ResultCsv.h"
#include "models/TimeSeriesWindow.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <optional>
#include <random>

using namespace deai::sandbox;

namespace {

// A noisy sine: a linear model of the last steps can follow it, repeating
// the last value cannot.
TimeSeriesTable noisySine(int rows, double noiseDeviation)
{
    std::mt19937 random(11);
    std::normal_distribution<double> noise(0.0, noiseDeviation);
    TimeSeriesTable table;
    table.columnNames = {QStringLiteral("noise"), QStringLiteral("T (degC)")};
    table.columns.resize(2);
    for (int t = 0; t < rows; ++t) {
        table.columns[0].push_back(noise(random));
        table.columns[1].push_back(10 + 5 * std::sin(2 * std::numbers::pi * t / 40.0)
                                   + noise(random));
    }
    return table;
}

// x_t = 1.5 x_{t-1} - 0.75 x_{t-2} + e_t: stationary, strongly oscillating.
TimeSeriesTable autoregressive2(int rows)
{
    std::mt19937 random(5);
    std::normal_distribution<double> noise(0.0, 1.0);
    TimeSeriesTable table;
    table.columnNames = {QStringLiteral("x")};
    table.columns.resize(1);
    std::vector<double> &x = table.columns[0];
    x = {0.0, 0.0};
    for (int t = 2; t < rows; ++t)
        x.push_back(1.5 * x[size_t(t - 1)] - 0.75 * x[size_t(t - 2)] + noise(random));
    return table;
}

std::optional<AutoregressiveForecaster> trainOn(const TimeSeriesTable &table, WindowSpec window)
{
    ForecastSettings settings;
    settings.window = window;
    QString error;
    auto model = AutoregressiveForecaster::train(table, settings, &error);
    if (!model)
        qWarning("training failed: %s", qPrintable(error));
    return model;
}

double deviation(const std::vector<double> &values)
{
    double mean = 0;
    for (const double value : values)
        mean += value / double(values.size());
    double squares = 0;
    for (const double value : values)
        squares += (value - mean) * (value - mean);
    return std::sqrt(squares / double(values.size()));
}

} // namespace

class TestModelsForecaster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowsMatchTensorFlowEnumeration_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("inputWidth");
        QTest::addColumn<int>("labelWidth");
        QTest::addColumn<int>("shift");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("rate");
        QTest::newRow("tutorial single step") << 100 << 24 << 1 << 1 << 1 << 1;
        QTest::newRow("labels overlap inputs") << 50 << 24 << 24 << 1 << 1 << 1;
        QTest::newRow("strided and sampled") << 97 << 6 << 3 << 4 << 3 << 2;
        QTest::newRow("exactly one window") << 10 << 5 << 2 << 5 << 1 << 1;
        QTest::newRow("too short") << 9 << 5 << 2 << 5 << 1 << 1;
    }

    void windowsMatchTensorFlowEnumeration()
    {
        QFETCH(int, rows);
        QFETCH(int, inputWidth);
        QFETCH(int, labelWidth);
        QFETCH(int, shift);
        QFETCH(int, stride);
        QFETCH(int, rate);
        const WindowSpec spec{inputWidth, labelWidth, shift, stride, rate};
        QVERIFY(spec.isValid());

        // Every start a multiple of the stride whose last sampled row is still in the series.
        std::vector<qint64> expected;
        for (qint64 start = 0; start < rows; ++start) {
            const qint64 lastRow = start + qint64(inputWidth + shift - 1) * rate;
            if (start % stride == 0 && lastRow < rows)
                expected.push_back(start);
        }
        QCOMPARE(windowStarts(spec, 0, rows), expected);
    }

    void refusesInvalidWindows()
    {
        QVERIFY(!(WindowSpec{0, 1, 1, 1, 1}).isValid());
        QVERIFY(!(WindowSpec{3, 5, 1, 1, 1}).isValid()); // labels wider than the window
        QVERIFY((WindowSpec{3, 4, 1, 1, 1}).isValid());
        QVERIFY(windowStarts({3, 1, 1, 0, 1}, 0, 100).empty());

        ForecastSettings settings;
        settings.window = {3, 1, 1, 1, 1};
        QString error;
        QVERIFY(!AutoregressiveForecaster::train(noisySine(4, 0.1), settings, &error));
        QVERIFY(!error.isEmpty());
        settings.targetColumn = QStringLiteral("missing");
        QVERIFY(!AutoregressiveForecaster::train(noisySine(200, 0.1), settings));
        settings.targetColumn.clear();
        settings.trainShard = 0;
        QVERIFY(!AutoregressiveForecaster::train(noisySine(200, 0.1), settings));
    }

    void beatsLastValueOnNoisySine()
    {
        const TimeSeriesTable table = noisySine(600, 0.2);
        ForecastSettings settings;
        settings.window = {24, 4, 4, 1, 1};
        settings.targetColumn = QStringLiteral("T (degC)");
        QString error;
        const auto model = AutoregressiveForecaster::train(table, settings, &error);
        QVERIFY2(model, qPrintable(error));
        const ForecastMetrics &metrics = model->metrics();
        QCOMPARE(model->targetColumn(), QStringLiteral("T (degC)"));
        QCOMPARE(metrics.trainingWindows, qint64(480 - 28 + 1));
        QCOMPARE(metrics.validationWindows, qint64(120 - 28 + 1));
        const QByteArray report = QByteArray::number(metrics.validationMae) + " vs naive "
                                  + QByteArray::number(metrics.naiveValidationMae);
        QVERIFY2(metrics.validationMae < 0.5 * metrics.naiveValidationMae, report.constData());
        QVERIFY2(metrics.validationMae < 0.1 * deviation(table.columns[1]), report.constData());
        QVERIFY(metrics.validationRmse >= metrics.validationMae);
    }

    void beatsLastValueOnAutoregressiveProcess()
    {
        const TimeSeriesTable table = autoregressive2(2000);
        const auto model = trainOn(table, {6, 1, 1, 1, 1});
        QVERIFY(model);
        const ForecastMetrics &metrics = model->metrics();
        const QByteArray report = QByteArray::number(metrics.validationMae) + " vs naive "
                                  + QByteArray::number(metrics.naiveValidationMae);
        // The best possible one-step MAE is that of the unit noise, sqrt(2/pi) = 0.80.
        QVERIFY2(metrics.validationMae < 0.9, report.constData());
        QVERIFY2(metrics.validationMae < 0.8 * metrics.naiveValidationMae, report.constData());

        // The fitted map is the process's own recurrence.
        const std::vector<double> lastTwoRising{0, 0, 0, 0, 1.0, 2.0};
        const std::vector<double> forecast = model->predict(lastTwoRising);
        QCOMPARE(forecast.size(), size_t(1));
        QVERIFY2(std::abs(forecast[0] - (1.5 * 2.0 - 0.75 * 1.0)) < 0.25,
                 QByteArray::number(forecast[0]).constData());
        QVERIFY(model->predict(std::vector<double>{1.0, 2.0}).empty());
    }

    void longSeriesCountsEveryWindow()
    {
        // More windows than the fit looks at: the counts still report them all.
        TimeSeriesTable table = noisySine(100000, 0.2);
        table.columnNames.removeFirst();
        table.columns.erase(table.columns.begin());
        const auto model = trainOn(table, {24, 1, 1, 1, 1});
        QVERIFY(model);
        QCOMPARE(model->metrics().trainingWindows, qint64(80000 - 25 + 1));
        QCOMPARE(model->metrics().validationWindows, qint64(20000 - 25 + 1));
        QVERIFY(model->metrics().validationMae < 0.5 * model->metrics().naiveValidationMae);
    }

    void forecastsEveryRowEndingAnInputWindow()
    {
        const TimeSeriesTable table = noisySine(300, 0.1);
        const auto model = trainOn(table, {5, 2, 3, 2, 2});
        QVERIFY(model);
        QCOMPARE(model->targetColumn(), QStringLiteral("noise"));

        std::vector<double> series = table.columns[1];
        series[100] = std::nan("");
        TimeSeriesTable named;
        named.columnNames = {QStringLiteral("other"), QStringLiteral("noise")};
        named.columns = {std::vector<double>(series.size(), 0.0), series};
        const std::vector<ForecastRow> rows = model->forecastTable(named);

        // Input windows end at rows 8..299 (4 steps of 2 rows before); the
        // five windows that sample row 100 cannot be forecast.
        QCOMPARE(rows.size(), size_t(292 - 5));
        QCOMPARE(rows.front().step, qint64(8 + 3 * 2));
        QCOMPARE(rows.back().step, qint64(299 + 3 * 2));
        QVERIFY(rows.front().actual.has_value());
        QCOMPARE(*rows.front().actual, series[14]);
        QVERIFY(!rows.back().actual.has_value());
        const std::vector<double> firstInputs{series[0], series[2], series[4], series[6],
                                              series[8]};
        const std::vector<double> direct = model->predict(firstInputs);
        QCOMPARE(rows.front().forecast, direct.back());
    }

    void roundTripForecastsIdentically()
    {
        const TimeSeriesTable table = noisySine(400, 0.2);
        const auto model = trainOn(table, {12, 3, 3, 1, 1});
        QVERIFY(model);
        QString error;
        const auto loaded = AutoregressiveForecaster::fromBytes(model->toBytes(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->window(), model->window());
        QCOMPARE(loaded->targetColumn(), model->targetColumn());
        QCOMPARE(loaded->metrics().validationMae, model->metrics().validationMae);
        const std::vector<ForecastRow> before = model->forecastTable(table);
        const std::vector<ForecastRow> after = loaded->forecastTable(table);
        QCOMPARE(after.size(), before.size());
        for (size_t i = 0; i < before.size(); ++i)
            QCOMPARE(after[i].forecast, before[i].forecast);
    }

    void refusesGarbageBytes()
    {
        const auto model = trainOn(noisySine(200, 0.1), {8, 2, 2, 1, 1});
        QVERIFY(model);
        const QByteArray good = model->toBytes();
        QString error;
        QVERIFY(!AutoregressiveForecaster::fromBytes(QByteArray("garbage"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!AutoregressiveForecaster::fromBytes(good.chopped(1)));
        QVERIFY(!AutoregressiveForecaster::fromBytes(good + '\0'));
        std::mt19937 random(17);
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = good;
            const qsizetype at = qsizetype(random() % quint32(damaged.size()));
            damaged[at] = char(damaged[at] ^ char(1 + random() % 255));
            const auto loaded = AutoregressiveForecaster::fromBytes(damaged);
            if (!loaded)
                continue;
            // Damage in a metric or a weight may still read; the model must stay usable.
            const WindowSpec window = loaded->window();
            const std::vector<double> ones(size_t(window.inputWidth), 1.0);
            QCOMPARE(loaded->predict(ones).size(), size_t(window.labelWidth));
        }
    }

    void lstmCsvListsStepsAndActuals()
    {
        const std::vector<ForecastRow> rows{{3, 1.25, 1.5}, {4, -0.5, std::nullopt}};
        QCOMPARE(lstmResultCsv(rows), QByteArray("step,forecast,actual\n3,1.25,1.5\n4,-0.5,\n"));
        const std::vector<ForecastRow> future{{10, 2.0, std::nullopt}};
        QCOMPARE(lstmResultCsv(future), QByteArray("step,forecast\n10,2\n"));
        QCOMPARE(csvField(QStringLiteral("line\nbreak")), QByteArray("\"line\nbreak\""));
    }
};

QTEST_GUILESS_MAIN(TestModelsForecaster)
#include "tst_models_forecaster.moc"
