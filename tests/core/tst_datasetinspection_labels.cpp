// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetTestFiles.h"
#include "dataset/CnnDatasetInspection.h"
#include "dataset/LabelsCsv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace deai;

class TestDatasetInspectionLabels : public QObject
{
    Q_OBJECT

private:
    // An archive holding the given image names, each a small grey PNG.
    QString makeZip(const QString &name, const QStringList &images)
    {
        const QString path = m_dir.filePath(name);
        test::ZipBuilder zip(path);
        for (const QString &image : images) {
            if (!zip.add(image, test::encodeImage(test::greyImage({6, 6}, 200))))
                return {};
        }
        return zip.close() ? path : QString();
    }

    QString makeCsv(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        return test::writeFile(path, text) ? path : QString();
    }

    static QString labelOfThumbnail(const CnnDatasetReport &report, const QString &fileName)
    {
        for (const ImageThumbnail &thumbnail : report.thumbnails) {
            if (thumbnail.fileName == fileName)
                return thumbnail.label;
        }
        return QStringLiteral("<no thumbnail>");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void keyedLabelsWithGapsAndStrangers()
    {
        const QString zip = makeZip(QStringLiteral("keyed.zip"),
                                    {QStringLiteral("train/a.png"), QStringLiteral("train/b.png"),
                                     QStringLiteral("train/c.png"), QStringLiteral("train/d.png")});
        // a: full path, b: base name only, c and d: no row, x: no image, e: empty label
        const QString csv = makeCsv(QStringLiteral("keyed.csv"), "\xEF\xBB\xBF"
                                                                 "filename,label\r\n"
                                                                 "train/a.png,cat\r\n"
                                                                 "b.png,dog\r\n"
                                                                 "\r\n"
                                                                 "x.png,cat\r\n"
                                                                 "\"e, quoted.png\",\r\n");

        const CnnDatasetReport report = inspectCnnDataset(zip, csv);

        QCOMPARE(report.labels.layout, LabelsLayout::KeyedByName);
        QVERIFY(report.labels.hasHeader);
        QCOMPARE(report.labels.rowCount, 4);
        QCOMPARE(report.labels.countPerLabel.size(), 2);
        QCOMPARE(report.labels.countPerLabel.value(QStringLiteral("cat")), 2);
        QCOMPARE(report.labels.countPerLabel.value(QStringLiteral("dog")), 1);
        QCOMPARE(report.labels.labelledImages, 2);
        QCOMPARE(report.labels.imagesWithoutLabel, 2);
        QCOMPARE(report.labels.rowsWithoutImage, 2);
        QCOMPARE(report.category.value, 2);
        QCOMPARE(labelOfThumbnail(report, QStringLiteral("train/b.png")), QStringLiteral("dog"));
        QCOMPARE(labelOfThumbnail(report, QStringLiteral("train/c.png")), QString());

        QVERIFY(!hasBlockingProblem(report.problems));
        const QString all = [&] {
            QStringList messages;
            for (const DatasetProblem &problem : report.problems)
                messages.append(problem.message);
            return messages.join(u'\n');
        }();
        QVERIFY2(all.contains(QLatin1String("train/c.png")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("x.png")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("empty label")), qPrintable(all));
    }

    void singleColumnFollowsSortedFileNames()
    {
        const QString zip = makeZip(QStringLiteral("ordered.zip"),
                                    {QStringLiteral("img_b.png"), QStringLiteral("img_a.png"),
                                     QStringLiteral("img_c.png")});
        const QString csv = makeCsv(QStringLiteral("ordered.csv"), "label\n0\n1\n");

        const CnnDatasetReport report = inspectCnnDataset(zip, csv);

        QCOMPARE(report.labels.layout, LabelsLayout::FileNameOrder);
        QVERIFY(report.labels.hasHeader);
        QCOMPARE(report.labels.rowCount, 2);
        QCOMPARE(labelOfThumbnail(report, QStringLiteral("img_a.png")), QStringLiteral("0"));
        QCOMPARE(labelOfThumbnail(report, QStringLiteral("img_b.png")), QStringLiteral("1"));
        QCOMPARE(labelOfThumbnail(report, QStringLiteral("img_c.png")), QString());
        QCOMPARE(report.labels.imagesWithoutLabel, 1);
        QCOMPARE(report.labels.rowsWithoutImage, 0);
        QCOMPARE(report.category.value, 2);
        QVERIFY(!hasBlockingProblem(report.problems));
    }

    void singleColumnWithMoreRowsThanImages()
    {
        const QString zip =
            makeZip(QStringLiteral("few.zip"), {QStringLiteral("1.png"), QStringLiteral("2.png")});
        const QString csv = makeCsv(QStringLiteral("many.csv"), "3\n1\n4\n1\n5\n");

        const CnnDatasetReport report = inspectCnnDataset(zip, csv);

        QVERIFY(!report.labels.hasHeader);
        QCOMPARE(report.labels.rowCount, 5);
        QCOMPARE(report.labels.rowsWithoutImage, 3);
        QCOMPARE(report.labels.imagesWithoutLabel, 0);
        QCOMPARE(report.category.value, 4);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.constFirst().severity, ProblemSeverity::Warning);
    }

    void unusableLabelsAreBlocking_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("header only") << QByteArray("filename,label\n");
        QTest::newRow("no row names an image") << QByteArray("nope.png,1\nnada.png,2\n");
    }

    void unusableLabelsAreBlocking()
    {
        QFETCH(QByteArray, csv);
        const QString zip = makeZip(QStringLiteral("blocking.zip"), {QStringLiteral("real.png")});
        const QString csvPath = makeCsv(QStringLiteral("blocking.csv"), csv);

        const CnnDatasetReport report = inspectCnnDataset(zip, csvPath);

        QVERIFY(hasBlockingProblem(report.problems));
        QCOMPARE(report.imageCount, 1);
    }

    void missingLabelsFileIsBlocking()
    {
        const QString zip = makeZip(QStringLiteral("lonely.zip"), {QStringLiteral("real.png")});
        const CnnDatasetReport report =
            inspectCnnDataset(zip, m_dir.filePath(QStringLiteral("absent.csv")));
        QVERIFY(hasBlockingProblem(report.problems));
        QVERIFY(report.problems.constFirst().message.contains(QLatin1String("absent.csv")));
    }

    void headerDetection_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<bool>("keyed");
        QTest::addColumn<bool>("header");

        const auto row = [](const char *a, const char *b = nullptr) {
            QStringList cells{QString::fromLatin1(a)};
            if (b)
                cells.append(QString::fromLatin1(b));
            return cells;
        };
        QTest::newRow("named label column") << row("Label") << row("cat") << false << true;
        QTest::newRow("named file column")
            << row("image", "y") << row("a.png", "cat") << true << true;
        QTest::newRow("word above numbers") << row("digit") << row("7") << false << true;
        QTest::newRow("word above words") << row("cat") << row("dog") << false << false;
        QTest::newRow("number above numbers") << row("3") << row("7") << false << false;
        QTest::newRow("unnamed columns above files")
            << row("path", "kind") << row("a.png", "cat") << true << true;
        QTest::newRow("data row") << row("z.png", "cat") << row("a.png", "dog") << true << false;
    }

    void headerDetection()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(bool, keyed);
        QFETCH(bool, header);
        const LabelsLayout layout = keyed ? LabelsLayout::KeyedByName : LabelsLayout::FileNameOrder;
        QCOMPARE(looksLikeLabelsHeader(first, {second, second}, layout), header);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatasetInspectionLabels)
#include "tst_datasetinspection_labels.moc"
