// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiExchange.h"

#include "api/OneShotBody.h"
#include "api/RequestBuilder.h"
#include "api/StreamingUpload.h"
#include "logging/LogCategories.h"

#include <QFile>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QSslError>

namespace deai {

namespace {

constexpr int kHttpOk = 200;
constexpr int kHttpUnauthorized = 401;

bool isGatewayFailure(int status)
{
    return status == 502 || status == 503 || status == 504;
}

// Failures that happen before a single byte of the request leaves the machine.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::SslHandshakeFailedError ||
           error == QNetworkReply::ProxyConnectionRefusedError ||
           error == QNetworkReply::ProxyNotFoundError;
}

} // namespace

ApiExchange::ApiExchange(QNetworkAccessManager *manager, Endpoint endpoint, QNetworkRequest request,
                         QByteArray body, QString uploadPath, ExchangePolicy policy,
                         QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_endpoint(endpoint)
    , m_request(std::move(request))
    , m_body(std::move(body))
    , m_uploadPath(std::move(uploadPath))
    , m_policy(policy)
{
    m_inactivityTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_inactivityTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcApi) << endpointPath(m_endpoint) << "stalled; aborting";
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
        if (m_streaming)
            m_streaming->abort();
    });
    connect(&m_backoffTimer, &QTimer::timeout, this, &ApiExchange::startAttempt);
}

ApiExchange::~ApiExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
    delete m_streaming; // stops its thread
}

void ApiExchange::start()
{
    startAttempt();
}

void ApiExchange::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finishes the reply, which reports the cancel
        return;
    }
    if (m_streaming) {
        m_streaming->abort(); // its finished() reports the cancel
        return;
    }
    m_backoffTimer.stop();
    m_done = true;
    Q_EMIT failed(ApiError(ApiError::Kind::Cancelled, endpointOperation(m_endpoint)));
}

void ApiExchange::startAttempt()
{
    ++m_attempt;
    m_timedOut = false;
    m_tooLarge = false;
    m_tlsDetail.clear();
    m_clock.start();
    if (!m_uploadPath.isEmpty() && StreamingUpload::canCarry(m_request.url())) {
        startStreamingUpload();
        return;
    }
    if (!m_uploadPath.isEmpty()) {
        if (!startManagerUpload())
            return;
    } else if (endpointUsesGet(m_endpoint)) {
        m_reply = m_manager->get(m_request);
    } else if (endpointSpendsMoney(m_endpoint)) {
        QNetworkRequest request = m_request;
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_body);
        m_reply = m_manager->post(request, body);
        body->setParent(m_reply);
    } else {
        m_reply = m_manager->post(m_request, m_body);
    }
    watchReply();
}

bool ApiExchange::startManagerUpload()
{
    auto *file = new QFile(m_uploadPath);
    if (!file->open(QIODevice::ReadOnly)) {
        const QString reason = file->errorString();
        delete file;
        failWithLocalFile(reason);
        return false;
    }
    QHttpMultiPart *multipart = RequestBuilder::uploadBody(file);
    m_reply = m_manager->post(m_request, multipart);
    multipart->setParent(m_reply);
    return true;
}

void ApiExchange::startStreamingUpload()
{
    StreamingUpload::Request upload;
    upload.url = m_request.url();
    for (const QByteArray &name : m_request.rawHeaderList())
        upload.headers.append({name, m_request.rawHeader(name)});
    upload.localPath = m_uploadPath;
    upload.fileName = RequestBuilder::uploadFileName(m_uploadPath);
    upload.maxAnswerBytes = m_policy.maxAnswerBytes;

    m_streaming = new StreamingUpload(std::move(upload), this);
    connect(m_streaming, &StreamingUpload::progress, this, [this](qint64 sent, qint64 total) {
        onActivity();
        Q_EMIT progress(sent, total);
    });
    connect(m_streaming, &StreamingUpload::answerActivity, this, &ApiExchange::onActivity);
    connect(m_streaming, &StreamingUpload::finished, this,
            [this](const StreamingUpload::Result &result) {
                m_streaming->deleteLater();
                m_streaming->disconnect(this);
                m_streaming = nullptr;
                m_inactivityTimer.stop();
                if (!result.localFileError.isEmpty() && !m_cancelled && !m_timedOut) {
                    failWithLocalFile(result.localFileError);
                    return;
                }
                const QUrl redirect = StreamingUpload::redirectTarget(m_request.url(), result);
                if (redirect.isValid() && !m_cancelled && !m_timedOut &&
                    m_redirects < m_request.maximumRedirectsAllowed()) {
                    // An upload spends nothing, so the file may go again to
                    // where the server moved; the manager would do the same.
                    ++m_redirects;
                    qCInfo(lcApi) << endpointPath(m_endpoint) << "redirected; sending again";
                    m_request.setUrl(redirect);
                    if (StreamingUpload::canCarry(redirect))
                        startStreamingUpload();
                    else if (startManagerUpload())
                        watchReply();
                    return;
                }
                m_tooLarge = result.answerTooLarge;
                m_tlsDetail = result.tlsDetail;
                concludeAttempt(result.networkError, result.httpStatus, result.errorText,
                                result.body);
            });
    m_streaming->start();
    m_inactivityTimer.start(m_policy.inactivityTimeout);
}

void ApiExchange::failWithLocalFile(const QString &reason)
{
    m_done = true;
    Q_EMIT failed(ApiError(ApiError::Kind::LocalFile, endpointOperation(m_endpoint), reason));
}

