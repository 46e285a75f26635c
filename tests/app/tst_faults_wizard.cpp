// SPDX-License-Identifier: GPL-3.0-or-later
// Injected faults against the real training wizard: the message is shown
// inline, the window keeps answering, what the user typed stays, trying again
// works once the fault is gone, and a job whose answer was lost is recorded
// as "outcome unknown" and never sent again by itself.
#include "SandboxFixture.h"
#include "WizardDatasets.h"
#include "WizardTestSupport.h"

#include "FaultSupport.h"

#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace deai;
using namespace deai::test;
using deai::sandbox::Fault;
using deai::sandbox::FaultKind;
using deai::sandbox::FaultPlan;

class TestFaultsWizard : public QObject
{
    Q_OBJECT

private:
    WizardTestAccount m_bench{QStringLiteral("faults@example.org"), withFaultControl()};

    FaultPlan &faults() { return *m_bench.sandbox.server().faults(); }

    std::unique_ptr<WizardDriver> newDriver()
    {
        // A job record per wizard too: each test starts with no job.
        auto driver =
            m_bench.newDriver(QStringLiteral("jobs%1").arg(m_bench.driverCount() + 1));
        driver->api.setInactivityTimeout(std::chrono::milliseconds(1500));
        driver->api.setRetryPolicy(2, std::chrono::milliseconds(20));
        return driver;
    }

    // Model, upload and parameters of a small LSTM job, up to the cost page.
    bool toCostPage(WizardDriver &driver, const QString &name)
    {
        const QString series = writeSeriesCsv(m_bench.dir.path(), m_bench.driverCount());
        return driver.chooseModel(true, name) && driver.uploadLstm(series) && driver.next() && driver.type("inputWidthSpinBox", QStringLiteral("4"))
            && driver.type("labelWidthSpinBox", QStringLiteral("1"))
            && driver.type("shiftSpinBox", QStringLiteral("1")) && driver.next();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_bench.start()); }
    void cleanup() { faults().clear(); }

    void droppedUploadIsShownInlineAndCanBeRetried()
    {
        auto driver = newDriver();
        QVERIFY(driver->chooseModel(true, QStringLiteral("Dropped upload")));
        Fault drop = makeFault(FaultKind::DropAfterBytes, QStringLiteral("deAI/uploadFile"));
        faults().add(drop);
        const QString series = writeSeriesCsv(m_bench.dir.path(), 7);
        QVERIFY(driver->type("seriesPathEdit", series));

        int ticks = 0; // the window keeps running its event loop meanwhile
        QTimer heartbeat;
        QObject::connect(&heartbeat, &QTimer::timeout, [&ticks] { ++ticks; });
        heartbeat.start(10);
        QVERIFY(driver->click("uploadButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!driver->text("uploadErrorLabel").isEmpty(), WizardDriver::kWaitMs);
        QVERIFY(ticks > 0);
        QVERIFY2(driver->text("uploadErrorLabel").contains(QStringLiteral("uploading")),
                 qPrintable(driver->text("uploadErrorLabel")));
        QCOMPARE(driver->text("seriesPathEdit"), series); // what the user typed stays
        QVERIFY(!driver->nextEnabled());

        faults().clear();
        QVERIFY(driver->click("uploadButton"));
        QTRY_VERIFY_WITH_TIMEOUT(driver->nextEnabled(), WizardDriver::kWaitMs);
    }

    void failedEstimateIsShownInlineKeepsInputAndRetries_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::addColumn<QString>("shown");
        QTest::newRow("502 page") << FaultKind::Http502Html << QStringLiteral("502");
        QTest::newRow("malformed json") << FaultKind::MalformedJson << QStringLiteral("instead of an API answer");
        QTest::newRow("cost as a string") << FaultKind::WrongTypes << QStringLiteral("could not be understood");
        QTest::newRow("expired token") << FaultKind::TokenExpired << QStringLiteral("sign in again");
        QTest::newRow("too late") << FaultKind::Delay << QStringLiteral("did not answer");
    }
    void failedEstimateIsShownInlineKeepsInputAndRetries()
    {
        QFETCH(FaultKind, kind);
        QFETCH(QString, shown);
        auto driver = newDriver();
        Fault armed = makeFault(kind, QStringLiteral("deAI/queryGuarantee"));
        armed.delay = std::chrono::milliseconds(4000);
        faults().add(armed);
        QVERIFY(toCostPage(*driver, QStringLiteral("Estimate %1").arg(QString::fromLatin1(QTest::currentDataTag()))));
        QTRY_VERIFY_WITH_TIMEOUT(!driver->text("costErrorLabel").isEmpty(), WizardDriver::kWaitMs);
        QVERIFY2(driver->text("costErrorLabel").contains(shown, Qt::CaseInsensitive),
                 qPrintable(driver->text("costErrorLabel")));
        QVERIFY(driver->text("costErrorLabel").contains(QStringLiteral("estimating the training cost")));
        QVERIFY(!driver->nextEnabled());

        // Back on the parameters page the values are still there.
        QVERIFY(driver->back());
        QCOMPARE(driver->child<QSpinBox>("inputWidthSpinBox")->value(), 4);
        faults().clear();
        QVERIFY(driver->next());
        const auto cost = driver->estimate();
        QVERIFY(cost && !cost->isZero());
    }

    void lostCreateAnswerIsRecordedAndNeverResent_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::newRow("dropped before the answer") << FaultKind::DropBeforeAnswer;
        QTest::newRow("answer too late") << FaultKind::Delay;
        QTest::newRow("proxy 502") << FaultKind::Http502Html;
    }
    void lostCreateAnswerIsRecordedAndNeverResent()
    {
        QFETCH(FaultKind, kind);
        auto driver = newDriver();
        QVERIFY(toCostPage(*driver, QStringLiteral("Lost %1").arg(QString::fromLatin1(QTest::currentDataTag()))));
        QVERIFY(driver->estimate());
        QVERIFY(driver->next());
        Fault armed = makeFault(kind, QStringLiteral("deAI/createJob"));
        armed.delay = std::chrono::milliseconds(4000);
        faults().add(armed);
        const int before = faults().requestCount(QStringLiteral("deAI/createJob"));

        QVERIFY(driver->create());
        const QString status = driver->text("createStatusLabel");
        QVERIFY2(status.contains(QStringLiteral("Check your jobs before trying again")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("creating the job")));
        QVERIFY(driver->text("jobIdEdit").isEmpty());
        QVERIFY(!driver->child<QAbstractButton>("createJobButton")->isEnabled());

        const QList<JobRecord> records = driver->jobs.jobs(m_bench.sandbox.baseUrl().toString(), m_bench.email);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().state, JobRecord::State::OutcomeUnknown);
        QVERIFY(!records.first().failureMessage.isEmpty());

        // Another call completes; the wizard sent createJob once and leaves it at that.
        faults().clear();
        QVERIFY(QTest::qWaitFor([&] { return !m_bench.sandbox.signIn(m_bench.email, m_bench.password())
                                                 .isEmpty(); }));
        QCOMPARE(faults().requestCount(QStringLiteral("deAI/createJob")) - before, 1);
        QCOMPARE(driver->callCount(QStringLiteral("createJob")), 1);
    }
};

QTEST_MAIN(TestFaultsWizard)
#include "tst_faults_wizard.moc"
