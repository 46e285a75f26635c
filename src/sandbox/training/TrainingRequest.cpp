// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingRequest.h"

#include "http/FieldReader.h"
#include "models/AutoregressiveForecaster.h"

#include <QCoreApplication>

namespace deai::sandbox {

namespace {

// Generous bounds that still keep every product of them far from overflow
// in the window and cost arithmetic.
constexpr qint64 kMaxCategories = 100000;
constexpr qint64 kMaxWindowField = 1000000;
constexpr qint64 kMaxChannels = 4;
constexpr qint64 kMaxScaleRatio = 65535;

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::TrainingRequest", text);
}

void readCnnFields(FieldReader &fields, TrainingRequest &request)
{
    request.yTrain = fields.optionalString(QStringLiteral("y_train"));
    request.category = fields.requiredPositiveInteger(QStringLiteral("category"), kMaxCategories);
    request.scaleRatio = fields.optionalPositiveInteger(QStringLiteral("scale_ratio"), kMaxScaleRatio);
    request.channel = fields.optionalPositiveInteger(QStringLiteral("channel"), kMaxChannels);
    if (fields.ok() && request.category < 2)
        fields.fail(tr("The field \"category\" must be at least 2: a classifier needs two classes or more."));
}

void readLstmFields(FieldReader &fields, TrainingRequest &request)
{
    // The sandbox's forecaster takes at most this many inputs per window.
    request.inputWidth = fields.requiredPositiveInteger(QStringLiteral("input_width"),
                                                        AutoregressiveForecaster::kMaxInputWidth);
    request.labelWidth = fields.requiredPositiveInteger(QStringLiteral("label_width"), kMaxWindowField);
    request.shift = fields.requiredPositiveInteger(QStringLiteral("shift"), kMaxWindowField);
    request.sequenceStride = fields.requiredPositiveInteger(QStringLiteral("sequence_stride"), kMaxWindowField);
    request.samplingRate =
        fields.optionalPositiveInteger(QStringLiteral("sampling_rate"), kMaxWindowField).value_or(1);
    if (fields.ok() && request.labelWidth > request.totalWindowSize()) {
        fields.fail(tr("The field \"label_width\" (%1) must not exceed input_width + shift (%2): "
                       "the labels are the last label_width steps of each window.")
                        .arg(request.labelWidth)
                        .arg(request.totalWindowSize()));
    }
}

} // namespace

std::variant<TrainingRequest, QString> TrainingRequest::fromJson(const QJsonObject &body)
{
    FieldReader fields(body);
    TrainingRequest request;

    const QString model = fields.requiredString(QStringLiteral("model"));
    if (fields.ok() && model != QLatin1String("CNN") && model != QLatin1String("LSTM"))
        fields.fail(tr("The field \"model\" must be \"CNN\" or \"LSTM\", not \"%1\".").arg(model));
    request.model = model == QLatin1String("LSTM") ? Model::Lstm : Model::Cnn;
    request.jobName = fields.requiredString(QStringLiteral("jobName"));
    request.epoch = fields.requiredPositiveInteger(QStringLiteral("epoch"));
    request.xTrain = fields.requiredString(QStringLiteral("x_train"));
    request.trainShard = fields.requiredFraction(QStringLiteral("train_shard"));

    if (request.model == Model::Cnn)
        readCnnFields(fields, request);
    else
        readLstmFields(fields, request);

    if (!fields.ok())
        return fields.error();
    return request;
}

QJsonObject TrainingRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("model"), model == Model::Cnn ? QStringLiteral("CNN") : QStringLiteral("LSTM")},
                       {QStringLiteral("jobName"), jobName},
                       {QStringLiteral("epoch"), epoch},
                       {QStringLiteral("train_shard"), trainShard},
                       {QStringLiteral("x_train"), xTrain}};
    if (model == Model::Cnn) {
        if (yTrain)
            object.insert(QStringLiteral("y_train"), *yTrain);
        object.insert(QStringLiteral("category"), category);
        if (scaleRatio)
            object.insert(QStringLiteral("scale_ratio"), *scaleRatio);
        if (channel)
            object.insert(QStringLiteral("channel"), *channel);
        return object;
    }
    object.insert(QStringLiteral("input_width"), inputWidth);
    object.insert(QStringLiteral("label_width"), labelWidth);
    object.insert(QStringLiteral("shift"), shift);
    object.insert(QStringLiteral("sequence_stride"), sequenceStride);
    object.insert(QStringLiteral("sampling_rate"), samplingRate);
    return object;
}

} // namespace deai::sandbox
