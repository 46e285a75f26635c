// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"

#include "auth/TokenService.h"
#include "common/InlineMessage.h"
#include "common/Notifier.h"
#include "inference/JobListModel.h"
#include "results/ResultViewer.h"
#include "results/ResultViewerDialog.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QLineSeries>
#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QTableView>

using namespace deai;
using namespace deai::test;

namespace {

// Keeps the titles of the desktop notifications the window asks for.
class RecordingNotifier final : public Notifier
{
public:
    void notify(const QString &title, const QString &) override { notes.append(title); }
    QStringList notes;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SignedInApp> m_app;

    // Selects the job in the jobs area and types the data file's path.
    void chooseJobAndFile(const JobRecord &job, const QString &dataFile)
    {
        m_app->goToArea(MainWindow::JobsArea);
        QCOMPARE(m_app->find<QTabWidget>("areaTabs")->currentIndex(), int(MainWindow::JobsArea));
        auto *table = m_app->find<QTableView>("jobsTable");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        int row = 0;
        while (row < table->model()->rowCount()
               && table->model()->index(row, 0).data().toString() != job.name)
            ++row;
        QVERIFY(row < table->model()->rowCount());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, 0)).center());
        auto *dataFileEdit = m_app->find<QLineEdit>("dataFileEdit");
        QTRY_VERIFY(dataFileEdit->isEnabled());
        dataFileEdit->clear();
        QTest::keyClicks(dataFileEdit, dataFile);
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<SignedInApp>();
        QVERIFY(m_app->isStarted());
        QVERIFY(m_app->signInThroughDialog());
        QVERIFY(m_app->activateWindow());
    }

    void cleanup() { m_app.reset(); }

    void showsTheAccountInTheStatusBar()
    {
        QTRY_VERIFY(m_app->find<QLabel>("accountLabel")->text().contains(
            QString::fromLatin1(SignedInApp::kEmail)));
        QVERIFY(m_app->find<QLabel>("serverLabel")->text().contains(
            m_app->sandbox.baseUrl().toDisplayString()));
        QVERIFY(m_app->find<QLabel>("expiryLabel")->isVisible());
        // The sandbox gives a new account a balance; userInfo reports it.
        QTRY_VERIFY(m_app->find<QLabel>("balanceLabel")->text().contains(QStringLiteral("CCD")));
    }

    void runsAnInferenceToItsResult()
    {
        const std::optional<JobRecord> job = m_app->addCreatedJob(QStringLiteral("climate"));
        QVERIFY(job);
        QAbstractItemModelTester tester(m_app->find<QTableView>("jobsTable")->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString data = m_app->filePath(QStringLiteral("infer.csv"));
        QVERIFY(writeSeriesCsv(data, 40));
        chooseJobAndFile(*job, data);

        // The job's columns show their headings and values whole.
        auto *jobs = m_app->find<QTableView>("jobsTable");
        for (int column : {int(JobListModel::StateColumn), int(JobListModel::CostColumn)}) {
            for (const QString &text :
                 {jobs->model()->headerData(column, Qt::Horizontal).toString(),
                  jobs->model()->index(0, column).data().toString()}) {
                QVERIFY(!text.isEmpty());
                QVERIFY2(jobs->columnWidth(column) > jobs->fontMetrics().horizontalAdvance(text),
                         qPrintable(text));
            }
        }

        QTest::mouseClick(m_app->find<QPushButton>("runInferenceButton"), Qt::LeftButton);
        auto *result = m_app->find<QGroupBox>("resultGroup");
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 120000);

        QCOMPARE(m_app->prompter.questions.size(), 1);
        QVERIFY(m_app->prompter.questions.first().contains(QStringLiteral("CCD")));
        const QString txHash = m_app->find<QLineEdit>("txHashEdit")->text();
        QVERIFY(!txHash.isEmpty());
        QVERIFY(m_app->find<QLabel>("costValueLabel")->text().contains(QStringLiteral("CCD")));
        QVERIFY(m_app->find<QLabel>("resultUrlLabel")->text().startsWith(
            QStringLiteral("http://127.0.0.1")));

        QTest::mouseClick(m_app->find<QPushButton>("copyTxHashButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), txHash);

        // View result: saved where the user says, then drawn as the forecast against the
        // series the inference ran on.
        const QString saved = m_app->filePath(QStringLiteral("result.csv"));
        m_app->prompter.savePath = saved;
        auto *view = m_app->find<QPushButton>("viewResultButton");
        QVERIFY(view->isEnabled());
        QTest::mouseClick(view, Qt::LeftButton);
        QCOMPARE(m_app->prompter.saveQuestions.size(), 1);
        auto *dialog = m_app->find<ResultViewerDialog>("resultViewerDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(job->jobId));
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("resultTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 30000);
        QVERIFY(QFileInfo(saved).size() > 0);
        const ResultCsvData &shown = dialog->viewer()->result();
        QCOMPARE(shown.kind, ResultKind::Lstm);
        QCOMPARE(table->model()->rowCount(), int(shown.lstmRows.size()));
        auto *chart = dialog->findChild<QChartView *>(QStringLiteral("resultChartView"))->chart();
        QLineSeries *forecast = nullptr;
        QLineSeries *actual = nullptr;
        for (QAbstractSeries *series : chart->series()) {
            if (series->objectName() == QLatin1String("forecastSeries"))
                forecast = qobject_cast<QLineSeries *>(series);
            else if (series->objectName() == QLatin1String("actualSeries"))
                actual = qobject_cast<QLineSeries *>(series);
        }
        QVERIFY(forecast && actual);
        QCOMPARE(forecast->count(), int(shown.lstmRows.size()));
        QVERIFY(actual->count() > 0);
        // The actual values are the first column of the data file, row by row.
        const QPointF firstActual = actual->at(0);
        QCOMPARE(firstActual.y(), 10 + (qint64(firstActual.x()) % 17) * 0.5);
        dialog->close();
    }

    void notifiesWhenTheResultArrivesInTheBackground()
    {
        RecordingNotifier notifier;
        m_app->window->setNotifier(&notifier);
        const std::optional<JobRecord> job = m_app->addCreatedJob(QStringLiteral("away"));
        QVERIFY(job);
        const QString data = m_app->filePath(QStringLiteral("infer.csv"));
        QVERIFY(writeSeriesCsv(data, 40));
        chooseJobAndFile(*job, data);

        QTest::mouseClick(m_app->find<QPushButton>("runInferenceButton"), Qt::LeftButton);
        // The person turns to another window while the inference runs.
        QWidget elsewhere;
        elsewhere.show();
        QApplication::setActiveWindow(&elsewhere);
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        auto *result = m_app->find<QGroupBox>("resultGroup");
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 120000);
        QCOMPARE(notifier.notes.count(QStringLiteral("Inference finished")), 1);
        QCOMPARE(notifier.notes.count(QStringLiteral("Upload finished")), 1);
        m_app->window->setNotifier(nullptr);
    }

    void showsAServerErrorInline()
    {
        const std::optional<JobRecord> job =
            m_app->recordJob(QStringLiteral("gone"), QStringLiteral("424242424242"));
        QVERIFY(job);
        const QString data = m_app->filePath(QStringLiteral("infer.csv"));
        QVERIFY(writeSeriesCsv(data, 40));
        chooseJobAndFile(*job, data);

        QTest::mouseClick(m_app->find<QPushButton>("runInferenceButton"), Qt::LeftButton);
        auto *message = m_app->find<InlineMessage>("inferenceMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && !message->text().isEmpty(), 30000);
        QVERIFY(m_app->prompter.questions.isEmpty()); // nothing was offered for sale
        QVERIFY(!m_app->find<QGroupBox>("resultGroup")->isVisible());
        QTRY_VERIFY(m_app->find<QPushButton>("runInferenceButton")->isEnabled());
    }

    void showsAnExpiredTokenInline()
    {
        const std::optional<JobRecord> job = m_app->addCreatedJob(QStringLiteral("lapsed"));
        QVERIFY(job);
        m_app->goToArea(MainWindow::HistoryArea);
        // The first page loads with the good token before it is swapped.
        QTRY_COMPARE(m_app->find<QLabel>("pageLabel")->text(),
                     QStringLiteral("Page 1 of 1 · 0 results"));
        m_app->backend.api()->setToken(m_app->sandbox.server().tokens().issue(
            QString::fromLatin1(SignedInApp::kEmail),
            QDateTime::currentDateTimeUtc().addSecs(-600)));

        QTest::mouseClick(m_app->find<QPushButton>("refreshButton"), Qt::LeftButton);
        auto *message = m_app->find<InlineMessage>("historyMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && !message->text().isEmpty(), 30000);
        QVERIFY(message->text().contains(QStringLiteral("sign in again"), Qt::CaseInsensitive));
        QVERIFY(message->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
        // The user is asked to sign in again rather than left with a dead window.
        QTRY_VERIFY(m_app->find<QWidget>("signInDialog")
                    && m_app->find<QWidget>("signInDialog")->isVisible());
    }

    void cancelsAnUpload()
    {
        const std::optional<JobRecord> job = m_app->addCreatedJob(QStringLiteral("bulky"));
        QVERIFY(job);
        const QString data = m_app->filePath(QStringLiteral("large.csv"));
        QVERIFY(writeSeriesCsv(data, 3'000'000));
        chooseJobAndFile(*job, data);

        auto *progress = m_app->find<QProgressBar>("uploadProgressBar");
        auto *cancel = m_app->find<QPushButton>("cancelButton");
        // Cancelled at the first sign of progress, whatever the machine's speed.
        connect(progress, &QProgressBar::valueChanged, cancel, [cancel](int value) {
            if (value > 0 && cancel->isVisible())
                QTest::mouseClick(cancel, Qt::LeftButton);
        });
        QTest::mouseClick(m_app->find<QPushButton>("runInferenceButton"), Qt::LeftButton);

        auto *message = m_app->find<InlineMessage>("inferenceMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Cancelled")), 60000);
        QVERIFY(m_app->prompter.questions.isEmpty());
        QVERIFY(!progress->isVisible());
        QVERIFY(m_app->find<QPushButton>("runInferenceButton")->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
