// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/BaselineTrainer.h"

#include "training/BaselineJobs.h"

#include <algorithm>
#include <cmath>

namespace deai::sandbox {

std::variant<QByteArray, TrainingError> BaselineTrainer::train(const TrainingRequest &request,
                                                               const QString &xTrainPath,
                                                               const QString &yTrainPath)
{
    if (request.model == TrainingRequest::Model::Cnn)
        return baseline::trainImageJob(request, xTrainPath, yTrainPath);
    return baseline::trainSeriesJob(request, xTrainPath);
}

std::variant<QByteArray, TrainingError> BaselineTrainer::infer(const TrainingRequest &request,
                                                               const QByteArray &model,
                                                               const QString &dataPath)
{
    if (request.model == TrainingRequest::Model::Cnn)
        return baseline::inferImageJob(request, model, dataPath);
    return baseline::inferSeriesJob(model, dataPath);
}

int BaselineTrainer::imageEpochs(qint64 requested, qint64 images, int features, int classes)
{
    const double workPerEpoch = double(qMax<qint64>(images, 1)) * qMax(features, 1) * qMax(classes, 1);
    const auto affordable = qint64(std::floor(kMaxImageWork / workPerEpoch));
    return int(std::clamp<qint64>(std::min<qint64>(requested, affordable), 1, kMaxImageEpochs));
}

} // namespace deai::sandbox
