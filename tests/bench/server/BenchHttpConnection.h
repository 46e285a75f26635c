// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace deai::bench {

// One keep-alive HTTP/1.1 connection to the benchmark server. Upload bodies are
// counted and dropped as they arrive, so a 1 GiB upload costs the server no
// memory and no disk time; other bodies are small and read whole.
class BenchHttpConnection : public QObject
{
    Q_OBJECT

public:
    BenchHttpConnection(QTcpSocket *socket, qint64 inferTotalCount, QObject *parent = nullptr);

Q_SIGNALS:
    void uploadReceived(qint64 bodyBytes, const QByteArray &fileName);

private:
    enum class State { Headers, UploadBody, SmallBody };

    void readAvailable();
    bool parseHeaders();
    void consumeUpload(const char *data, qint64 size);
    void finishRequest();
    void respond(int code, const QByteArray &json);
    QByteArray inferListPage(const QByteArray &requestBody) const;

    QTcpSocket *m_socket;
    qint64 m_inferTotalCount;
    State m_state = State::Headers;
    QByteArray m_buffer;
    QByteArray m_path;
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    QByteArray m_bodyStart; // a small body whole, or an upload's first bytes with its file name
};

} // namespace deai::bench
