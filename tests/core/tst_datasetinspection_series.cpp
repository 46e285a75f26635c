// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetTestFiles.h"
#include "dataset/CellTypes.h"
#include "dataset/MinMaxDownsampler.h"
#include "dataset/SeriesCsvInspection.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace deai;

class TestDatasetInspectionSeries : public QObject
{
    Q_OBJECT

private:
    QString writeCsv(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        return test::writeFile(path, text) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void climateLikeFileWithDatesAndGaps()
    {
        // Jena climate style: a leading date column, then measurements; CRLF line ends.
        const int rows = 3000;
        QByteArray text = "\"Date Time\",\"p (mbar)\",\"T (degC)\",station\r\n";
        QDateTime time(QDate(2009, 1, 1), QTime(0, 10));
        int expectedMissingPressure = 0;
        int expectedMissingTemperature = 0;
        for (int row = 0; row < rows; ++row) {
            const bool gapPressure = row % 97 == 5;
            const bool nanTemperature = row % 250 == 3;
            expectedMissingPressure += gapPressure ? 1 : 0;
            expectedMissingTemperature += nanTemperature ? 1 : 0;
            const double temperature = row == 1234 ? 99.5 : std::sin(row / 50.0) * 10;
            text += time.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")).toLatin1() + ',' +
                    (gapPressure ? QByteArray() : QByteArray::number(996.5 + row * 0.001)) + ',' +
                    (nanTemperature ? QByteArray("NaN") : QByteArray::number(temperature)) + ',' +
                    (row % 2 ? "Jena" : "Jena 2") + "\r\n";
            time = time.addSecs(600);
        }
        const QString path = writeCsv(QStringLiteral("climate.csv"), text);

        const LstmDatasetReport report = inspectLstmDataset(path);

        QCOMPARE(report.rowCount, rows);
        QCOMPARE(report.malformedRowCount, 0);
        QCOMPARE(report.columns.size(), 4);
        QCOMPARE(report.columns.at(0).name, QStringLiteral("Date Time"));
        QCOMPARE(report.columns.at(0).type, ColumnType::DateTime);
        QCOMPARE(report.columns.at(1).type, ColumnType::Numeric);
        QCOMPARE(report.columns.at(2).type, ColumnType::Numeric);
        QCOMPARE(report.columns.at(3).type, ColumnType::Text);
        QCOMPARE(report.dateColumn, 0);
        QCOMPARE(report.columns.at(0).missingCount, 0);
        QCOMPARE(report.columns.at(1).missingCount, expectedMissingPressure);
        QCOMPARE(report.columns.at(2).missingCount, expectedMissingTemperature);
        QCOMPARE(report.columns.at(2).maximum, 99.5);
        QCOMPARE(report.numericColumnCount(), 2);

        QCOMPARE(report.previewHeader.size(), 4);
        QCOMPARE(report.previewRows.size(), previewRowCount);
        QCOMPARE(report.previewRows.constFirst().constFirst(),
                 QStringLiteral("01.01.2009 00:10:00"));

        const QList<QPointF> &series = report.columns.at(2).series;
        QVERIFY(!series.isEmpty() && series.size() <= maxSeriesPoints);
        QVERIFY(
            std::any_of(series.cbegin(), series.cend(), [](QPointF p) { return p.y() == 99.5; }));
        QVERIFY(report.columns.at(0).series.isEmpty());

        QVERIFY(!hasBlockingProblem(report.problems));
        // two columns with gaps, one text column
        QCOMPARE(report.problems.size(), 3);
    }

    void isoDatesAndMalformedRows()
    {
        const QString path = writeCsv(
            QStringLiteral("iso.csv"),
            "when,value\n2024-01-01T00:00:00Z,1\n2024-01-02,2\n2024-01-03 12:00,3,extra\n");

        const LstmDatasetReport report = inspectLstmDataset(path);

        QCOMPARE(report.dateColumn, 0);
        QCOMPARE(report.rowCount, 3);
        QCOMPARE(report.malformedRowCount, 1);
        QCOMPARE(report.columns.at(1).minimum, 1.0);
        QCOMPARE(report.columns.at(1).maximum, 3.0);
    }

    void unusableFilesAreBlocking_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << QByteArray("a,b\n");
        QTest::newRow("no numeric column") << QByteArray("name,city\nAnn,Jena\nBob,Bonn\n");
    }

    void unusableFilesAreBlocking()
    {
        QFETCH(QByteArray, text);
        const LstmDatasetReport report =
            inspectLstmDataset(writeCsv(QStringLiteral("bad.csv"), text));
        QVERIFY(hasBlockingProblem(report.problems));
    }

    void cancelStopsReadingAndProgressCountsBytes()
    {
        QByteArray text = "x\n";
        for (int row = 0; row < 20000; ++row)
            text += QByteArray::number(row) + '\n';
        const QString path = writeCsv(QStringLiteral("long.csv"), text);

        QList<qint64> progress;
        InspectionControl counting;
        counting.reportProgress = [&](qint64 done, qint64 total) {
            QCOMPARE(total, text.size());
            progress.append(done);
        };
        const LstmDatasetReport full = inspectLstmDataset(path, counting);
        QCOMPARE(full.rowCount, 20000);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.constLast(), text.size());

        InspectionControl stopping;
        qint64 calls = 0;
        stopping.isCanceled = [&] {
            return ++calls > 3;
        };
        const LstmDatasetReport stopped = inspectLstmDataset(path, stopping);
        QVERIFY(stopped.canceled);
        QVERIFY(stopped.rowCount < 20000);
    }

    void dateTimeCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("dateTime");
        QTest::newRow("jena") << QStringLiteral("01.01.2009 00:10:00") << true;
        QTest::newRow("iso date") << QStringLiteral("2017-03-04") << true;
        QTest::newRow("iso with ms and zone") << QStringLiteral("2017-03-04T05:06:07.123Z") << true;
        QTest::newRow("dst gap in Europe") << QStringLiteral("29.03.2009 02:10:00") << true;
        QTest::newRow("number") << QStringLiteral("20170304") << false;
        QTest::newRow("bad month") << QStringLiteral("2017-13-04") << false;
        QTest::newRow("word") << QStringLiteral("yesterday") << false;
    }

    void dateTimeCells()
    {
        QFETCH(QString, cell);
        QFETCH(bool, dateTime);
        QCOMPARE(isDateTimeValue(cell), dateTime);
    }

    void downsamplingKeepsExtremesWithinBudget()
    {
        const int count = 100000;
        MinMaxDownsampler sampler(500);
        for (int row = 0; row < count; ++row) {
            double value = std::sin(row / 1000.0);
            if (row == 77777)
                value = 42;
            if (row == 12345)
                value = -42;
            sampler.add(row, value);
        }

        const QList<QPointF> points = sampler.points();

        QVERIFY(points.size() <= 500);
        QVERIFY(points.size() >= 250);
        QVERIFY(std::is_sorted(points.cbegin(), points.cend(),
                               [](QPointF a, QPointF b) { return a.x() < b.x(); }));
        QVERIFY(points.contains(QPointF(77777, 42)));
        QVERIFY(points.contains(QPointF(12345, -42)));
    }

    void shortSeriesIsKeptWhole()
    {
        MinMaxDownsampler sampler(100);
        for (int row = 0; row < 30; ++row)
            sampler.add(row, row * 2.0);
        const QList<QPointF> points = sampler.points();
        QCOMPARE(points.size(), 30);
        QCOMPARE(points.at(29), QPointF(29, 58));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatasetInspectionSeries)
#include "tst_datasetinspection_series.moc"
