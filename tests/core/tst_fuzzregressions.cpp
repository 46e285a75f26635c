// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs the fuzz targets under tests/fuzz found, fed to the same code in the
// ordinary build so that what was fixed stays fixed.
#include "api/ResponseParsers.h"

#include <QTest>

using namespace deai;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // fuzz_response_parsers: a submitTime in range for qint64 but not for
    // QDateTime's milliseconds was accepted as an invalid time, which the
    // history would have shown as an empty date.
    void submitTimeBeyondQDateTimeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("seconds");
        QTest::newRow("found by the fuzzer") << QByteArray("700037108700037108");
        QTest::newRow("largest qint64") << QByteArray("9223372036854775807");
        QTest::newRow("most negative qint64") << QByteArray("-9223372036854775808");
    }

    void submitTimeBeyondQDateTimeIsRefused()
    {
        QFETCH(QByteArray, seconds);
        const QByteArray record = "{\"tx_hash\": \"5x7623\", \"result\": \"https://psv\", "
                                  "\"submitTime\": " + seconds + ", \"ccd_cost\": \"5.08\"}";

        const auto page = parseQueryInferList(
            "{\"code\": 200, \"msg\": \"success\", \"size\": 10, \"page\": 1, \"totalPages\": 1, "
            "\"totalCount\": 2, \"data\": [" + record + "]}");
        const ApiError *pageError = parseError(page);
        QVERIFY(pageError);
        QCOMPARE(pageError->kind(), ApiError::Kind::BadResponse);
        QVERIFY(pageError->detail().contains(QLatin1String("data[0].submitTime")));

        const auto single = parseQueryInfer("{\"code\": 200, \"data\": " + record + "}");
        const ApiError *singleError = parseError(single);
        QVERIFY(singleError);
        QVERIFY(singleError->detail().contains(QLatin1String("data.submitTime")));
    }

    void submitTimeWithinRangeStillParses()
    {
        const auto single = parseQueryInfer(
            "{\"code\": 200, \"data\": {\"tx_hash\": \"0x1\", \"result\": \"https://x/y.csv\", "
            "\"submitTime\": 253402300799, \"ccd_cost\": \"0.5\"}}");
        QVERIFY(!parseError(single));
        QCOMPARE(std::get<InferenceRecord>(single).submitTime.date().year(), 9999);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
