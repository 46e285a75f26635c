// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QUrl>

#include <utility>

class QThread;

namespace deai {

class StreamingUploadWorker;

// Sends one file as a multipart/form-data POST over a connection of its own,
// from a worker thread that reads the file and writes the socket 256 KiB at
// a time. QNetworkAccessManager hands an upload body between the caller's
// thread and its HTTP thread 16 KiB per round trip, which made a 1 GiB
// upload ten times slower than curl; here the file never touches the
// caller's thread and the body is never held in memory.
//
// It speaks HTTP/1.1 to http and https addresses reached directly. Anything
// it does not handle (a proxy, another scheme) is left to the manager: see
// canCarry(). A redirect ends the transfer; the caller decides whether to
// send the file again to redirectTarget().
class StreamingUpload : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers; // besides the body's own
        QString localPath;
        QByteArray fileName; // the name the server is told, already escaped
        qint64 maxAnswerBytes = 0;
    };

    struct Result
    {
        // NoError when a whole HTTP answer arrived, whatever its status.
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorText;
        QString tlsDetail;      // certificate problems; never ignored
        QString localFileError; // the file could not be read to the end
        bool answerTooLarge = false;
        int httpStatus = 0;
        QByteArray body;
        QByteArray location; // of a redirect
    };

    // True when the address is http or https and no proxy is configured for it.
    static bool canCarry(const QUrl &url);
    // Where an answer asks the same upload to be sent again: 301, 302, 307
    // and 308 with a Location, resolved against the address it came from.
    // Like QNetworkAccessManager's default policy, never from https to http;
    // never to another host, which would be handed the token; 303 asks for
    // a GET, which is no upload, so it is not followed either.
    static QUrl redirectTarget(const QUrl &from, const Result &result);

    explicit StreamingUpload(Request request, QObject *parent = nullptr);
    // Stops the transfer and waits for the worker thread to end.
    ~StreamingUpload() override;

    void start();
    // Ends the transfer; finished() follows with OperationCanceledError.
    void abort();

    // Total multipart body bytes: the file plus the framing around it.
    qint64 bodySize() const { return m_bodySize; }

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    // Bytes of the answer arrived; the connection is alive.
    void answerActivity();
    void finished(const deai::StreamingUpload::Result &result);

private:
    friend class StreamingUploadWorker;
    void deliverProgress(qint64 sent, qint64 total);
    void deliverResult(const Result &result);

    QThread *m_thread = nullptr;
    StreamingUploadWorker *m_worker = nullptr;
    qint64 m_bodySize = 0;
    bool m_finished = false;
};

} // namespace deai
