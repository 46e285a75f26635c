// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

namespace deai {

class ApiCall;
class ApiClient;

// The signed-in user over an ApiClient: obtains the token, gives it to the
// client, and warns before it runs out, since the API has no refresh call and
// the user must sign in again.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(ApiClient *client, QObject *parent = nullptr);
    ~Session() override;

    void signIn(const QString &email, const QString &password);
    // Forgets the token; emits nothing.
    void signOut();

    bool isSignedIn() const;
    bool isSigningIn() const;
    QString email() const;
    QDateTime expiresAt() const; // UTC; invalid when the token does not say

    std::chrono::seconds expiryWarningLead() const;
    void setExpiryWarningLead(std::chrono::seconds lead);

Q_SIGNALS:
    void signedIn();
    void signInFailed(const deai::ApiError &error);
    // Emitted once per token, expiryWarningLead() before it runs out.
    void expiringSoon(const QDateTime &expiresAt);
    // The token ran out or the server refused it; the session is signed out.
    void expired();

private:
    void adoptToken(const QByteArray &token, const QString &fallbackEmail);
    void scheduleExpiryCheck();
    void checkExpiry();
    void expire();

    ApiClient *m_client;
    QPointer<ApiCall> m_pendingSignIn;
    QString m_email;
    QDateTime m_expiresAt;
    bool m_signedIn = false;
    bool m_warned = false;
    std::chrono::seconds m_lead{5 * 60};
    QTimer m_expiryTimer;
};

} // namespace deai
