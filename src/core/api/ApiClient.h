// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiReply.h"
#include "api/ApiTypes.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace deai {

// One typed, asynchronous call per endpoint of the Distributed AI API.
//
// Calls that spend nothing are retried with backoff on transport failures;
// createJob, inference and uploads are never sent twice by the client.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    static QUrl productionBaseUrl(); // https://www.phoenix.global/sdk/computation

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &baseUrl);

    // The JWT sent in the "token" header of every call but genToken.
    QByteArray token() const;
    void setToken(const QByteArray &token);

    // A request fails with TimedOut when no byte moves for this long.
    std::chrono::milliseconds inactivityTimeout() const;
    void setInactivityTimeout(std::chrono::milliseconds timeout);

    // Attempts in all (1 = no retry) and the first backoff, doubled each time.
    void setRetryPolicy(int maxAttempts, std::chrono::milliseconds firstBackoff);

    ApiReply<QByteArray> *genToken(const QString &email, const QString &password);
    ApiReply<UserInfo> *userInfo();
    // Streams the file from disk; sends only its file name, never its path.
    // The value is the server path to use in the other calls.
    ApiReply<QString> *uploadFile(const QString &localPath);
    ApiReply<CcdAmount> *queryGuarantee(const TrainingSpec &spec);
    ApiReply<QString> *createJob(const CreateJobRequest &request); // the job id
    ApiReply<CcdAmount> *inferenceCost(const QString &jobId, const QString &dataPath);
    ApiReply<qint64> *inference(const QString &jobId); // the infer id
    ApiReply<InferenceRecord> *queryInfer(qint64 inferId);
    ApiReply<InferencePage> *queryInferList(const QString &jobId, int pageNumber, int pageSize);

Q_SIGNALS:
    // The server refused the token (missing, malformed or expired).
    void tokenRejected();
    // One line per finished HTTP exchange, for the network log; never
    // carries a token or password.
    void exchangeFinished(const QString &call, int httpStatus, qint64 bytes,
                          std::chrono::milliseconds duration);

private:
    class Private;
    Private *d;
};

} // namespace deai
