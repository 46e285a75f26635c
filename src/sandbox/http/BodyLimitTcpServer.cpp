// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/BodyLimitTcpServer.h"

#include "faults/FaultPlan.h"
#include "http/ApiAnswer.h"
#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace deai::sandbox {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;

// Follows the request stream of one connection. It is connected to
// readyRead before QHttpServer is, so it sees every fragment first (by
// peeking) and can take the bytes away from the server once it refuses.
class RequestHeadWatcher final : public QObject
{
public:
    RequestHeadWatcher(QTcpSocket *socket, BodyLimitTcpServer::Limits limits, FaultPlan *faults)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
        , m_faults(faults)
    {
        connect(socket, &QTcpSocket::readyRead, this, &RequestHeadWatcher::onReadyRead);
    }

private:
    enum class State { Head, Body, Refused, Untracked };

    void onReadyRead()
    {
        if (m_state == State::Untracked)
            return;
        if (m_state == State::Refused) {
            drain(m_socket->readAll().size());
            return;
        }
        QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        while (!fresh.isEmpty() && (m_state == State::Head || m_state == State::Body)) {
            if (m_state == State::Body) {
                const qint64 taken = qMin<qint64>(m_remaining, fresh.size());
                m_remaining -= taken;
                if (dropWhenDue(taken))
                    return;
                fresh.remove(0, taken);
                if (m_remaining == 0)
                    m_state = State::Head;
                continue;
            }
            m_head += fresh;
            fresh.clear();
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > kMaxHeadBytes)
                    m_state = State::Untracked;
                break;
            }
            fresh = m_head.mid(end + 4);
            const QByteArray head = m_head.left(end);
            m_head.clear();
            inspectHead(head, fresh.size());
        }
    }

    void inspectHead(const QByteArray &head, qint64 bodyBytesSeen)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray target = lines.value(0).split(' ').value(1);
        qint64 contentLength = 0;
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray key = line.left(colon).trimmed().toLower();
            if (key == "transfer-encoding") {
                if (m_faults)
                    m_faults->countRequest(callName(target));
                m_state = State::Untracked;
                return;
            }
            if (key == "content-length")
                contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
        const bool upload = BodyLimitTcpServer::isUploadPath(target);
        const qint64 limit = upload ? m_limits.uploadBytes : m_limits.jsonBytes;
        m_remaining = contentLength;
        m_state = contentLength > 0 ? State::Body : State::Head;
        if (contentLength > limit)
            refuse(upload, contentLength, limit, bodyBytesSeen);
        else if (m_faults)
            armDrop(target);
    }

    void refuse(bool upload, qint64 contentLength, qint64 limit, qint64 bodyBytesSeen)
    {
        const char *context = "deai::sandbox::BodyLimitTcpServer";
        const ApiAnswer answer = upload
            ? ApiAnswer::error(ApiCode::TooLarge,
                  QCoreApplication::translate(context, "The upload is %1 bytes but this server accepts uploads "
                                                       "of at most %2 bytes; upload a smaller file.")
                      .arg(contentLength).arg(limit))
            : ApiAnswer::error(ApiCode::BadRequest,
                  QCoreApplication::translate(context, "The request body is %1 bytes but JSON calls accept at "
                                                       "most %2 bytes; send a smaller body.")
                      .arg(contentLength).arg(limit));
        qCInfo(lcSandbox) << "Refused a request body of" << contentLength << "bytes before reading it";

        const QByteArray body = answer.toJson();
        m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_state = State::Refused;
        m_socket->readAll(); // QHttpServer's handler, called next, must find nothing to parse
        m_remaining = contentLength;
        drain(bodyBytesSeen);
    }

    // Counts the request and, when the plan says so, arms a drop of the
    // connection once that many body bytes arrived (the body loop checks).
    void armDrop(const QByteArray &target)
    {
        const QString call = RequestHeadWatcher::callName(target);
        m_faults->countRequest(call);
        const std::optional<Fault> fault = m_faults->take(call, FaultPlan::Stage::Connection);
        if (!fault)
            return;
        m_dropAfter = fault->bytes;
        m_dropSeen = 0;
        if (m_dropAfter == 0 || m_remaining == 0)
            dropWhenDue(0);
    }

    // True when the connection was dropped.
    bool dropWhenDue(qint64 taken)
    {
        if (m_dropAfter < 0)
            return false;
        m_dropSeen += taken;
        if (m_dropSeen < m_dropAfter && m_remaining > 0)
            return false;
        qCInfo(lcSandbox) << "Fault drop-after-bytes: closing the connection after" << m_dropSeen << "body bytes";
        m_state = State::Refused;
        m_socket->readAll(); // QHttpServer, whose handler runs next, must find nothing to parse
        m_socket->abort();
        return true;
    }

    static QString callName(const QByteArray &target)
    {
        const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        const QByteArray prefix = QByteArrayLiteral("/sdk/computation/");
        const QByteArray name = path.startsWith(prefix) ? path.mid(prefix.size()) : path.mid(1);
        return QString::fromUtf8(QByteArray::fromPercentEncoding(name));
    }

    void drain(qint64 bytes)
    {
        m_remaining -= bytes;
        if (m_remaining <= 0)
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    BodyLimitTcpServer::Limits m_limits;
    FaultPlan *m_faults;
    qint64 m_dropAfter = -1; // body bytes to let in before dropping; -1: no drop armed
    qint64 m_dropSeen = 0;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_remaining = 0;
};

} // namespace

BodyLimitTcpServer::BodyLimitTcpServer(Limits limits, FaultPlan *faults, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_faults(faults)
{
}

bool BodyLimitTcpServer::isUploadPath(QByteArrayView target)
{
    return target.startsWith("/sdk/computation/deAI/uploadFile");
}

void BodyLimitTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new RequestHeadWatcher(socket, m_limits, m_faults);
    addPendingConnection(socket);
}

} // namespace deai::sandbox
