// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/StreamingUpload.h"

#include "api/ApiError.h"
#include "api/HttpResponseReader.h"
#include "logging/LogCategories.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace deai {

namespace {

// Bytes read from the file and handed to the socket in one go. Large enough
// that a gigabyte takes a few thousand system calls, small enough to stay
// out of the way of the memory.
constexpr qint64 kChunkBytes = 256 * 1024;
// Encrypted sockets buffer what they are given; this much may wait there.
constexpr qint64 kTlsBufferedBytes = 1024 * 1024;
// After this many bytes in one turn the worker lets its event loop run, so
// that an abort is seen promptly even when the socket never fills up.
constexpr qint64 kBytesPerTurn = 8 * 1024 * 1024;
// Progress goes to the caller's thread at most this often.
constexpr qint64 kProgressIntervalMs = 16;
constexpr qint64 kReadBytes = 64 * 1024;

QByteArray newBoundary()
{
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / sizeof(quint32));
    return QByteArrayLiteral("deai-studio-") + random.toHex();
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QNetworkReply::NetworkError networkErrorFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

// Lives in the upload's own thread and owns the file and the socket there.
class StreamingUploadWorker : public QObject
{
public:
    StreamingUploadWorker(StreamingUpload::Request request, QByteArray head, qint64 partHeadBytes,
                          QByteArray epilogue, qint64 fileBytes, StreamingUpload *front)
        : m_request(std::move(request))
        , m_head(std::move(head))
        , m_epilogue(std::move(epilogue))
        , m_fileBytes(fileBytes)
        , m_partHeadBytes(partHeadBytes)
        , m_bodyBytes(partHeadBytes + fileBytes + m_epilogue.size())
        , m_front(front)
        , m_reader(m_request.maxAnswerBytes)
    {}

    void start()
    {
        m_file.setFileName(m_request.localPath);
        if (!m_file.open(QIODevice::ReadOnly)) {
            finishWithFileError(m_file.errorString());
            return;
        }
        if (m_file.size() != m_fileBytes) {
            finishWithFileError(QStringLiteral("the file changed before it could be sent"));
            return;
        }
        m_buffer.resize(kChunkBytes);

        const QUrl &url = m_request.url;
        m_encrypted = url.scheme() == QLatin1String("https");
        if (m_encrypted) {
            auto *tls = new QSslSocket(this);
            // Certificate problems end the handshake: they are kept for the
            // message and never ignored.
            connect(tls, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
                m_tlsDetail = describeTlsErrors(errors);
            });
            connect(tls, &QSslSocket::encrypted, this, &StreamingUploadWorker::sendHead);
            m_socket = tls;
        } else {
            m_socket = new QTcpSocket(this);
            connect(m_socket, &QTcpSocket::connected, this, &StreamingUploadWorker::sendHead);
        }
        m_socket->setProxy(QNetworkProxy::NoProxy);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &StreamingUploadWorker::pump);
        connect(m_socket, &QTcpSocket::readyRead, this, &StreamingUploadWorker::readAnswer);
        connect(m_socket, &QTcpSocket::disconnected, this, &StreamingUploadWorker::onClosed);
        connect(m_socket, &QTcpSocket::errorOccurred, this, &StreamingUploadWorker::onSocketError);

        const QString host = url.host();
        if (m_encrypted) {
            static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(host, quint16(url.port(443)));
        } else {
            // Unbuffered: each write goes straight to the kernel, with no copy
            // into Qt's write buffer unless the kernel's is full.
            m_socket->connectToHost(host, quint16(url.port(80)),
                                    QIODevice::ReadWrite | QIODevice::Unbuffered);
        }
        m_clock.start();
    }

    void abort() { finishWithNetworkError(QNetworkReply::OperationCanceledError, QString()); }

