// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResultCsv.h"
#include "results/ResultCsv.h"

#include <QBuffer>
#include <QTest>
#include <cmath>
#include <vector>

using namespace deai;

namespace {

ResultCsvData parseBytes(const QByteArray &bytes)
{
    ResultCsvParser parser;
    parser.addData(bytes);
    return parser.finish();
}

} // namespace

class TestResultCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheSandboxWritesForImages()
    {
        const std::vector<sandbox::ImageResultRow> written{
            {QStringLiteral("digits/a.png"), QStringLiteral("7"), 0.25},
            {QStringLiteral("odd, \"name\".png"), QStringLiteral("seven, or one"), 0.5},
            {QStringLiteral("b.png"), QStringLiteral("7"), 0.875},
        };
        const ResultCsvData data = parseBytes(sandbox::cnnResultCsv(written));

        QVERIFY2(data.isValid(), qPrintable(data.error));
        QCOMPARE(data.kind, ResultKind::Cnn);
        QCOMPARE(data.badRowCount, 0);
        QCOMPARE(data.cnnRows.size(), qsizetype(written.size()));
        for (size_t i = 0; i < written.size(); ++i) {
            QCOMPARE(data.cnnRows.at(qsizetype(i)).file, written.at(i).file);
            QCOMPARE(data.cnnRows.at(qsizetype(i)).predictedClass, written.at(i).predictedClass);
            QCOMPARE(data.cnnRows.at(qsizetype(i)).confidence, written.at(i).confidence);
        }
        const QMap<QString, qint64> counts = data.countPerClass();
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.value(QStringLiteral("7")), 2);
        QCOMPARE(counts.value(QStringLiteral("seven, or one")), 1);
    }

    void readsWhatTheSandboxWritesForSeries()
    {
        const std::vector<sandbox::ForecastRow> written{
            {10, 1.5, 1.25}, {11, -2.0, std::nullopt}, {12, 3.125, 3.0}};
        const ResultCsvData data = parseBytes(sandbox::lstmResultCsv(written));

        QVERIFY2(data.isValid(), qPrintable(data.error));
        QCOMPARE(data.kind, ResultKind::Lstm);
        QVERIFY(data.hasActualColumn);
        QCOMPARE(data.lstmRows.size(), qsizetype(written.size()));
        for (size_t i = 0; i < written.size(); ++i) {
            const LstmResultRow &row = data.lstmRows.at(qsizetype(i));
            QCOMPARE(row.step, written.at(i).step);
            QCOMPARE(row.forecast, written.at(i).forecast);
            QCOMPARE(row.actual, written.at(i).actual);
        }
        QCOMPARE(data.actualCount(), 2);

        const std::vector<sandbox::ForecastRow> forecastOnly{{0, 4.0, std::nullopt}};
        const ResultCsvData withoutActual = parseBytes(sandbox::lstmResultCsv(forecastOnly));
        QVERIFY(withoutActual.isValid());
        QVERIFY(!withoutActual.hasActualColumn);
        QCOMPARE(withoutActual.lstmRows.size(), 1);
    }

    void chunksOfAnySizeGiveTheSameResult()
    {
        const QByteArray csv("\xEF\xBB\xBF"
                             "file,predicted_class,confidence\r\n"
                             "\"multi\nline.png\",cat,0.5\r\n"
                             "\"q\"\"uote.png\",\"dog\",0.75\r\n"
                             "plain.png,cat,1\r\n");
        const ResultCsvData whole = parseBytes(csv);
        QVERIFY2(whole.isValid(), qPrintable(whole.error));
        QCOMPARE(whole.cnnRows.size(), 3);
        QCOMPARE(whole.cnnRows.at(0).file, QStringLiteral("multi\nline.png"));
        QCOMPARE(whole.cnnRows.at(1).file, QStringLiteral("q\"uote.png"));
        QCOMPARE(whole.cnnRows.at(1).predictedClass, QStringLiteral("dog"));

        ResultCsvParser parser;
        for (const char byte : csv)
            parser.addData(QByteArrayView(&byte, 1));
        const ResultCsvData byteByByte = parser.finish();
        QCOMPARE(byteByByte.cnnRows.size(), whole.cnnRows.size());
        for (qsizetype i = 0; i < whole.cnnRows.size(); ++i) {
            QCOMPARE(byteByByte.cnnRows.at(i).file, whole.cnnRows.at(i).file);
            QCOMPARE(byteByByte.cnnRows.at(i).confidence, whole.cnnRows.at(i).confidence);
        }
    }

    void skipsBadRowsAndSaysWhereTheFirstWas()
    {
        const QByteArray csv("step,forecast,actual\n"
                             "0,1.0,\n"
                             "1,not-a-number,2\n" // line 3
                             "2,nan,2\n"
                             "-3,1,1\n"
                             "4,1\n"
                             "5,2.5,3.5\n"
                             "6,2,x\n");
        const ResultCsvData data = parseBytes(csv);
        QVERIFY(data.isValid());
        QCOMPARE(data.lstmRows.size(), 2);
        QCOMPARE(data.lstmRows.at(0).step, 0);
        QVERIFY(!data.lstmRows.at(0).actual.has_value());
        QCOMPARE(data.lstmRows.at(1).step, 5);
        QCOMPARE(data.badRowCount, 5);
        QCOMPARE(data.firstBadLine, 3);
    }

    void keepsMemoryBoundedOnAnUnclosedQuote()
    {
        QByteArray csv("file,predicted_class,confidence\na.png,cat,0.5\n\"");
        csv.append(QByteArray(300 * 1024, 'x'));
        const ResultCsvData data = parseBytes(csv);
        QVERIFY(data.isValid());
        QCOMPARE(data.cnnRows.size(), 1);
        QCOMPARE(data.badRowCount, 1);
    }

    void rejectsFilesThatAreNoResult()
    {
        const ResultCsvData other = parseBytes("name,value\nx,1\n");
        QVERIFY(!other.isValid());
        QCOMPARE(other.kind, ResultKind::Unknown);
        QVERIFY(!other.error.isEmpty());
        QCOMPARE(other.rowCount(), 0);

        const ResultCsvData empty = parseBytes("\n\n");
        QVERIFY(!empty.isValid());
        QVERIFY(!empty.error.isEmpty());

        const ResultCsvData missing = parseResultCsvFile(QStringLiteral("/nonexistent/result.csv"));
        QVERIFY(!missing.isValid());
        QVERIFY(missing.error.contains(QStringLiteral("result.csv")));
    }

    void readsFromADevice()
    {
        QByteArray bytes("step,forecast\n");
        for (int step = 0; step < 5000; ++step)
            bytes += QByteArray::number(step) + ',' + QByteArray::number(step * 0.5) + '\n';
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const ResultCsvData data = parseResultCsv(buffer);
        QCOMPARE(data.lstmRows.size(), 5000);
        QCOMPARE(data.lstmRows.last().forecast, 4999 * 0.5);
    }
};

QTEST_GUILESS_MAIN(TestResultCsv)
#include "tst_resultcsv.moc"
