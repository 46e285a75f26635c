// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <chrono>

class QTcpSocket;

namespace deai::test {

// What the scripted server does with one request.
struct ScriptedResponse
{
    enum class Action
    {
        Answer, // send status and body, then close the connection
        Drop,   // close the connection without a word once the request is in
        Stall,  // keep the connection open and never answer
    };

    Action action = Action::Answer;
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    std::chrono::milliseconds delay{0};
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;

    static ScriptedResponse json(const QByteArray &body, int status = 200);
    static ScriptedResponse html(int status, const QByteArray &body);
    static ScriptedResponse drop();
    static ScriptedResponse stall();
    static ScriptedResponse redirect(const QUrl &location);
};

// One request as it arrived.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QByteArray raw; // request line, headers and body

    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// A tiny HTTP/1.1 server on 127.0.0.1 for client tests: it answers each
// request with the next queued response, or HTTP 500 when none is left.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    // Listens on 127.0.0.1 on a free port.
    bool listen();
    // http://127.0.0.1:<port>/sdk/computation
    QUrl baseUrl() const;

    void enqueue(const ScriptedResponse &response);
    const QList<ReceivedRequest> &requests() const { return m_requests; }
    qsizetype requestCount() const { return m_requests.size(); }

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const ScriptedResponse &response);

    QTcpServer m_server;
    QList<ScriptedResponse> m_queue;
    QList<ReceivedRequest> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace deai::test
