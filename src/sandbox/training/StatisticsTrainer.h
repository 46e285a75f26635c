// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Trainer.h"

namespace deai::sandbox {

// A stand-in for real training that still learns from the data: a CNN job
// becomes a nearest-centroid classifier over 4x4 grey-level grids, an LSTM
// job a per-column drift forecast (last value plus the mean step).
class StatisticsTrainer final : public Trainer
{
public:
    std::variant<QJsonObject, TrainingError> train(const TrainingRequest &request, const QString &xTrainPath,
                                                   const QString &yTrainPath) override;
    std::variant<QByteArray, TrainingError> infer(const TrainingRequest &request, const QJsonObject &model,
                                                  const QString &dataPath) override;
};

} // namespace deai::sandbox