private:
    void sendHead()
    {
        if (m_done)
            return;
        m_sending = true;
        if (m_socket->write(m_head) != m_head.size()) {
            onWriteFailed();
            return;
        }
        m_head.clear();
        pump();
    }

    bool socketCanTakeMore() const
    {
        // Unbuffered, bytesToWrite() is what the kernel refused last time:
        // wait for bytesWritten() once it is anything at all.
        return m_encrypted ? m_socket->bytesToWrite() < kTlsBufferedBytes
                           : m_socket->bytesToWrite() == 0;
    }

    void pump()
    {
        if (m_done || !m_sending || m_pumpQueued)
            return;
        qint64 thisTurn = 0;
        while (m_sending && socketCanTakeMore()) {
            if (thisTurn >= kBytesPerTurn) {
                m_pumpQueued = true;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        m_pumpQueued = false;
                        pump();
                    },
                    Qt::QueuedConnection);
                return;
            }
            const qint64 left = m_fileBytes - m_fileSent;
            if (left == 0) {
                if (m_socket->write(m_epilogue) != m_epilogue.size()) {
                    onWriteFailed();
                    return;
                }
                m_sending = false; // all of it is sent; the answer comes next
                m_sent = m_bodyBytes;
                reportProgress(true);
                return;
            }
            const qint64 read = m_file.read(m_buffer.data(), std::min(kChunkBytes, left));
            if (read <= 0) {
                finishWithFileError(read < 0 ? m_file.errorString()
                                             : QStringLiteral("the file became shorter while it "
                                                              "was being sent"));
                return;
            }
            if (m_socket->write(m_buffer.constData(), read) != read) {
                onWriteFailed();
                return;
            }
            m_fileSent += read;
            m_sent = m_partHeadBytes + m_fileSent;
            thisTurn += read;
            reportProgress(false);
        }
    }

    void reportProgress(bool force)
    {
        if (!force && m_clock.elapsed() - m_lastProgressMs < kProgressIntervalMs)
            return;
        m_lastProgressMs = m_clock.elapsed();
        QMetaObject::invokeMethod(
            m_front,
            [front = m_front, sent = m_sent, total = m_bodyBytes] {
                front->deliverProgress(sent, total);
            },
            Qt::QueuedConnection);
    }

    void readAnswer()
    {
        if (m_done)
            return;
        bool gotBytes = false;
        for (;;) {
            const QByteArray bytes = m_socket->read(kReadBytes);
            if (bytes.isEmpty())
                break;
            gotBytes = true;
            if (m_reader.feed(bytes) != HttpResponseReader::State::Incomplete)
                break;
        }
        if (gotBytes) {
            QMetaObject::invokeMethod(
                m_front, [front = m_front] { Q_EMIT front->answerActivity(); },
                Qt::QueuedConnection);
        }
        if (m_reader.state() != HttpResponseReader::State::Incomplete) {
            // A whole answer ends the exchange, even one that arrives before
            // the body is sent: the server has made up its mind.
            finishWithAnswer();
            return;
        }
        // Unbuffered, the end of the connection shows up only as a read
        // that fails; no disconnected() is emitted for it.
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onClosed();
    }

    void onWriteFailed()
    {
        // The server may have answered and closed while the body was on its
        // way (a refused upload): that answer is what counts.
        readAnswer();
        if (!m_done)
            finishWithNetworkError(networkErrorFor(m_socket->error()), m_socket->errorString());
    }

    void onClosed()
    {
        if (m_done)
            return;
        if (m_socket->bytesAvailable() > 0) {
            readAnswer();
            if (m_done)
                return;
        }
        if (m_reader.state() == HttpResponseReader::State::Incomplete && !m_sending &&
            m_head.isEmpty() && m_reader.finishAtClose() == HttpResponseReader::State::Complete) {
            finishWithAnswer();
            return;
        }
        finishWithNetworkError(QNetworkReply::RemoteHostClosedError,
                               QStringLiteral("the server closed the connection"));
    }

    void onSocketError(QAbstractSocket::SocketError error)
    {
        if (m_done)
            return;
        if (error == QAbstractSocket::RemoteHostClosedError) {
            onClosed();
            return;
        }
        finishWithNetworkError(networkErrorFor(error), m_socket->errorString());
    }

    void finishWithAnswer()
    {
        StreamingUpload::Result result;
        switch (m_reader.state()) {
        case HttpResponseReader::State::Complete:
            result.httpStatus = m_reader.status();
            result.body = m_reader.body();
            result.location = m_reader.location();
            break;
        case HttpResponseReader::State::TooLarge:
            result.answerTooLarge = true;
            result.networkError = QNetworkReply::OperationCanceledError;
            break;
        default:
            result.networkError = QNetworkReply::ProtocolFailure;
            result.errorText = QStringLiteral("the answer is not HTTP");
            break;
        }
        finish(std::move(result));
    }

    void finishWithNetworkError(QNetworkReply::NetworkError error, const QString &text)
    {
        StreamingUpload::Result result;
        result.networkError = error;
        result.errorText = text;
        finish(std::move(result));
    }

    void finishWithFileError(const QString &text)
    {
        StreamingUpload::Result result;
        result.networkError = QNetworkReply::UnknownContentError;
        result.localFileError = text;
        finish(std::move(result));
    }

    void finish(StreamingUpload::Result result)
    {
        if (m_done)
            return;
        m_done = true;
        m_sending = false;
        result.tlsDetail = m_tlsDetail;
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
        }
        m_file.close();
        QMetaObject::invokeMethod(
            m_front, [front = m_front, result = std::move(result)] { front->deliverResult(result); },
            Qt::QueuedConnection);
    }

    StreamingUpload::Request m_request;
    QByteArray m_head;     // request line, headers and the part's own head
    QByteArray m_epilogue; // the closing boundary
    const qint64 m_fileBytes;
    const qint64 m_partHeadBytes; // the part's head, sent with the request's
    const qint64 m_bodyBytes;     // what progress counts, as Content-Length does
    StreamingUpload *m_front;

    QFile m_file;
    QByteArray m_buffer;
    QTcpSocket *m_socket = nullptr; // a QSslSocket when m_encrypted
    bool m_encrypted = false;
    HttpResponseReader m_reader;
    QString m_tlsDetail;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -kProgressIntervalMs;
    qint64 m_fileSent = 0;
    qint64 m_sent = 0;
    bool m_sending = false;
    bool m_pumpQueued = false;
    bool m_done = false;
};

