// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchHttpConnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>

#include <algorithm>

namespace deai::bench {
namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxSmallBodyBytes = 1024 * 1024;
constexpr qint64 kUploadStartBytes = 4096;
constexpr qint64 kReadChunk = 1024 * 1024;

QByteArray headerValue(const QList<QByteArray> &lines, const QByteArray &name)
{
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray envelope(int code, const QByteArray &msg)
{
    QJsonObject object{{QStringLiteral("code"), code},
                       {QStringLiteral("msg"), QString::fromUtf8(msg)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

BenchHttpConnection::BenchHttpConnection(QTcpSocket *socket, qint64 inferTotalCount,
                                         QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_inferTotalCount(inferTotalCount)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &BenchHttpConnection::readAvailable);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void BenchHttpConnection::readAvailable()
{
    static thread_local QByteArray chunk(kReadChunk, Qt::Uninitialized);
    while (m_socket->bytesAvailable() > 0 || !m_buffer.isEmpty()) {
        if (m_state == State::Headers) {
            m_buffer += m_socket->readAll();
            if (!parseHeaders())
                return;
            continue;
        }
        if (!m_buffer.isEmpty()) {
            // Bytes that came in with the headers already belong to the body.
            const QByteArray early = std::exchange(m_buffer, {});
            consumeUpload(early.constData(), early.size());
            continue;
        }
        const qint64 read = m_socket->read(chunk.data(), std::min(kReadChunk, m_remaining));
        if (read <= 0)
            return;
        consumeUpload(chunk.constData(), read);
    }
}

bool BenchHttpConnection::parseHeaders()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHeaderBytes)
            m_socket->abort();
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    m_path = lines.value(0).split(' ').value(1);
    m_remaining = headerValue(lines, "content-length").toLongLong();
    m_bodyBytes = 0;
    m_bodyStart.clear();
    m_state = m_path.endsWith("deAI/uploadFile") ? State::UploadBody : State::SmallBody;
    if (m_state == State::SmallBody && m_remaining > kMaxSmallBodyBytes) {
        m_socket->abort();
        return false;
    }
    if (headerValue(lines, "expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (m_remaining == 0)
        finishRequest();
    return true;
}

void BenchHttpConnection::consumeUpload(const char *data, qint64 size)
{
    const qint64 used = std::min(size, m_remaining);
    if (m_state == State::SmallBody || m_bodyStart.size() < kUploadStartBytes)
        m_bodyStart.append(data, qsizetype(m_state == State::SmallBody
                                                ? used
                                                : std::min(used, kUploadStartBytes)));
    m_bodyBytes += used;
    m_remaining -= used;
    if (used < size)
        m_buffer = QByteArray(data + used, qsizetype(size - used)); // a pipelined request
    if (m_remaining == 0)
        finishRequest();
}

void BenchHttpConnection::finishRequest()
{
    const State finished = std::exchange(m_state, State::Headers);
    if (finished == State::UploadBody) {
        static const QRegularExpression fileNamePattern(QStringLiteral("filename=\"([^\"]*)\""));
        const QByteArray fileName =
            fileNamePattern.match(QString::fromUtf8(m_bodyStart)).captured(1).toUtf8();
        Q_EMIT uploadReceived(m_bodyBytes, fileName);
        const QByteArray stamp =
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
        respond(200, envelope(200, "bench@example.invalid/" + stamp + fileName));
    } else if (m_path.endsWith("deAI/queryInferList")) {
        respond(200, inferListPage(m_bodyStart));
    } else {
        respond(200, envelope(404, "The benchmark server knows only uploads and history."));
    }
}

void BenchHttpConnection::respond(int code, const QByteArray &json)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(code) + " OK\r\n"
                      "Content-Type: application/json\r\n"
                      "Connection: keep-alive\r\n"
                      "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n";
    m_socket->write(head + json);
}

QByteArray BenchHttpConnection::inferListPage(const QByteArray &requestBody) const
{
    const QJsonObject request = QJsonDocument::fromJson(requestBody).object();
    const qint64 pageSize = std::max(1, request.value(QStringLiteral("pageSize")).toInt(10));
    const qint64 pageNo = std::max(1, request.value(QStringLiteral("pageNo")).toInt(1));
    const qint64 totalPages = (m_inferTotalCount + pageSize - 1) / pageSize;
    const qint64 first = (pageNo - 1) * pageSize;
    const qint64 last = std::min(m_inferTotalCount, first + pageSize);

    // Built by hand: the records are what the vendor's reference shows, and the
    // server must answer far faster than the client it measures.
    QByteArray json;
    json.reserve(qsizetype(std::max<qint64>(0, last - first)) * 220 + 128);
    json += "{\"code\":200,\"msg\":\"success\",\"size\":" + QByteArray::number(pageSize)
            + ",\"page\":" + QByteArray::number(pageNo)
            + ",\"totalPages\":" + QByteArray::number(totalPages)
            + ",\"totalCount\":" + QByteArray::number(m_inferTotalCount) + ",\"data\":[";
    for (qint64 n = first; n < last; ++n) {
        if (n > first)
            json += ',';
        const QByteArray hash = QByteArray::number(quint64(n) * 0x9E3779B97F4A7C15ULL, 16)
                                    .rightJustified(64, '0');
        json += "{\"tx_hash\":\"0x" + hash
                + "\",\"result\":\"https://phoenix.global/ai/resultFiles/bench@example.invalid_"
                + QByteArray::number(n) + "CNN_mnist.csv\",\"submitTime\":"
                + QByteArray::number(1700000000 + n)
                + ",\"ccd_cost\":\"0.0" + QByteArray::number(13271602480 + n) + "\"}";
    }
    json += "]}";
    return json;
}

} // namespace deai::bench
