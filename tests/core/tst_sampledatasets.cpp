// SPDX-License-Identifier: GPL-3.0-or-later
// The sample datasets the wizard offers: what the app's own inspection
// finds in them, and that they are written once, whole, or not at all.
#include "dataset/DatasetInspector.h"
#include "dataset/SampleDatasets.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace deai;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestSampleDatasets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageSampleIsAGreyThreeClassDataset()
    {
        QTemporaryDir dir;
        QString error;
        const auto sample =
            SampleDatasets::writeImageSample(dir.filePath(QStringLiteral("samples")), &error);
        QVERIFY2(sample, qPrintable(error));
        QCOMPARE(sample->categories, 3);

        DatasetInspector inspector;
        QSignalSpy finished(&inspector, &DatasetInspector::cnnFinished);
        QVERIFY(inspector.inspectCnn(sample->imagesZip, sample->labelsCsv));
        QVERIFY(finished.wait(60000));
        const auto report = finished.constFirst().constFirst().value<CnnDatasetReport>();
        QCOMPARE(report.imageCount, 300);
        QCOMPARE(report.unreadableImageCount, 0);
        QVERIFY(report.allSameSize());
        QCOMPARE(report.mostCommonSize(), QSize(28, 28));
        QCOMPARE(report.channel.value, 1);
        QCOMPARE(report.category.value, 3);
        QCOMPARE(report.scaleRatio.value, 255);
        QCOMPARE(report.labels.layout, LabelsLayout::KeyedByName);
        QCOMPARE(report.labels.imagesWithoutLabel, 0);
        QCOMPARE(report.labels.rowsWithoutImage, 0);
        QCOMPARE(report.labels.countPerLabel.value(QStringLiteral("circle")), 100);
        QCOMPARE(report.labels.countPerLabel.value(QStringLiteral("square")), 100);
        QCOMPARE(report.labels.countPerLabel.value(QStringLiteral("cross")), 100);
        QVERIFY(report.problems.isEmpty());
    }

    void seriesSampleIsADatedNumericSeries()
    {
        QTemporaryDir dir;
        const auto sample = SampleDatasets::writeSeriesSample(dir.path());
        QVERIFY(sample);

        DatasetInspector inspector;
        QSignalSpy finished(&inspector, &DatasetInspector::lstmFinished);
        QVERIFY(inspector.inspectLstm(sample->seriesCsv));
        QVERIFY(finished.wait(60000));
        const auto report = finished.constFirst().constFirst().value<LstmDatasetReport>();
        QCOMPARE(report.rowCount, sample->rows);
        QCOMPARE(report.dateColumn, 0);
        QCOMPARE(report.numericColumnCount(), 3);
        QCOMPARE(report.malformedRowCount, 0);
        for (const SeriesColumn &column : report.columns)
            QCOMPARE(column.missingCount, 0);
        // A daily cycle: the temperature spans several degrees.
        QVERIFY(report.columns.at(1).maximum - report.columns.at(1).minimum > 10);
        QVERIFY(report.problems.isEmpty());
    }

    void samplesAreTheSameEveryTimeAndWrittenOnce()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        const auto a = SampleDatasets::writeImageSample(first.path());
        // A second later, so that nothing of the clock can end up in the files.
        QTest::qWait(1100);
        const auto b = SampleDatasets::writeImageSample(second.path());
        QVERIFY(a && b);
        QCOMPARE(digest(a->labelsCsv), digest(b->labelsCsv));
        QCOMPARE(digest(a->imagesZip), digest(b->imagesZip));
        const auto s1 = SampleDatasets::writeSeriesSample(first.path());
        const auto s2 = SampleDatasets::writeSeriesSample(second.path());
        QVERIFY(s1 && s2);
        QCOMPARE(digest(s1->seriesCsv), digest(s2->seriesCsv));

        // Asked again, the files already there are kept as they are.
        QFile labels(a->labelsCsv);
        QVERIFY(labels.open(QIODevice::Append));
        labels.write("kept,as-is\n");
        labels.close();
        const QByteArray edited = digest(a->labelsCsv);
        QVERIFY(SampleDatasets::writeImageSample(first.path()));
        QCOMPARE(digest(a->labelsCsv), edited);
        // No partial archive is left beside the samples.
        QVERIFY(!QFileInfo::exists(a->imagesZip + QStringLiteral(".part")));
    }

    void anUnwritableFolderIsReportedAndLeavesNothing()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        QVERIFY(!SampleDatasets::writeImageSample(blocker + QStringLiteral("/samples"), &error));
        QVERIFY(error.contains(QStringLiteral("not-a-folder")));
        error.clear();
        QVERIFY(!SampleDatasets::writeSeriesSample(blocker + QStringLiteral("/samples"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QFileInfo(blocker).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSampleDatasets)
#include "tst_sampledatasets.moc"
