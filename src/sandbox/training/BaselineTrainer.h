// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Trainer.h"

namespace deai::sandbox {

// The sandbox's stand-ins for the network's models: a CNN job trains a
// SoftmaxImageClassifier on the uploaded images, an LSTM job an
// AutoregressiveForecaster on the CSV's first numeric column.
class BaselineTrainer final : public Trainer
{
public:
    // CNN training runs at most this many epochs, whatever the spec asks...
    static constexpr int kMaxImageEpochs = 20;
    // ...and fewer when images x pixels x classes x epochs would pass this
    // many multiply-adds (never fewer than one epoch), so the sandbox
    // answers within seconds.
    static constexpr double kMaxImageWork = 2e9;

    std::variant<QByteArray, TrainingError> train(const TrainingRequest &request,
                                                  const QString &xTrainPath,
                                                  const QString &yTrainPath) override;
    std::variant<QByteArray, TrainingError> infer(const TrainingRequest &request,
                                                  const QByteArray &model,
                                                  const QString &dataPath) override;

    // The epochs a CNN job of this size trains for.
    static int imageEpochs(qint64 requested, qint64 images, int features, int classes);
};

} // namespace deai::sandbox
