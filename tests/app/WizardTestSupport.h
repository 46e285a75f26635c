// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxFixture.h"
#include "api/ApiClient.h"
#include "common/UserPrompter.h"
#include "jobs/JobStore.h"
#include "wizard/TrainingWizard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace deai::test {

// Answers spend confirmations without a modal dialog and keeps the questions.
class AnsweringPrompter final : public UserPrompter
{
public:
    bool answer = true;
    QStringList questions;

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        questions.append(text);
        return answer;
    }
};

// One wizard on the sandbox, driven through its real widgets. Every step
// returns false when the wizard did not do what a user would expect.
class WizardDriver
{
public:
    static constexpr int kWaitMs = 30000;

    WizardDriver(const QUrl &baseUrl, const QByteArray &token, const QString &account,
                 const QString &databasePath, const QString &settingsPath)
    {
        api.setBaseUrl(baseUrl);
        api.setToken(token);
        QObject::connect(&api, &ApiClient::exchangeFinished, &api,
                         [this](const QString &call) { calls.append(call); });
        jobsOpened = jobs.open(databasePath);
        wizard = std::make_unique<TrainingWizard>(&api, &jobs, &prompter);
        wizard->setSettingsPath(settingsPath);
        wizard->setAccount(baseUrl.toString(), account);
        wizard->show();
    }

    ApiClient api;
    JobStore jobs;
    AnsweringPrompter prompter;
    std::unique_ptr<TrainingWizard> wizard;
    QStringList calls; // endpoint of every finished exchange
    bool jobsOpened = false;

    int callCount(const QString &endpoint) const
    {
        int count = 0;
        for (const QString &call : calls)
            count += call.endsWith(endpoint) ? 1 : 0;
        return count;
    }

    template<typename T>
    T *child(const char *name) const
    {
        return wizard->findChild<T *>(QString::fromLatin1(name));
    }

    QString text(const char *name) const
    {
        if (const auto *label = child<QLabel>(name))
            return label->text();
        if (const auto *edit = child<QLineEdit>(name))
            return edit->text();
        return {};
    }

    bool click(const char *name)
    {
        auto *button = child<QAbstractButton>(name);
        if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }, kWaitMs))
            return false;
        // A radio button only takes clicks on its indicator and text.
        const bool radio = qobject_cast<QRadioButton *>(button) != nullptr;
        const QPoint where = radio ? QPoint(8, button->height() / 2) : button->rect().center();
        QTest::mouseClick(button, Qt::LeftButton, {}, where);
        return true;
    }

    bool nextEnabled() const { return wizard->button(QWizard::NextButton)->isEnabled(); }

    bool clickWizardButton(QWizard::WizardButton which, int expectedPage)
    {
        QAbstractButton *button = wizard->button(which);
        if (!QTest::qWaitFor([button] { return button->isEnabled() && button->isVisible(); },
                             kWaitMs)) {
            return false;
        }
        QTest::mouseClick(button, Qt::LeftButton);
        return wizard->currentId() == expectedPage;
    }
    bool next() { return clickWizardButton(QWizard::NextButton, wizard->currentId() + 1); }
    bool back() { return clickWizardButton(QWizard::BackButton, wizard->currentId() - 1); }

    // Replaces the field's text by typing, as a user would.
    bool type(const char *name, const QString &value)
    {
        auto *edit = child<QLineEdit>(name);
        QWidget *field = edit;
        int length = edit ? int(edit->text().size()) : 0;
        if (auto *spinBox = edit ? nullptr : child<QAbstractSpinBox>(name)) {
            field = spinBox;
            length = int(spinBox->text().size());
        }
        if (!field)
            return false;
        field->setFocus();
        QTest::keyClick(field, Qt::Key_End);
        for (int i = 0; i < length; ++i)
            QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, value);
        return true;
    }

    bool chooseModel(bool lstm, const QString &jobName)
    {
        return click(lstm ? "lstmRadioButton" : "cnnRadioButton") && type("jobNameEdit", jobName)
            && next();
    }

    // Types the local paths, uploads and waits until every server path is there.
    bool upload(const QList<std::pair<const char *, QString>> &paths)
    {
        for (const auto &[editName, path] : paths) {
            if (path.isEmpty() || !type(editName, path))
                return false;
        }
        if (!click("uploadButton"))
            return false;
        if (QTest::qWaitFor([this] { return nextEnabled(); }, kWaitMs))
            return true;
        qWarning() << "Upload did not finish:" << text("uploadErrorLabel");
        return false;
    }

    bool uploadCnn(const QString &imagesZip, const QString &labelsCsv)
    {
        return upload({{"imagesPathEdit", imagesZip}, {"labelsPathEdit", labelsCsv}});
    }
    bool uploadLstm(const QString &seriesCsv) { return upload({{"seriesPathEdit", seriesCsv}}); }

    // Waits on the cost page for an estimate and returns it.
    std::optional<CcdAmount> estimate()
    {
        if (!QTest::qWaitFor([this] { return nextEnabled(); }, kWaitMs)) {
            qWarning() << "No estimate:" << text("costErrorLabel");
            return std::nullopt;
        }
        QString shown = text("costValueLabel");
        shown.remove(QStringLiteral(" CCD"));
        return CcdAmount::fromDecimalText(shown);
    }

    // Confirms on the create page and waits for the job id or a message.
    bool create()
    {
        if (!click("createJobButton"))
            return false;
        return QTest::qWaitFor([this] { return !text("createStatusLabel").isEmpty(); }, kWaitMs);
    }
};

// The sandbox account a wizard test class works in: started and signed in
// once, with a fresh wizard and settings file for each test.
class WizardTestAccount
{
public:
    explicit WizardTestAccount(QString accountEmail, sandbox::SandboxOptions options = {})
        : sandbox(std::move(options))
        , email(std::move(accountEmail))
    {
    }

    // Test mode, C locale, the sandbox started and the account signed in.
    bool start()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        if (!dir.isValid() || !sandbox.start())
            return false;
        token = sandbox.signIn(email, password());
        return !token.isEmpty();
    }
    QString password() const { return email + QStringLiteral("-password"); }

    // A new wizard with a settings file of its own, so that no test sees another's uploads,
    // on the job record `databaseName` in the test folder.
    std::unique_ptr<WizardDriver> newDriver(const QString &databaseName = QStringLiteral("jobs"))
    {
        ++m_driverCount;
        return std::make_unique<WizardDriver>(
            sandbox.baseUrl(), token, email, dir.filePath(databaseName + QStringLiteral(".sqlite")),
            dir.filePath(QStringLiteral("settings%1.ini").arg(m_driverCount)));
    }
    int driverCount() const { return m_driverCount; }

    SandboxFixture sandbox;
    QTemporaryDir dir;
    QByteArray token;
    const QString email;

private:
    int m_driverCount = 0;
};

} // namespace deai::test
