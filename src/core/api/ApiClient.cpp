// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include "api/ApiExchange.h"
#include "api/NetworkReply.h"
#include "api/RequestBuilder.h"
#include "logging/LogCategories.h"

#include <QFile>
#include <QNetworkAccessManager>

namespace deai {

class ApiClient::Private
{
public:
    explicit Private(ApiClient *owner)
        : q(owner)
    {}

    ApiClient *q;
    QNetworkAccessManager manager;
    QUrl baseUrl = productionBaseUrl();
    QByteArray token;
    ExchangePolicy policy;

    template<typename T>
    ApiReply<T> *send(Endpoint endpoint, QByteArray body, typename NetworkReply<T>::Parser parser,
                      QString uploadPath = {})
    {
        if (endpointNeedsToken(endpoint) && token.isEmpty()) {
            return NetworkReply<T>::failed(ApiError(ApiError::Kind::Unauthorized,
                                                    endpointOperation(endpoint),
                                                    QStringLiteral("not signed in")),
                                           q);
        }

        ExchangePolicy attemptPolicy = policy;
        if (!endpointIsRetryable(endpoint))
            attemptPolicy.maxAttempts = 1;
        auto *exchange =
            new ApiExchange(&manager, endpoint, RequestBuilder::request(baseUrl, endpoint, token),
                            std::move(body), std::move(uploadPath), attemptPolicy);
        QObject::connect(exchange, &ApiExchange::exchangeFinished, q, &ApiClient::exchangeFinished);
        auto *reply = new NetworkReply<T>(exchange, std::move(parser), q);
        watchForRejectedToken(reply);
        exchange->start();
        return reply;
    }

    void watchForRejectedToken(ApiCall *call)
    {
        QObject::connect(call, &ApiCall::finished, q, [this, call] {
            const ApiError &error = call->error();
            const bool fromServer = error.serverCode() == 401 || error.httpStatus() == 401;
            if (error.kind() == ApiError::Kind::Unauthorized && fromServer) {
                qCInfo(lcApi) << "the server rejected the token";
                Q_EMIT q->tokenRejected();
            }
        });
    }
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , d(new Private(this))
{}

ApiClient::~ApiClient()
{
    // Calls in flight hold replies of the manager: they go before it does.
    qDeleteAll(findChildren<ApiCall *>(Qt::FindDirectChildrenOnly));
    delete d;
}

QUrl ApiClient::productionBaseUrl()
{
    return QUrl(QStringLiteral("https://www.phoenix.global/sdk/computation"));
}

QUrl ApiClient::baseUrl() const
{
    return d->baseUrl;
}

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    d->baseUrl = baseUrl;
}

QByteArray ApiClient::token() const
{
    return d->token;
}

void ApiClient::setToken(const QByteArray &token)
{
    d->token = token;
}

std::chrono::milliseconds ApiClient::inactivityTimeout() const
{
    return d->policy.inactivityTimeout;
}

void ApiClient::setInactivityTimeout(std::chrono::milliseconds timeout)
{
    d->policy.inactivityTimeout = timeout;
}

void ApiClient::setRetryPolicy(int maxAttempts, std::chrono::milliseconds firstBackoff)
{
    d->policy.maxAttempts = std::max(1, maxAttempts);
    d->policy.firstBackoff = firstBackoff;
}

ApiReply<QByteArray> *ApiClient::genToken(const QString &email, const QString &password)
{
    return d->send<QByteArray>(Endpoint::GenToken, RequestBuilder::genTokenBody(email, password),
                               parseGenToken);
}

ApiReply<UserInfo> *ApiClient::userInfo()
{
    return d->send<UserInfo>(Endpoint::UserInfo, {}, parseUserInfo);
}

ApiReply<QString> *ApiClient::uploadFile(const QString &localPath)
{
    // Refused here, before any connection, when the file cannot be read.
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return NetworkReply<QString>::failed(ApiError(ApiError::Kind::LocalFile,
                                                      endpointOperation(Endpoint::UploadFile),
                                                      file.errorString()),
                                             this);
    }
    return d->send<QString>(Endpoint::UploadFile, {}, parseUploadFile, localPath);
}

ApiReply<CcdAmount> *ApiClient::queryGuarantee(const TrainingSpec &spec)
{
    return d->send<CcdAmount>(Endpoint::QueryGuarantee, RequestBuilder::queryGuaranteeBody(spec),
                              parseQueryGuarantee);
}

ApiReply<QString> *ApiClient::createJob(const CreateJobRequest &request)
{
    return d->send<QString>(Endpoint::CreateJob, RequestBuilder::createJobBody(request),
                            parseCreateJob);
}

ApiReply<CcdAmount> *ApiClient::inferenceCost(const QString &jobId, const QString &dataPath)
{
    return d->send<CcdAmount>(Endpoint::InferenceCost,
                              RequestBuilder::inferenceCostBody(jobId, dataPath),
                              parseInferenceCost);
}

ApiReply<qint64> *ApiClient::inference(const QString &jobId)
{
    return d->send<qint64>(Endpoint::Inference, RequestBuilder::inferenceBody(jobId),
                           parseInference);
}

ApiReply<InferenceRecord> *ApiClient::queryInfer(qint64 inferId)
{
    return d->send<InferenceRecord>(Endpoint::QueryInfer, RequestBuilder::queryInferBody(inferId),
                                    parseQueryInfer);
}

ApiReply<InferencePage> *ApiClient::queryInferList(const QString &jobId, int pageNumber,
                                                   int pageSize)
{
    return d->send<InferencePage>(Endpoint::QueryInferList,
                                  RequestBuilder::queryInferListBody(jobId, pageNumber, pageSize),
                                  parseQueryInferList);
}

} // namespace deai
