// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <chrono>

class QSslError;

namespace deai {

// Why an API call failed, told apart so the app can react to each case
// (offer a retry, ask to sign in again, warn that money may have been spent).
class ApiError
{
public:
    enum class Kind {
        None,
        Cancelled,      // the user cancelled
        TimedOut,       // no byte moved for the inactivity timeout
        Unreachable,    // DNS, refused or dropped connection
        Tls,            // certificate or handshake failure; never ignored
        HttpStatus,     // an HTTP status other than 200
        NotJson,        // the body is not JSON, e.g. a proxy's HTML page
        BadResponse,    // JSON, but a field is missing or of the wrong type
        ServerCode,     // the envelope's code is not 200; serverMessage says why
        Unauthorized,   // no token, or the server says it is missing or expired
        LocalFile,      // a local file to upload cannot be opened or read
    };

    ApiError() = default;
    ApiError(Kind kind, QString operation, QString detail = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }

    // What was being done, for people: "estimating the training cost".
    QString operation() const { return m_operation; }
    // Technical detail: the HTTP status line, the parser's complaint, ...
    QString detail() const { return m_detail; }

    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    int serverCode() const { return m_serverCode; }
    QString serverMessage() const { return m_serverMessage; }
    void setServerReply(int code, const QString &message);

    // The inactivity timeout that ran out, for TimedOut messages.
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // True when a call that spends CCD (createJob, inference) was sent but its
    // answer was lost: the server may or may not have acted on it.
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }

    // A sentence a person can act on, naming the operation that failed and
    // what to try: "The server did not answer within 30 s while estimating the
    // training cost. Check your connection and try again."
    QString message() const;

private:
    Kind m_kind = Kind::None;
    QString m_operation;
    QString m_detail;
    int m_httpStatus = 0;
    int m_serverCode = 0;
    QString m_serverMessage;
    bool m_outcomeUnknown = false;
    std::chrono::milliseconds m_timeout{0};
};

// The certificate problems of one handshake in one line, for ApiError's detail.
QString describeTlsErrors(const QList<QSslError> &errors);

} // namespace deai
