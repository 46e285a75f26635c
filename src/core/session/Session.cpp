// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/Session.h"

#include "api/ApiClient.h"
#include "logging/LogCategories.h"
#include "session/Jwt.h"

namespace deai {

namespace {

// Timers are never armed for longer than this: a suspended laptop or a clock
// change would otherwise leave a far-off timer firing at the wrong moment, so
// the wall clock is looked at again at least this often.
constexpr std::chrono::milliseconds kLongestWait = std::chrono::minutes(1);

} // namespace

Session::Session(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, &Session::checkExpiry);
    connect(m_client, &ApiClient::tokenRejected, this, [this] {
        if (m_signedIn)
            expire();
    });
}

Session::~Session()
{
    if (m_pendingSignIn)
        m_pendingSignIn->disconnect(this);
}

void Session::signIn(const QString &email, const QString &password)
{
    if (m_pendingSignIn) {
        m_pendingSignIn->disconnect(this);
        m_pendingSignIn->cancel();
    }
    auto *reply = m_client->genToken(email, password);
    m_pendingSignIn = reply;
    connect(reply, &ApiCall::finished, this, [this, reply, email] {
        m_pendingSignIn = nullptr;
        if (!reply->isOk()) {
            qCInfo(lcSession) << "sign-in failed:" << reply->error().message();
            Q_EMIT signInFailed(reply->error());
            return;
        }
        adoptToken(reply->value(), email);
        Q_EMIT signedIn();
    });
}

void Session::adoptToken(const QByteArray &token, const QString &fallbackEmail)
{
    const auto claims = readJwtClaims(token);
    m_client->setToken(token);
    m_signedIn = true;
    m_warned = false;
    m_email = claims && !claims->email.isEmpty() ? claims->email : fallbackEmail;
    m_expiresAt = claims ? claims->expiresAt : QDateTime();
    if (!m_expiresAt.isValid())
        qCWarning(lcSession) << "the access token does not say when it expires";
    else
        qCInfo(lcSession) << "signed in until" << m_expiresAt.toString(Qt::ISODate);
    scheduleExpiryCheck();
}

void Session::signOut()
{
    if (m_pendingSignIn) {
        m_pendingSignIn->disconnect(this);
        m_pendingSignIn->cancel();
    }
    m_expiryTimer.stop();
    m_client->setToken({});
    m_signedIn = false;
    m_warned = false;
    m_email.clear();
    m_expiresAt = QDateTime();
}

bool Session::isSignedIn() const
{
    return m_signedIn;
}

bool Session::isSigningIn() const
{
    return !m_pendingSignIn.isNull();
}

QString Session::email() const
{
    return m_email;
}

QDateTime Session::expiresAt() const
{
    return m_expiresAt;
}

std::chrono::seconds Session::expiryWarningLead() const
{
    return m_lead;
}

void Session::setExpiryWarningLead(std::chrono::seconds lead)
{
    m_lead = lead;
    if (m_signedIn)
        scheduleExpiryCheck();
}

void Session::scheduleExpiryCheck()
{
    m_expiryTimer.stop();
    if (!m_signedIn || !m_expiresAt.isValid())
        return;
    const QDateTime nextEvent = m_warned ? m_expiresAt : m_expiresAt.addSecs(-m_lead.count());
    const qint64 untilNext = QDateTime::currentDateTimeUtc().msecsTo(nextEvent);
    const auto wait = std::clamp(std::chrono::milliseconds(untilNext), std::chrono::milliseconds(0),
                                 kLongestWait);
    m_expiryTimer.start(wait);
}

void Session::checkExpiry()
{
    if (!m_signedIn || !m_expiresAt.isValid())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_warned && now >= m_expiresAt.addSecs(-m_lead.count())) {
        m_warned = true;
        Q_EMIT expiringSoon(m_expiresAt);
        if (!m_signedIn) // a receiver signed out
            return;
    }
    if (now >= m_expiresAt) {
        expire();
        return;
    }
    scheduleExpiryCheck();
}

void Session::expire()
{
    qCInfo(lcSession) << "the session has expired";
    signOut();
    Q_EMIT expired();
}

} // namespace deai
