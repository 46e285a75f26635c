// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace deai {

// Reads one HTTP/1.1 response from the bytes of a connection as they arrive:
// the status line, the headers, and a body framed by Content-Length, by
// chunked transfer coding or by the end of the connection. Interim 1xx
// answers are skipped. It holds at most the given number of body bytes, so a
// server cannot fill the memory.
class HttpResponseReader
{
public:
    enum class State {
        Incomplete, // more bytes are needed
        Complete,   // status and body are final
        Malformed,  // the bytes are not an HTTP/1.x response
        TooLarge,   // the body, or the head, exceeds the limits
    };

    explicit HttpResponseReader(qint64 maxBodyBytes);

    // Takes the next bytes of the connection and returns the state after them.
    State feed(QByteArrayView bytes);
    // The connection ended: a body that runs to the end of it is complete now.
    State finishAtClose();

    State state() const { return m_state; }
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    // The Location header of the answer, empty when it has none.
    const QByteArray &location() const { return m_location; }

private:
    enum class Framing { Length, Chunked, UntilClose };
    enum class Stage { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done };

    void parse();
    bool parseHead(QByteArrayView head);
    bool takeLine(QByteArray &line);
    bool exceedsHeadLimit(qsizetype end, qsizetype separatorSize) const;
    void appendBody(QByteArrayView bytes);
    // Moves up to m_remaining pending bytes into the body; true once all are in.
    bool takeCountedBytes();
    State fail(State state);

    qint64 m_maxBodyBytes;
    State m_state = State::Incomplete;
    Stage m_stage = Stage::Head;
    Framing m_framing = Framing::UntilClose;
    QByteArray m_pending; // received but not consumed yet
    QByteArray m_body;
    QByteArray m_location;
    int m_status = 0;
    qint64 m_remaining = 0; // of the body (Length) or of the current chunk
};

} // namespace deai
