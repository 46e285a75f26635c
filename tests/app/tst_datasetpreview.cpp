// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/CnnDatasetReport.h"
#include "dataset/DatasetPreviewWidget.h"
#include "dataset/LstmDatasetReport.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QListView>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace deai;

namespace {

CnnDatasetReport cnnReport(int thumbnails, int labels)
{
    CnnDatasetReport report;
    report.imageCount = 1000;
    report.sizes = {{QSize(28, 28), 1000}};
    report.imagesPerChannelCount.insert(1, 1000);
    report.labels.layout = LabelsLayout::KeyedByName;
    for (int i = 0; i < labels; ++i)
        report.labels.countPerLabel.insert(
            QStringLiteral("label%1").arg(i, 2, 10, QLatin1Char('0')), (i + 1) * 10);
    for (int i = 0; i < thumbnails; ++i) {
        QImage image(16, 16, QImage::Format_Grayscale8);
        image.fill(i * 20);
        report.thumbnails.append({QStringLiteral("img%1.png").arg(i),
                                  i == 0 ? QString() : QStringLiteral("label%1").arg(i), image});
    }
    return report;
}

QBarSeries *barSeries(QChartView *view)
{
    const QList<QAbstractSeries *> series = view->chart()->series();
    return series.size() == 1 ? qobject_cast<QBarSeries *>(series.constFirst()) : nullptr;
}

QStringList barCategories(QChartView *view)
{
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Horizontal);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.constFirst());
    return axis ? axis->categories() : QStringList();
}

} // namespace

class TestDatasetPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsThumbnailsLabelCountsAndProblems()
    {
        DatasetPreviewWidget preview;
        preview.setMaxChartCategories(6);
        CnnDatasetReport report = cnnReport(5, 15);
        report.problems = {DatasetProblem::blocking(QStringLiteral("No labels for 3 images.")),
                           DatasetProblem::warning(QStringLiteral("Sizes differ."))};
        preview.showCnnReport(report);

        auto *thumbnails = preview.findChild<QListView *>(QStringLiteral("thumbnailView"));
        QVERIFY(thumbnails);
        QAbstractItemModelTester tester(thumbnails->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(thumbnails->model()->rowCount(), 5);
        const QModelIndex second = thumbnails->model()->index(1, 0);
        QCOMPARE(second.data().toString(), QStringLiteral("label1"));
        QCOMPARE(second.data(Qt::ToolTipRole).toString(), QStringLiteral("img1.png"));
        QVERIFY(!second.data(Qt::DecorationRole).value<QImage>().isNull());
        QVERIFY(thumbnails->model()->index(0, 0).data().toString() != QString());

        // 15 labels with counts 10..150: the 5 largest stay, the other 10 fold into one bar.
        auto *chartView = preview.findChild<QChartView *>(QStringLiteral("labelChartView"));
        QVERIFY(chartView);
        const QStringList categories = barCategories(chartView);
        QCOMPARE(categories.size(), 6);
        QCOMPARE(categories.first(), QStringLiteral("label14"));
        QCOMPARE(categories.at(4), QStringLiteral("label10"));
        QBarSeries *series = barSeries(chartView);
        QVERIFY(series);
        QBarSet *set = series->barSets().constFirst();
        QCOMPARE(set->count(), 6);
        QCOMPARE(set->at(0), 150.0);
        QCOMPARE(set->at(4), 110.0);
        qint64 folded = 0;
        for (int i = 1; i <= 10; ++i)
            folded += i * 10;
        QCOMPARE(set->at(5), double(folded));

        auto *problems = preview.findChild<QListWidget *>(QStringLiteral("problemList"));
        QVERIFY(problems);
        QCOMPARE(problems->count(), 2);
        QCOMPARE(problems->item(0)->text(), QStringLiteral("No labels for 3 images."));
        QCOMPARE(problems->item(0)->data(Qt::UserRole).toInt(), int(ProblemSeverity::Blocking));
        QCOMPARE(problems->item(1)->data(Qt::UserRole).toInt(), int(ProblemSeverity::Warning));
        QVERIFY(!problems->item(0)->icon().isNull());
        QVERIFY(preview.hasBlockingProblem());

        report.problems = {DatasetProblem::warning(QStringLiteral("Sizes differ."))};
        preview.showCnnReport(report);
        QVERIFY(!preview.hasBlockingProblem());
        QCOMPARE(problems->count(), 1);
    }

    void fewLabelsAreAllShown()
    {
        DatasetPreviewWidget preview;
        preview.showCnnReport(cnnReport(2, 3));
        auto *chartView = preview.findChild<QChartView *>(QStringLiteral("labelChartView"));
        QCOMPARE(barCategories(chartView),
                 (QStringList{QStringLiteral("label02"), QStringLiteral("label01"),
                              QStringLiteral("label00")}));
        QVERIFY(preview.findChild<QListWidget *>(QStringLiteral("problemList"))->isHidden());
    }

    void showsSeriesRowsAndTheChosenColumn()
    {
        LstmDatasetReport report;
        report.rowCount = 500;
        report.dateColumn = 0;
        report.previewHeader = {QStringLiteral("date"), QStringLiteral("temp"),
                                QStringLiteral("note"), QStringLiteral("pressure")};
        for (int row = 0; row < 4; ++row)
            report.previewRows.append({QStringLiteral("2024-01-0%1").arg(row + 1),
                                       QString::number(row), QStringLiteral("x"),
                                       QString::number(1000 + row)});
        SeriesColumn date{QStringLiteral("date"), ColumnType::DateTime, 0, 0, 0, {}};
        SeriesColumn temp{QStringLiteral("temp"), ColumnType::Numeric, 0, -5, 30, {}};
        for (int i = 0; i < 10; ++i)
            temp.series.append(QPointF(i * 50, i - 5));
        SeriesColumn note{QStringLiteral("note"), ColumnType::Text, 0, 0, 0, {}};
        SeriesColumn pressure{QStringLiteral("pressure"), ColumnType::Numeric, 0, 990, 1020, {}};
        for (int i = 0; i < 7; ++i)
            pressure.series.append(QPointF(i * 70, 1000 + i));
        report.columns = {date, temp, note, pressure};
        report.problems = {DatasetProblem::blocking(QStringLiteral("Too few rows."))};

        DatasetPreviewWidget preview;
        preview.showLstmReport(report);

        auto *table = preview.findChild<QTableView *>(QStringLiteral("previewTable"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(table->model()->columnCount(), 4);
        QCOMPARE(table->model()->headerData(3, Qt::Horizontal).toString(),
                 QStringLiteral("pressure"));
        QCOMPARE(table->model()->index(2, 3).data().toString(), QStringLiteral("1002"));

        auto *combo = preview.findChild<QComboBox *>(QStringLiteral("columnCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(1), QStringLiteral("pressure"));

        auto *chartView = preview.findChild<QChartView *>(QStringLiteral("seriesChartView"));
        QVERIFY(chartView);
        auto lineSeries = [chartView] {
            const QList<QAbstractSeries *> series = chartView->chart()->series();
            return series.size() == 1 ? qobject_cast<QLineSeries *>(series.constFirst()) : nullptr;
        };
        QVERIFY(lineSeries());
        QCOMPARE(lineSeries()->points(), temp.series);

        combo->setCurrentIndex(1);
        QVERIFY(lineSeries());
        QCOMPARE(lineSeries()->count(), 7);
        QCOMPARE(lineSeries()->points(), pressure.series);
        QVERIFY(preview.hasBlockingProblem());

        preview.clear();
        QVERIFY(!preview.hasBlockingProblem());
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void showsProgressAndAsksToCancel()
    {
        DatasetPreviewWidget preview;
        QSignalSpy cancelSpy(&preview, &DatasetPreviewWidget::cancelRequested);
        preview.showInspecting(0, 0);

        auto *bar = preview.findChild<QProgressBar *>(QStringLiteral("inspectionProgressBar"));
        auto *stack = preview.findChild<QStackedWidget *>();
        QVERIFY(bar);
        QCOMPARE(stack->currentWidget(), bar->parentWidget());
        QCOMPARE(bar->maximum(), 0);

        preview.showInspecting(5'000'000'000LL, 10'000'000'000LL);
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum() / 2);

        auto *cancel = preview.findChild<QPushButton *>(QStringLiteral("cancelInspectionButton"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelSpy.count(), 1);
        QVERIFY(!cancel->isEnabled());

        CnnDatasetReport report = cnnReport(1, 1);
        report.canceled = true;
        preview.showCnnReport(report);
        QVERIFY(stack->currentWidget() != bar->parentWidget());
        QCOMPARE(preview.findChild<QListWidget *>(QStringLiteral("problemList"))->count(), 1);
        QVERIFY(!preview.hasBlockingProblem());

        preview.showInspecting(1, 2);
        QVERIFY(cancel->isEnabled());
    }

    void inspectionErrorsBlock()
    {
        DatasetPreviewWidget preview;
        preview.showError(QStringLiteral("Cannot open data.zip"));
        QVERIFY(preview.hasBlockingProblem());
        QCOMPARE(preview.findChild<QListWidget *>(QStringLiteral("problemList"))->item(0)->text(),
                 QStringLiteral("Cannot open data.zip"));
    }
};

QTEST_MAIN(TestDatasetPreview)
#include "tst_datasetpreview.moc"