void ApiExchange::watchReply()
{
    m_reply->setParent(this);

    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::readyRead, this, &ApiExchange::onActivity);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        onActivity();
        // Qt reports (0, 0) once the upload is over; that is no progress.
        if (!m_uploadPath.isEmpty() && (sent > 0 || total > 0))
            Q_EMIT progress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        onActivity();
        refuseOversizedAnswer(received, total);
        if (m_tooLarge)
            return;
        if (m_uploadPath.isEmpty())
            Q_EMIT progress(received, total);
    });
    // Certificate problems are never ignored: the handshake fails and the
    // reply finishes with an error; the details are kept for the message.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_tlsDetail = describeTlsErrors(errors);
    });
    connect(reply, &QNetworkReply::finished, this, &ApiExchange::onReplyFinished);

    m_inactivityTimer.start(m_policy.inactivityTimeout);
}

void ApiExchange::onActivity()
{
    if (m_inactivityTimer.isActive())
        m_inactivityTimer.start(m_policy.inactivityTimeout);
}

void ApiExchange::refuseOversizedAnswer(qint64 received, qint64 total)
{
    if (m_tooLarge || (received <= m_policy.maxAnswerBytes && total <= m_policy.maxAnswerBytes))
        return;
    qCInfo(lcApi) << endpointPath(m_endpoint) << "answer exceeds" << m_policy.maxAnswerBytes
                  << "bytes; aborting";
    m_tooLarge = true;
    if (m_reply)
        m_reply->abort();
}

void ApiExchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_inactivityTimer.stop();
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed; reading it would only print a warning.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    concludeAttempt(reply->error(), status, reply->errorString(), body);
}

void ApiExchange::concludeAttempt(QNetworkReply::NetworkError networkError, int status,
                                  const QString &errorText, const QByteArray &body)
{
    const auto duration = std::chrono::milliseconds(m_clock.elapsed());
    qCDebug(lcApi).nospace() << endpointPath(m_endpoint) << " attempt " << m_attempt << ": HTTP "
                             << status << ", " << body.size() << " bytes, " << duration.count()
                             << " ms, " << networkError;
    Q_EMIT exchangeFinished(endpointPath(m_endpoint), status, body.size(), duration);

    ApiError error = classify(networkError, status, errorText);
    if (status > 0)
        error.setHttpStatus(status);
    error.setTimeout(m_policy.inactivityTimeout);

    if (!error.isError()) {
        m_done = true;
        Q_EMIT answered(body);
        return;
    }
    if (shouldRetry(error)) {
        const auto backoff = m_policy.firstBackoff * (1 << std::min(m_attempt - 1, 16));
        qCInfo(lcApi) << endpointPath(m_endpoint) << "failed, retrying in" << backoff.count()
                      << "ms";
        m_backoffTimer.start(backoff);
        return;
    }
    if (endpointSpendsMoney(m_endpoint) && requestMayHaveArrived(error, networkError))
        error.setOutcomeUnknown(true);
    m_done = true;
    Q_EMIT failed(error);
}

ApiError ApiExchange::classify(QNetworkReply::NetworkError error, int httpStatus,
                               const QString &errorText) const
{
    const QString operation = endpointOperation(m_endpoint);
    if (m_cancelled)
        return ApiError(ApiError::Kind::Cancelled, operation);
    if (m_timedOut)
        return ApiError(ApiError::Kind::TimedOut, operation, errorText);
    if (m_tooLarge) {
        return ApiError(ApiError::Kind::BadResponse, operation,
                        tr("the answer is larger than %1 MiB")
                            .arg(m_policy.maxAnswerBytes / (1024 * 1024)));
    }
    if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsDetail.isEmpty()) {
        return ApiError(ApiError::Kind::Tls, operation,
                        m_tlsDetail.isEmpty() ? errorText : m_tlsDetail);
    }
    if (httpStatus == kHttpUnauthorized)
        return ApiError(ApiError::Kind::Unauthorized, operation, errorText);
    if (httpStatus > 0 && httpStatus != kHttpOk)
        return ApiError(ApiError::Kind::HttpStatus, operation, errorText);
    if (error == QNetworkReply::NoError && httpStatus == kHttpOk)
        return {};
    return ApiError(ApiError::Kind::Unreachable, operation, errorText);
}

bool ApiExchange::shouldRetry(const ApiError &error) const
{
    if (m_cancelled || !endpointIsRetryable(m_endpoint) || m_attempt >= m_policy.maxAttempts)
        return false;
    return error.kind() == ApiError::Kind::TimedOut ||
           error.kind() == ApiError::Kind::Unreachable ||
           (error.kind() == ApiError::Kind::HttpStatus && isGatewayFailure(error.httpStatus()));
}

bool ApiExchange::requestMayHaveArrived(const ApiError &error,
                                        QNetworkReply::NetworkError networkError) const
{
    switch (error.kind()) {
    case ApiError::Kind::Tls:
        return false;
    case ApiError::Kind::BadResponse: // an oversized answer: the server did answer
        return true;
    case ApiError::Kind::HttpStatus:
        return error.httpStatus() >= 500;
    case ApiError::Kind::Unreachable:
        return !neverSent(networkError);
    case ApiError::Kind::Cancelled:
        // Cancelled mid-flight: the request may well have been read already.
        return !neverSent(networkError);
    default:
        return error.kind() == ApiError::Kind::TimedOut;
    }
}

ApiError ApiExchange::withOutcome(ApiError error) const
{
    if (endpointSpendsMoney(m_endpoint))
        error.setOutcomeUnknown(true);
    return error;
}

} // namespace deai
