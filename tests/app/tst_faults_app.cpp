// SPDX-License-Identifier: GPL-3.0-or-later
// Injected faults against the real main window and inference page: the
// message is shown inline, the window keeps answering, trying again works once
// the fault is gone, an inference whose answer was lost is recorded and never
// sent again by itself; and no secret lands in any file the app writes.
#include "AppTestSupport.h"

#include "common/InlineMessage.h"
#include "results/ResultViewer.h"
#include "results/ResultViewerDialog.h"
#include "FaultSupport.h"

#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace deai;
using namespace deai::test;
using deai::sandbox::Fault;
using deai::sandbox::FaultKind;
using deai::sandbox::FaultPlan;

namespace {

// A private HOME and XDG folders, set before the application reads them, so
// the search for secrets covers every file the app wrote; no D-Bus session,
// so no keychain, as in CI.
QTemporaryDir *privateHome()
{
    static QTemporaryDir home;
    return &home;
}
const bool g_privateHome = [] {
    const QByteArray root = privateHome()->path().toLocal8Bit();
    return qputenv("HOME", root) && qputenv("XDG_CONFIG_HOME", root + "/config")
        && qputenv("XDG_DATA_HOME", root + "/data") && qputenv("XDG_CACHE_HOME", root + "/cache")
        && qputenv("XDG_STATE_HOME", root + "/state") && (qunsetenv("DBUS_SESSION_BUS_ADDRESS"), true);
}();

} // namespace

class TestFaultsApp : public QObject
{
    Q_OBJECT

private:
    // The main window on a faulty sandbox, signed in, with a created job selected
    // and a data file typed on the inference page.
    std::unique_ptr<SignedInApp> appWithJob(const QString &jobName)
    {
        auto app = std::make_unique<SignedInApp>(withFaultControl());
        if (!app->isStarted() || !app->signInThroughDialog() || !app->activateWindow())
            return nullptr;
        m_tokens.append(app->backend.api()->token());
        const std::optional<JobRecord> job = app->addCreatedJob(jobName);
        if (!job)
            return nullptr;
        app->goToArea(MainWindow::JobsArea);
        auto *table = app->find<QTableView>("jobsTable");
        if (!QTest::qWaitFor([table] { return table->model()->rowCount() > 0; }))
            return nullptr;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        auto *dataFileEdit = app->find<QLineEdit>("dataFileEdit");
        const QString data = app->filePath(QStringLiteral("infer.csv"));
        if (!QTest::qWaitFor([dataFileEdit] { return dataFileEdit->isEnabled(); }) || !writeSeriesCsv(data, 40))
            return nullptr;
        dataFileEdit->clear();
        QTest::keyClicks(dataFileEdit, data);
        m_lastJobId = job->jobId;
        return app;
    }
    QString m_lastJobId;
    QList<QByteArray> m_passwords; // typed into the app by the tests above
    QList<QByteArray> m_tokens;

    static QString inferenceMessage(SignedInApp &app) { return app.find<InlineMessage>("inferenceMessage")->text(); }
    static void run(SignedInApp &app)
    {
        QTest::mouseClick(app.find<QPushButton>("runInferenceButton"), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(g_privateHome);
        QStandardPaths::setTestModeEnabled(true);
    }

    void lostInferenceAnswerIsRecordedAndNeverResent()
    {
        auto app = appWithJob(QStringLiteral("lost"));
        QVERIFY(app);
        FaultPlan &plan = *app->sandbox.server().faults();
        plan.add(makeFault(FaultKind::DropBeforeAnswer, QStringLiteral("deAI/inference")));
        run(*app);
        QTRY_VERIFY_WITH_TIMEOUT(inferenceMessage(*app).contains(QStringLiteral("before trying again")), 60000);
        QVERIFY(inferenceMessage(*app).contains(QStringLiteral("starting the inference")));
        QVERIFY(QSettings().contains(QStringLiteral("inference/outcomeUnknown/%1").arg(m_lastJobId)));
        QTRY_VERIFY(app->find<QPushButton>("runInferenceButton")->isEnabled());
        QCOMPARE(plan.requestCount(QStringLiteral("deAI/inference")), 1);
        QCOMPARE(app->prompter.questions.size(), 1); // the price, asked once
        // Another round trip completes; the inference was not sent again meanwhile.
        plan.clear();
        QVERIFY(waitFor(app->backend.api()->userInfo()));
        QCOMPARE(plan.requestCount(QStringLiteral("deAI/inference")), 1);
    }

    void serverErrorIsShownInlineAndTryingAgainWorks()
    {
        auto app = appWithJob(QStringLiteral("retry"));
        QVERIFY(app);
        FaultPlan &plan = *app->sandbox.server().faults();
        plan.add(makeFault(FaultKind::Http500Html, QStringLiteral("deAI/inferenceCost")));
        run(*app);
        QTRY_VERIFY_WITH_TIMEOUT(inferenceMessage(*app).contains(QStringLiteral("HTTP status 500")), 60000);
        QVERIFY(inferenceMessage(*app).contains(QStringLiteral("estimating the inference cost")));
        QVERIFY(app->prompter.questions.isEmpty()); // nothing was offered for sale
        QTRY_VERIFY(app->find<QPushButton>("runInferenceButton")->isEnabled());

        plan.clear();
        run(*app);
        QTRY_VERIFY_WITH_TIMEOUT(app->find<QGroupBox>("resultGroup")->isVisible(), 120000);

        // A download that breaks leaves no file behind (QSaveFile); once it works, the file is whole.
        const QString saved = app->filePath(QStringLiteral("result.csv"));
        plan.add(makeFault(FaultKind::DropAfterBytes, QStringLiteral("ai/resultFiles")));
        app->prompter.savePath = saved;
        QTest::mouseClick(app->find<QPushButton>("viewResultButton"), Qt::LeftButton);
        auto *broken = app->find<ResultViewerDialog>("resultViewerDialog");
        QVERIFY(broken);
        auto *message = broken->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("could not be downloaded")), 60000);
        QVERIFY(!QFileInfo::exists(saved));
        QCOMPARE(QDir(app->filePath(QString())).entryList({QStringLiteral("result*")}, QDir::Files), QStringList());
        broken->close();
        QTRY_VERIFY(!app->find<ResultViewerDialog>("resultViewerDialog"));

