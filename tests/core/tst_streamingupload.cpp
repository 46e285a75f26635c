// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestHelpers.h"
#include "ScriptedHttpServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "api/HttpResponseReader.h"
#include "api/StreamingUpload.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace deai;
using namespace deai::test;

namespace {

// A peer that speaks raw bytes: it collects what one connection sends and
// answers with the given bytes once the request head, or the whole body, is
// in. With TLS it serves the self-signed certificate in tests/data/tls (made
// once with openssl for IP 127.0.0.1, valid until 2126).
class RawHttpPeer : public QObject
{
public:
    enum class AnswerWhen { AfterHead, AfterBody, Never };
    enum class Transport { Plain, Tls };

    RawHttpPeer(QByteArray answer, AnswerWhen when, bool closeAfterAnswer = true,
                Transport transport = Transport::Plain)
        : m_answer(std::move(answer))
        , m_when(when)
        , m_closeAfterAnswer(closeAfterAnswer)
    {
        if (transport == Transport::Tls) {
            auto tls = std::make_unique<QSslServer>();
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(certificate());
            configuration.setPrivateKey(
                QSslKey(readTestData(QStringLiteral("tls/loopback-key.pem")), QSsl::Rsa));
            tls->setSslConfiguration(configuration);
            m_server = std::move(tls);
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        // Emitted for both; a TLS connection only once its handshake is done.
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
    }

    static QSslCertificate certificate()
    {
        return QSslCertificate(readTestData(QStringLiteral("tls/loopback-cert.pem")));
    }

    bool listen() { return m_server->listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        const bool tls = qobject_cast<QSslServer *>(m_server.get()) != nullptr;
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/sdk/deAI/uploadFile?x=1")
                        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(m_server->serverPort()));
    }
    // The same server, as the base address an ApiClient is given.
    QUrl baseUrl() const
    {
        QUrl base = url();
        base.setPath(QStringLiteral("/sdk"));
        base.setQuery(QString());
        return base;
    }

    const QByteArray &received() const { return m_received; }
    QByteArray head() const { return m_received.left(m_received.indexOf("\r\n\r\n") + 4); }
    QByteArray body() const { return m_received.mid(head().size()); }
    qint64 declaredLength() const
    {
        const QByteArray h = head().toLower();
        const qsizetype at = h.indexOf("content-length: ");
        return at < 0 ? -1 : h.mid(at + 16, h.indexOf("\r\n", at) - at - 16).toLongLong();
    }
    bool answered() const { return m_answered; }

private:
    void onRead(QTcpSocket *socket)
    {
        m_received += socket->readAll();
        if (m_answered || m_when == AnswerWhen::Never || !m_received.contains("\r\n\r\n"))
            return;
        if (m_when == AnswerWhen::AfterBody && body().size() < declaredLength())
            return;
        m_answered = true;
        socket->write(m_answer);
        if (m_closeAfterAnswer)
            socket->disconnectFromHost();
    }

    std::unique_ptr<QTcpServer> m_server;
    QByteArray m_answer;
    AnswerWhen m_when;
    bool m_closeAfterAnswer;
    QByteArray m_received;
    bool m_answered = false;
};

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(20261204);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

struct Finished
{
    std::optional<StreamingUpload::Result> result;
    QList<std::pair<qint64, qint64>> progress;
};

std::shared_ptr<Finished> watchUpload(StreamingUpload &upload)
{
    auto finished = std::make_shared<Finished>();
    QObject::connect(&upload, &StreamingUpload::progress, &upload,
                     [finished](qint64 sent, qint64 total) { finished->progress.append({sent, total}); });
    QObject::connect(&upload, &StreamingUpload::finished, &upload,
                     [finished](const StreamingUpload::Result &result) { finished->result = result; });
    return finished;
}

bool waitFor(const std::shared_ptr<Finished> &finished)
{
    return QTest::qWaitFor([&] { return finished->result.has_value(); }, 20000);
}

StreamingUpload::Request requestFor(const QUrl &url, const QString &path, qint64 maxAnswer = 4096)
{
    StreamingUpload::Request request;
    request.url = url;
    request.headers = {{"token", "secret-token"}};
    request.localPath = path;
    request.fileName = "data.bin";
    request.maxAnswerBytes = maxAnswer;
    return request;
}

// Uploads a small file to the peer and returns what the uploader reported,
// or nothing when it reported nothing in time.
std::optional<StreamingUpload::Result> uploadSmallFile(RawHttpPeer &peer, qint64 maxAnswer = 4096)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("a.csv"), "a,b\n1,2\n");
    if (path.isEmpty() || !peer.listen())
        return std::nullopt;
    StreamingUpload upload(requestFor(peer.url(), path, maxAnswer));
    const auto finished = watchUpload(upload);
    upload.start();
    waitFor(finished);
    return finished->result;
}

} // namespace

