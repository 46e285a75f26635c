// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace deai {

class AccountStatus;
class AppBackend;
class HistoryPage;
class JobsPage;
class BackgroundNotifications;
class NetworkLogDialog;
class Notifier;
class SignInDialog;
class UserPrompter;

// The three areas (new job, jobs and inference, history), the menus and
// the account status. Signing in and the pages' work live elsewhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Area { NewJobArea, JobsArea, HistoryArea };

    MainWindow(AppBackend *backend, UserPrompter *prompter, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Told when an upload or inference finishes while the window is in the
    // background; the window does not own it.
    void setNotifier(Notifier *notifier);

public Q_SLOTS:
    void startTrainingWizard();
    void showSignInDialog(const QString &reason = {}, bool isError = false);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpAreas();
    void setUpMenus();
    void onAccountChanged();
    void showAbout();
    void showSettings();
    void restoreState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppBackend *m_backend;
    UserPrompter *m_prompter;
    JobsPage *m_jobsPage;
    HistoryPage *m_historyPage;
    AccountStatus *m_status;
    NetworkLogDialog *m_networkLog;
    BackgroundNotifications *m_notifications;
    QPointer<SignInDialog> m_signInDialog;
    QString m_shownAccount; // server and e-mail the pages show
};

} // namespace deai
