// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/ServerChoice.h"
#include "money/CcdAmount.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace deai {

class ApiClient;
class JobStore;
class PasswordVault;
class SandboxLauncher;
class Session;

// Owns the API client, the session and the job record, and keeps the user
// signed in: on first run it starts the bundled sandbox and signs in there by
// itself; before a token lapses it signs in again when it may.
class AppBackend : public QObject
{
    Q_OBJECT

public:
    explicit AppBackend(QObject *parent = nullptr);
    ~AppBackend() override;

    ApiClient *api() const { return m_api; }
    Session *session() const { return m_session; }
    JobStore *jobStore() const { return m_jobs; }

    void setSandboxProgram(const QString &program);
    // A server given on the command line wins over the remembered one.
    void overrideServer(const ServerChoice &server) { m_override = server; }

    // Opens the job record and signs in as remembered; returns at once.
    void start();
    void signIn(const ServerChoice &server, const QString &email, const QString &password,
                bool rememberPassword);
    void signOut();

    ServerChoice server() const { return m_server; }
    // The server name jobs are filed under in the job record.
    QString recordKey() const;
    // True while the token is good; the account itself stays until sign-out.
    bool isSignedIn() const { return m_signedIn; }
    QString email() const { return m_email; }
    QDateTime expiresAt() const;
    std::optional<CcdAmount> balance() const { return m_balance; }
    void refreshBalance();

Q_SIGNALS:
    void accountChanged();
    void balanceChanged();
    // A wait the user should see, e.g. "Starting the local sandbox…"; empty when done.
    void busyChanged(const QString &what);
    void problem(const QString &message);
    // isError: the last attempt failed, rather than a plain request to sign in.
    void signInNeeded(const QString &reason, bool isError);

private:
    void openJobStore();
    void connectToServer();
    void sendSignIn();
    void onSignedIn();
    void onSignInFailed(const QString &message);
    void renewSignIn();
    void onExpired();
    QString sandboxDataDir() const;

    ApiClient *m_api;
    Session *m_session;
    JobStore *m_jobs;
    PasswordVault *m_vault;
    SandboxLauncher *m_sandbox;

    std::optional<ServerChoice> m_override;
    ServerChoice m_server;
    QString m_pendingEmail;
    QString m_pendingPassword; // only while a sign-in is on its way
    bool m_rememberPassword = false;
    bool m_signedIn = false;
    QString m_email;
    std::optional<CcdAmount> m_balance;
};

} // namespace deai
