// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/TrainingSpecJson.h"

#include <QJsonDocument>

namespace deai {
namespace {

QJsonObject cnnToJson(const CnnTrainingSpec &spec)
{
    QJsonObject json{
        {QStringLiteral("model"), QStringLiteral("CNN")},
        {QStringLiteral("jobName"), spec.jobName},
        {QStringLiteral("epoch"), spec.epoch},
        {QStringLiteral("train_shard"), spec.trainShard},
        {QStringLiteral("x_train"), spec.imagesPath},
        {QStringLiteral("category"), spec.category},
    };
    if (spec.labelsPath)
        json.insert(QStringLiteral("y_train"), *spec.labelsPath);
    if (spec.scaleRatio)
        json.insert(QStringLiteral("scale_ratio"), *spec.scaleRatio);
    if (spec.channel)
        json.insert(QStringLiteral("channel"), *spec.channel);
    return json;
}

QJsonObject lstmToJson(const LstmTrainingSpec &spec)
{
    QJsonObject json{
        {QStringLiteral("model"), QStringLiteral("LSTM")},
        {QStringLiteral("jobName"), spec.jobName},
        {QStringLiteral("epoch"), spec.epoch},
        {QStringLiteral("train_shard"), spec.trainShard},
        {QStringLiteral("x_train"), spec.seriesPath},
        {QStringLiteral("input_width"), spec.inputWidth},
        {QStringLiteral("label_width"), spec.labelWidth},
        {QStringLiteral("shift"), spec.shift},
        {QStringLiteral("sequence_stride"), spec.sequenceStride},
    };
    if (spec.samplingRate)
        json.insert(QStringLiteral("sampling_rate"), *spec.samplingRate);
    return json;
}

} // namespace

QString modelName(const TrainingSpec &spec)
{
    return std::holds_alternative<CnnTrainingSpec>(spec) ? QStringLiteral("CNN")
                                                         : QStringLiteral("LSTM");
}

QJsonObject trainingSpecToJson(const TrainingSpec &spec)
{
    if (const auto *cnn = std::get_if<CnnTrainingSpec>(&spec))
        return cnnToJson(*cnn);
    return lstmToJson(std::get<LstmTrainingSpec>(spec));
}

QByteArray trainingSpecKey(const TrainingSpec &spec)
{
    // QJsonObject keeps its keys sorted, so equal specs give equal text.
    return QJsonDocument(trainingSpecToJson(spec)).toJson(QJsonDocument::Compact);
}

} // namespace deai
