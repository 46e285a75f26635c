// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestHelpers.h"
#include "ScriptedApi.h"
#include "api/ApiClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace deai;
using namespace deai::test;
using namespace std::chrono_literals;

namespace {

const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.eyJFbWFpbCI6ImFAYi5jIn0.c2lnbmF0dXJl";
const QByteArray kInferAnswer = "{\"code\":200,\"msg\":\"success\",\"data\":{\"tx_hash\":\"0x1\","
                                "\"result\":\"https://h/r.csv\","
                                "\"submitTime\":1700037265,\"ccd_cost\":\"0.5\"}}";
const QByteArray kProxyPage = "<html><body><h1>502 Bad Gateway</h1></body></html>";

template<typename T>
bool waitFor(const std::shared_ptr<Outcome<T>> &outcome)
{
    return QTest::qWaitFor([&] { return outcome->finishedCount > 0; }, 10000);
}

} // namespace

// How the client fails: typed errors, timeouts, retries only where nothing
// can be spent twice, and a warning when a paid call's answer is lost.
class TestApiClientFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_api.start(kToken));
        m_server = m_api.server.get();
        m_client = m_api.client.get();
    }

    void cleanup() { m_api.stop(); }

    void noTokenFailsWithoutSending()
    {
        m_client->setToken({});
        QSignalSpy rejected(m_client, &ApiClient::tokenRejected);
        const auto outcome = watch(m_client->createJob({QStringLiteral("job"), 64}));
        QCOMPARE(outcome->finishedCount, 0); // reported later, so callers can connect
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Unauthorized);
        QVERIFY(!outcome->error.outcomeUnknown());
        QVERIFY(outcome->error.message().contains(QLatin1String("sign in")));
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(rejected.size(), 0);
    }

    void serverRejectingTheTokenIsSignalled()
    {
        m_server->enqueue(ScriptedResponse::json("{\"code\":401,\"msg\":\"token expired\"}"));
        QSignalSpy rejected(m_client, &ApiClient::tokenRejected);
        const auto outcome = watch(m_client->queryInfer(1));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(outcome->error.serverCode(), 401);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void serverCodeKeepsCodeAndMessage()
    {
        m_server->enqueue(
            ScriptedResponse::json("{\"code\":402,\"msg\":\"Your balance is too low\"}"));
        const auto outcome = watch(m_client->inference(QStringLiteral("42")));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::ServerCode);
        QCOMPARE(outcome->error.serverCode(), 402);
        QCOMPARE(outcome->error.serverMessage(), QStringLiteral("Your balance is too low"));
        QVERIFY(!outcome->error.outcomeUnknown()); // the server answered: nothing is unknown
        QVERIFY(outcome->error.message().contains(QLatin1String("Your balance is too low")));
    }

    void missingFieldIsABadResponse()
    {
        m_server->enqueue(ScriptedResponse::json("{\"code\":200,\"msg\":\"success\"}"));
        const auto outcome = watch(m_client->queryGuarantee(CnnTrainingSpec{}));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::BadResponse);
        QVERIFY(outcome->error.detail().contains(QLatin1String("ccd_cost")));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void proxyErrorPageIsAnHttpStatus()
    {
        m_client->setRetryPolicy(1, 10ms);
        m_server->enqueue(ScriptedResponse::html(502, kProxyPage));
        const auto outcome = watch(m_client->queryInferList(QStringLiteral("1"), 1, 10));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::HttpStatus);
        QCOMPARE(outcome->error.httpStatus(), 502);
        QVERIFY(outcome->error.message().contains(QLatin1String("502")));
    }

    void htmlWithStatus200IsNotJson()
    {
        m_server->enqueue(ScriptedResponse::html(200, kProxyPage));
        const auto outcome = watch(m_client->createJob({QStringLiteral("job"), 64}));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::NotJson);
        QVERIFY(outcome->error.outcomeUnknown());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void stalledServerTimesOut()
    {
        m_client->setInactivityTimeout(300ms);
        m_client->setRetryPolicy(1, 10ms);
        m_server->enqueue(ScriptedResponse::stall());
        const auto outcome = watch(m_client->queryInfer(7));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::TimedOut);
        QCOMPARE(outcome->error.timeout(), 300ms);
        QVERIFY(outcome->error.message().contains(QLatin1String("0.3 s")));
        QVERIFY(outcome->error.message().contains(QLatin1String("loading the inference result")));
    }

    void createJobTimeoutLeavesTheOutcomeUnknown()
    {
        m_client->setInactivityTimeout(300ms);
        m_server->enqueue(ScriptedResponse::stall());
        const auto outcome = watch(m_client->createJob({QStringLiteral("job"), 64}));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::TimedOut);
        QVERIFY(outcome->error.outcomeUnknown());
        QVERIFY(outcome->error.message().contains(QLatin1String("check your jobs")));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void queryInferIsRetriedUntilItSucceeds()
    {
        m_server->enqueue(ScriptedResponse::html(503, "busy"));
        m_server->enqueue(ScriptedResponse::html(502, kProxyPage));
        m_server->enqueue(ScriptedResponse::json(kInferAnswer));
        QSignalSpy exchanges(m_client, &ApiClient::exchangeFinished);
        const auto outcome = watch(m_client->queryInfer(7));
        QVERIFY(waitFor(outcome));
        QVERIFY(outcome->isOk());
        QCOMPARE(outcome->value->cost.toDecimalText(), QStringLiteral("0.5"));
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(outcome->finishedCount, 1);
        QCOMPARE(exchanges.size(), 3);
        QCOMPARE(exchanges.at(0).at(0).toString(), QStringLiteral("deAI/queryInfer"));
        QCOMPARE(exchanges.at(0).at(1).toInt(), 503);
        QCOMPARE(exchanges.at(2).at(1).toInt(), 200);
    }

    void droppedConnectionsOfFreeCallsAreRetried()
    {
        m_server->enqueue(ScriptedResponse::drop());
        m_server->enqueue(ScriptedResponse::drop());
        m_server->enqueue(ScriptedResponse::json(kInferAnswer));
        const auto outcome = watch(m_client->queryInfer(7));
        QVERIFY(waitFor(outcome));
        QVERIFY(outcome->isOk());
        QCOMPARE(m_server->requestCount(), 3);
    }

    void retriesStopAfterTheLastAttempt()
    {
        for (int i = 0; i < 4; ++i)
            m_server->enqueue(ScriptedResponse::html(504, "gateway timeout"));
        const auto outcome = watch(m_client->queryInfer(7));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::HttpStatus);
        QCOMPARE(outcome->error.httpStatus(), 504);
        QCOMPARE(m_server->requestCount(), 3);
    }

    void otherStatusesAreNotRetried()
    {
        m_server->enqueue(ScriptedResponse::html(500, "oops"));
        const auto outcome = watch(m_client->queryInfer(7));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.httpStatus(), 500);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void paidCallsAreNeverRetried()
    {
        m_server->enqueue(ScriptedResponse::html(503, "busy"));
        const auto job = watch(m_client->createJob({QStringLiteral("job"), 64}));
        QVERIFY(waitFor(job));
        QCOMPARE(job->error.kind(), ApiError::Kind::HttpStatus);
        QVERIFY(job->error.outcomeUnknown());
        QCOMPARE(m_server->requestCount(), 1);

        // Qt itself sends a request again when the connection drops before an
        // answer; for a paid call that must not happen either.
        m_server->enqueue(ScriptedResponse::drop());
        const auto inference = watch(m_client->inference(QStringLiteral("42")));
        QVERIFY(waitFor(inference));
        QCOMPARE(inference->error.kind(), ApiError::Kind::Unreachable);
        QVERIFY(inference->error.outcomeUnknown());
        QCOMPARE(m_server->requestCount(), 2);

        m_server->enqueue(ScriptedResponse::html(502, kProxyPage));
        const auto token = watch(m_client->genToken(QStringLiteral("a@b.c"), QStringLiteral("pw")));
        QVERIFY(waitFor(token));
        QCOMPARE(token->error.httpStatus(), 502);
        QCOMPARE(m_server->requestCount(), 3);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("a\n1\n") == 4);
        file.close();
        m_server->enqueue(ScriptedResponse::html(503, "busy"));
        const auto upload = watch(m_client->uploadFile(path));
        QVERIFY(waitFor(upload));
        QCOMPARE(upload->error.httpStatus(), 503);
        QVERIFY(!upload->error.outcomeUnknown());
        QCOMPARE(m_server->requestCount(), 4);
    }

    void refusedConnectionIsUnreachableAndSpendsNothing()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/sdk/computation").arg(port)));
        const auto outcome = watch(m_client->createJob({QStringLiteral("job"), 64}));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Unreachable);
        QVERIFY(!outcome->error.outcomeUnknown());
    }

    void redirectsAreCapped()
    {
        const QUrl loop(m_server->baseUrl().toString() + QStringLiteral("/user/userInfo"));
        for (int i = 0; i < 6; ++i)
            m_server->enqueue(ScriptedResponse::redirect(loop));
        m_client->setRetryPolicy(1, 10ms);
        const auto outcome = watch(m_client->userInfo());
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::HttpStatus);
        QCOMPARE(outcome->error.httpStatus(), 302);
        QCOMPARE(m_server->requestCount(), 4); // the request and three redirects
    }

    void tlsFailureIsNeverIgnored()
    {
        // A server that answers a TLS handshake with plain HTTP.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection())
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        });
        m_client->setBaseUrl(
            QUrl(QStringLiteral("https://127.0.0.1:%1/sdk").arg(plain.serverPort())));
        const auto outcome = watch(m_client->createJob({QStringLiteral("job"), 64}));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Tls);
        QVERIFY(!outcome->error.outcomeUnknown());
    }

    void bigCostStaysExact()
    {
        m_server->enqueue(ScriptedResponse::json(
            "{\"code\":200,\"msg\":\"success\",\"ccd_cost\":123456789012345678901234567890123}"));
        const auto outcome =
            watch(m_client->inferenceCost(QStringLiteral("1"), QStringLiteral("p")));
        QVERIFY(waitFor(outcome));
        QVERIFY(outcome->isOk());
        QCOMPARE(outcome->value->toUnitsText(), QByteArray("123456789012345678901234567890123"));
    }

    void cancelReportsCancelledOnce()
    {
        m_server->enqueue(ScriptedResponse::stall());
        auto *reply = m_client->queryInfer(7);
        const auto outcome = watch(reply);
        QTRY_COMPARE(m_server->requestCount(), 1);
        reply->cancel();
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
        QTest::qWait(50); // a late network answer must not report the call again
        QCOMPARE(outcome->finishedCount, 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void uploadReportsProgressAndCanBeCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 8; ++i)
            QCOMPARE(file.write(chunk), chunk.size());
        file.close();

        m_server->enqueue(ScriptedResponse::stall());
        auto *reply = m_client->uploadFile(path);
        const auto outcome = watch(reply);
        connect(reply, &ApiCall::progress, reply, [reply](qint64 sent, qint64) {
            if (sent > 0)
                reply->cancel();
        });
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
        QVERIFY(!outcome->progress.isEmpty());
        QVERIFY(outcome->progress.constFirst().second > 8 * chunk.size());
        QCOMPARE(outcome->finishedCount, 1);
    }

    void unreadableUploadFileIsALocalError()
    {
        const auto outcome =
            watch(m_client->uploadFile(QStringLiteral("/nonexistent/dir/file.csv")));
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::LocalFile);
        QVERIFY(outcome->error.message().contains(QLatin1String("uploading the dataset")));
        QCOMPARE(m_server->requestCount(), 0);
    }

private:
    ScriptedApi m_api;
    ScriptedHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
};

QTEST_GUILESS_MAIN(TestApiClientFailures)
#include "tst_apiclient_failures.moc"
