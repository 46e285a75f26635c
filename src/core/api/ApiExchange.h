// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Endpoint.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class QNetworkAccessManager;

namespace deai {

class StreamingUpload;

struct ExchangePolicy
{
    std::chrono::milliseconds inactivityTimeout{30'000};
    int maxAttempts = 3;
    std::chrono::milliseconds firstBackoff{500};
    // Every answer is a small JSON envelope; anything larger is refused
    // before it fills the memory.
    qint64 maxAnswerBytes = qint64(16) * 1024 * 1024;
};

// The HTTP side of one call: sends the request, aborts it when no byte moves
// for the inactivity timeout, retries transport failures of retryable calls
// with exponential backoff, and classifies what went wrong. It hands the body
// of an HTTP 200 answer on, without reading it.
class ApiExchange : public QObject
{
    Q_OBJECT

public:
    // uploadPath, when not empty, names the file sent as the multipart body
    // (uploads); the body argument is then unused.
    ApiExchange(QNetworkAccessManager *manager, Endpoint endpoint, QNetworkRequest request,
                QByteArray body, QString uploadPath, ExchangePolicy policy,
                QObject *parent = nullptr);
    ~ApiExchange() override;

    Endpoint endpoint() const { return m_endpoint; }

    void start();
    void cancel();

    // A parse failure after an HTTP 200 answer: for calls that spend money the
    // server may have acted although its answer could not be read.
    ApiError withOutcome(ApiError error) const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void answered(const QByteArray &body);
    void failed(const deai::ApiError &error);
    void exchangeFinished(const QString &call, int httpStatus, qint64 bytes,
                          std::chrono::milliseconds duration);

private:
    void startAttempt();
    bool startManagerUpload();
    void startStreamingUpload();
    void watchReply();
    void onActivity();
    void refuseOversizedAnswer(qint64 received, qint64 total);
    void onReplyFinished();
    void concludeAttempt(QNetworkReply::NetworkError networkError, int status,
                         const QString &errorText, const QByteArray &body);
    void failWithLocalFile(const QString &reason);
    ApiError classify(QNetworkReply::NetworkError error, int httpStatus,
                      const QString &errorText) const;
    bool shouldRetry(const ApiError &error) const;
    bool requestMayHaveArrived(const ApiError &error,
                               QNetworkReply::NetworkError networkError) const;

    QNetworkAccessManager *m_manager;
    Endpoint m_endpoint;
    QNetworkRequest m_request;
    QByteArray m_body;
    QString m_uploadPath;
    ExchangePolicy m_policy;

    QPointer<QNetworkReply> m_reply;
    StreamingUpload *m_streaming = nullptr;
    QTimer m_inactivityTimer;
    QTimer m_backoffTimer;
    QElapsedTimer m_clock;
    int m_attempt = 0;
    int m_redirects = 0; // followed by this exchange's streamed upload
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_done = false;
    QString m_tlsDetail;
};

} // namespace deai
