// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"

#include "common/InlineMessage.h"
#include "history/HistoryPage.h"
#include "history/InferenceHistoryModel.h"
#include "results/ResultViewer.h"
#include "results/ResultViewerDialog.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace deai;
using namespace deai::test;

class TestHistoryPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SignedInApp> m_app;

    // Runs `count` inferences on the job straight through the API.
    bool addInferences(const QString &jobId, int count)
    {
        ApiClient &api = *m_app->backend.api();
        const QString data = m_app->filePath(QStringLiteral("infer.csv"));
        if (!writeSeriesCsv(data, 30))
            return false;
        const std::optional<QString> serverPath = waitFor(api.uploadFile(data));
        if (!serverPath)
            return false;
        for (int i = 0; i < count; ++i) {
            if (!waitFor(api.inferenceCost(jobId, *serverPath)) || !waitFor(api.inference(jobId)))
                return false;
        }
        return true;
    }

    // Creates an LSTM job on the sandbox, runs `count` inferences on it and
    // records it locally, as the app would have.
    bool addRecordedJobWithInferences(const QString &jobName, int count)
    {
        const QString series = m_app->filePath(jobName + QStringLiteral(".csv"));
        if (!writeSeriesCsv(series, 200))
            return false;
        const std::optional<QString> jobId =
            createLstmJob(*m_app->backend.api(), series, jobName);
        return jobId && addInferences(*jobId, count) && m_app->recordJob(jobName, *jobId);
    }

    QString pageText() const { return m_app->find<QLabel>("pageLabel")->text(); }
    void click(const char *button)
    {
        QTest::mouseClick(m_app->find<QPushButton>(button), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<SignedInApp>();
        QVERIFY(m_app->isStarted());
        QVERIFY(m_app->signInThroughDialog());
        QVERIFY(m_app->activateWindow());
    }

    void cleanupTestCase() { m_app.reset(); }

    void pagesThroughTwentyFiveRecords()
    {
        const QString jobName = QStringLiteral("paged");
        QVERIFY(addRecordedJobWithInferences(jobName, 25));

        auto *page = m_app->find<HistoryPage>("historyPage");
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_app->goToArea(MainWindow::HistoryArea);
        QCOMPARE(m_app->find<QTabWidget>("areaTabs")->currentIndex(), int(MainWindow::HistoryArea));
        auto *table = m_app->find<QTableView>("historyTable");

        QTRY_COMPARE_WITH_TIMEOUT(pageText(), QStringLiteral("Page 1 of 3 · 25 results"), 30000);
        QCOMPARE(table->model()->rowCount(), 10);

        click("nextButton");
        QTRY_COMPARE(pageText(), QStringLiteral("Page 2 of 3 · 25 results"));
        QCOMPARE(table->model()->rowCount(), 10);

        click("lastButton");
        QTRY_COMPARE(pageText(), QStringLiteral("Page 3 of 3 · 25 results"));
        QCOMPARE(table->model()->rowCount(), 5);
        QVERIFY(!m_app->find<QPushButton>("nextButton")->isEnabled());

        click("firstButton");
        QTRY_COMPARE(pageText(), QStringLiteral("Page 1 of 3 · 25 results"));
        QVERIFY(!m_app->find<QPushButton>("previousButton")->isEnabled());

        m_app->find<QComboBox>("pageSizeCombo")->setCurrentText(QStringLiteral("20"));
        QTRY_COMPARE(pageText(), QStringLiteral("Page 1 of 2 · 25 results"));
        QCOMPARE(table->model()->rowCount(), 20);

        // Ctrl+C copies the selected row's transaction hash.
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QString txHash =
            table->model()->index(0, InferenceHistoryModel::TxHashColumn).data().toString();
        QVERIFY(!txHash.isEmpty());
        QCOMPARE(QGuiApplication::clipboard()->text(), txHash);
    }

    void nextPageIsShownFromThePrefetch()
    {
        const QString jobName = QStringLiteral("prefetched");
        QVERIFY(addRecordedJobWithInferences(jobName, 25));
        m_app->goToArea(MainWindow::HistoryArea);
        m_app->find<QComboBox>("pageSizeCombo")->setCurrentText(QStringLiteral("10"));
        // Whatever the job shown before still loads is over before counting starts.
        InferenceHistoryModel *model = m_app->find<HistoryPage>("historyPage")->model();
        QTRY_VERIFY(!model->isLoading());
        QTest::qWait(300);
        QStringList listCalls;
        QObject context;
        connect(m_app->backend.api(), &ApiClient::exchangeFinished, &context,
                [&listCalls](const QString &call, int httpStatus) {
                    if (call == QLatin1String("deAI/queryInferList") && httpStatus == 200)
                        listCalls.append(call);
                });
        auto *jobs = m_app->find<QComboBox>("jobCombo");
        QTRY_VERIFY(jobs->findText(jobName) >= 0);
        jobs->setCurrentIndex(jobs->findText(jobName));
        QTRY_COMPARE_WITH_TIMEOUT(pageText(), QStringLiteral("Page 1 of 3 · 25 results"), 30000);
        // Page 1, then page 2 in the background.
        QTRY_COMPARE(listCalls.size(), 2);

        auto *table = m_app->find<QTableView>("historyTable");
        QSignalSpy shown(model, &InferenceHistoryModel::pageLoaded);
        click("nextButton");
        QVERIFY(shown.wait(5000));
        // Shown without asking the server again; page 3 is now being fetched.
        QCOMPARE(listCalls.size(), 2);
        QCOMPARE(pageText(), QStringLiteral("Page 2 of 3 · 25 results"));
        QCOMPARE(table->model()->rowCount(), 10);
        QTRY_COMPARE(listCalls.size(), 3);

        // Refresh asks the server again rather than reuse what was fetched before.
        click("refreshButton");
        QTRY_COMPARE(listCalls.size(), 5); // page 2 again, then page 3 again
        QCOMPARE(pageText(), QStringLiteral("Page 2 of 3 · 25 results"));
    }

    void comingBackShowsInferencesRunMeanwhile()
    {
        const QString jobName = QStringLiteral("revisited");
        const QString series = m_app->filePath(jobName + QStringLiteral(".csv"));
        QVERIFY(writeSeriesCsv(series, 200));
        const std::optional<QString> jobId =
            createLstmJob(*m_app->backend.api(), series, jobName);
        QVERIFY(jobId);
        QVERIFY(addInferences(*jobId, 2));
        QVERIFY(m_app->recordJob(jobName, *jobId));

        m_app->goToArea(MainWindow::HistoryArea);
        auto *jobs = m_app->find<QComboBox>("jobCombo");
        QTRY_VERIFY(jobs->findText(jobName) >= 0);
        jobs->setCurrentIndex(jobs->findText(jobName));
        QTRY_COMPARE_WITH_TIMEOUT(pageText(), QStringLiteral("Page 1 of 1 · 2 results"), 30000);

        m_app->goToArea(MainWindow::JobsArea);
        QVERIFY(addInferences(*jobId, 1));
        QTest::qWait(100);
        QCOMPARE(pageText(), QStringLiteral("Page 1 of 1 · 2 results")); // hidden: not asked
        m_app->goToArea(MainWindow::HistoryArea);
        QTRY_COMPARE_WITH_TIMEOUT(pageText(), QStringLiteral("Page 1 of 1 · 3 results"), 30000);
        auto *table = m_app->find<QTableView>("historyTable");
        QCOMPARE(table->model()->rowCount(), 3);

        // The date and the cost are shown whole, not elided.
        for (int column : {InferenceHistoryModel::SubmitTimeColumn,
                           InferenceHistoryModel::CostColumn}) {
            const QString text = table->model()->index(0, column).data().toString();
            QVERIFY(!text.isEmpty());
            QVERIFY2(table->columnWidth(column) > table->fontMetrics().horizontalAdvance(text),
                     qPrintable(text));
        }
    }

    void showsARowsResultOnEnter()
    {
        const QString jobName = QStringLiteral("viewed");
        QVERIFY(addRecordedJobWithInferences(jobName, 1));

        m_app->goToArea(MainWindow::HistoryArea);
        auto *jobs = m_app->find<QComboBox>("jobCombo");
        QTRY_VERIFY(jobs->findText(jobName) >= 0);
        jobs->setCurrentIndex(jobs->findText(jobName));
        QTRY_COMPARE_WITH_TIMEOUT(pageText(), QStringLiteral("Page 1 of 1 · 1 result"), 30000);
        auto *view = m_app->find<QPushButton>("viewSelectedResultButton");
        QVERIFY(!view->isEnabled()); // nothing selected yet

        auto *table = m_app->find<QTableView>("historyTable");
        table->setFocus();
        table->selectRow(0);
        QVERIFY(view->isEnabled());
        const QString saved = m_app->filePath(QStringLiteral("from-history.csv"));
        m_app->prompter.savePath = saved;
        QTest::keyClick(table, Qt::Key_Return);
        auto *dialog = m_app->find<ResultViewerDialog>("resultViewerDialog");
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->viewer()->result().isValid(), 30000);
        QVERIFY(dialog->isVisible());
        // One forecast for each step the inference's 30 rows allow, read from the saved file.
        QVERIFY(!dialog->viewer()->result().lstmRows.isEmpty());
        QCOMPARE(dialog->viewer()->currentFile(), saved);
        QVERIFY(QFileInfo(saved).size() > 0);
        dialog->close();

        // Declining where to save opens nothing.
        m_app->prompter.savePath.clear();
        QTest::mouseClick(view, Qt::LeftButton);
        QTest::qWait(50);
        const QList<ResultViewerDialog *> open =
            m_app->window->findChildren<ResultViewerDialog *>();
        QVERIFY(std::none_of(open.begin(), open.end(),
                             [](const ResultViewerDialog *d) { return d->isVisible(); }));
    }

    void saysSoWhenAJobHasNoInferences()
    {
        const std::optional<JobRecord> job = m_app->addCreatedJob(QStringLiteral("untouched"));
        QVERIFY(job);
        auto *jobs = m_app->find<QComboBox>("jobCombo");
        QTRY_VERIFY(jobs->findData(job->jobId) >= 0);
        jobs->setCurrentIndex(jobs->findData(job->jobId));

        auto *empty = m_app->find<QLabel>("emptyLabel");
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 30000);
        QCOMPARE(empty->text(), QStringLiteral("No inferences yet for this job."));
        QCOMPARE(pageText(), QStringLiteral("Page 1 of 1 · 0 results"));
        QVERIFY(!m_app->find<QTableView>("historyTable")->isVisible());
    }

    void offersRetryAfterAnError()
    {
        const std::optional<JobRecord> job =
            m_app->recordJob(QStringLiteral("unknown"), QStringLiteral("987654321"));
        QVERIFY(job);
        auto *jobs = m_app->find<QComboBox>("jobCombo");
        QTRY_VERIFY(jobs->findData(job->jobId) >= 0);
        jobs->setCurrentIndex(jobs->findData(job->jobId));

        auto *message = m_app->find<InlineMessage>("historyMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && !message->text().isEmpty(), 30000);
        auto *retry = message->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(message->isVisible()); // still unknown, still said so
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
