// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/HttpResponseReader.h"

#include <QList>

namespace deai {

namespace {

// A status line and headers longer than this are no API answer.
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr QByteArrayView kLineEnd("\r\n");
constexpr QByteArrayView kHeadEnd("\r\n\r\n");

bool parseDecimal(QByteArrayView text, qint64 &value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

bool parseChunkSize(QByteArrayView line, qint64 &value)
{
    const qsizetype extension = line.indexOf(';');
    QByteArrayView digits = (extension < 0 ? line : line.first(extension)).trimmed();
    if (digits.isEmpty() || digits.size() > 15)
        return false;
    value = 0;
    for (char c : digits) {
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return false;
        value = value * 16 + digit;
    }
    return true;
}

} // namespace

HttpResponseReader::HttpResponseReader(qint64 maxBodyBytes)
    : m_maxBodyBytes(maxBodyBytes)
{}

HttpResponseReader::State HttpResponseReader::feed(QByteArrayView bytes)
{
    if (m_state != State::Incomplete)
        return m_state;
    m_pending.append(bytes);
    parse();
    return m_state;
}

HttpResponseReader::State HttpResponseReader::finishAtClose()
{
    if (m_state != State::Incomplete)
        return m_state;
    if (m_stage == Stage::Body && m_framing == Framing::UntilClose) {
        m_stage = Stage::Done;
        m_state = State::Complete;
    } else {
        // The head or a framed body was cut short.
        m_state = State::Malformed;
    }
    return m_state;
}

HttpResponseReader::State HttpResponseReader::fail(State state)
{
    m_state = state;
    m_pending.clear();
    return m_state;
}

bool HttpResponseReader::exceedsHeadLimit(qsizetype end, qsizetype separatorSize) const
{
    // Decided the same way whether the bytes came at once or in pieces: a
    // separator not found yet may still have all but its last byte pending.
    return end < 0 ? m_pending.size() > kMaxHeadBytes : end + separatorSize - 1 > kMaxHeadBytes;
}

bool HttpResponseReader::takeLine(QByteArray &line)
{
    const qsizetype end = m_pending.indexOf(kLineEnd);
    if (exceedsHeadLimit(end, kLineEnd.size())) {
        fail(State::TooLarge);
        return false;
    }
    if (end < 0)
        return false;
    line = m_pending.left(end);
    m_pending.remove(0, end + kLineEnd.size());
    return true;
}

void HttpResponseReader::appendBody(QByteArrayView bytes)
{
    if (m_body.size() + bytes.size() > m_maxBodyBytes) {
        fail(State::TooLarge);
        return;
    }
    m_body.append(bytes);
}

bool HttpResponseReader::takeCountedBytes()
{
    const qsizetype take = qsizetype(std::min<qint64>(m_remaining, m_pending.size()));
    appendBody(QByteArrayView(m_pending).first(take));
    m_pending.remove(0, take);
    m_remaining -= take;
    return m_state == State::Incomplete && m_remaining == 0;
}

void HttpResponseReader::parse()
{
    while (m_state == State::Incomplete) {
        switch (m_stage) {
        case Stage::Head: {
            const qsizetype end = m_pending.indexOf(kHeadEnd);
            if (exceedsHeadLimit(end, kHeadEnd.size())) {
                fail(State::TooLarge);
                return;
            }
            if (end < 0)
                return;
            const QByteArray head = m_pending.left(end);
            m_pending.remove(0, end + kHeadEnd.size());
            if (!parseHead(head))
                fail(State::Malformed);
            break;
        }
        case Stage::Body: {
            if (m_framing == Framing::UntilClose) {
                appendBody(m_pending);
                m_pending.clear();
                return;
            }
            if (!takeCountedBytes())
                return;
            m_stage = Stage::Done;
            break;
        }
        case Stage::ChunkSize: {
            QByteArray line;
            if (!takeLine(line))
                return;
            if (!parseChunkSize(line, m_remaining)) {
                fail(State::Malformed);
                return;
            }
            if (m_remaining > m_maxBodyBytes - m_body.size()) {
                fail(State::TooLarge);
                return;
            }
            m_stage = m_remaining == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData: {
            if (!takeCountedBytes())
                return;
            m_stage = Stage::ChunkDataEnd;
            break;
        }
        case Stage::ChunkDataEnd: {
            QByteArray line;
            if (!takeLine(line))
                return;
            if (!line.isEmpty()) {
                fail(State::Malformed);
                return;
            }
            m_stage = Stage::ChunkSize;
            break;
        }
        case Stage::Trailers: {
            QByteArray line;
            if (!takeLine(line))
                return;
            if (line.isEmpty())
                m_stage = Stage::Done;
            break;
        }
        case Stage::Done:
            m_state = State::Complete;
            return;
        }
    }
}

bool HttpResponseReader::parseHead(QByteArrayView head)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QByteArray statusLine = lines.first().trimmed();
    // "HTTP/1.1 200 OK": the version, a space, three digits.
    if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine.at(8) != ' ')
        return false;
    qint64 status = 0;
    if (!parseDecimal(QByteArrayView(statusLine).sliced(9, 3), status) || status < 100)
        return false;
    if (statusLine.size() > 12 && statusLine.at(12) != ' ')
        return false;

    if (status < 200) {
        // 100 Continue and other interim answers come before the real one;
        // 101 would switch protocols, which no API call asks for.
        return status != 101;
    }

    m_status = int(status);
    bool chunked = false;
    qint64 length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "location") {
            m_location = value;
        } else if (name == "transfer-encoding") {
            chunked = value.toLower().endsWith("chunked");
        } else if (name == "content-length") {
            qint64 declared = 0;
            if (!parseDecimal(value, declared) || (length >= 0 && declared != length))
                return false;
            length = declared;
        }
    }

    if (status == 204 || status == 304) {
        m_stage = Stage::Done;
    } else if (chunked) {
        m_framing = Framing::Chunked;
        m_stage = Stage::ChunkSize;
    } else if (length >= 0) {
        if (length > m_maxBodyBytes) {
            fail(State::TooLarge);
            return true;
        }
        m_framing = Framing::Length;
        m_remaining = length;
        m_stage = length == 0 ? Stage::Done : Stage::Body;
    } else {
        m_framing = Framing::UntilClose;
        m_stage = Stage::Body;
    }
    return true;
}

} // namespace deai
