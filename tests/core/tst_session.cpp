// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedApi.h"
#include "TestJwt.h"
#include "api/ApiClient.h"
#include "session/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace deai;
using deai::test::ScriptedApi;
using deai::test::ScriptedHttpServer;
using deai::test::ScriptedResponse;

namespace {

QByteArray tokenAnswer(const QByteArray &token)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), 200},
                                     {QStringLiteral("msg"), QStringLiteral("success")},
                                     {QStringLiteral("token"), QString::fromLatin1(token)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_api.start());
        m_server = m_api.server.get();
        m_client = m_api.client.get();
        m_session = std::make_unique<Session>(m_client);
    }

    void cleanup()
    {
        m_session.reset();
        m_api.stop();
    }

    void signInReadsTheTokenClaims()
    {
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
        const QByteArray token = test::makeTestJwt(QStringLiteral("jwt@example.org"), expiry);
        m_server->enqueue(ScriptedResponse::json(tokenAnswer(token)));

        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        m_session->signIn(QStringLiteral("typed@example.org"), QStringLiteral("pw"));
        QVERIFY(m_session->isSigningIn());
        QVERIFY(signedIn.wait());

        QVERIFY(m_session->isSignedIn());
        QCOMPARE(m_client->token(), token);
        QCOMPARE(m_session->email(), QStringLiteral("jwt@example.org"));
        QCOMPARE(m_session->expiresAt().toSecsSinceEpoch(), expiry.toSecsSinceEpoch());

        m_session->signOut();
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(m_client->token().isEmpty());
    }

    void signInFailureIsReported()
    {
        m_server->enqueue(ScriptedResponse::json("{\"code\":400,\"msg\":\"wrong password\"}"));
        QSignalSpy failed(m_session.get(), &Session::signInFailed);
        m_session->signIn(QStringLiteral("a@example.org"), QStringLiteral("bad"));
        QVERIFY(failed.wait());
        const auto error = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::ServerCode);
        QCOMPARE(error.serverMessage(), QStringLiteral("wrong password"));
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(m_client->token().isEmpty());
    }

    void warnsBeforeExpiryThenExpires()
    {
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3);
        m_server->enqueue(ScriptedResponse::json(
            tokenAnswer(test::makeTestJwt(QStringLiteral("a@example.org"), expiry))));
        m_session->setExpiryWarningLead(std::chrono::seconds(2));

        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        QSignalSpy expiringSoon(m_session.get(), &Session::expiringSoon);
        QSignalSpy expired(m_session.get(), &Session::expired);
        m_session->signIn(QStringLiteral("a@example.org"), QStringLiteral("pw"));
        QVERIFY(signedIn.wait());

        QTRY_COMPARE_WITH_TIMEOUT(expiringSoon.size(), 1, 10000);
        QCOMPARE(expiringSoon.at(0).at(0).toDateTime(), m_session->expiresAt());
        QVERIFY(m_session->isSignedIn());
        QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, 10000);
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(m_client->token().isEmpty());
        QCOMPARE(expiringSoon.size(), 1);
    }

    void rejectedTokenEndsTheSession()
    {
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
        m_server->enqueue(ScriptedResponse::json(
            tokenAnswer(test::makeTestJwt(QStringLiteral("a@example.org"), expiry))));
        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        m_session->signIn(QStringLiteral("a@example.org"), QStringLiteral("pw"));
        QVERIFY(signedIn.wait());

        m_server->enqueue(ScriptedResponse::json("{\"code\":401,\"msg\":\"token expired\"}"));
        QSignalSpy expired(m_session.get(), &Session::expired);
        m_client->inference(QStringLiteral("1"));
        QVERIFY(expired.wait());
        QVERIFY(!m_session->isSignedIn());
    }

private:
    ScriptedApi m_api;
    ScriptedHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
