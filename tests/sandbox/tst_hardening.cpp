// SPDX-License-Identifier: GPL-3.0-or-later
// Connections that misbehave at the socket level: the sandbox refuses them
// with the documented code and keeps answering everyone else meanwhile.
// (Token, ownership, traversal and body refusals are in tst_errors.)
#include "SandboxFixture.h"

#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using deai::test::SandboxFixture;

class TestHardening : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *m_sandbox = nullptr;
    QByteArray m_token;

    std::unique_ptr<QTcpSocket> connectRaw()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_sandbox->baseUrl().port());
        return socket->waitForConnected(20000) ? std::move(socket) : nullptr;
    }
    // The sandbox must still sign people in after every refusal.
    void verifyStillServing()
    {
        QVERIFY(!m_sandbox->signIn(QStringLiteral("after@example.com")).isEmpty());
        QCOMPARE(m_sandbox->get(QStringLiteral("user/userInfo"), m_token).code(), 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        deai::sandbox::SandboxOptions options;
        options.uploadLimitBytes = 64 * 1024;
        m_sandbox = new SandboxFixture(options);
        QVERIFY(m_sandbox->start());
        m_token = m_sandbox->signIn(QStringLiteral("hard@example.com"));
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase() { delete m_sandbox; }

    void stalledConnectionsDoNotBlockOthers()
    {
        std::vector<std::unique_ptr<QTcpSocket>> stalled;
        for (int i = 0; i < 4; ++i) {
            stalled.push_back(connectRaw());
            QVERIFY(stalled.back());
            stalled.back()->write("POST /sdk/computation/user/genToken HTTP/1.1\r\nHost: 127.0.0.1\r\nConte");
            QVERIFY(stalled.back()->waitForBytesWritten(20000));
        }
        // A body promised but never sent stalls too.
        stalled.push_back(connectRaw());
        QVERIFY(stalled.back());
        stalled.back()->write("POST /sdk/computation/deAI/createJob HTTP/1.1\r\nHost: 127.0.0.1\r\ntoken: " + m_token
                              + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"job");
        QVERIFY(stalled.back()->waitForBytesWritten(20000));
        verifyStillServing();
        for (const auto &socket : stalled)
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        stalled.clear();
        verifyStillServing();
    }

    void droppedMidRequestDoesNotBreakTheServer()
    {
        for (const char *path : {"user/genToken", "deAI/uploadFile", "deAI/createJob"}) {
            auto socket = connectRaw();
            QVERIFY(socket);
            socket->write("POST /sdk/computation/" + QByteArray(path) + " HTTP/1.1\r\nHost: 127.0.0.1\r\ntoken: "
                          + m_token + "\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
                          + QByteArray(1000, ' '));
            QVERIFY(socket->waitForBytesWritten(20000));
            socket->abort();
            verifyStillServing();
        }
    }

    void oversizedUploadIsRefusedBeforeItsBodyIsSent()
    {
        auto socket = connectRaw();
        QVERIFY(socket);
        socket->write("POST /sdk/computation/deAI/uploadFile HTTP/1.1\r\nHost: 127.0.0.1\r\ntoken: " + m_token
                      + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 10737418240\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket->readAll()).contains("}"), 20000);
        QVERIFY2(answer.contains("\"code\":413"), answer.constData());
        QVERIFY(answer.contains("10737418240"));
        verifyStillServing();
    }

    void countsMustBePositive_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("batchSize -1") << QStringLiteral("deAI/createJob")
                                      << QJsonObject{{QStringLiteral("jobName"), QStringLiteral("Neg")},
                                                     {QStringLiteral("batchSize"), -1},
                                                     {QStringLiteral("computation"), QStringLiteral("Distributed AI")}};
        QTest::newRow("pageSize -5") << QStringLiteral("deAI/queryInferList")
                                     << QJsonObject{{QStringLiteral("jobID"), QStringLiteral("1")},
                                                    {QStringLiteral("pageNo"), 1}, {QStringLiteral("pageSize"), -5}};
        QTest::newRow("infer id -1") << QStringLiteral("deAI/queryInfer") << QJsonObject{{QStringLiteral("id"), -1}};
    }
    void countsMustBePositive()
    {
        QFETCH(QString, call);
        QFETCH(QJsonObject, body);
        const auto answer = m_sandbox->postJson(call, body, m_token);
        QVERIFY2(answer.code() == 400 || answer.code() == 404, answer.body.constData());
        QVERIFY(!answer.msg().isEmpty());
        verifyStillServing();
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
