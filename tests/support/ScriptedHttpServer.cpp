// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace deai::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// Parses a complete request out of buffer, or returns false while it is
// still arriving.
bool takeRequest(QByteArray &buffer, ReceivedRequest &request)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    const qsizetype total = headerEnd + 4 + length;
    if (buffer.size() < total)
        return false;
    request.body = buffer.mid(headerEnd + 4, length);
    request.raw = buffer.left(total);
    buffer.remove(0, total);
    return true;
}

} // namespace

ScriptedResponse ScriptedResponse::json(const QByteArray &body, int status)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::html(int status, const QByteArray &body)
{
    ScriptedResponse response = json(body, status);
    response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    return response;
}

ScriptedResponse ScriptedResponse::drop()
{
    ScriptedResponse response;
    response.action = Action::Drop;
    return response;
}

ScriptedResponse ScriptedResponse::stall()
{
    ScriptedResponse response;
    response.action = Action::Stall;
    return response;
}

ScriptedResponse ScriptedResponse::redirect(const QUrl &location)
{
    ScriptedResponse response = html(302, "moved");
    response.extraHeaders.append({QByteArrayLiteral("Location"), location.toEncoded()});
    return response;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/sdk/computation").arg(m_server.serverPort()));
}

void ScriptedHttpServer::enqueue(const ScriptedResponse &response)
{
    m_queue.append(response);
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    ReceivedRequest request;
    if (!takeRequest(buffer, request))
        return;
    m_requests.append(request);
    const ScriptedResponse response = m_queue.isEmpty()
                                          ? ScriptedResponse::html(500, "no scripted response")
                                          : m_queue.takeFirst();
    Q_EMIT requestReceived();
    if (response.delay.count() > 0)
        QTimer::singleShot(response.delay, socket,
                           [this, socket, response] { respond(socket, response); });
    else
        respond(socket, response);
}

void ScriptedHttpServer::respond(QTcpSocket *socket, const ScriptedResponse &response)
{
    switch (response.action) {
    case ScriptedResponse::Action::Stall:
        return;
    case ScriptedResponse::Action::Drop:
        socket->abort();
        return;
    case ScriptedResponse::Action::Answer:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.extraHeaders)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + response.body);
    socket->disconnectFromHost();
}

} // namespace deai::test
