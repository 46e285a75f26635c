// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's dataset check against the in-process sandbox: files are inspected as soon
// as they are chosen, a dataset the server would reject cannot go on, the CNN fields are
// proposed from the images and the LSTM window fields are checked against the real rows.
#include "SandboxFixture.h"
#include "WizardDatasets.h"
#include "WizardTestSupport.h"

#include "dataset/CnnPreviewPage.h"
#include "dataset/DatasetPreviewWidget.h"
#include "dataset/LstmPreviewPage.h"
#include "dataset/WindowDiagramWidget.h"
#include "wizard/ParametersPage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QImage>
#include <QListWidget>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace deai;
using namespace deai::test;

namespace {

// `count` greyscale images of size×size, each named after its index, and a keyed labels
// CSV spreading them over `labels` labels.
std::pair<QByteArray, QByteArray> greyImages(int count, int size, int labels, int variant)
{
    QList<QPair<QString, QByteArray>> entries;
    QByteArray csv = "filename,label\n";
    for (int i = 0; i < count; ++i) {
        QImage image(size, size, QImage::Format_Grayscale8);
        image.fill(0);
        // Every image reaches white somewhere, as handwriting scans do.
        image.setPixel(i % size, (i + variant) % size, qRgb(255, 255, 255));
        const QString name = QStringLiteral("img%1.png").arg(i, 4, 10, QLatin1Char('0'));
        entries.append({name, datasets::png(image)});
        csv += name.toLatin1() + ",digit" + QByteArray::number(i % labels) + '\n';
    }
    return {datasets::zip(entries), csv};
}

} // namespace

class TestWizardDataset : public QObject
{
    Q_OBJECT

private:
    WizardTestAccount m_bench{QStringLiteral("dataset@example.org")};

    std::unique_ptr<WizardDriver> newDriver() { return m_bench.newDriver(); }

    static bool previewShows(WizardDriver &driver, bool lstm)
    {
        auto *preview = driver.child<DatasetPreviewWidget>("datasetPreview");
        if (!preview)
            return false;
        QWidget *page = lstm ? static_cast<QWidget *>(preview->findChild<LstmPreviewPage *>())
                             : static_cast<QWidget *>(preview->findChild<CnnPreviewPage *>());
        return QTest::qWaitFor([page] { return page->isVisible(); }, WizardDriver::kWaitMs);
    }

