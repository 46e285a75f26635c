// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/LstmWindows.h"

#include <QTest>
#include <cmath>

using namespace deai;

Q_DECLARE_METATYPE(deai::LstmWindowSettings)

namespace {

// What tf.keras.utils.timeseries_dataset_from_array(data, targets=None,
// sequence_length, sequence_stride, sampling_rate) yields, found by walking every
// start position as its implementation does rather than by the closed formula.
qint64 enumerateWindows(qint64 rows, qint64 sequenceLength, qint64 stride, qint64 samplingRate)
{
    qint64 windows = 0;
    for (qint64 start = 0; start < rows; start += stride) {
        const qint64 lastRow = start + (sequenceLength - 1) * samplingRate;
        if (lastRow < rows)
            ++windows;
    }
    return windows;
}

LstmWindowSettings settings(int input, int label, int shift, int stride = 1, int rate = 1)
{
    return {input, label, shift, stride, rate};
}

} // namespace

class TestDatasetInspectionWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsMatchTensorFlow_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<LstmWindowSettings>("window");
        QTest::addColumn<double>("trainShard");

        QTest::newRow("tutorial wide window") << qint64(70091) << settings(24, 24, 1) << 0.7;
        QTest::newRow("tutorial single step") << qint64(70091) << settings(1, 1, 1) << 0.7;
        QTest::newRow("tutorial multi step") << qint64(70091) << settings(24, 24, 24) << 0.9;
        QTest::newRow("stride 3") << qint64(1000) << settings(6, 1, 1, 3) << 0.8;
        QTest::newRow("sampling rate 6") << qint64(1000) << settings(6, 2, 2, 1, 6) << 0.75;
        QTest::newRow("stride and rate") << qint64(997) << settings(5, 5, 4, 7, 3) << 0.6;
        QTest::newRow("exactly one window each") << qint64(10) << settings(4, 1, 1) << 0.5;
        QTest::newRow("validation too short") << qint64(20) << settings(4, 1, 1) << 0.9;
        QTest::newRow("everything too short") << qint64(3) << settings(4, 1, 1) << 0.5;
        QTest::newRow("awkward shard") << qint64(100) << settings(2, 1, 1) << 0.29;
        QTest::newRow("no rows") << qint64(0) << settings(1, 1, 1) << 0.5;
    }

    void countsMatchTensorFlow()
    {
        QFETCH(qint64, rows);
        QFETCH(LstmWindowSettings, window);
        QFETCH(double, trainShard);

        const qint64 trainRows = qint64(rows * trainShard); // the tutorial's int(n * 0.7)
        const qint64 expectedTrain = enumerateWindows(trainRows, window.inputWidth + window.shift,
                                                      window.sequenceStride, window.samplingRate);
        const qint64 expectedValidation =
            enumerateWindows(rows - trainRows, window.inputWidth + window.shift,
                             window.sequenceStride, window.samplingRate);

        const WindowCounts counts = countWindows(rows, window, trainShard);

        QCOMPARE(counts.trainingRows, trainRows);
        QCOMPARE(counts.validationRows, rows - trainRows);
        QCOMPARE(counts.trainingWindows, expectedTrain);
        QCOMPARE(counts.validationWindows, expectedValidation);

        const bool someWindowMissing = expectedTrain == 0 || expectedValidation == 0;
        QCOMPARE(validateWindowSettings(rows, window, trainShard).isEmpty(), !someWindowMissing);
    }

    void closedFormMatchesEnumerationEverywhereSmall()
    {
        for (qint64 rows = 0; rows <= 40; ++rows) {
            for (qint64 length = 1; length <= 6; ++length) {
                for (qint64 stride = 1; stride <= 4; ++stride) {
                    for (qint64 rate = 1; rate <= 3; ++rate) {
                        QCOMPARE(countSequences(rows, length, stride, rate),
                                 enumerateWindows(rows, length, stride, rate));
                    }
                }
            }
        }
    }

    void settingsWithoutWindowsAreRefused_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<LstmWindowSettings>("window");
        QTest::addColumn<double>("trainShard");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("no training window")
            << qint64(30) << settings(24, 1, 1) << 0.5 << QStringLiteral("training");
        QTest::newRow("no validation window")
            << qint64(100) << settings(24, 1, 1) << 0.9 << QStringLiteral("validation");
        QTest::newRow("sampling stretches window")
            << qint64(100) << settings(10, 1, 1, 1, 10) << 0.7 << QStringLiteral("101");
        QTest::newRow("label wider than window")
            << qint64(1000) << settings(3, 5, 1) << 0.7 << QStringLiteral("label width");
        QTest::newRow("zero stride")
            << qint64(1000) << settings(3, 1, 1, 0) << 0.7 << QStringLiteral("at least 1");
        QTest::newRow("zero input")
            << qint64(1000) << settings(0, 1, 1) << 0.7 << QStringLiteral("at least 1");
        QTest::newRow("shard of one")
            << qint64(1000) << settings(3, 1, 1) << 1.0 << QStringLiteral("between 0 and 1");
    }

    void settingsWithoutWindowsAreRefused()
    {
        QFETCH(qint64, rows);
        QFETCH(LstmWindowSettings, window);
        QFETCH(double, trainShard);
        QFETCH(QString, mentions);

        const QString message = validateWindowSettings(rows, window, trainShard);

        QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    void usableSettingsAreAccepted()
    {
        QCOMPARE(validateWindowSettings(70091, settings(24, 24, 24), 0.7), QString());
        QCOMPARE(validateWindowSettings(10, settings(4, 5, 1), 0.5), QString());
    }
};

QTEST_GUILESS_MAIN(TestDatasetInspectionWindows)
#include "tst_datasetinspection_windows.moc"
