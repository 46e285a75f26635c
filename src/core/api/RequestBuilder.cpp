// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RequestBuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>

namespace deai::RequestBuilder {

namespace {

// A redirect is never expected; a few are followed in case the service moves.
constexpr int kMaxRedirects = 3;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject cnnFields(const CnnTrainingSpec &spec)
{
    QJsonObject body{
        {QStringLiteral("model"), QStringLiteral("CNN")},
        {QStringLiteral("epoch"), spec.epoch},
        {QStringLiteral("jobName"), spec.jobName},
        {QStringLiteral("x_train"), spec.imagesPath},
        {QStringLiteral("train_shard"), spec.trainShard},
        {QStringLiteral("category"), spec.category},
    };
    if (spec.labelsPath)
        body.insert(QStringLiteral("y_train"), *spec.labelsPath);
    if (spec.scaleRatio)
        body.insert(QStringLiteral("scale_ratio"), *spec.scaleRatio);
    if (spec.channel)
        body.insert(QStringLiteral("channel"), *spec.channel);
    return body;
}

QJsonObject lstmFields(const LstmTrainingSpec &spec)
{
    QJsonObject body{
        {QStringLiteral("model"), QStringLiteral("LSTM")},
        {QStringLiteral("epoch"), spec.epoch},
        {QStringLiteral("jobName"), spec.jobName},
        {QStringLiteral("x_train"), spec.seriesPath},
        {QStringLiteral("train_shard"), spec.trainShard},
        {QStringLiteral("input_width"), spec.inputWidth},
        {QStringLiteral("label_width"), spec.labelWidth},
        {QStringLiteral("shift"), spec.shift},
        {QStringLiteral("sequence_stride"), spec.sequenceStride},
    };
    if (spec.samplingRate)
        body.insert(QStringLiteral("sampling_rate"), *spec.samplingRate);
    return body;
}

} // namespace

QNetworkRequest request(const QUrl &baseUrl, Endpoint endpoint, const QByteArray &token)
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + endpointPath(endpoint));

    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("deAI-Studio/" DEAI_VERSION_STRING));
    if (endpoint != Endpoint::UploadFile && !endpointUsesGet(endpoint))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (endpointNeedsToken(endpoint))
        request.setRawHeader(QByteArrayLiteral("token"), token);
    return request;
}

QByteArray genTokenBody(const QString &email, const QString &password)
{
    return compact({{QStringLiteral("email"), email}, {QStringLiteral("passwd"), password}});
}

QByteArray queryGuaranteeBody(const TrainingSpec &spec)
{
    if (const auto *cnn = std::get_if<CnnTrainingSpec>(&spec))
        return compact(cnnFields(*cnn));
    return compact(lstmFields(std::get<LstmTrainingSpec>(spec)));
}

QByteArray createJobBody(const CreateJobRequest &request)
{
    return compact({
        {QStringLiteral("jobName"), request.jobName},
        {QStringLiteral("batchSize"), request.batchSize},
        {QStringLiteral("computation"), QStringLiteral("Distributed AI")},
    });
}

QByteArray inferenceCostBody(const QString &jobId, const QString &dataPath)
{
    return compact({{QStringLiteral("jobID"), jobId}, {QStringLiteral("data_path"), dataPath}});
}

QByteArray inferenceBody(const QString &jobId)
{
    return compact({{QStringLiteral("jobID"), jobId}});
}

QByteArray queryInferBody(qint64 inferId)
{
    // The reference's curl example sends the id as a JSON integer, although
    // its field table says string; the SDK agrees with the example.
    return compact({{QStringLiteral("id"), inferId}});
}

QByteArray queryInferListBody(const QString &jobId, int pageNumber, int pageSize)
{
    return compact({
        {QStringLiteral("jobID"), jobId},
        {QStringLiteral("pageNo"), pageNumber},
        {QStringLiteral("pageSize"), pageSize},
    });
}

QByteArray uploadFileName(const QString &localPath)
{
    QByteArray name = QFileInfo(localPath).fileName().toUtf8();
    name.replace('"', "%22");
    name.replace('\r', "%0D");
    name.replace('\n', "%0A");
    return name;
}

QHttpMultiPart *uploadBody(QFile *file)
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/octet-stream"));
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArrayLiteral("form-data; name=\"file\"; filename=\"") +
                       uploadFileName(file->fileName()) + '"');
    part.setBodyDevice(file);
    file->setParent(multiPart);
    multiPart->append(part);
    return multiPart;
}

} // namespace deai::RequestBuilder
