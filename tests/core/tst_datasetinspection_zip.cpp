// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetTestFiles.h"
#include "dataset/CnnDatasetInspection.h"
#include "dataset/ZipImageScanner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace deai;
using deai::test::ZipBuilder;

namespace {

int countSeverity(const CnnDatasetReport &report, ProblemSeverity severity)
{
    return int(std::count_if(
        report.problems.cbegin(), report.problems.cend(),
        [severity](const DatasetProblem &problem) { return problem.severity == severity; }));
}

} // namespace

class TestDatasetInspectionZip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void greyAndRgbImagesAreCountedMeasuredAndTyped()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("mixed.zip"));
        {
            ZipBuilder zip(zipPath);
            for (int i = 0; i < 3; ++i) {
                QVERIFY(zip.add(QStringLiteral("imgs/grey%1.png").arg(i),
                                test::encodeImage(test::greyImage({28, 28}, 180 + i))));
            }
            QVERIFY(zip.add(QStringLiteral("imgs/rgb0.png"),
                            test::encodeImage(test::colourImage({32, 16}, qRgb(40, 50, 222)))));
            QVERIFY(zip.add(QStringLiteral("imgs/rgb1.bmp"),
                            test::encodeImage(test::colourImage({32, 16}, qRgb(1, 2, 3)), "BMP")));
            QVERIFY(zip.add(QStringLiteral("imgs/"), {}));
            QVERIFY(zip.add(QStringLiteral("__MACOSX/imgs/._grey0.png"), "resource fork"));
            QVERIFY(zip.add(QStringLiteral("imgs/.DS_Store"), "finder"));
            QVERIFY(zip.add(QStringLiteral("imgs/readme.txt"), "not an image"));
            QVERIFY(zip.close());
        }

        const CnnDatasetReport report = inspectCnnDataset(zipPath, QString());

        QCOMPARE(report.imageCount, 5);
        QCOMPARE(report.ignoredEntryCount, 3);
        QCOMPARE(report.otherFileCount, 1);
        QCOMPARE(report.unreadableImageCount, 0);
        QCOMPARE(report.sizes.size(), 2);
        QVERIFY(!report.allSameSize());
        QCOMPARE(report.mostCommonSize(), QSize(28, 28));
        QCOMPARE(report.sizes.constFirst().count, 3);
        QCOMPARE(report.sizes.constLast().size, QSize(32, 16));
        QCOMPARE(report.imagesPerChannelCount.value(1), 3);
        QCOMPARE(report.imagesPerChannelCount.value(3), 2);
        QCOMPARE(report.maxPixelValue, 222);
        QCOMPARE(report.channel.value, 3);
        QCOMPARE(report.scaleRatio.value, 255);
        QVERIFY(report.scaleRatio.proposed);
        QVERIFY(!report.category.isKnown());
        // mixed sizes, mixed colour modes, one file that is not an image
        QCOMPARE(countSeverity(report, ProblemSeverity::Warning), 3);
        QCOMPARE(countSeverity(report, ProblemSeverity::Blocking), 0);
    }

    void channelsComeFromTheStoredFormat_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("maxValue");

        QTest::newRow("grey") << test::greyImage({8, 8}, 77) << 1 << 77;
        QTest::newRow("rgb") << test::colourImage({8, 8}, qRgb(9, 240, 3)) << 3 << 240;
        QTest::newRow("rgba") << test::colourImage({8, 8}, qRgba(9, 20, 3, 128),
                                                   QImage::Format_ARGB32)
                              << 4 << 255;
        QImage grey16(4, 4, QImage::Format_Grayscale16);
        grey16.fill(Qt::black);
        reinterpret_cast<quint16 *>(grey16.scanLine(2))[1] = 4095;
        QTest::newRow("grey 16-bit") << grey16 << 1 << 4095;
    }

    void channelsComeFromTheStoredFormat()
    {
        QFETCH(QImage, image);
        QFETCH(int, channels);
        QFETCH(int, maxValue);
        const QString zipPath =
            m_dir.filePath(QStringLiteral("%1.zip").arg(QLatin1String(QTest::currentDataTag())));
        {
            ZipBuilder zip(zipPath);
            QVERIFY(zip.add(QStringLiteral("image.png"), test::encodeImage(image)));
        }

        const CnnDatasetReport report = inspectCnnDataset(zipPath, QString());

        QCOMPARE(report.imageCount, 1);
        QCOMPARE(report.imagesPerChannelCount.keys(), QList<int>{channels});
        QCOMPARE(report.maxPixelValue, maxValue);
        QCOMPARE(report.scaleRatio.value, maxValue > 255 ? maxValue : 255);
    }

    void imagesAreRecognisedByContentAndUndecodableOnesReported()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("content.zip"));
        {
            ZipBuilder zip(zipPath);
            QVERIFY(zip.add(QStringLiteral("no_extension"),
                            test::encodeImage(test::greyImage({5, 5}, 1))));
            QVERIFY(zip.add(QStringLiteral("photo.jpg"),
                            test::encodeImage(test::greyImage({6, 6}, 1), "JPEG")));
            QVERIFY(zip.add(QStringLiteral("broken.png"), "\x89PNG but nothing after"));
        }

        const CnnDatasetReport report = inspectCnnDataset(zipPath, QString());

        QCOMPARE(report.imageCount, 2);
        QCOMPARE(report.unreadableImageCount, 1);
        QCOMPARE(report.otherFileCount, 0);
        QVERIFY(std::any_of(report.problems.cbegin(), report.problems.cend(),
                            [](const DatasetProblem &problem) {
                                return problem.message.contains(QLatin1String("broken.png"));
                            }));
    }

    void damagedEntryIsReportedAndTheRestStillRead()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("damaged-entry.zip"));
        {
            ZipBuilder zip(zipPath);
            QVERIFY(zip.add(QStringLiteral("good.png"),
                            test::encodeImage(test::greyImage({28, 28}, 99))));
            QVERIFY(zip.add(QStringLiteral("hurt.png"),
                            test::encodeImage(test::greyImage({28, 28}, 99))));
        }
        QFile file(zipPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        // Flip bytes inside the second entry's compressed data, past its local header.
        const qsizetype dataStart = bytes.indexOf("hurt.png") + 8;
        for (qsizetype i = dataStart + 20; i < dataStart + 60; ++i)
            bytes[i] = char(~bytes.at(i));
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        const CnnDatasetReport report = inspectCnnDataset(zipPath, QString());

        QCOMPARE(report.imageCount, 1);
        QCOMPARE(report.unreadableImageCount, 1);
        QVERIFY(!hasBlockingProblem(report.problems));
    }

    void corruptArchiveIsBlockingAndDoesNotCrash_data()
    {
        QTest::addColumn<QByteArray>("bytes");

        QByteArray valid;
        {
            const QString path = m_dir.filePath(QStringLiteral("valid.zip"));
            ZipBuilder zip(path);
            for (int i = 0; i < 20; ++i)
                QVERIFY(zip.add(QStringLiteral("%1.png").arg(i),
                                test::encodeImage(test::greyImage({28, 28}, 255))));
            QVERIFY(zip.close());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            valid = file.readAll();
        }
        QTest::newRow("not a zip") << QByteArray("this is plain text, not an archive");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("truncated") << valid.left(valid.size() / 2);
        QByteArray scrambled = valid;
        for (qsizetype i = 0; i < scrambled.size(); i += 7)
            scrambled[i] = char(scrambled.at(i) ^ 0x5a);
        QTest::newRow("scrambled") << scrambled;
    }

    void corruptArchiveIsBlockingAndDoesNotCrash()
    {
        QFETCH(QByteArray, bytes);
        const QString zipPath = m_dir.filePath(QStringLiteral("corrupt.zip"));
        QVERIFY(test::writeFile(zipPath, bytes));

        const CnnDatasetReport report = inspectCnnDataset(zipPath, QString());

        QVERIFY(hasBlockingProblem(report.problems));
        QCOMPARE(report.imageCount, 0);
        QVERIFY(!report.scaleRatio.isKnown());
    }

    void thousandGreyDigitsProposeTheMnistParameters()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("digits.zip"));
        QByteArray labels = "filename,label\n";
        {
            ZipBuilder zip(zipPath);
            for (int i = 0; i < 1000; ++i) {
                const QString name = QStringLiteral("digit_%1.png").arg(i, 4, 10, QLatin1Char('0'));
                QVERIFY(zip.add(name, test::encodeImage(test::greyImage({28, 28}, 100 + i % 156))));
                labels += name.toUtf8() + ',' + QByteArray::number(i % 10) + '\n';
            }
        }
        const QString labelsPath = m_dir.filePath(QStringLiteral("digits.csv"));
        QVERIFY(test::writeFile(labelsPath, labels));

        const CnnDatasetReport report = inspectCnnDataset(zipPath, labelsPath);

        QCOMPARE(report.imageCount, 1000);
        QVERIFY(report.allSameSize());
        QCOMPARE(report.mostCommonSize(), QSize(28, 28));
        QCOMPARE(report.maxPixelValue, 255);
        QCOMPARE(report.labels.rowCount, 1000);
        QCOMPARE(report.labels.labelledImages, 1000);
        QCOMPARE(report.labels.countPerLabel.value(QStringLiteral("7")), 100);
        QCOMPARE(report.channel.value, 1);
        QCOMPARE(report.category.value, 10);
        QCOMPARE(report.scaleRatio.value, 255);
        QVERIFY(report.channel.proposed && report.category.proposed && report.scaleRatio.proposed);
        QVERIFY(!report.category.reason.isEmpty());
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).message));

        QCOMPARE(report.thumbnails.size(), maxThumbnailCount);
        for (const ImageThumbnail &thumbnail : report.thumbnails) {
            QVERIFY(thumbnail.image.width() <= thumbnailSize &&
                    thumbnail.image.height() <= thumbnailSize);
            QCOMPARE(thumbnail.label, QString::number(thumbnail.fileName.mid(6, 4).toInt() % 10));
        }
    }

    void cancelStopsBetweenEntries()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("cancel.zip"));
        {
            ZipBuilder zip(zipPath);
            for (int i = 0; i < 50; ++i)
                QVERIFY(zip.add(QStringLiteral("%1.png").arg(i),
                                test::encodeImage(test::greyImage({4, 4}, 9))));
        }
        qint64 lastDone = 0;
        InspectionControl control;
        control.reportProgress = [&](qint64 done, qint64 total) {
            QCOMPARE(total, 50);
            lastDone = done;
        };
        control.isCanceled = [&] {
            return lastDone >= 10;
        };

        const CnnDatasetReport report = inspectCnnDataset(zipPath, QString(), control);

        QVERIFY(report.canceled);
        QCOMPARE(lastDone, 10);
    }

    void ignoredEntries_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ignored");
        QTest::newRow("directory") << QStringLiteral("a/b/") << true;
        QTest::newRow("resource fork") << QStringLiteral("__MACOSX/a/._x.png") << true;
        QTest::newRow("hidden file") << QStringLiteral("a/.hidden.png") << true;
        QTest::newRow("image") << QStringLiteral("a/x.png") << false;
        QTest::newRow("dots inside") << QStringLiteral("a.b/x.y.png") << false;
    }

    void ignoredEntries()
    {
        QFETCH(QString, name);
        QFETCH(bool, ignored);
        QCOMPARE(isIgnoredZipEntry(name), ignored);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatasetInspectionZip)
#include "tst_datasetinspection_zip.moc"
