// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AppBackend.h"

#include "account/LocalSandboxAccount.h"
#include "account/PasswordVault.h"
#include "account/SandboxLauncher.h"
#include "api/ApiClient.h"
#include "jobs/JobStore.h"
#include "logging/LogCategories.h"
#include "session/Session.h"

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace deai {

namespace {

const QString kServerKindKey = QStringLiteral("account/serverKind");
const QString kCustomUrlKey = QStringLiteral("account/customUrl");
const QString kEmailKey = QStringLiteral("account/email");
const QString kRememberKey = QStringLiteral("account/rememberPassword");

} // namespace

AppBackend::AppBackend(QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(this))
    , m_session(new Session(m_api, this))
    , m_jobs(new JobStore(this))
    , m_vault(new PasswordVault(this))
    , m_sandbox(new SandboxLauncher(this))
{
    connect(m_session, &Session::signedIn, this, &AppBackend::onSignedIn);
    connect(m_session, &Session::signInFailed, this,
            [this](const ApiError &error) { onSignInFailed(error.message()); });
    connect(m_session, &Session::expiringSoon, this, &AppBackend::renewSignIn);
    connect(m_session, &Session::expired, this, &AppBackend::onExpired);
    connect(m_api, &ApiClient::tokenRejected, this, &AppBackend::onExpired);
    connect(m_vault, &PasswordVault::keychainUnavailable, this, &AppBackend::problem);
    connect(m_vault, &PasswordVault::passwordRead, this,
            [this](const QString &, const QString &password) {
                if (password.isEmpty()) {
                    Q_EMIT signInNeeded(tr("Sign in to %1.").arg(m_server.description()), false);
                    return;
                }
                m_pendingPassword = password;
                sendSignIn();
            });
    connect(m_sandbox, &SandboxLauncher::started, this, [this](const QUrl &baseUrl) {
        m_api->setBaseUrl(baseUrl);
        sendSignIn();
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
        Q_EMIT busyChanged({});
        Q_EMIT problem(message);
    });
}

AppBackend::~AppBackend() = default;

void AppBackend::setSandboxProgram(const QString &program)
{
    m_sandbox->setProgram(program);
}

QString AppBackend::sandboxDataDir() const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sandbox"));
}

void AppBackend::openJobStore()
{
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("jobs.sqlite"));
    if (!m_jobs->open(path)) {
        Q_EMIT problem(tr("Your local job list could not be opened: %1").arg(m_jobs->lastError()));
        return;
    }
    if (const std::optional<QString> aside = m_jobs->setAsidePath())
        Q_EMIT problem(tr("Your local job list was damaged. It was moved to %1 and a new, empty "
                          "one was started; check your jobs on the Phoenix site.")
                           .arg(QDir::toNativeSeparators(*aside)));
}

void AppBackend::start()
{
    openJobStore();
    const QSettings settings;
    const QString email = settings.value(kEmailKey).toString();
    m_server.kind = ServerChoice::kindFromName(settings.value(kServerKindKey).toString());
    m_server.customUrl = settings.value(kCustomUrlKey).toUrl();
    if (email.isEmpty())
        m_server = ServerChoice{};
    if (m_override)
        m_server = *m_override;
    m_pendingEmail = m_server.kind == ServerChoice::Kind::Sandbox ? QString() : email;
    m_rememberPassword = settings.value(kRememberKey, false).toBool();
    connectToServer();
}

void AppBackend::signIn(const ServerChoice &server, const QString &email,
                        const QString &password, bool rememberPassword)
{
    if (m_signedIn)
        m_session->signOut();
    m_signedIn = false;
    m_email.clear();
    m_balance.reset();
    m_server = server;
    m_pendingEmail = email;
    m_pendingPassword = password;
    m_rememberPassword = rememberPassword;
    Q_EMIT accountChanged();
    connectToServer();
}

void AppBackend::connectToServer()
{
    if (m_server.kind == ServerChoice::Kind::Sandbox) {
        if (m_sandbox->isRunning() && !m_sandbox->baseUrl().isEmpty()) {
            sendSignIn();
            return;
        }
        Q_EMIT busyChanged(tr("Starting the local sandbox…"));
        m_sandbox->start(sandboxDataDir());
        return;
    }
    m_sandbox->stop();
    m_api->setBaseUrl(m_server.kind == ServerChoice::Kind::Phoenix ? ApiClient::productionBaseUrl()
                                                                   : m_server.customUrl);
    if (!m_pendingPassword.isEmpty()) {
        sendSignIn();
    } else if (m_rememberPassword && !m_pendingEmail.isEmpty()) {
        m_vault->read(PasswordVault::keyFor(recordKey(), m_pendingEmail));
    } else {
        Q_EMIT signInNeeded(tr("Sign in to %1.").arg(m_server.description()), false);
    }
}

