// SPDX-License-Identifier: GPL-3.0-or-later
// The training wizard driven through its widgets against the in-process
// sandbox: both models to a created job, and the ways a user can go wrong.
#include "SandboxFixture.h"
#include "WizardDatasets.h"
#include "WizardTestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace deai;
using namespace deai::test;

class TestWizard : public QObject
{
    Q_OBJECT

private:
    WizardTestAccount m_bench{QStringLiteral("wizard@example.org")};

    std::unique_ptr<WizardDriver> newDriver(const QString &databaseName = QStringLiteral("jobs"))
    {
        return m_bench.newDriver(databaseName);
    }

    // The sandbox answers a job it knows and refuses one it does not.
    bool sandboxKnowsJob(ApiClient &api, const QString &jobId)
    {
        ApiReply<InferencePage> *reply = api.queryInferList(jobId, 1, 10);
        QSignalSpy finished(reply, &ApiCall::finished);
        bool ok = false;
        QObject::connect(reply, &ApiCall::finished, reply, [&ok, reply] { ok = reply->isOk(); });
        return finished.wait(WizardDriver::kWaitMs) && ok;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_bench.start()); }

    void cnnWizardCreatesJob()
    {
        auto driver = newDriver();
        QVERIFY(driver->jobsOpened);
        QSignalSpy created(driver->wizard.get(), &TrainingWizard::jobCreated);

        QVERIFY(driver->chooseModel(false, QStringLiteral("Bright or dark")));
        QVERIFY(driver->uploadCnn(writeImagesZip(m_bench.dir.path(), 1),
                                  writeImageLabelsCsv(m_bench.dir.path(), 1)));
        QVERIFY(driver->text("imagesServerPathEdit").startsWith(m_bench.email));
        QVERIFY(driver->text("labelsServerPathEdit").endsWith(QStringLiteral("labels1.csv")));
        QVERIFY(driver->next());

        QVERIFY(driver->type("epochSpinBox", QStringLiteral("3")));
        QVERIFY(driver->type("categorySpinBox", QStringLiteral("2")));
        QVERIFY(driver->next());
        const auto cost = driver->estimate();
        QVERIFY(cost && !cost->isZero());
        QCOMPARE(driver->text("costValueLabel"), cost->toDisplayString());

        QVERIFY(driver->next());
        QVERIFY(driver->type("batchSizeSpinBox", QStringLiteral("32")));
        QVERIFY(driver->create());
        const QString jobId = driver->text("jobIdEdit");
        QVERIFY2(!jobId.isEmpty(), qPrintable(driver->text("createStatusLabel")));
        QCOMPARE(driver->prompter.questions,
                 QStringList{QStringLiteral("Create job Bright or dark for %1?")
                                 .arg(cost->toDisplayString())});

        QCOMPARE(created.count(), 1);
        const auto record = driver->jobs.job(created.at(0).at(0).toLongLong());
        QVERIFY(record);
        QCOMPARE(record->state, JobRecord::State::Created);
        QCOMPARE(record->jobId, jobId);
        QCOMPARE(record->model, QStringLiteral("CNN"));
        QCOMPARE(record->batchSize, 32);
        QCOMPARE(record->estimatedCost, *cost);
        QCOMPARE(record->parameters.value(QStringLiteral("epoch")).toInt(), 3);
        QCOMPARE(record->datasetPaths,
                 QStringList({driver->text("imagesServerPathEdit"),
                              driver->text("labelsServerPathEdit")}));
        QVERIFY(sandboxKnowsJob(driver->api, jobId));
        QVERIFY(!sandboxKnowsJob(driver->api, QStringLiteral("12345")));

        QVERIFY(driver->click("copyJobIdButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), jobId);
        QVERIFY(!driver->wizard->button(QWizard::BackButton)->isVisible());
        QVERIFY(!driver->child<QAbstractButton>("createJobButton")->isEnabled());
        QTest::mouseClick(driver->wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!driver->wizard->isVisible());
    }

    void lstmWizardCreatesJob()
    {
        auto driver = newDriver();
        QSignalSpy created(driver->wizard.get(), &TrainingWizard::jobCreated);

        QVERIFY(driver->chooseModel(true, QStringLiteral("Temperature forecast")));
        QVERIFY(driver->uploadLstm(writeSeriesCsv(m_bench.dir.path(), 1)));
        QVERIFY(driver->next());

        QVERIFY(driver->type("epochSpinBox", QStringLiteral("2")));
        QVERIFY(driver->type("inputWidthSpinBox", QStringLiteral("12")));
        QVERIFY(driver->type("labelWidthSpinBox", QStringLiteral("1")));
        QVERIFY(driver->type("shiftSpinBox", QStringLiteral("1")));
        QVERIFY(driver->type("sequenceStrideSpinBox", QStringLiteral("2")));
        QVERIFY(driver->next());
        const auto cost = driver->estimate();
        QVERIFY(cost && !cost->isZero());

        QVERIFY(driver->next());
        QVERIFY(driver->create());
        QVERIFY2(!driver->text("jobIdEdit").isEmpty(), qPrintable(driver->text("createStatusLabel")));
        QCOMPARE(created.count(), 1);
        const auto record = driver->jobs.job(created.at(0).at(0).toLongLong());
        QVERIFY(record);
        QCOMPARE(record->state, JobRecord::State::Created);
        QCOMPARE(record->jobId, driver->text("jobIdEdit"));
        QCOMPARE(record->model, QStringLiteral("LSTM"));
        QCOMPARE(record->batchSize, 64);
        QCOMPARE(record->parameters.value(QStringLiteral("input_width")).toInt(), 12);
        QCOMPARE(record->parameters.value(QStringLiteral("sequence_stride")).toInt(), 2);
        QCOMPARE(record->datasetPaths, QStringList{driver->text("seriesServerPathEdit")});
        QVERIFY(sandboxKnowsJob(driver->api, record->jobId));
    }

    void invalidFormKeepsNextDisabled()
    {
        auto driver = newDriver();
        JobRecord used;
        used.server = m_bench.sandbox.baseUrl().toString();
        used.account = m_bench.email;
        used.name = QStringLiteral("Used before");
        used.model = QStringLiteral("LSTM");
        used.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(driver->jobs.addPending(used) != 0);

        QVERIFY(!driver->nextEnabled());
        QVERIFY(driver->type("jobNameEdit", QStringLiteral("   ")));
        QVERIFY(!driver->nextEnabled());
        QVERIFY(!driver->text("jobNameMessageLabel").isEmpty());
        QVERIFY(driver->type("jobNameEdit", QStringLiteral("Used before")));
        QVERIFY(!driver->nextEnabled());
        QVERIFY(driver->text("jobNameMessageLabel").contains(QStringLiteral("Used before")));
        QVERIFY(driver->chooseModel(true, QStringLiteral("Used once more")));
        QVERIFY(driver->text("jobNameMessageLabel").isEmpty());

        QVERIFY(!driver->nextEnabled()); // nothing uploaded yet
        QVERIFY(driver->uploadLstm(writeSeriesCsv(m_bench.dir.path(), 2)));
        QVERIFY(driver->next());

        QVERIFY(driver->type("inputWidthSpinBox", QStringLiteral("10")));
        QVERIFY(driver->type("shiftSpinBox", QStringLiteral("5")));
        QVERIFY(driver->type("labelWidthSpinBox", QStringLiteral("16")));
        QVERIFY(!driver->nextEnabled());
        QVERIFY(driver->text("parametersProblemLabel").contains(QStringLiteral("15")));
        QVERIFY(driver->type("labelWidthSpinBox", QStringLiteral("15")));
        QVERIFY(driver->nextEnabled());
        QVERIFY(driver->text("parametersProblemLabel").isEmpty());

        // An emptied field cannot be sent: leaving it restores the last number.
        QVERIFY(driver->type("epochSpinBox", QString()));
        QVERIFY(driver->next());
        QCOMPARE(driver->wizard->currentId(), int(TrainingWizard::CostPageId));
        QVERIFY(driver->estimate());
    }

    void nameTakenOnServerIsShownInlineAndKeepsInput()
    {
        // A job named so exists on the server, but not in this local record.
        auto first = newDriver(QStringLiteral("first"));
        QVERIFY(first->chooseModel(true, QStringLiteral("Taken on the server")));
        QVERIFY(first->uploadLstm(writeSeriesCsv(m_bench.dir.path(), 3)));
        QVERIFY(first->next() && first->next() && first->estimate());
        QVERIFY(first->next() && first->create());
        QVERIFY(!first->text("jobIdEdit").isEmpty());

        auto driver = newDriver(QStringLiteral("second"));
        QVERIFY(driver->chooseModel(true, QStringLiteral("Taken on the server")));
        QVERIFY(driver->uploadLstm(writeSeriesCsv(m_bench.dir.path(), 3)));
        QVERIFY(driver->next());
        QVERIFY(driver->type("epochSpinBox", QStringLiteral("7")));
        QVERIFY(driver->next());
        QVERIFY(QTest::qWaitFor([&] { return !driver->text("costErrorLabel").isEmpty(); },
                                WizardDriver::kWaitMs));
        QVERIFY(driver->text("costErrorLabel").contains(QStringLiteral("Taken on the server")));
        QVERIFY(driver->child<QAbstractButton>("retryCostButton")->isVisible());
        QVERIFY(!driver->nextEnabled());

        // Everything the user entered is still there on the way back.
        QVERIFY(driver->back());
        QCOMPARE(driver->child<QSpinBox>("epochSpinBox")->value(), 7);
        QVERIFY(driver->back());
        QVERIFY(!driver->text("seriesServerPathEdit").isEmpty());
        QVERIFY(driver->back());
        QCOMPARE(driver->text("jobNameEdit"), QStringLiteral("Taken on the server"));

        QVERIFY(driver->type("jobNameEdit", QStringLiteral("Taken, second try")));
        QVERIFY(driver->next() && driver->next() && driver->next());
        QVERIFY(driver->estimate());
        QVERIFY(driver->text("costErrorLabel").isEmpty());
    }

    void createRefusedByServerIsShownAndCanBeRetried()
    {
        auto driver = newDriver(QStringLiteral("refused"));
        const QString name = QStringLiteral("Created elsewhere meanwhile");
        QVERIFY(driver->chooseModel(true, name));
        QVERIFY(driver->uploadLstm(writeSeriesCsv(m_bench.dir.path(), 4)));
        QVERIFY(driver->next() && driver->next() && driver->estimate());
        QVERIFY(driver->next());

        // Another client creates the job between the estimate and Create.
        ApiReply<QString> *other = driver->api.createJob({name, 64});
        QSignalSpy otherFinished(other, &ApiCall::finished);
        QVERIFY(otherFinished.wait(WizardDriver::kWaitMs));

        QVERIFY(driver->type("batchSizeSpinBox", QStringLiteral("128")));
        QVERIFY(driver->create());
        QVERIFY(driver->text("createStatusLabel").contains(name));
        QVERIFY(driver->text("jobIdEdit").isEmpty());
        QCOMPARE(driver->child<QSpinBox>("batchSizeSpinBox")->value(), 128);
        QVERIFY(!driver->wizard->button(QWizard::FinishButton)->isEnabled());

        QVERIFY(driver->create()); // a retry is a new record, refused the same way
        const QList<JobRecord> records =
            driver->jobs.jobs(m_bench.sandbox.baseUrl().toString(), m_bench.email);
        QCOMPARE(records.size(), 2);
        for (const JobRecord &record : records) {
            QCOMPARE(record.state, JobRecord::State::Failed);
            QCOMPARE(record.batchSize, 128);
            QVERIFY(record.failureMessage.contains(name));
        }
        QCOMPARE(driver->callCount(QStringLiteral("createJob")), 3);
    }

    void changedEpochIsEstimatedAgain()
    {
        auto driver = newDriver();
        QVERIFY(driver->chooseModel(false, QStringLiteral("Epochs doubled")));
        QVERIFY(driver->uploadCnn(writeImagesZip(m_bench.dir.path(), 2),
                                  writeImageLabelsCsv(m_bench.dir.path(), 2)));
        QVERIFY(driver->next());
        QVERIFY(driver->type("epochSpinBox", QStringLiteral("5")));
        QVERIFY(driver->next());
        const auto fiveEpochs = driver->estimate();
        QVERIFY(fiveEpochs);
        QCOMPARE(driver->callCount(QStringLiteral("queryGuarantee")), 1);

        // Same values: the estimate stands and no call is made.
        QVERIFY(driver->back());
        QVERIFY(driver->next());
        QCOMPARE(driver->estimate(), fiveEpochs);
        QCOMPARE(driver->callCount(QStringLiteral("queryGuarantee")), 1);

        QVERIFY(driver->back());
        QVERIFY(driver->type("epochSpinBox", QStringLiteral("10")));
        QVERIFY(driver->next());
        QVERIFY(!driver->nextEnabled()); // the old estimate is not for these values
        const auto tenEpochs = driver->estimate();
        QVERIFY(tenEpochs);
        QCOMPARE(driver->callCount(QStringLiteral("queryGuarantee")), 2);
        QCOMPARE(*tenEpochs, fiveEpochs->multipliedBy(2));

        // The confirmation names the current figure, not the first one.
        QVERIFY(driver->next());
        driver->prompter.answer = false;
        QVERIFY(driver->click("createJobButton"));
        QCOMPARE(driver->prompter.questions.size(), 1);
        QVERIFY(driver->prompter.questions.constFirst().contains(tenEpochs->toDisplayString()));
        QCOMPARE(driver->callCount(QStringLiteral("createJob")), 0);
        const QList<JobRecord> records =
            driver->jobs.jobs(m_bench.sandbox.baseUrl().toString(), m_bench.email);
        QVERIFY(std::none_of(records.cbegin(), records.cend(), [](const JobRecord &record) {
            return record.name == QStringLiteral("Epochs doubled");
        }));
    }

    void cancelledUploadCanBeRepeated()
    {
        auto driver = newDriver();
        QVERIFY(driver->chooseModel(true, QStringLiteral("Cancelled upload")));
        QVERIFY(driver->type("seriesPathEdit", writeSeriesCsv(m_bench.dir.path(), 5)));
        QVERIFY(driver->click("uploadButton"));
        // Cancelled before the file is even hashed: nothing may reach the server.
        QVERIFY(driver->click("cancelUploadButton"));
        QVERIFY(QTest::qWaitFor(
            [&] { return driver->child<QAbstractButton>("uploadButton")->isEnabled(); },
            WizardDriver::kWaitMs));
        QVERIFY(driver->text("seriesServerPathEdit").isEmpty());
        QVERIFY(!driver->child<QAbstractButton>("cancelUploadButton")->isEnabled());
        QVERIFY(!driver->nextEnabled());
        QCOMPARE(driver->callCount(QStringLiteral("uploadFile")), 0);

        QVERIFY(driver->click("uploadButton"));
        QVERIFY(QTest::qWaitFor([&] { return driver->nextEnabled(); }, WizardDriver::kWaitMs));
        QVERIFY(driver->text("seriesServerPathEdit").endsWith(QStringLiteral("series5.csv")));
        QCOMPARE(driver->callCount(QStringLiteral("uploadFile")), 1);
    }

    void sameContentIsUploadedOnce()
    {
        const QString settings = m_bench.dir.filePath(QStringLiteral("shared-settings.ini"));
        const QString original = writeSeriesCsv(m_bench.dir.path(), 6);
        const QString copy = m_bench.dir.filePath(QStringLiteral("copy-of-series6.csv"));
        QVERIFY(QFile::copy(original, copy));

        auto driver = newDriver();
        driver->wizard->setSettingsPath(settings);
        QVERIFY(driver->chooseModel(true, QStringLiteral("Uploaded once")));
        QVERIFY(driver->uploadLstm(original));
        QCOMPARE(driver->callCount(QStringLiteral("uploadFile")), 1);
        const QString serverPath = driver->text("seriesServerPathEdit");

        // Another wizard, another file name, the same bytes: reused.
        auto again = newDriver();
        again->wizard->setSettingsPath(settings);
        QVERIFY(again->chooseModel(true, QStringLiteral("Uploaded once, reused")));
        QVERIFY(again->uploadLstm(copy));
        QCOMPARE(again->callCount(QStringLiteral("uploadFile")), 0);
        QCOMPARE(again->text("seriesServerPathEdit"), serverPath);
        QVERIFY(again->text("uploadStatusLabel").contains(QStringLiteral("reused")));

        // A file whose bytes differ is sent.
        QVERIFY(again->back());
        QVERIFY(again->next());
        QVERIFY(again->type("seriesPathEdit", writeSeriesCsv(m_bench.dir.path(), 7)));
        QVERIFY(again->text("seriesServerPathEdit").isEmpty());
        QVERIFY(again->uploadLstm(m_bench.dir.filePath(QStringLiteral("series7.csv"))));
        QCOMPARE(again->callCount(QStringLiteral("uploadFile")), 1);
    }

    void keyboardAloneReachesTheParameters()
    {
        auto driver = newDriver();
        TrainingWizard *wizard = driver->wizard.get();
        wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        const auto press = [](Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); };

        QCOMPARE(QApplication::focusWidget(), driver->child<QRadioButton>("cnnRadioButton"));
        press(Qt::Key_Down);
        QVERIFY(driver->child<QRadioButton>("lstmRadioButton")->isChecked());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), driver->child<QLineEdit>("jobNameEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Typed only"));
        press(Qt::Key_Return); // the default button: Next
        QCOMPARE(wizard->currentId(), int(TrainingWizard::DatasetPageId));

        QCOMPARE(QApplication::focusWidget(), driver->child<QLineEdit>("seriesPathEdit"));
        QTest::keyClicks(QApplication::focusWidget(), writeSeriesCsv(m_bench.dir.path(), 9));
        press(Qt::Key_Return); // uploads
        QVERIFY(QTest::qWaitFor([&] { return driver->nextEnabled(); }, WizardDriver::kWaitMs));
        QCOMPARE(QApplication::focusWidget(), wizard->button(QWizard::NextButton));
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(TrainingWizard::ParametersPageId));
        QCOMPARE(QApplication::focusWidget(), driver->child<QSpinBox>("epochSpinBox"));
    }

    void parametersAreRememberedPerModel()
    {
        {
            auto driver = newDriver();
            driver->wizard->setSettingsPath(m_bench.dir.filePath(QStringLiteral("remember.ini")));
            QVERIFY(driver->chooseModel(true, QStringLiteral("Remembered values")));
            QVERIFY(driver->uploadLstm(writeSeriesCsv(m_bench.dir.path(), 8)));
            QVERIFY(driver->next());
            QVERIFY(driver->type("epochSpinBox", QStringLiteral("17")));
            QVERIFY(driver->type("inputWidthSpinBox", QStringLiteral("30")));
            QVERIFY(driver->next());
        }
        auto driver = newDriver();
        driver->wizard->setSettingsPath(m_bench.dir.filePath(QStringLiteral("remember.ini")));
        QVERIFY(driver->chooseModel(true, QStringLiteral("Remembered values, again")));
        QVERIFY(driver->uploadLstm(writeSeriesCsv(m_bench.dir.path(), 8)));
        QVERIFY(driver->next());
        QCOMPARE(driver->child<QSpinBox>("epochSpinBox")->value(), 17);
        QCOMPARE(driver->child<QSpinBox>("inputWidthSpinBox")->value(), 30);
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