    static QStringList shownProblems(WizardDriver &driver)
    {
        QStringList lines;
        if (auto *list = driver.child<QListWidget>("problemList")) {
            for (int row = 0; row < list->count(); ++row)
                lines.append(list->item(row)->text());
        }
        return lines;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        return writeDatasetFile(m_bench.dir.path(), name, bytes);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_bench.start()); }

    void greyDigitsProposeChannelCategoryAndScale()
    {
        const auto [zip, csv] = greyImages(1000, 28, 10, 1);
        const QString zipPath = write(QStringLiteral("digits.zip"), zip);
        const QString csvPath = write(QStringLiteral("digits.csv"), csv);

        auto driver = newDriver();
        QVERIFY(driver->chooseModel(false, QStringLiteral("Digits")));
        QVERIFY(driver->uploadCnn(zipPath, csvPath));
        QVERIFY(previewShows(*driver, false));
        QVERIFY(driver->nextEnabled());
        QVERIFY(driver->next());

        auto *page = qobject_cast<ParametersPage *>(driver->wizard->currentPage());
        QVERIFY(page);
        auto *channel = driver->child<QComboBox>("channelComboBox");
        auto *category = driver->child<QSpinBox>("categorySpinBox");
        auto *scaleRatio = driver->child<QSpinBox>("scaleRatioSpinBox");
        QCOMPARE(channel->currentData().toInt(), 1);
        QCOMPARE(category->value(), 10);
        QCOMPARE(scaleRatio->value(), 255);
        for (QWidget *field : {static_cast<QWidget *>(channel), static_cast<QWidget *>(category),
                               static_cast<QWidget *>(scaleRatio)}) {
            QVERIFY2(page->isProposed(field), qPrintable(field->objectName()));
            auto *mark = driver->child<QLabel>(
                qPrintable(field->objectName() + QStringLiteral("ProposedLabel")));
            QVERIFY(mark && mark->isVisible());
            QVERIFY(!mark->toolTip().isEmpty());
        }
        QVERIFY(driver->child<QLabel>("categorySpinBoxProposedLabel")
                    ->toolTip()
                    .contains(QStringLiteral("10")));

        // What the user typed stays, also when the page is shown again.
        QVERIFY(driver->type("categorySpinBox", QStringLiteral("7")));
        QVERIFY(!page->isProposed(category));
        QVERIFY(driver->back());
        QVERIFY(driver->next());
        QCOMPARE(category->value(), 7);
        QVERIFY(!page->isProposed(category));
        QVERIFY(page->isProposed(channel));
    }

    void sampleDataCarriesANewUserToTheParameters()
    {
        auto driver = newDriver();
        QVERIFY(driver->chooseModel(false, QStringLiteral("Shapes")));
        QVERIFY(driver->click("useSampleButton"));
        const QString images = driver->text("imagesPathEdit");
        const QString labels = driver->text("labelsPathEdit");
        QVERIFY(QFileInfo(images).isFile());
        QVERIFY(QFileInfo(labels).isFile());
        // Kept with the app's data, never in a folder the user did not pick.
        QVERIFY(images.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(previewShows(*driver, false));
        QVERIFY(shownProblems(*driver).isEmpty());
        QVERIFY(driver->click("uploadButton"));
        QVERIFY(QTest::qWaitFor([&] { return driver->nextEnabled(); }, WizardDriver::kWaitMs));
        QVERIFY(driver->next());
        QCOMPARE(driver->child<QSpinBox>("categorySpinBox")->value(), 3);
        QCOMPARE(driver->child<QComboBox>("channelComboBox")->currentData().toInt(), 1);

        auto lstm = newDriver();
        QVERIFY(lstm->chooseModel(true, QStringLiteral("Weather")));
        QVERIFY(lstm->click("useSampleButton"));
        QVERIFY(QFileInfo(lstm->text("seriesPathEdit")).isFile());
        QVERIFY(previewShows(*lstm, true));
        QVERIFY(lstm->click("uploadButton"));
        QVERIFY(QTest::qWaitFor([&] { return lstm->nextEnabled(); }, WizardDriver::kWaitMs));
    }

    void zipWithoutImagesBlocksNext()
    {
        const QString zipPath = write(QStringLiteral("notes.zip"),
                                      datasets::zip({{QStringLiteral("readme.txt"), "no images"}}));
        const QString csvPath = write(QStringLiteral("notes.csv"), "label\ndark\n");

        auto driver = newDriver();
        QVERIFY(driver->chooseModel(false, QStringLiteral("No images")));
        QVERIFY(driver->type("imagesPathEdit", zipPath));
        QVERIFY(driver->type("labelsPathEdit", csvPath));
        QTRY_VERIFY_WITH_TIMEOUT(!shownProblems(*driver).isEmpty(), WizardDriver::kWaitMs);
        QVERIFY(shownProblems(*driver).join(u'\n').contains(QStringLiteral("no readable")));
        QVERIFY(driver->child<DatasetPreviewWidget>("datasetPreview")->hasBlockingProblem());

        // Even with both files on the server the page does not let the job go on.
        QVERIFY(driver->click("uploadButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!driver->text("labelsServerPathEdit").isEmpty()
                                     && !driver->text("imagesServerPathEdit").isEmpty(),
                                 WizardDriver::kWaitMs);
        QVERIFY(!driver->nextEnabled());
        QVERIFY(!driver->wizard->currentPage()->isComplete());
    }

    void warningsDoNotBlockNext()
    {
        // Two image sizes: worth a warning, but the server takes it.
        QList<QPair<QString, QByteArray>> entries;
        QByteArray csv = "filename,label\n";
        for (int i = 0; i < 6; ++i) {
            QImage image(i < 3 ? 8 : 12, 8, QImage::Format_Grayscale8);
            image.fill(i * 40);
            const QString name = QStringLiteral("mixed%1.png").arg(i);
            entries.append({name, datasets::png(image)});
            csv += name.toLatin1() + (i % 2 ? ",a\n" : ",b\n");
        }
        const QString zipPath = write(QStringLiteral("mixed.zip"), datasets::zip(entries));
        const QString csvPath = write(QStringLiteral("mixed.csv"), csv);

        auto driver = newDriver();
        QVERIFY(driver->chooseModel(false, QStringLiteral("Mixed sizes")));
        QVERIFY(driver->uploadCnn(zipPath, csvPath));
        QVERIFY(previewShows(*driver, false));
        QVERIFY(shownProblems(*driver).join(u'\n').contains(QStringLiteral("different sizes")));
        QVERIFY(!driver->child<DatasetPreviewWidget>("datasetPreview")->hasBlockingProblem());
        QVERIFY(driver->nextEnabled());
        QVERIFY(driver->next());
    }

    void lstmWindowWithoutRowsCannotPass()
    {
        // 201 rows; a 0.8 training share leaves 41 rows to validate on.
        auto driver = newDriver();
        QVERIFY(driver->chooseModel(true, QStringLiteral("Short series")));
        QVERIFY(driver->uploadLstm(writeSeriesCsv(m_bench.dir.path(), 1)));
        QVERIFY(previewShows(*driver, true));
        QVERIFY(driver->next());

        auto *diagram = driver->child<WindowDiagramWidget>("windowDiagram");
        QVERIFY(diagram && diagram->isVisible());
        QVERIFY(driver->type("trainShardSpinBox", QStringLiteral("0.8")));
        QVERIFY(driver->type("labelWidthSpinBox", QStringLiteral("1")));
        QVERIFY(driver->type("shiftSpinBox", QStringLiteral("1")));
        QVERIFY(driver->type("sequenceStrideSpinBox", QStringLiteral("1")));
        QVERIFY(driver->type("samplingRateSpinBox", QStringLiteral("1")));
        QVERIFY(driver->type("inputWidthSpinBox", QStringLiteral("50")));

        // The diagram follows the fields as they change.
        QCOMPARE(diagram->settings().inputWidth, 50);
        QCOMPARE(diagram->settings().shift, 1);
        QVERIFY(!diagram->hasWindows());
        QVERIFY(!driver->nextEnabled());
        QVERIFY(driver->text("parametersProblemLabel").contains(QStringLiteral("validation")));
        QVERIFY(!driver->wizard->currentPage()->validatePage());

        QVERIFY(driver->type("inputWidthSpinBox", QStringLiteral("30")));
        QCOMPARE(diagram->settings().inputWidth, 30);
        QVERIFY(diagram->hasWindows());
        QVERIFY(!diagram->countsText().isEmpty());
        QVERIFY(driver->text("parametersProblemLabel").isEmpty());
        QVERIFY(driver->nextEnabled());
        QVERIFY(driver->next());
    }
};

QTEST_MAIN(TestWizardDataset)
#include "tst_wizard_dataset.moc"