void AppBackend::sendSignIn()
{
    if (m_server.kind == ServerChoice::Kind::Sandbox && m_pendingPassword.isEmpty()) {
        const std::optional<LocalSandboxAccount> local =
            LocalSandboxAccount::loadOrCreate(sandboxDataDir());
        if (!local) {
            Q_EMIT problem(tr("The local sandbox account could not be saved in %1. Check that "
                              "the folder is writable.")
                               .arg(QDir::toNativeSeparators(sandboxDataDir())));
            return;
        }
        m_pendingEmail = local->email;
        m_pendingPassword = local->password;
    }
    Q_EMIT busyChanged(tr("Signing in to %1…").arg(m_server.description()));
    m_session->signIn(m_pendingEmail, m_pendingPassword);
}

void AppBackend::onSignedIn()
{
    m_signedIn = true;
    m_email = m_session->email();
    QSettings settings;
    settings.setValue(kServerKindKey, ServerChoice::kindName(m_server.kind));
    settings.setValue(kCustomUrlKey, m_server.customUrl);
    settings.setValue(kEmailKey, m_session->email());
    settings.setValue(kRememberKey, m_rememberPassword);
    if (m_rememberPassword && m_server.kind != ServerChoice::Kind::Sandbox)
        m_vault->store(PasswordVault::keyFor(recordKey(), m_session->email()), m_pendingPassword);
    m_pendingPassword.clear();
    qCInfo(lcApp) << "signed in to" << m_server.description();
    Q_EMIT busyChanged({});
    Q_EMIT accountChanged();
    refreshBalance();
}

void AppBackend::onSignInFailed(const QString &message)
{
    m_pendingPassword.clear();
    m_signedIn = false;
    Q_EMIT busyChanged({});
    Q_EMIT accountChanged();
    Q_EMIT signInNeeded(message, true);
}

void AppBackend::onExpired()
{
    // Both the session's clock and a refusing server end up here; once is enough.
    if (!m_signedIn)
        return;
    m_signedIn = false;
    Q_EMIT accountChanged();
    renewSignIn();
}

void AppBackend::renewSignIn()
{
    const QString email = m_email;
    const bool canRenewSilently = m_server.kind == ServerChoice::Kind::Sandbox
                                  || (m_rememberPassword && !email.isEmpty());
    if (!canRenewSilently) {
        const QDateTime end = m_session->expiresAt();
        Q_EMIT signInNeeded(
            end.isValid() && end > QDateTime::currentDateTimeUtc()
                ? tr("Your sign-in ends at %1. Sign in again to keep working.")
                      .arg(QLocale().toString(end.toLocalTime(), QLocale::ShortFormat))
                : tr("Your sign-in has ended. Sign in again to keep working."),
            false);
        return;
    }
    m_pendingEmail = email;
    if (m_server.kind == ServerChoice::Kind::Sandbox)
        sendSignIn();
    else
        m_vault->read(PasswordVault::keyFor(recordKey(), email));
}

void AppBackend::signOut()
{
    if (m_rememberPassword && !m_email.isEmpty())
        m_vault->forget(PasswordVault::keyFor(recordKey(), m_email));
    m_rememberPassword = false;
    QSettings().setValue(kRememberKey, false);
    m_session->signOut();
    m_signedIn = false;
    m_email.clear();
    m_balance.reset();
    Q_EMIT accountChanged();
    Q_EMIT balanceChanged();
}

QString AppBackend::recordKey() const
{
    return m_server.recordKey(m_api->baseUrl());
}

QDateTime AppBackend::expiresAt() const
{
    return m_signedIn ? m_session->expiresAt() : QDateTime();
}

void AppBackend::refreshBalance()
{
    if (!m_signedIn)
        return;
    ApiReply<UserInfo> *reply = m_api->userInfo();
    connect(reply, &ApiCall::finished, this, [this, reply] {
        if (!reply->isOk()) {
            qCInfo(lcApp) << "balance not refreshed:" << reply->error().message();
            return;
        }
        m_balance = reply->value().balance;
        Q_EMIT balanceChanged();
    });
}

} // namespace deai