        plan.clear();
        QTest::mouseClick(app->find<QPushButton>("viewResultButton"), Qt::LeftButton);
        auto *working = app->find<ResultViewerDialog>("resultViewerDialog");
        QVERIFY(working);
        QTRY_VERIFY_WITH_TIMEOUT(working->viewer()->result().isValid(), 60000);
        QVERIFY(QFileInfo(saved).size() > 0);
        working->close();
    }

    void slowAnswerKeepsTheWindowResponsiveAndCancels()
    {
        auto app = appWithJob(QStringLiteral("slow"));
        QVERIFY(app);
        Fault slow = makeFault(FaultKind::Delay, QStringLiteral("deAI/inferenceCost"));
        slow.delay = std::chrono::milliseconds(20000);
        app->sandbox.server().faults()->add(slow);
        int ticks = 0;
        QTimer heartbeat;
        QObject::connect(&heartbeat, &QTimer::timeout, [&ticks] { ++ticks; });
        heartbeat.start(10);
        run(*app);
        auto *cancel = app->find<QPushButton>("cancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible() && cancel->isEnabled() && ticks > 3, 30000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app->find<QPushButton>("runInferenceButton")->isEnabled(), 10000);
        QVERIFY(inferenceMessage(*app).contains(QStringLiteral("ancel")));
        QVERIFY(app->prompter.questions.isEmpty());
    }

    void expiredTokenAsksToSignInAgain()
    {
        auto app = appWithJob(QStringLiteral("expiry"));
        QVERIFY(app);
        app->sandbox.server().faults()->expireAllTokens();
        run(*app);
        QTRY_VERIFY_WITH_TIMEOUT(!inferenceMessage(*app).isEmpty() || app->find<QWidget>("signInDialog"), 60000);
        const bool asked = app->find<QWidget>("signInDialog") && app->find<QWidget>("signInDialog")->isVisible();
        QVERIFY2(asked || inferenceMessage(*app).contains(QStringLiteral("sign in again")),
                 qPrintable(inferenceMessage(*app)));
    }

    void withoutAKeychainThePasswordStaysInMemory()
    {
        auto app = std::make_unique<SignedInApp>(withFaultControl());
        QVERIFY(app->isStarted());
        QSignalSpy problems(&app->backend, &AppBackend::problem);
        ServerChoice server;
        server.kind = ServerChoice::Kind::Custom;
        server.customUrl = app->sandbox.baseUrl();
        app->backend.signIn(server, QString::fromLatin1(SignedInApp::kEmail), QStringLiteral("keychain-less-pw"),
                            true);
        QTRY_VERIFY_WITH_TIMEOUT(problems.count() > 0, 60000);
        QVERIFY2(problems.last().at(0).toString().contains(QStringLiteral("kept only until you quit")),
                 qPrintable(problems.last().at(0).toString()));
        m_passwords.append(QByteArrayLiteral("keychain-less-pw"));
        m_passwords.append(QByteArrayLiteral("correct horse battery"));
        m_tokens.append(app->backend.api()->token());
    }

    // Runs last: every file the app wrote under the private HOME (settings,
    // job records, logs) is free of the passwords and tokens used above.
    void noFileHoldsTheToken()
    {
        QStringList roots{privateHome()->path()};
        for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                                    QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation})
            roots.append(QStandardPaths::writableLocation(location));
        QList<QByteArray> secrets = m_passwords;
        for (const QByteArray &token : std::as_const(m_tokens)) {
            secrets.append(token);
            secrets.append(token.mid(token.lastIndexOf('.') + 1));
        }
        QVERIFY(secrets.size() >= 4);
        int files = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray content = file.readAll();
                ++files;
                for (const QByteArray &secret : std::as_const(secrets))
                    QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
            }
        }
        QVERIFY(files >= 3); // the settings and job records were there to search
    }
};

QTEST_MAIN(TestFaultsApp)
#include "tst_faults_app.moc"
