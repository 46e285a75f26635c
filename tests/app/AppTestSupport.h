// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the widget tests: the real window on an in-process
// sandbox, a prompter that answers without a modal dialog, and a way to wait
// for one API call.

#include "SandboxFixture.h"
#include "api/ApiClient.h"
#include "account/AppBackend.h"
#include "common/UserPrompter.h"
#include "jobs/JobStore.h"
#include "session/Session.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace deai::test {

// Answers every confirmation with `answer`, every file to save with
// `savePath`, and remembers what was asked.
class TestPrompter final : public UserPrompter
{
public:
    bool confirm(QWidget *, const QString &title, const QString &text,
                 const QString &) override
    {
        questions.append(title + QLatin1Char('\n') + text);
        return answer;
    }

    // Answers where to save with `savePath`; empty declines.
    QString chooseSavePath(QWidget *, const QString &title, const QString &suggestedPath,
                           const QString &) override
    {
        saveQuestions.append(title + QLatin1Char('\n') + suggestedPath);
        return savePath;
    }

    bool answer = true;
    QStringList questions;
    QString savePath;
    QStringList saveQuestions;
};

// Waits for one call and hands back its value, or nullopt with *error set.
template<typename T>
std::optional<T> waitFor(ApiReply<T> *reply, ApiError *error = nullptr)
{
    QObject context;
    std::optional<T> value;
    bool done = false;
    QObject::connect(reply, &ApiCall::finished, &context, [&] {
        done = true;
        if (reply->isOk())
            value = reply->value();
        else if (error)
            *error = reply->error();
    });
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        return std::nullopt;
    return value;
}

// A numeric time series with a header row, as the LSTM model takes.
inline bool writeSeriesCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("temperature,pressure\n");
    for (int row = 0; row < rows; ++row)
        file.write(QByteArray::number(10 + (row % 17) * 0.5) + ','
                   + QByteArray::number(1000 + (row % 11)) + '\n');
    return true;
}

// Uploads the series and creates an LSTM job on it; estimate, when given,
// receives what queryGuarantee quoted for it.
inline std::optional<QString> createLstmJob(ApiClient &api, const QString &seriesPath,
                                            const QString &jobName, CcdAmount *estimate = nullptr)
{
    const std::optional<QString> serverPath = waitFor(api.uploadFile(seriesPath));
    if (!serverPath)
        return std::nullopt;
    LstmTrainingSpec spec;
    spec.jobName = jobName;
    spec.epoch = 1;
    spec.seriesPath = *serverPath;
    spec.inputWidth = 4;
    spec.labelWidth = 1;
    spec.shift = 1;
    const std::optional<CcdAmount> quoted = waitFor(api.queryGuarantee(TrainingSpec(spec)));
    if (!quoted)
        return std::nullopt;
    if (estimate)
        *estimate = *quoted;
    return waitFor(api.createJob(CreateJobRequest{jobName, 64}));
}

// Test mode and a clean slate, so no test reads a person's settings or jobs.
inline void resetAppState()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

// The real main window on an in-process sandbox, signed in through the
// sign-in dialog as a person would.
class SignedInApp
{
public:
    static constexpr const char *kEmail = "tester@example.org";

    explicit SignedInApp(sandbox::SandboxOptions options = {})
        : sandbox(std::move(options))
    {
        resetAppState();
        if (!(m_started = sandbox.start()))
            return;
        ServerChoice server;
        server.kind = ServerChoice::Kind::Custom;
        server.customUrl = sandbox.baseUrl();
        backend.overrideServer(server);
        window = std::make_unique<MainWindow>(&backend, &prompter);
        window->show();
        backend.start();
    }

    ~SignedInApp() { window.reset(); }

    bool isStarted() const { return m_started; }

    // Shortcuts such as Ctrl+1..3 reach only the active window.
    bool activateWindow()
    {
        window->activateWindow();
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowActive(window.get());
    }

    void goToArea(MainWindow::Area area)
    {
        QTest::keyClick(window.get(), Qt::Key(int(Qt::Key_1) + int(area)), Qt::ControlModifier);
    }
    QString filePath(const QString &name) const { return m_files.filePath(name); }

    // Fills in and accepts the sign-in dialog the window opened by itself.
    bool signInThroughDialog()
    {
        QWidget *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = window->findChild<QWidget *>(QStringLiteral("signInDialog"));
                return dialog && dialog->isVisible();
            }))
            return false;
        auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        email->clear();
        QTest::keyClicks(email, QString::fromLatin1(kEmail));
        QTest::keyClicks(password, QStringLiteral("correct horse battery"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        return QTest::qWaitFor([&] { return backend.isSignedIn(); }, 30000);
    }

    // A job that exists on the sandbox, recorded locally as created.
    std::optional<JobRecord> addCreatedJob(const QString &name, int seriesRows = 200)
    {
        const QString series = filePath(name + QStringLiteral(".csv"));
        if (!writeSeriesCsv(series, seriesRows))
            return std::nullopt;
        CcdAmount estimate;
        const std::optional<QString> jobId = createLstmJob(*backend.api(), series, name, &estimate);
        if (!jobId)
            return std::nullopt;
        return recordJob(name, *jobId, estimate);
    }

    // A local record only: the server knows no such job id.
    std::optional<JobRecord> recordJob(const QString &name, const QString &jobId,
                                       const CcdAmount &estimate = {})
    {
        JobRecord record;
        record.estimatedCost = estimate;
        record.server = backend.recordKey();
        record.account = backend.email();
        record.name = name;
        record.model = QStringLiteral("LSTM");
        record.batchSize = 64;
        const qint64 localId = backend.jobStore()->addPending(record);
        if (localId == 0 || !backend.jobStore()->markCreated(localId, jobId))
            return std::nullopt;
        return backend.jobStore()->job(localId);
    }

    template<typename T>
    T *find(const char *name) const
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_files;
    bool m_started = false;
    SandboxFixture sandbox;
    TestPrompter prompter;
    AppBackend backend;
    std::unique_ptr<MainWindow> window;
};

} // namespace deai::test