bool StreamingUpload::canCarry(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    if (scheme == QLatin1String("https") && !QSslSocket::supportsSsl())
        return false;
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy;
}

QUrl StreamingUpload::redirectTarget(const QUrl &from, const Result &result)
{
    const int status = result.httpStatus;
    if ((status != 301 && status != 302 && status != 307 && status != 308) ||
        result.location.isEmpty())
        return {};
    const QUrl target = from.resolved(QUrl::fromEncoded(result.location));
    const QString scheme = target.scheme();
    if (!target.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    if (from.scheme() == QLatin1String("https") && scheme != QLatin1String("https"))
        return {};
    // The request carries the account's token: it goes to no other host.
    if (target.host().compare(from.host(), Qt::CaseInsensitive) != 0)
        return {};
    return target;
}

StreamingUpload::StreamingUpload(Request request, QObject *parent)
    : QObject(parent)
{
    const QByteArray boundary = newBoundary();
    const qint64 fileBytes = QFileInfo(request.localPath).size();

    QByteArray partHead = "--" + boundary +
                          "\r\nContent-Type: application/octet-stream"
                          "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
                          request.fileName + "\"\r\n\r\n";
    const QByteArray epilogue = "\r\n--" + boundary + "--\r\n";
    m_bodySize = partHead.size() + fileBytes + epilogue.size();

    const QUrl &url = request.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head = "POST " + target + " HTTP/1.1\r\nHost: " + hostHeader(url) + "\r\n";
    for (const auto &[name, value] : request.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Type: multipart/form-data; boundary=" + boundary +
            "\r\nContent-Length: " + QByteArray::number(m_bodySize) +
            "\r\nConnection: close\r\n\r\n" + partHead;

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("deai-upload"));
    m_worker = new StreamingUploadWorker(std::move(request), std::move(head), partHead.size(),
                                         epilogue, fileBytes, this);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

StreamingUpload::~StreamingUpload()
{
    if (!m_thread->isRunning()) {
        // Never started: no event loop will ever delete the worker.
        delete m_worker;
        delete m_thread;
        return;
    }
    if (!m_finished)
        abort();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void StreamingUpload::start()
{
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->start(); },
                              Qt::QueuedConnection);
}

void StreamingUpload::abort()
{
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->abort(); },
                                  Qt::QueuedConnection);
    }
}

void StreamingUpload::deliverProgress(qint64 sent, qint64 total)
{
    if (!m_finished)
        Q_EMIT progress(sent, total);
}

void StreamingUpload::deliverResult(const Result &result)
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcApi) << "streamed upload ended:" << result.networkError << "HTTP"
                   << result.httpStatus;
    Q_EMIT finished(result);
}

} // namespace deai
