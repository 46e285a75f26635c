// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "account/AppBackend.h"
#include "account/SignInDialog.h"
#include "history/HistoryPage.h"
#include "inference/InferencePanel.h"
#include "inference/JobsPage.h"
#include "api/ApiClient.h"
#include "common/Theme.h"
#include "common/UserPrompter.h"
#include "shell/AccountStatus.h"
#include "shell/BackgroundNotifications.h"
#include "shell/SettingsDialog.h"
#include "shell/NetworkLogDialog.h"
#include "ui_mainwindow.h"
#include "wizard/TrainingWizard.h"

#include <QCloseEvent>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

namespace deai {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kAreaKey = QStringLiteral("window/area");

} // namespace

MainWindow::MainWindow(AppBackend *backend, UserPrompter *prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_backend(backend)
    , m_prompter(prompter)
    , m_jobsPage(new JobsPage(backend->api(), backend->jobStore(), prompter, this))
    , m_historyPage(new HistoryPage(backend->api(), backend->jobStore(), prompter, this))
    , m_status(new AccountStatus(backend, this))
    , m_networkLog(new NetworkLogDialog(backend->api(), this))
    , m_notifications(new BackgroundNotifications(backend->api(), this, nullptr, this))
{
    m_ui->setupUi(this);
    setUpAreas();
    setUpMenus();
    m_ui->statusBar->addPermanentWidget(m_status, 1);

    connect(m_backend, &AppBackend::accountChanged, this, &MainWindow::onAccountChanged);
    connect(m_backend, &AppBackend::problem, this, [this](const QString &message) {
        m_ui->windowMessage->showMessage(InlineMessage::Kind::Warning, message);
    });
    connect(m_backend, &AppBackend::signInNeeded, this, &MainWindow::showSignInDialog);
    connect(m_jobsPage, &JobsPage::spent, m_backend, &AppBackend::refreshBalance);
    connect(m_jobsPage->inferencePanel(), &InferencePanel::resultArrived, m_notifications,
            &BackgroundNotifications::onInferenceResultArrived);
    m_backend->api()->setInactivityTimeout(requestTimeoutSetting());
    onAccountChanged();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setNotifier(Notifier *notifier)
{
    m_notifications->setNotifier(notifier);
}

void MainWindow::setUpAreas()
{
    m_jobsPage->setObjectName(QStringLiteral("jobsPage"));
    m_historyPage->setObjectName(QStringLiteral("historyPage"));
    m_ui->jobsTabLayout->addWidget(m_jobsPage);
    m_ui->historyTabLayout->addWidget(m_historyPage);
    m_ui->newTrainingJobButton->setDefault(true);
    connect(m_ui->newTrainingJobButton, &QPushButton::clicked, this,
            &MainWindow::startTrainingWizard);

    // Ctrl+1..3 reach the three areas from anywhere in the window.
    for (int area = NewJobArea; area <= HistoryArea; ++area) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + area)));
        connect(action, &QAction::triggered, this,
                [this, area] { m_ui->areaTabs->setCurrentIndex(area); });
        addAction(action);
        m_ui->areaTabs->setTabToolTip(
            area, tr("%1 (Ctrl+%2)").arg(m_ui->areaTabs->tabText(area)).arg(area + 1));
    }
}

void MainWindow::setUpMenus()
{
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionSignIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_ui->actionSignIn, &QAction::triggered, this, [this] { showSignInDialog(); });
    connect(m_ui->actionSignOut, &QAction::triggered, m_backend, &AppBackend::signOut);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->actionSettings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionNetworkLog, &QAction::triggered, this, [this] {
        m_networkLog->show();
        m_networkLog->raise();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::onAccountChanged()
{
    const QString account = m_backend->email();
    const QString shown = m_backend->recordKey() + QLatin1Char('\n') + account;
    // A lapsed token keeps the account: the pages keep what they show.
    if (shown != m_shownAccount) {
        m_shownAccount = shown;
        m_jobsPage->setAccount(m_backend->recordKey(), account);
        m_historyPage->setAccount(m_backend->recordKey(), account);
    }
    m_ui->actionSignOut->setEnabled(m_backend->isSignedIn());
    m_ui->newTrainingJobButton->setEnabled(m_backend->isSignedIn());
    if (m_backend->isSignedIn())
        m_ui->windowMessage->clear();
}

void MainWindow::startTrainingWizard()
{
    auto *wizard = new TrainingWizard(m_backend->api(), m_backend->jobStore(), m_prompter, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setObjectName(QStringLiteral("trainingWizard"));
    wizard->setAccount(m_backend->recordKey(), m_backend->email());
    wizard->setBalance(m_backend->balance());
    connect(wizard, &TrainingWizard::jobCreated, this, [this](qint64 localId) {
        m_backend->refreshBalance();
        m_ui->areaTabs->setCurrentIndex(JobsArea);
        m_jobsPage->selectJob(localId);
    });
    wizard->open();
}

void MainWindow::showSignInDialog(const QString &reason, bool isError)
{
    if (!m_signInDialog) {
        m_signInDialog = new SignInDialog(this);
        m_signInDialog->setObjectName(QStringLiteral("signInDialog"));
        m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signInDialog, &QDialog::accepted, this, [this] {
            m_backend->signIn(m_signInDialog->server(), m_signInDialog->email(),
                              m_signInDialog->password(), m_signInDialog->rememberPassword());
        });
        m_signInDialog->prefill(m_backend->server(), QSettings()
                                                         .value(QStringLiteral("account/email"))
                                                         .toString());
    }
    m_signInDialog->setReason(reason, isError);
    m_signInDialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About deAI Studio"));
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(QSize(64, 64)));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<p><b>deAI Studio %1</b></p><p>Train models and run inferences on Phoenix's "
           "Distributed AI, or try everything first on a local sandbox that spends no CCD.</p>"
           "<p>Qt %2 (built with Qt %3)</p>"
           "<p>Licensed under the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU "
           "General Public License, version 3 or later</a> (GPL-3.0-or-later).</p>")
            .arg(QStringLiteral(DEAI_VERSION_STRING), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR)));
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setStandardButtons(QMessageBox::Close);
    box->setDefaultButton(QMessageBox::Close);
    box->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    connect(dialog, &QDialog::accepted, this, [this] {
        m_backend->api()->setInactivityTimeout(requestTimeoutSetting());
        applyTheme(themeForSetting(QSettings().value(kThemeSettingKey).toString()));
    });
    dialog->open();
}

void MainWindow::restoreState()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    QMainWindow::restoreState(settings.value(kStateKey).toByteArray());
    m_ui->areaTabs->setCurrentIndex(settings.value(kAreaKey, NewJobArea).toInt());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kAreaKey, m_ui->areaTabs->currentIndex());
    event->accept();
}

} // namespace deai