// The uploader that streams a file over its own connection: what it puts on
// the wire, and how it reads every shape of answer a server may give.
class TestStreamingUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheWholeFileInOneMultipartBody()
    {
        QTemporaryDir dir;
        // Several chunks and an odd tail, so the pump turns more than once.
        const QByteArray content = randomBytes(3 * 1024 * 1024 + 12345);
        const QString path = writeFile(dir, QStringLiteral("data.bin"), content);
        QVERIFY(!path.isEmpty());
        // An interim answer first, then a chunked one.
        RawHttpPeer peer("HTTP/1.1 100 Continue\r\n\r\n"
                         "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                         "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n",
                         RawHttpPeer::AnswerWhen::AfterBody);
        QVERIFY(peer.listen());

        StreamingUpload upload(requestFor(peer.url(), path));
        const auto finished = watchUpload(upload);
        upload.start();
        QVERIFY(waitFor(finished));

        const StreamingUpload::Result &result = *finished->result;
        QCOMPARE(result.networkError, QNetworkReply::NoError);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.body, QByteArray("hello world"));

        const QByteArray head = peer.head();
        QVERIFY(head.startsWith("POST /sdk/deAI/uploadFile?x=1 HTTP/1.1\r\n"));
        QVERIFY(head.contains(QStringLiteral("\r\nHost: 127.0.0.1:%1\r\n")
                                  .arg(peer.url().port())
                                  .toLatin1()));
        QVERIFY(head.contains("\r\ntoken: secret-token\r\n"));
        const qsizetype at = head.indexOf("boundary=") + 9;
        const QByteArray boundary = head.mid(at, head.indexOf("\r\n", at) - at);
        QVERIFY(boundary.size() >= 16);

        const QByteArray body = peer.body();
        QCOMPARE(qint64(body.size()), peer.declaredLength());
        QCOMPARE(qint64(body.size()), upload.bodySize());
        const QByteArray partHead = "--" + boundary +
                                    "\r\nContent-Type: application/octet-stream\r\n"
                                    "Content-Disposition: form-data; name=\"file\"; "
                                    "filename=\"data.bin\"\r\n\r\n";
        QVERIFY(body.startsWith(partHead));
        QVERIFY(body.endsWith("\r\n--" + boundary + "--\r\n"));
        QVERIFY(body.mid(partHead.size(), content.size()) == content);

        QVERIFY(!finished->progress.isEmpty());
        QCOMPARE(finished->progress.constLast().first, upload.bodySize());
        QCOMPARE(finished->progress.constLast().second, upload.bodySize());
        for (qsizetype i = 1; i < finished->progress.size(); ++i)
            QVERIFY(finished->progress.at(i).first >= finished->progress.at(i - 1).first);
    }

    void anAnswerBeforeTheBodyEndsTheUpload()
    {
        // A server refusing the upload from its head alone answers at once.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(qint64(512) * 1024 * 1024));
        file.close();
        RawHttpPeer peer("HTTP/1.1 413 Payload Too Large\r\nContent-Length: 4\r\n\r\nbig!",
                         RawHttpPeer::AnswerWhen::AfterHead, false);
        QVERIFY(peer.listen());

        StreamingUpload upload(requestFor(peer.url(), path));
        const auto finished = watchUpload(upload);
        upload.start();
        QVERIFY(waitFor(finished));
        QCOMPARE(finished->result->networkError, QNetworkReply::NoError);
        QCOMPARE(finished->result->httpStatus, 413);
        QCOMPARE(finished->result->body, QByteArray("big!"));
        QVERIFY(qint64(peer.received().size()) < upload.bodySize());
    }

    void anAnswerThatRunsToTheEndOfTheConnectionIsRead()
    {
        RawHttpPeer peer("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"code\":200}",
                         RawHttpPeer::AnswerWhen::AfterBody);
        const auto result = uploadSmallFile(peer);
        QVERIFY(result);
        QCOMPARE(result->httpStatus, 200);
        QCOMPARE(result->body, QByteArray("{\"code\":200}"));
    }

    void anOversizedAnswerIsRefused()
    {
        RawHttpPeer peer("HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n{",
                         RawHttpPeer::AnswerWhen::AfterBody, false);
        const auto result = uploadSmallFile(peer, 1024);
        QVERIFY(result);
        QVERIFY(result->answerTooLarge);
        QVERIFY(result->body.isEmpty());
    }

    void anAnswerThatIsNotHttpIsReported()
    {
        RawHttpPeer peer("SSH-2.0-OpenSSH\r\n\r\n", RawHttpPeer::AnswerWhen::AfterBody);
        const auto result = uploadSmallFile(peer);
        QVERIFY(result);
        QCOMPARE(result->networkError, QNetworkReply::ProtocolFailure);
        QCOMPARE(result->httpStatus, 0);
    }

    void aClosedConnectionBeforeAnyAnswerIsAnError()
    {
        RawHttpPeer peer(QByteArray(), RawHttpPeer::AnswerWhen::AfterBody);
        const auto result = uploadSmallFile(peer);
        QVERIFY(result);
        QCOMPARE(result->networkError, QNetworkReply::RemoteHostClosedError);
    }

    void abortEndsAStalledUpload()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.csv"), "a\n");
        RawHttpPeer peer(QByteArray(), RawHttpPeer::AnswerWhen::Never);
        QVERIFY(peer.listen());
        StreamingUpload upload(requestFor(peer.url(), path));
        const auto finished = watchUpload(upload);
        upload.start();
        QTRY_VERIFY(peer.received().contains("\r\n\r\n"));
        upload.abort();
        QVERIFY(waitFor(finished));
        QCOMPARE(finished->result->networkError, QNetworkReply::OperationCanceledError);
    }

    void destroyingARunningUploadStopsIt()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.csv"), "a\n");
        RawHttpPeer peer(QByteArray(), RawHttpPeer::AnswerWhen::Never);
        QVERIFY(peer.listen());
        auto upload = std::make_unique<StreamingUpload>(requestFor(peer.url(), path));
        QSignalSpy finished(upload.get(), &StreamingUpload::finished);
        upload->start();
        QTRY_VERIFY(peer.received().contains("\r\n\r\n"));
        upload.reset(); // must return, with the thread gone, and report nothing
        QCOMPARE(finished.size(), 0);
    }

    void aRefusedConnectionIsReported()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.csv"), "a\n");
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/up").arg(closed.serverPort()));
        closed.close();
        StreamingUpload upload(requestFor(url, path));
        const auto finished = watchUpload(upload);
        upload.start();
        QVERIFY(waitFor(finished));
        QCOMPARE(finished->result->networkError, QNetworkReply::ConnectionRefusedError);
    }

    void aMissingFileIsALocalError()
    {
        RawHttpPeer peer(QByteArray(), RawHttpPeer::AnswerWhen::Never);
        QVERIFY(peer.listen());
        StreamingUpload upload(requestFor(peer.url(), QStringLiteral("/nonexistent/file.bin")));
        const auto finished = watchUpload(upload);
        upload.start();
        QVERIFY(waitFor(finished));
        QVERIFY(!finished->result->localFileError.isEmpty());
        QVERIFY(peer.received().isEmpty()); // nothing was sent for it
    }

    void carriesDirectHttpAndHttpsOnly()
    {
        const QUrl remote(QStringLiteral("https://deai.invalid/x"));
        QVERIFY(StreamingUpload::canCarry(QUrl(QStringLiteral("http://127.0.0.1:1/x"))));
        QVERIFY(StreamingUpload::canCarry(remote));
        QVERIFY(!StreamingUpload::canCarry(QUrl(QStringLiteral("ftp://127.0.0.1/x"))));
        QVERIFY(!StreamingUpload::canCarry(QUrl(QStringLiteral("file:///tmp/x"))));
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 3128));
        // Qt never sends loopback traffic through a proxy, and neither do we.
        const bool loopbackStillDirect =
            StreamingUpload::canCarry(QUrl(QStringLiteral("http://127.0.0.1:1/x")));
        const bool remoteThroughProxy = StreamingUpload::canCarry(remote);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QVERIFY(loopbackStillDirect);
        QVERIFY(!remoteThroughProxy);
    }

    void throughAProxyTheClientUploadsWithTheManager()
    {
        // The scripted server plays the proxy: a request through a proxy names
        // the whole address in its request line.
        ScriptedHttpServer proxy;
        QVERIFY(proxy.listen());
        proxy.enqueue(ScriptedResponse::json("{\"code\":200,\"msg\":\"/srv/u/a.csv\"}"));
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy,
                                                         QStringLiteral("127.0.0.1"),
                                                         quint16(proxy.baseUrl().port())));
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.csv"), "x,y\n1,2\n");
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://deai.invalid/sdk")));
        client.setToken("t");
        const auto outcome = watch(client.uploadFile(path));
        const bool done = QTest::qWaitFor([&] { return outcome->finishedCount > 0; }, 10000);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QVERIFY(done);
        QVERIFY2(outcome->isOk(), qPrintable(outcome->error.message()));
        QCOMPARE(*outcome->value, QStringLiteral("/srv/u/a.csv"));
        QCOMPARE(proxy.requestCount(), 1);
        QVERIFY(proxy.requests().constFirst().path.startsWith("http://deai.invalid/sdk/"));
        QVERIFY(proxy.requests().constFirst().body.contains("x,y\n1,2\n"));
    }

    void anUploadOverTlsReachesATrustedServer()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("this Qt has no TLS backend, so no upload to the network could work");
        const QByteArray answer = "{\"code\":200,\"msg\":\"/srv/u/tls.bin\"}";
        RawHttpPeer peer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(answer.size()) + "\r\n\r\n" + answer,
                         RawHttpPeer::AnswerWhen::AfterBody, true, RawHttpPeer::Transport::Tls);
        QVERIFY(peer.listen());
        QVERIFY(!RawHttpPeer::certificate().isNull());
        // Trusted as a real server's certificate would be, for this test only.
        const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = before;
        trusting.addCaCertificate(RawHttpPeer::certificate());
        QSslConfiguration::setDefaultConfiguration(trusting);

        QTemporaryDir dir;
        const QByteArray content = randomBytes(2 * 1024 * 1024 + 7);
        const QString path = writeFile(dir, QStringLiteral("tls.bin"), content);
        ApiClient client;
        client.setBaseUrl(peer.baseUrl());
        client.setToken("t");
        QVERIFY(StreamingUpload::canCarry(peer.baseUrl()));
        const auto outcome = watch(client.uploadFile(path));
        const bool done = QTest::qWaitFor([&] { return outcome->finishedCount > 0; }, 20000);
        QSslConfiguration::setDefaultConfiguration(before);
        QVERIFY(done);
        QVERIFY2(outcome->isOk(), qPrintable(outcome->error.message()));
        QCOMPARE(*outcome->value, QStringLiteral("/srv/u/tls.bin"));
        QVERIFY(peer.received().startsWith("POST /sdk/deAI/uploadFile HTTP/1.1\r\n"));
        QVERIFY(peer.received().contains(content));
    }

    void anUntrustedCertificateEndsTheUploadWithItsReason()
    {
        RawHttpPeer peer("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
                         RawHttpPeer::AnswerWhen::AfterBody, true, RawHttpPeer::Transport::Tls);
        QVERIFY(peer.listen());
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.csv"), "a\n");
        ApiClient client;
        client.setBaseUrl(peer.baseUrl());
        client.setToken("t");
        const auto outcome = watch(client.uploadFile(path));
        QVERIFY(QTest::qWaitFor([&] { return outcome->finishedCount > 0; }, 20000));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Tls);
        QVERIFY2(outcome->error.detail().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(outcome->error.detail()));
        QVERIFY(!peer.received().contains("a\n")); // not a byte of the file went out
    }

    void aTlsFailureOfAnUploadIsNeverIgnored()
    {
        QTcpServer plain; // answers a TLS handshake with plain HTTP
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection())
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        });
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.csv"), "a\n");
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/sdk").arg(plain.serverPort())));
        client.setToken("t");
        const auto outcome = watch(client.uploadFile(path));
        QVERIFY(QTest::qWaitFor([&] { return outcome->finishedCount > 0; }, 10000));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Tls);
    }

    void theClientSendsAnUploadAgainWhereItWasMoved()
    {
        const QByteArray answer = "{\"code\":200,\"msg\":\"/srv/u/a\"}";
        RawHttpPeer moved("HTTP/1.1 200 OK\r\nContent-Length: " +
                              QByteArray::number(answer.size()) + "\r\n\r\n" + answer,
                          RawHttpPeer::AnswerWhen::AfterBody);
        QVERIFY(moved.listen());
        RawHttpPeer first("HTTP/1.1 308 Permanent Redirect\r\nLocation: " +
                              moved.url().toEncoded() + "\r\nContent-Length: 0\r\n\r\n",
                          RawHttpPeer::AnswerWhen::AfterHead, false);
        QVERIFY(first.listen());
        QTemporaryDir dir;
        const QByteArray content = randomBytes(300 * 1024);
        const QString path = writeFile(dir, QStringLiteral("a.bin"), content);
        ApiClient client;
        client.setBaseUrl(first.baseUrl());
        client.setToken("t");
        const auto outcome = watch(client.uploadFile(path));
        QVERIFY(QTest::qWaitFor([&] { return outcome->finishedCount > 0; }, 10000));
        QVERIFY2(outcome->isOk(), qPrintable(outcome->error.message()));
        QCOMPARE(*outcome->value, QStringLiteral("/srv/u/a"));
        QVERIFY(first.answered());
        QVERIFY(moved.body().contains(content));
    }

    void followsRedirectsOnlyToTheSameHostAndNeverDownward()
    {
        const QUrl from(QStringLiteral("https://deai.example/sdk/deAI/uploadFile"));
        StreamingUpload::Result moved;
        moved.httpStatus = 307;
        moved.location = "/v2/deAI/uploadFile";
        QCOMPARE(StreamingUpload::redirectTarget(from, moved),
                 QUrl(QStringLiteral("https://deai.example/v2/deAI/uploadFile")));
        moved.location = "https://DEAI.example:8443/up";
        QVERIFY(StreamingUpload::redirectTarget(from, moved).isValid());
        moved.location = "http://deai.example/up"; // https to http
        QVERIFY(!StreamingUpload::redirectTarget(from, moved).isValid());
        moved.location = "https://elsewhere.example/up"; // would get the token
        QVERIFY(!StreamingUpload::redirectTarget(from, moved).isValid());
        moved.location = "ftp://deai.example/up";
        QVERIFY(!StreamingUpload::redirectTarget(from, moved).isValid());
        moved.location = "/up";
        moved.httpStatus = 303; // "see other" asks for a GET
        QVERIFY(!StreamingUpload::redirectTarget(from, moved).isValid());
        moved.httpStatus = 200;
        QVERIFY(!StreamingUpload::redirectTarget(from, moved).isValid());
        // From http, https on the same host is an upgrade and is followed.
        moved.httpStatus = 301;
        moved.location = "https://deai.example/up";
        QVERIFY(StreamingUpload::redirectTarget(
                    QUrl(QStringLiteral("http://deai.example/sdk")), moved).isValid());
    }

    void readerFramesAnswersByLengthChunksAndClose()
    {
        HttpResponseReader byLength(100);
        QCOMPARE(byLength.feed("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab"),
                 HttpResponseReader::State::Incomplete);
        QCOMPARE(byLength.feed("cdeTRAILING"), HttpResponseReader::State::Complete);
        QCOMPARE(byLength.body(), QByteArray("abcde"));

        // Byte by byte, a chunked answer comes out the same.
        const QByteArray chunked =
            "HTTP/1.1 201 Created\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\nA\r\n0123456789\r\n0\r\n\r\n";
        HttpResponseReader bytewise(100);
        for (char c : chunked)
            bytewise.feed(QByteArrayView(&c, 1));
        QCOMPARE(bytewise.state(), HttpResponseReader::State::Complete);
        QCOMPARE(bytewise.status(), 201);
        QCOMPARE(bytewise.body(), QByteArray("abc0123456789"));

        HttpResponseReader untilClose(100);
        untilClose.feed("HTTP/1.1 200 OK\r\n\r\npartial");
        QCOMPARE(untilClose.state(), HttpResponseReader::State::Incomplete);
        QCOMPARE(untilClose.finishAtClose(), HttpResponseReader::State::Complete);
        QCOMPARE(untilClose.body(), QByteArray("partial"));

        HttpResponseReader cutShort(100);
        cutShort.feed("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc");
        QCOMPARE(cutShort.finishAtClose(), HttpResponseReader::State::Malformed);
    }

    void readerRefusesWhatIsNotAnAnswer()
    {
        const QList<QByteArray> bad = {
            "HTTP/2 200\r\n\r\n",
            "HTTP/1.1 2x0 OK\r\n\r\n",
            "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n",
            "HTTP/1.1 101 Switching Protocols\r\n\r\n",
        };
        for (const QByteArray &answer : bad) {
            HttpResponseReader reader(100);
            QVERIFY2(reader.feed(answer) == HttpResponseReader::State::Malformed, answer.constData());
        }
        HttpResponseReader chunkTooBig(10);
        QCOMPARE(chunkTooBig.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFF\r\n"),
                 HttpResponseReader::State::TooLarge);
        HttpResponseReader endlessHead(10);
        QCOMPARE(endlessHead.feed("HTTP/1.1 200 OK\r\nX: " + QByteArray(70000, 'a')),
                 HttpResponseReader::State::TooLarge);
        HttpResponseReader noBody(0);
        QCOMPARE(noBody.feed("HTTP/1.1 204 No Content\r\n\r\n"), HttpResponseReader::State::Complete);
        QCOMPARE(noBody.status(), 204);
    }
};

QTEST_GUILESS_MAIN(TestStreamingUpload)
#include "tst_streamingupload.moc"
