// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace deai::sandbox {

// A queryGuarantee body that passed validation of its fields (not yet of
// the files it names).
struct TrainingRequest
{
    enum class Model { Cnn, Lstm };

    Model model = Model::Cnn;
    QString jobName;
    qint64 epoch = 1;
    double trainShard = 0.8;
    QString xTrain;
    std::optional<QString> yTrain;
    // CNN
    qint64 category = 0;
    std::optional<qint64> scaleRatio;
    std::optional<qint64> channel;
    // LSTM
    qint64 inputWidth = 0;
    qint64 labelWidth = 0;
    qint64 shift = 0;
    qint64 sequenceStride = 1;
    qint64 samplingRate = 1;

    // Answers the request or a sentence naming the first field to fix.
    static std::variant<TrainingRequest, QString> fromJson(const QJsonObject &body);
    QJsonObject toJson() const; // what fromJson accepts back

    qint64 totalWindowSize() const { return inputWidth + shift; }
};

} // namespace deai::sandbox
