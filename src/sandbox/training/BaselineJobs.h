// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Trainer.h"

// The two halves of BaselineTrainer, one per kind of job.
namespace deai::sandbox::baseline {

std::variant<QByteArray, TrainingError> trainImageJob(const TrainingRequest &request,
                                                      const QString &xTrainPath,
                                                      const QString &yTrainPath);
std::variant<QByteArray, TrainingError> inferImageJob(const TrainingRequest &request,
                                                      const QByteArray &model,
                                                      const QString &dataPath);

std::variant<QByteArray, TrainingError> trainSeriesJob(const TrainingRequest &request,
                                                       const QString &xTrainPath);
std::variant<QByteArray, TrainingError> inferSeriesJob(const QByteArray &model,
                                                       const QString &dataPath);

} // namespace deai::sandbox::baseline
